import { describe, expect, it } from "vitest";
import { getFramework, median, narrowFramework, PARTNERSHIP_FRAMEWORK_KEY, regionalPicture, regionalTrend, scoreBand, type PartnershipInRound, type RatingAnswer } from "../../../assessment";

const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
const v2 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 2)!;
const indicators = (f: typeof v1) => f.domains.flatMap((d) => d.indicators);
const levelled = (f: typeof v1, level: (i: number) => number | null): RatingAnswer[] =>
  indicators(f).flatMap((ind, i) => {
    const l = level(i);
    return l === null ? [] : [{ indicatorKey: ind.key, answer: "level" as const, level: l as 1 | 2 | 3 | 4 | 5, targetLevel: null }];
  });
const partnership = (name: string, ratings: RatingAnswer[], evidenced: string[] = []): PartnershipInRound => ({
  organisationId: name,
  name,
  assessmentId: ratings.length ? `${name}-a` : null,
  ratings,
  indicatorsWithEvidence: new Set(evidenced),
});

describe("the region's picture", () => {
  it("scores each partnership's domains and takes the region's median per domain and overall", () => {
    const picture = regionalPicture(v2, [partnership("A", levelled(v2, () => 2)), partnership("B", levelled(v2, () => 3)), partnership("C", levelled(v2, () => 5)), partnership("D", [])]);
    expect(picture.domains).toHaveLength(v2.domains.length);
    expect(picture.rows.map((r) => r.overall)).toEqual([2, 3, 5, null]);
    // The median of 2, 3 and 5 (the partnership with no answers is left out, not counted as zero).
    expect(picture.overallMedian).toBe(3);
    expect(picture.domains.every((d) => d.median === 3)).toBe(true);
    expect(picture.rows[3]).toMatchObject({ answered: 0, evidenceCoverage: null, scores: expect.any(Object) });
  });

  it("counts evidence coverage over the ratings with a level, not over unanswered ones", () => {
    const keys = indicators(v2).map((i) => i.key);
    const ratings = levelled(v2, (i) => (i < 10 ? 3 : null));
    const row = regionalPicture(v2, [partnership("A", ratings, keys.slice(0, 4))]).rows[0]!;
    expect(row.answered).toBe(10);
    expect(row.evidenceCoverage).toBeCloseTo(0.4);
  });

  it("narrows to the indicators tagged with an MoU aim: domains without any are dropped and scores use only the tagged ones", () => {
    const narrowed = narrowFramework(v2, { mouAim: 2 });
    const tagged = indicators(v2).filter((i) => i.tags.mouAims.includes(2));
    expect(tagged.length).toBeGreaterThan(0);
    expect(indicators(narrowed).map((i) => i.key)).toEqual(tagged.map((i) => i.key));
    expect(narrowed.domains.every((d) => d.indicators.length > 0)).toBe(true);
    // Level 5 on the tagged indicators and 1 everywhere else: the narrowed score is 5.
    const ratings = levelled(v2, (i) => (tagged.some((t) => t.key === indicators(v2)[i]!.key) ? 5 : 1));
    const picture = regionalPicture(v2, [partnership("A", ratings)], { mouAim: 2 });
    expect(picture.rows[0]!.overall).toBe(5);
    expect(picture.rows[0]!.total).toBe(tagged.length);
    expect(regionalPicture(v2, [partnership("A", ratings)]).rows[0]!.overall).toBeLessThan(5);
  });

  it("follows the region's median round by round, each round scored against its own framework version", () => {
    const trend = regionalTrend([
      { roundId: "r1", name: "2024/25", framework: v1, partnerships: [partnership("A", levelled(v1, () => 1)), partnership("B", levelled(v1, () => 2))] },
      { roundId: "r2", name: "2025/26", framework: v2, partnerships: [partnership("A", levelled(v2, () => 3)), partnership("B", [])] },
    ]);
    expect(trend.map((t) => [t.name, t.scored, t.overallMedian])).toEqual([
      ["2024/25", 2, 1.5],
      ["2025/26", 1, 3],
    ]);
    expect(Object.keys(trend[1]!.domainMedians)).toEqual(v2.domains.map((d) => d.key));
  });
});

describe("heatmap bands and medians", () => {
  it("puts a score in the band of its nearest level, and nothing in none", () => {
    expect([1, 1.4, 1.5, 2.49, 3, 4.5, 5].map(scoreBand)).toEqual([1, 1, 2, 2, 3, 5, 5]);
    expect(scoreBand(null)).toBeNull();
  });

  it("takes the middle value, or the mean of the middle two, to one decimal place", () => {
    expect(median([])).toBeNull();
    expect(median([3.4])).toBe(3.4);
    expect(median([2, 4, 3])).toBe(3);
    expect(median([2.1, 2.4])).toBe(2.3);
  });
});
