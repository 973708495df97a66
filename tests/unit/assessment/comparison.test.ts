import { describe, expect, it } from "vitest";
import { carryOverKeys, compareRounds } from "../../../assessment";
import { dontKnow, level, makeFramework, notApplicable } from "./fixtures";

const v1 = makeFramework({
  version: 1,
  domains: [
    { key: "alpha", indicators: ["a1", "a2", "a3"] },
    { key: "beta", indicators: ["b1", "b2", "b3"] },
  ],
});

// v2 renames alpha.a2 → alpha.a2-renamed, drops alpha.a3, adds alpha.a4, keeps beta as it was.
const v2 = makeFramework({
  version: 2,
  domains: [
    { key: "alpha", indicators: ["a1", "a2-renamed", "a4"] },
    { key: "beta", indicators: ["b1", "b2", "b3"] },
  ],
  carriesOverFrom: {
    version: 1,
    indicatorKeys: {
      "alpha.a1": "alpha.a1",
      "alpha.a2-renamed": "alpha.a2",
      "beta.b1": "beta.b1",
      "beta.b2": "beta.b2",
      "beta.b3": "beta.b3",
    },
  },
});

// v3 carries over everything from v2 except beta.b3.
const v3 = makeFramework({
  version: 3,
  domains: [
    { key: "alpha", indicators: ["a1", "a2-renamed", "a4"] },
    { key: "beta", indicators: ["b1", "b2", "b3"] },
  ],
  carriesOverFrom: {
    version: 2,
    indicatorKeys: {
      "alpha.a1": "alpha.a1",
      "alpha.a2-renamed": "alpha.a2-renamed",
      "alpha.a4": "alpha.a4",
      "beta.b1": "beta.b1",
      "beta.b2": "beta.b2",
    },
  },
});
const lineage = [v1, v2, v3];

function change(result: ReturnType<typeof compareRounds>, key: string) {
  return result.indicators.find((i) => i.indicatorKey === key)?.change;
}

describe("comparing two rounds of the same version", () => {
  const previous = [level("alpha.a1", 2), level("alpha.a2", 3), level("alpha.a3", 3), notApplicable("beta.b1"), level("beta.b2", 4)];
  const current = [level("alpha.a1", 3), level("alpha.a2", 2), level("alpha.a3", 3), level("beta.b1", 2), dontKnow("beta.b2")];
  const result = compareRounds({ framework: v1, ratings: previous }, { framework: v1, ratings: current }, { lineage });

  it("marks higher levels improved, lower worsened and equal unchanged", () => {
    expect(change(result, "alpha.a1")).toBe("improved");
    expect(change(result, "alpha.a2")).toBe("worsened");
    expect(change(result, "alpha.a3")).toBe("unchanged");
    expect(result.indicators.find((i) => i.indicatorKey === "alpha.a1")?.difference).toBe(1);
  });

  it("marks a level that follows not applicable as new", () => {
    expect(change(result, "beta.b1")).toBe("new");
  });

  it("marks a level followed by don't know as no longer rated, not as worsened", () => {
    expect(change(result, "beta.b2")).toBe("no_longer_rated");
  });

  it("marks indicators never rated as not rated", () => {
    expect(change(result, "beta.b3")).toBe("not_rated");
  });

  it("compares domain scores as shown, to one decimal place", () => {
    const alpha = result.domains.find((d) => d.domainKey === "alpha");
    expect(alpha).toMatchObject({ previousScore: 2.7, currentScore: 2.7, change: "unchanged", difference: 0 });
    const beta = result.domains.find((d) => d.domainKey === "beta");
    expect(beta).toMatchObject({ previousScore: 4, currentScore: 2, change: "worsened", difference: -2 });
  });

  it("counts each kind of change", () => {
    expect(result.summary).toEqual({ improved: 1, worsened: 1, unchanged: 1, new: 1, no_longer_rated: 1, not_rated: 1 });
  });
});

describe("domains", () => {
  it("marks a domain new when it had no score before", () => {
    const result = compareRounds({ framework: v1, ratings: [] }, { framework: v1, ratings: [level("beta.b1", 1)] }, { lineage });
    expect(result.domains.find((d) => d.domainKey === "beta")?.change).toBe("new");
    expect(result.overall.change).toBe("new");
  });

  it("marks a domain no longer rated when every answer became not applicable", () => {
    const result = compareRounds(
      { framework: v1, ratings: [level("beta.b1", 3)] },
      { framework: v1, ratings: [notApplicable("beta.b1")] },
      { lineage },
    );
    expect(result.domains.find((d) => d.domainKey === "beta")?.change).toBe("no_longer_rated");
  });
});

describe("across framework versions", () => {
  const previous = [level("alpha.a1", 1), level("alpha.a2", 2), level("alpha.a3", 5), level("beta.b3", 2)];
  const current = [level("alpha.a1", 2), level("alpha.a2-renamed", 2), level("alpha.a4", 4), level("beta.b3", 3)];
  const result = compareRounds({ framework: v1, ratings: previous }, { framework: v2, ratings: current }, { lineage });

  it("follows renamed keys", () => {
    const renamed = result.indicators.find((i) => i.indicatorKey === "alpha.a2-renamed");
    expect(renamed).toMatchObject({ previousIndicatorKey: "alpha.a2", previousLevel: 2, change: "unchanged" });
  });

  it("marks indicators added in the new version as new", () => {
    expect(result.indicators.find((i) => i.indicatorKey === "alpha.a4")).toMatchObject({ previousIndicatorKey: null, change: "new" });
  });

  it("lists indicators that did not carry over as dropped", () => {
    expect(result.dropped).toEqual([{ indicatorKey: "alpha.a3", answer: "level", level: 5 }]);
  });

  it("scores the previous domain only on indicators that carried over", () => {
    // previous alpha seen through v2: a1=1, a2-renamed=2 → 1.5 (the dropped 5 is not included)
    expect(result.domains.find((d) => d.domainKey === "alpha")).toMatchObject({ previousScore: 1.5, currentScore: 2.7, change: "improved" });
  });

  it("follows the carry-over through several versions", () => {
    expect(carryOverKeys(v1, v3, lineage)).toEqual(
      new Map([
        ["alpha.a1", "alpha.a1"],
        ["alpha.a2-renamed", "alpha.a2"],
        ["beta.b1", "beta.b1"],
        ["beta.b2", "beta.b2"],
      ]),
    );
    const through = compareRounds({ framework: v1, ratings: previous }, { framework: v3, ratings: current }, { lineage });
    expect(through.indicators.find((i) => i.indicatorKey === "beta.b3")?.change).toBe("new");
  });

  it("treats every indicator as new when a version declares no carry-over", () => {
    const fresh = makeFramework({ version: 2, domains: [{ key: "alpha", indicators: ["a1", "a2", "a3"] }] });
    const result2 = compareRounds({ framework: v1, ratings: [level("alpha.a1", 1)] }, { framework: fresh, ratings: [level("alpha.a1", 1)] }, { lineage: [v1, fresh] });
    expect(result2.indicators.find((i) => i.indicatorKey === "alpha.a1")?.change).toBe("new");
  });

  it("refuses to compare different frameworks or to go backwards", () => {
    const other = makeFramework({ key: "other", domains: [{ key: "alpha", indicators: ["a1", "a2", "a3"] }] });
    expect(() => compareRounds({ framework: v1, ratings: [] }, { framework: other, ratings: [] })).toThrow(/different frameworks/);
    expect(() => compareRounds({ framework: v2, ratings: [] }, { framework: v1, ratings: [] }, { lineage })).toThrow(/older/);
  });
});
