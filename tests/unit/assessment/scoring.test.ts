import { describe, expect, it } from "vitest";
import { DONT_KNOW_FLAG_SHARE, roundScore, scoreFramework, type RatingAnswer } from "../../../assessment";
import { dontKnow, level, makeFramework, notApplicable } from "./fixtures";

const framework = makeFramework({
  domains: [
    { key: "alpha", indicators: ["a1", "a2", "a3", "a4"] },
    { key: "beta", indicators: ["b1", "b2", "b3"] },
    { key: "gamma", indicators: ["c1", "c2", "c3", "c4", "c5", "c6"] },
  ],
});

function domain(ratings: RatingAnswer[], key: string) {
  const found = scoreFramework(framework, ratings).domains.find((d) => d.domainKey === key);
  if (!found) throw new Error(`no domain ${key}`);
  return found;
}

describe("domain scores", () => {
  it("is the mean of the levels, to one decimal place", () => {
    const d = domain([level("alpha.a1", 1), level("alpha.a2", 2), level("alpha.a3", 2)], "alpha");
    expect(d.rawScore).toBeCloseTo(5 / 3, 10);
    expect(d.score).toBe(1.7);
  });

  it("leaves not applicable out of the score instead of counting it as zero or one", () => {
    const d = domain([level("alpha.a1", 4), level("alpha.a2", 4), notApplicable("alpha.a3"), notApplicable("alpha.a4")], "alpha");
    expect(d.score).toBe(4);
    expect(d.counts).toEqual({ levels: 2, notApplicable: 2, dontKnow: 0, missing: 0 });
  });

  it("leaves don't know out of the score and counts it separately", () => {
    const d = domain([level("alpha.a1", 3), dontKnow("alpha.a2")], "alpha");
    expect(d.score).toBe(3);
    expect(d.counts.dontKnow).toBe(1);
  });

  it("leaves missing indicators out of the score", () => {
    const d = domain([level("alpha.a1", 5)], "alpha");
    expect(d.score).toBe(5);
    expect(d.counts.missing).toBe(3);
  });

  it("is null, not zero, when no indicator has a level", () => {
    const d = domain([notApplicable("beta.b1"), dontKnow("beta.b2")], "beta");
    expect(d.score).toBeNull();
    expect(d.rawScore).toBeNull();
  });

  it("rounds halves up: 2.25 becomes 2.3 and 2.75 becomes 2.8", () => {
    const quarter = domain([level("alpha.a1", 2), level("alpha.a2", 2), level("alpha.a3", 2), level("alpha.a4", 3)], "alpha");
    expect(quarter.score).toBe(2.3);
    const threeQuarters = domain([level("alpha.a1", 3), level("alpha.a2", 3), level("alpha.a3", 3), level("alpha.a4", 2)], "alpha");
    expect(threeQuarters.score).toBe(2.8);
  });
});

describe("roundScore", () => {
  it("rounds to one decimal place, halves away from zero, without floating-point slips", () => {
    expect(roundScore(2.25)).toBe(2.3);
    expect(roundScore(2.35)).toBe(2.4);
    expect(roundScore(1.05)).toBe(1.1);
    expect(roundScore(2.2499)).toBe(2.2);
    expect(roundScore(-0.25)).toBe(-0.3);
    expect(Object.is(roundScore(-0.01), 0)).toBe(true);
  });
});

describe("completion", () => {
  it("counts levels, not applicable and don't know as answered, and missing as not answered", () => {
    const d = domain([level("alpha.a1", 2), notApplicable("alpha.a2"), dontKnow("alpha.a3")], "alpha");
    expect(d.completion).toEqual({ answered: 3, total: 4, ratio: 0.75 });
  });

  it("adds up indicators across domains for the overall figure", () => {
    const result = scoreFramework(framework, [level("alpha.a1", 2), notApplicable("beta.b1"), dontKnow("gamma.c1")]);
    expect(result.overall.completion).toEqual({ answered: 3, total: 13, ratio: 3 / 13 });
    expect(result.overall.counts).toEqual({ levels: 1, notApplicable: 1, dontKnow: 1, missing: 10 });
  });

  it("is complete when every indicator is answered, whatever the answers", () => {
    const ratings = framework.domains.flatMap((d) => d.indicators.map((i) => notApplicable(i.key)));
    expect(scoreFramework(framework, ratings).overall.completion.ratio).toBe(1);
  });
});

describe("don't know flag", () => {
  it(`flags a domain where at least ${DONT_KNOW_FLAG_SHARE * 100}% of applicable indicators are don't know`, () => {
    const d = domain([dontKnow("alpha.a1"), dontKnow("alpha.a2"), level("alpha.a3", 3), level("alpha.a4", 3)], "alpha");
    expect(d.manyDontKnow).toBe(true);
  });

  it("does not flag a domain with fewer don't knows than that", () => {
    const d = domain([dontKnow("alpha.a1"), level("alpha.a2", 3), level("alpha.a3", 3), level("alpha.a4", 3)], "alpha");
    expect(d.manyDontKnow).toBe(false);
  });

  it("measures the share against applicable indicators, leaving not applicable out", () => {
    // 1 don't know out of 2 applicable (2 are not applicable) = 50%
    const d = domain([dontKnow("alpha.a1"), level("alpha.a2", 3), notApplicable("alpha.a3"), notApplicable("alpha.a4")], "alpha");
    expect(d.manyDontKnow).toBe(true);
  });

  it("lists flagged domains in the overall result", () => {
    const result = scoreFramework(framework, [dontKnow("beta.b1"), dontKnow("beta.b2")]);
    expect(result.overall.domainsWithManyDontKnow).toEqual(["beta"]);
  });
});

describe("overall score", () => {
  it("is the mean of domain scores, so a domain with many indicators does not outweigh a small one", () => {
    const ratings = [
      level("beta.b1", 1),
      ...["c1", "c2", "c3", "c4", "c5", "c6"].map((s) => level(`gamma.${s}`, 5)),
    ];
    const result = scoreFramework(framework, ratings);
    // mean of domains (1 and 5) = 3; mean of all indicators would be 31/7 ≈ 4.4
    expect(result.overall.score).toBe(3);
    expect(result.overall.scoredDomains).toBe(2);
  });

  it("uses unrounded domain means and rounds only at the end", () => {
    // alpha: 1,1,2 → 1.333…; beta: 1,1,2 → 1.333…; gamma: 2 → mean of raw = 1.555… → 1.6
    // (mean of the rounded domain scores 1.3, 1.3, 2 would be 1.53 → 1.5)
    const ratings = [
      level("alpha.a1", 1), level("alpha.a2", 1), level("alpha.a3", 2),
      level("beta.b1", 1), level("beta.b2", 1), level("beta.b3", 2),
      level("gamma.c1", 2),
    ];
    expect(scoreFramework(framework, ratings).overall.score).toBe(1.6);
  });

  it("is null when no domain has a score", () => {
    expect(scoreFramework(framework, [notApplicable("alpha.a1")]).overall.score).toBeNull();
    expect(scoreFramework(framework, []).overall.score).toBeNull();
  });
});

describe("targets and gaps", () => {
  it("gives the mean target and the mean gap over indicators with both a level and a target", () => {
    const d = domain([level("alpha.a1", 1, 3), level("alpha.a2", 2, 4), level("alpha.a3", 4)], "alpha");
    expect(d.target).toBe(3.5);
    expect(d.gap).toBe(2);
  });

  it("has no target or gap when no targets are set", () => {
    const d = domain([level("alpha.a1", 1)], "alpha");
    expect(d.target).toBeNull();
    expect(d.gap).toBeNull();
  });
});

describe("untidy input", () => {
  it("ignores rows for indicators not in the framework and reports them", () => {
    const result = scoreFramework(framework, [level("nowhere.x", 1), level("alpha.a1", 4)]);
    expect(result.domains[0]?.score).toBe(4);
    expect(result.issues).toEqual([expect.objectContaining({ indicatorKey: "nowhere.x", problem: "unknown_indicator" })]);
  });

  it("uses the last of duplicate rows and reports the duplicate", () => {
    const result = scoreFramework(framework, [level("alpha.a1", 1), level("alpha.a1", 5)]);
    expect(result.domains[0]?.score).toBe(5);
    expect(result.issues.map((i) => i.problem)).toEqual(["duplicate"]);
  });

  it("treats a level answer without a valid level as missing", () => {
    const bad = [{ indicatorKey: "alpha.a1", answer: "level", level: null }, { indicatorKey: "alpha.a2", answer: "level", level: 7 }] as unknown as RatingAnswer[];
    const d = scoreFramework(framework, bad).domains[0];
    expect(d?.counts.missing).toBe(4);
    expect(d?.score).toBeNull();
  });

  it("ignores a level sent with not applicable, so it cannot sneak into the score", () => {
    const odd = [{ indicatorKey: "alpha.a1", answer: "not_applicable", level: 1 }, level("alpha.a2", 4)] as unknown as RatingAnswer[];
    const result = scoreFramework(framework, odd);
    expect(result.domains[0]?.score).toBe(4);
    expect(result.issues.map((i) => i.problem)).toEqual(["unexpected_level"]);
  });
});
