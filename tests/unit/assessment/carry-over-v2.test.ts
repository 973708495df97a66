import { describe, expect, it } from "vitest";
import {
  PARTNERSHIP_FRAMEWORK_KEY,
  PROVIDER_FRAMEWORK_KEY,
  carryOverKeys,
  compareRounds,
  getFramework,
  type Framework,
  type MaturityLevel,
  type RatingAnswer,
} from "../../../assessment";

/**
 * Carrying a complete version 1 assessment into version 2, for both frameworks: every answer whose indicator
 * survived is kept (under its version 2 key), and every other answer is listed as dropped.
 */

const indicatorKeys = (framework: Framework) => framework.domains.flatMap((d) => d.indicators.map((i) => i.key));

/** A full set of answers to version 1: a level for most indicators, with some "not applicable" and "don't know". */
function fullAnswers(framework: Framework): RatingAnswer[] {
  return indicatorKeys(framework).map((indicatorKey, i): RatingAnswer => {
    if (i % 11 === 5) return { indicatorKey, answer: "not_applicable", level: null };
    if (i % 13 === 7) return { indicatorKey, answer: "dont_know", level: null };
    return { indicatorKey, answer: "level", level: ((i % 5) + 1) as MaturityLevel };
  });
}

const expectations = {
  [PARTNERSHIP_FRAMEWORK_KEY]: {
    carried: 41,
    added: 21,
    dropped: [
      "admissions-discharge.delays-tracked",
      "children.temporary-accommodation",
      "finance.business-cases",
      "housing-offer.mapped-to-priorities",
      "leadership.executive-sponsor",
      "mental-health.needs-and-commissioning",
      "older-age.falls-and-adaptations",
      "older-age.housing-supply-plans",
      "strategy.measurable-objectives",
    ],
  },
  [PROVIDER_FRAMEWORK_KEY]: { carried: 15, added: 11, dropped: ["offer-clarity.capacity-stated"] },
};

describe.each(Object.entries(expectations))("carrying a full version 1 %s assessment into version 2", (key, expected) => {
  const v1 = getFramework(key, 1)!;
  const v2 = getFramework(key, 2)!;
  const answers = fullAnswers(v1);
  const byKey = new Map(answers.map((a) => [a.indicatorKey, a]));
  const mapping = carryOverKeys(v1, v2);

  it("maps each surviving indicator to the version 1 indicator it came from", () => {
    expect(mapping.size).toBe(expected.carried);
    expect(indicatorKeys(v2).length - mapping.size).toBe(expected.added);
    for (const [newKey, oldKey] of mapping) {
      expect(indicatorKeys(v2)).toContain(newKey);
      expect(indicatorKeys(v1)).toContain(oldKey);
    }
  });

  it("keeps every answer whose indicator survived, with its level, under the version 2 key", () => {
    const result = compareRounds({ framework: v1, ratings: answers }, { framework: v2, ratings: [] });
    const kept = result.indicators.filter((i) => i.previousIndicatorKey !== null);
    expect(kept).toHaveLength(expected.carried);
    for (const indicator of kept) {
      const original = byKey.get(indicator.previousIndicatorKey!)!;
      expect(indicator.previousLevel, indicator.indicatorKey).toBe(original.level);
      expect(indicator.previousAnswer, indicator.indicatorKey).toBe(original.answer === "level" ? "level" : original.answer);
    }
    // The new indicators have no previous answer.
    for (const indicator of result.indicators.filter((i) => i.previousIndicatorKey === null)) {
      expect(indicator.previousAnswer, indicator.indicatorKey).toBe("missing");
    }
  });

  it("lists every answer that did not carry over, with what it was", () => {
    const result = compareRounds({ framework: v1, ratings: answers }, { framework: v2, ratings: [] });
    expect(result.dropped.map((d) => d.indicatorKey).sort()).toEqual(expected.dropped);
    for (const dropped of result.dropped) {
      const original = byKey.get(dropped.indicatorKey)!;
      expect(dropped.level, dropped.indicatorKey).toBe(original.level);
    }
    // Nothing is lost: every version 1 answer is either kept or listed as dropped.
    expect(result.dropped.length + mapping.size).toBe(answers.length);
  });

  it("shows the same answers again as unchanged when version 2 is answered the same way", () => {
    const carried: RatingAnswer[] = [...mapping].map(([newKey, oldKey]) => ({ ...byKey.get(oldKey)!, indicatorKey: newKey }));
    const result = compareRounds({ framework: v1, ratings: answers }, { framework: v2, ratings: carried });
    const rated = result.indicators.filter((i) => i.previousIndicatorKey !== null && i.previousLevel !== null);
    expect(rated.length).toBeGreaterThan(0);
    for (const indicator of rated) expect(indicator.change, indicator.indicatorKey).toBe("unchanged");
  });
});
