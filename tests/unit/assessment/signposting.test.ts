import { describe, expect, it } from "vitest";
import { scoreFramework, signpost, type SignpostResource } from "../../../assessment";
import { level, makeFramework } from "./fixtures";

const framework = makeFramework({
  domains: [
    { key: "alpha", indicators: ["a1", "a2", "a3"] },
    { key: "beta", indicators: ["b1", "b2", "b3"] },
    { key: "gamma", indicators: ["c1", "c2", "c3"] },
  ],
});

function resource(key: string, domains: string[], indicators: string[] = []): SignpostResource {
  return { key, title: key, tags: { frameworks: [], domains, indicators } };
}

const resources = [
  resource("r-alpha", ["alpha"]),
  resource("r-beta", ["beta"]),
  resource("r-gamma", ["gamma"]),
  resource("r-background", []),
];

describe("signposting", () => {
  it("puts the domain with the biggest gap to target first, with a reason", () => {
    const score = scoreFramework(framework, [
      level("alpha.a1", 1, 3), level("alpha.a2", 2, 4), // alpha 1.5, gap 2
      level("beta.b1", 1), // beta 1.0, no target
      level("gamma.c1", 3, 4), // gamma 3.0, gap 1
    ]);
    const result = signpost({ framework, score, resources });
    expect(result.map((s) => s.resource.key)).toEqual(["r-alpha", "r-gamma", "r-beta"]);
    expect(result[0]?.reason).toBe("Your score for Domain alpha is 1.5, 2 below your target.");
    expect(result[2]?.reason).toBe("Your score for Domain beta is 1.0 out of 5.");
  });

  it("without targets, puts the weakest domain first", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 3), level("beta.b1", 1), level("gamma.c1", 2)]);
    expect(signpost({ framework, score, resources }).map((s) => s.resource.key)).toEqual(["r-beta", "r-gamma", "r-alpha"]);
  });

  it("leaves out domains scored 5 and domains with no score, and resources with no matching tags", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 5), level("beta.b1", 2)]);
    expect(signpost({ framework, score, resources }).map((s) => s.resource.key)).toEqual(["r-beta"]);
  });

  it("matches resources tagged to a single indicator, preferring the indicator when it is as weak as its domain", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 2, 4)]);
    const result = signpost({ framework, score, resources: [resource("r-a1", [], ["alpha.a1"]), resource("r-alpha", ["alpha"])] });
    expect(result.map((s) => s.resource.key)).toEqual(["r-a1", "r-alpha"]);
    expect(result[0]).toMatchObject({ indicatorKey: "alpha.a1", gap: 2 });
    expect(result[0]?.reason).toBe('You rated "Indicator a1" at level 2 (Emerging), 2 below your target of 4.');
  });

  it("uses each resource once, at its most pressing match", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 4), level("gamma.c1", 1)]);
    const result = signpost({ framework, score, resources: [resource("r-both", ["alpha", "gamma"])] });
    expect(result).toHaveLength(1);
    expect(result[0]?.domainKey).toBe("gamma");
  });

  it("breaks ties by framework order, then by resource key, whatever order resources arrive in", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 2), level("beta.b1", 2)]);
    const tied = [resource("z-beta", ["beta"]), resource("b-alpha", ["alpha"]), resource("a-alpha", ["alpha"])];
    const expected = ["a-alpha", "b-alpha", "z-beta"];
    expect(signpost({ framework, score, resources: tied }).map((s) => s.resource.key)).toEqual(expected);
    expect(signpost({ framework, score, resources: [...tied].reverse() }).map((s) => s.resource.key)).toEqual(expected);
  });

  it("returns at most the limit", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 1), level("beta.b1", 1), level("gamma.c1", 1)]);
    expect(signpost({ framework, score, resources, limit: 2 })).toHaveLength(2);
  });

  it("keeps the caller's resource objects, so extra fields (such as a url) come back", () => {
    const score = scoreFramework(framework, [level("alpha.a1", 1)]);
    const withUrl = [{ ...resource("r", ["alpha"]), url: "https://example.org" }];
    expect(signpost({ framework, score, resources: withUrl })[0]?.resource.url).toBe("https://example.org");
  });
});
