import { isMaturityLevel } from "./scale";
import type { AnswerKind, Framework, MaturityLevel, RatingAnswer } from "./types";

/**
 * Domain and overall scores, and completion.
 *
 * - A level (1–5) counts towards the score.
 * - "Not applicable" is an answer: it counts as answered for completion and is left out of the score.
 * - "Don't know" is an answer: it counts as answered for completion, is left out of the score, and is counted
 *   separately. A domain where at least half the applicable indicators are "don't know" is flagged.
 * - Missing (no row) is not answered and is left out of the score.
 * Neither "not applicable", "don't know" nor missing ever counts as a low score.
 *
 * Domain score: mean of the levels in the domain, or null when there are none.
 * Overall score: mean of the domain scores that are not null, so every domain weighs the same however many
 * indicators it has. Means are computed exactly and rounded to one decimal place (half away from zero) only
 * at the end; the overall score is the mean of the unrounded domain means.
 */

export const SCORE_DECIMALS = 1;

/** A domain is flagged when "don't know" answers make up at least this share of its applicable indicators. */
export const DONT_KNOW_FLAG_SHARE = 0.5;

/** Rounds to one decimal place, halves away from zero (2.25 → 2.3, −0.25 → −0.3). */
export function roundScore(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : rounded; // never −0
}

export type IndicatorAnswer = AnswerKind | "missing";

export interface IndicatorResult {
  indicatorKey: string;
  domainKey: string;
  answer: IndicatorAnswer;
  level: MaturityLevel | null;
  targetLevel: MaturityLevel | null;
}

export interface AnswerCounts {
  levels: number;
  notApplicable: number;
  dontKnow: number;
  missing: number;
}

export interface Completion {
  /** Levels + not applicable + don't know. */
  answered: number;
  /** Indicators in scope. */
  total: number;
  /** answered / total, 0 when total is 0. Not rounded. */
  ratio: number;
}

export interface DomainScore {
  domainKey: string;
  title: string;
  /** Mean level, rounded to one decimal place; null when no indicator has a level. */
  score: number | null;
  /** Mean level, unrounded. */
  rawScore: number | null;
  /** Mean target over indicators with both a level and a target (rounded); null if none. */
  target: number | null;
  /** Mean of (target − level) over the same indicators (rounded). Positive means below target. */
  gap: number | null;
  counts: AnswerCounts;
  completion: Completion;
  /** True when "don't know" answers are at least half the applicable indicators (and there is at least one). */
  manyDontKnow: boolean;
  indicators: IndicatorResult[];
}

export type RatingProblem = "unknown_indicator" | "duplicate" | "invalid_level" | "unexpected_level" | "invalid_target";

export interface RatingIssue {
  indicatorKey: string;
  problem: RatingProblem;
  detail: string;
}

export interface OverallScore {
  score: number | null;
  rawScore: number | null;
  /** Domains with a score (the denominator of the overall mean). */
  scoredDomains: number;
  counts: AnswerCounts;
  completion: Completion;
  domainsWithManyDontKnow: string[];
}

export interface FrameworkScore {
  frameworkKey: string;
  frameworkVersion: number;
  domains: DomainScore[];
  overall: OverallScore;
  /** Rows that were ignored or corrected; see `normaliseRatings`. */
  issues: RatingIssue[];
}

export interface NormalisedRating {
  answer: AnswerKind;
  level: MaturityLevel | null;
  targetLevel: MaturityLevel | null;
}

/**
 * Cleans rating rows against a set of indicator keys:
 * - rows for unknown indicators are ignored;
 * - if an indicator has several rows, the last one wins;
 * - an answer of "level" without a valid level 1–5 is treated as missing;
 * - a level given with "not applicable" or "don't know" is ignored;
 * - an invalid target is ignored.
 * Every correction is reported as an issue.
 */
export function normaliseRatings(
  indicatorKeys: ReadonlySet<string>,
  ratings: readonly RatingAnswer[],
): { byIndicator: Map<string, NormalisedRating>; issues: RatingIssue[] } {
  const byIndicator = new Map<string, NormalisedRating>();
  const issues: RatingIssue[] = [];
  for (const row of ratings) {
    const key = row.indicatorKey;
    if (!indicatorKeys.has(key)) {
      issues.push({ indicatorKey: key, problem: "unknown_indicator", detail: "No such indicator in this framework version; ignored." });
      continue;
    }
    if (byIndicator.has(key)) {
      issues.push({ indicatorKey: key, problem: "duplicate", detail: "More than one answer; the last one is used." });
      byIndicator.delete(key);
    }
    let targetLevel: MaturityLevel | null = null;
    if (row.targetLevel !== undefined && row.targetLevel !== null) {
      if (isMaturityLevel(row.targetLevel)) targetLevel = row.targetLevel;
      else issues.push({ indicatorKey: key, problem: "invalid_target", detail: `Target ${String(row.targetLevel)} is not 1–5; ignored.` });
    }
    if (row.answer === "level") {
      if (!isMaturityLevel(row.level)) {
        issues.push({ indicatorKey: key, problem: "invalid_level", detail: `Level ${String(row.level)} is not 1–5; treated as not answered.` });
        continue;
      }
      byIndicator.set(key, { answer: "level", level: row.level, targetLevel });
    } else if (row.answer === "not_applicable" || row.answer === "dont_know") {
      if (row.level !== null && row.level !== undefined) {
        issues.push({ indicatorKey: key, problem: "unexpected_level", detail: `A level was given with "${row.answer}"; the level is ignored.` });
      }
      byIndicator.set(key, { answer: row.answer, level: null, targetLevel });
    } else {
      issues.push({ indicatorKey: key, problem: "invalid_level", detail: `Unknown answer "${String(row.answer)}"; treated as not answered.` });
    }
  }
  return { byIndicator, issues };
}

function emptyCounts(): AnswerCounts {
  return { levels: 0, notApplicable: 0, dontKnow: 0, missing: 0 };
}

function completionOf(counts: AnswerCounts): Completion {
  const answered = counts.levels + counts.notApplicable + counts.dontKnow;
  const total = answered + counts.missing;
  return { answered, total, ratio: total === 0 ? 0 : answered / total };
}

function addCounts(into: AnswerCounts, from: AnswerCounts): void {
  into.levels += from.levels;
  into.notApplicable += from.notApplicable;
  into.dontKnow += from.dontKnow;
  into.missing += from.missing;
}

export function scoreFramework(framework: Framework, ratings: readonly RatingAnswer[]): FrameworkScore {
  const keys = new Set(framework.domains.flatMap((d) => d.indicators.map((i) => i.key)));
  const { byIndicator, issues } = normaliseRatings(keys, ratings);

  const domains: DomainScore[] = framework.domains.map((domain) => {
    const counts = emptyCounts();
    let levelSum = 0;
    let targetSum = 0;
    let gapSum = 0;
    let targeted = 0;
    const indicators: IndicatorResult[] = domain.indicators.map((indicator) => {
      const rating = byIndicator.get(indicator.key);
      if (!rating) {
        counts.missing += 1;
        return { indicatorKey: indicator.key, domainKey: domain.key, answer: "missing", level: null, targetLevel: null };
      }
      if (rating.answer === "level" && rating.level !== null) {
        counts.levels += 1;
        levelSum += rating.level;
        if (rating.targetLevel !== null) {
          targeted += 1;
          targetSum += rating.targetLevel;
          gapSum += rating.targetLevel - rating.level;
        }
      } else if (rating.answer === "not_applicable") {
        counts.notApplicable += 1;
      } else {
        counts.dontKnow += 1;
      }
      return {
        indicatorKey: indicator.key,
        domainKey: domain.key,
        answer: rating.answer,
        level: rating.level,
        targetLevel: rating.targetLevel,
      };
    });

    const rawScore = counts.levels === 0 ? null : levelSum / counts.levels;
    const applicable = domain.indicators.length - counts.notApplicable;
    return {
      domainKey: domain.key,
      title: domain.title,
      score: rawScore === null ? null : roundScore(rawScore),
      rawScore,
      target: targeted === 0 ? null : roundScore(targetSum / targeted),
      gap: targeted === 0 ? null : roundScore(gapSum / targeted),
      counts,
      completion: completionOf(counts),
      manyDontKnow: counts.dontKnow > 0 && applicable > 0 && counts.dontKnow / applicable >= DONT_KNOW_FLAG_SHARE,
      indicators,
    };
  });

  const counts = emptyCounts();
  for (const d of domains) addCounts(counts, d.counts);
  const scored = domains.filter((d) => d.rawScore !== null);
  const rawScore = scored.length === 0 ? null : scored.reduce((sum, d) => sum + (d.rawScore as number), 0) / scored.length;

  return {
    frameworkKey: framework.key,
    frameworkVersion: framework.version,
    domains,
    overall: {
      score: rawScore === null ? null : roundScore(rawScore),
      rawScore,
      scoredDomains: scored.length,
      counts,
      completion: completionOf(counts),
      domainsWithManyDontKnow: domains.filter((d) => d.manyDontKnow).map((d) => d.domainKey),
    },
    issues,
  };
}
