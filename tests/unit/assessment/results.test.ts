import { describe, expect, it } from "vitest";
import { assessmentResults, formatDifference, getFramework, PARTNERSHIP_FRAMEWORK_KEY, progressAcrossRounds, type RatingAnswer } from "../../../assessment";

const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
const v2 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 2)!;
const all = (f: typeof v1, level: (i: number, key: string) => number | null): RatingAnswer[] =>
  f.domains.flatMap((d) => d.indicators).flatMap((ind, i) => {
    const l = level(i, ind.key);
    return l === null ? [] : [{ indicatorKey: ind.key, answer: "level" as const, level: l as 1 | 2 | 3 | 4 | 5, targetLevel: null }];
  });

describe("an assessment's results", () => {
  it("gives each domain's score against the previous round (re-scored through the new version), and the overall change", () => {
    const previous = all(v1, () => 2);
    const current = all(v2, (i) => (i % 2 === 0 ? 3 : 2));
    const results = assessmentResults({
      current: { framework: v2, ratings: current, roundName: "2026/27" },
      previous: { framework: v1, ratings: previous, roundName: "2025/26" },
      withEvidence: new Set(),
      unsupported: new Set(),
    });
    expect(results.previousRoundName).toBe("2025/26");
    expect(results.domains).toHaveLength(12);
    for (const d of results.domains) {
      expect(d.previousScore).toBe(2);
      expect(d.score).toBeGreaterThanOrEqual(2);
    }
    expect(results.overall.previousScore).toBe(2);
    expect(results.overall.change).toBe("improved");
    expect(results.overall.difference).toBeGreaterThan(0);
    expect(results.overall.completion).toBe(1);
  });

  it("counts completion, evidence coverage and unsupported ratings, per domain and overall", () => {
    const keys = v2.domains[0]!.indicators.map((i) => i.key);
    const ratings: RatingAnswer[] = [
      { indicatorKey: keys[0]!, answer: "level", level: 4, targetLevel: 5 },
      { indicatorKey: keys[1]!, answer: "level", level: 3, targetLevel: null },
      { indicatorKey: keys[2]!, answer: "not_applicable", level: null },
    ];
    const results = assessmentResults({
      current: { framework: v2, ratings, roundName: "2026/27" },
      previous: null,
      withEvidence: new Set([keys[0]!]),
      unsupported: new Set([keys[0]!, keys[1]!]),
    });
    const first = results.domains[0]!;
    expect(first).toMatchObject({ score: 3.5, target: 5, answered: 3, total: keys.length, levels: 2, unsupported: 2, previousScore: null, change: null });
    expect(results.overall).toMatchObject({ answered: 3, levelled: 2, withEvidence: 1, evidenceCoverage: 0.5, unsupported: 2, change: null });
    expect(results.domains[1]!.score).toBeNull();
  });
});

describe("progress across rounds", () => {
  it("lists every round's overall and domain scores, oldest first, and what changed since the round before the latest", () => {
    const progress = progressAcrossRounds([
      { framework: v1, ratings: all(v1, () => 1), roundName: "2024/25" },
      { framework: v1, ratings: all(v1, () => 3), roundName: "2025/26" },
      { framework: v2, ratings: all(v2, (i) => (i < 5 ? 2 : 3)), roundName: "2026/27" },
    ]);
    expect(progress.rounds.map((r) => [r.roundName, r.overall])).toEqual([
      ["2024/25", 1],
      ["2025/26", 3],
      ["2026/27", expect.any(Number)],
    ]);
    expect(progress.sinceLast).toMatchObject({ fromRound: "2025/26", toRound: "2026/27" });
    const leadership = progress.sinceLast!.domains.find((d) => d.domainKey === "leadership")!;
    expect(leadership).toMatchObject({ previousScore: 3, currentScore: 2, change: "worsened", difference: -1 });
    const indicators = progress.sinceLast!.indicators.leadership!;
    expect(indicators.some((i) => i.change === "new")).toBe(true); // indicators new in version 2
    expect(indicators.some((i) => i.change === "worsened")).toBe(true);
    expect(progressAcrossRounds([]).sinceLast).toBeNull();
  });

  it("writes a change in score with its sign, as people read it", () => {
    expect(formatDifference(0.4)).toBe("+0.4");
    expect(formatDifference(-0.25)).toBe("−0.3");
    expect(formatDifference(0)).toBe("0.0");
    expect(formatDifference(null)).toBe("");
  });
});
