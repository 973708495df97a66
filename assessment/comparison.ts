import { frameworks as allFrameworks } from "./registry";
import { roundScore, scoreFramework, type IndicatorAnswer } from "./scoring";
import type { Framework, MaturityLevel, RatingAnswer } from "./types";

/**
 * Comparing two rounds of the same framework.
 *
 * Per indicator (previous → current):
 * - "improved" / "worsened" / "unchanged": a level in both rounds, compared.
 * - "new": a level now, but none before (the indicator is new in this version, or was missing,
 *   not applicable or don't know last time).
 * - "no_longer_rated": a level before, but none now (missing, not applicable or don't know).
 * - "not_rated": no level in either round.
 * Per domain: the same words, comparing domain scores rounded to one decimal place (what people see).
 * The previous round is re-scored through the current framework, using the carry-over mapping when versions
 * differ, so domains compare like with like. Old indicators that do not carry over are listed as dropped.
 */

export type Change = "improved" | "worsened" | "unchanged" | "new" | "no_longer_rated" | "not_rated";

export const CHANGES: readonly Change[] = ["improved", "worsened", "unchanged", "new", "no_longer_rated", "not_rated"];

export interface RoundInput {
  framework: Framework;
  ratings: readonly RatingAnswer[];
}

export interface IndicatorComparison {
  indicatorKey: string;
  domainKey: string;
  /** The key this indicator had in the previous round's version, or null if it did not carry over. */
  previousIndicatorKey: string | null;
  previousAnswer: IndicatorAnswer;
  previousLevel: MaturityLevel | null;
  currentAnswer: IndicatorAnswer;
  currentLevel: MaturityLevel | null;
  /** current − previous when both are levels, else null. */
  difference: number | null;
  change: Change;
}

export interface DomainComparison {
  domainKey: string;
  title: string;
  previousScore: number | null;
  currentScore: number | null;
  /** Difference of the rounded scores, rounded to one decimal place; null unless both exist. */
  difference: number | null;
  change: Change;
}

export interface DroppedIndicator {
  indicatorKey: string;
  answer: IndicatorAnswer;
  level: MaturityLevel | null;
}

export interface RoundComparison {
  frameworkKey: string;
  previousVersion: number;
  currentVersion: number;
  indicators: IndicatorComparison[];
  domains: DomainComparison[];
  overall: { previousScore: number | null; currentScore: number | null; difference: number | null; change: Change };
  /** Previous-version indicators with no successor in the current version. */
  dropped: DroppedIndicator[];
  /** How many indicators fall under each change. */
  summary: Record<Change, number>;
}

/**
 * Maps each current-version indicator key to the key it had in `previous`, following each version's
 * `carriesOverFrom` back to the previous round's version. Same version: identity. Only keys listed in
 * `carriesOverFrom.indicatorKeys` carry over.
 */
export function carryOverKeys(
  previous: Framework,
  current: Framework,
  lineage: readonly Framework[] = allFrameworks,
): Map<string, string> {
  if (previous.key !== current.key) {
    throw new Error(`Cannot compare rounds of different frameworks ("${previous.key}" and "${current.key}").`);
  }
  if (current.version < previous.version) {
    throw new Error(`The current round (version ${current.version}) is older than the previous one (version ${previous.version}).`);
  }
  const mapping = new Map<string, string>();
  for (const domain of current.domains) for (const indicator of domain.indicators) mapping.set(indicator.key, indicator.key);

  let step = current;
  while (step.version > previous.version) {
    const carry = step.carriesOverFrom;
    if (!carry) return new Map(); // nothing carries over
    for (const [newKey, stepKey] of [...mapping]) {
      const older = carry.indicatorKeys[stepKey];
      if (older === undefined) mapping.delete(newKey);
      else mapping.set(newKey, older);
    }
    const older =
      carry.version === previous.version ? previous : lineage.find((f) => f.key === current.key && f.version === carry.version);
    if (!older) throw new Error(`Version ${carry.version} of "${current.key}" is not available to follow the carry-over.`);
    if (older.version >= step.version) throw new Error(`Version ${step.version} carries over from a version that is not older.`);
    step = older;
  }
  if (step.version !== previous.version) {
    throw new Error(`The carry-over from version ${current.version} skips version ${previous.version}.`);
  }
  return mapping;
}

function changeBetween(previous: number | null, current: number | null): Change {
  if (previous === null && current === null) return "not_rated";
  if (previous === null) return "new";
  if (current === null) return "no_longer_rated";
  if (current > previous) return "improved";
  if (current < previous) return "worsened";
  return "unchanged";
}

function roundedDifference(previous: number | null, current: number | null): number | null {
  if (previous === null || current === null) return null;
  return roundScore(current - previous);
}

export function compareRounds(
  previous: RoundInput,
  current: RoundInput,
  options: { lineage?: readonly Framework[] } = {},
): RoundComparison {
  const mapping = carryOverKeys(previous.framework, current.framework, options.lineage);

  // The previous round's answers, as they stand in the previous version.
  const previousScore = scoreFramework(previous.framework, previous.ratings);
  const previousByKey = new Map(previousScore.domains.flatMap((d) => d.indicators).map((i) => [i.indicatorKey, i]));

  // The previous round seen through the current version: rows renamed to current keys.
  const translated: RatingAnswer[] = [];
  const validPrevious = new Map<string, RatingAnswer>();
  for (const row of previous.ratings) validPrevious.set(row.indicatorKey, row); // last row wins, as in scoring
  for (const [newKey, oldKey] of mapping) {
    const row = validPrevious.get(oldKey);
    if (row) translated.push({ ...row, indicatorKey: newKey });
  }
  const previousThroughCurrent = scoreFramework(current.framework, translated);
  const currentScore = scoreFramework(current.framework, current.ratings);

  const indicators: IndicatorComparison[] = currentScore.domains.flatMap((domain) =>
    domain.indicators.map((now) => {
      const oldKey = mapping.get(now.indicatorKey) ?? null;
      const before = oldKey === null ? undefined : previousByKey.get(oldKey);
      const previousLevel = before?.level ?? null;
      return {
        indicatorKey: now.indicatorKey,
        domainKey: domain.domainKey,
        previousIndicatorKey: oldKey,
        previousAnswer: before?.answer ?? "missing",
        previousLevel,
        currentAnswer: now.answer,
        currentLevel: now.level,
        difference: previousLevel !== null && now.level !== null ? now.level - previousLevel : null,
        change: changeBetween(previousLevel, now.level),
      };
    }),
  );

  const domains: DomainComparison[] = currentScore.domains.map((now, index) => {
    const before = previousThroughCurrent.domains[index];
    const previousDomainScore = before?.score ?? null;
    return {
      domainKey: now.domainKey,
      title: now.title,
      previousScore: previousDomainScore,
      currentScore: now.score,
      difference: roundedDifference(previousDomainScore, now.score),
      change: changeBetween(previousDomainScore, now.score),
    };
  });

  const carried = new Set(mapping.values());
  const dropped: DroppedIndicator[] = previousScore.domains
    .flatMap((d) => d.indicators)
    .filter((i) => !carried.has(i.indicatorKey))
    .map((i) => ({ indicatorKey: i.indicatorKey, answer: i.answer, level: i.level }));

  const summary = Object.fromEntries(CHANGES.map((c) => [c, 0])) as Record<Change, number>;
  for (const i of indicators) summary[i.change] += 1;

  const overallBefore = previousThroughCurrent.overall.score;
  const overallNow = currentScore.overall.score;
  return {
    frameworkKey: current.framework.key,
    previousVersion: previous.framework.version,
    currentVersion: current.framework.version,
    indicators,
    domains,
    overall: {
      previousScore: overallBefore,
      currentScore: overallNow,
      difference: roundedDifference(overallBefore, overallNow),
      change: changeBetween(overallBefore, overallNow),
    },
    dropped,
    summary,
  };
}
