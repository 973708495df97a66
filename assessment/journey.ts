import { carryOverKeys } from "./comparison";
import { compareIsoDates } from "./dates";
import { isMaturityLevel } from "./scale";
import type { AnswerKind, Framework, IsoDate, MaturityLevel } from "./types";

/**
 * The rules of completing an assessment, from starting it (blank or from the last round) to submitting it.
 * Pure: the pages and db/assessments.ts call these.
 */

/** A rating as the journey sees it: an answer, and whether it was carried over and not yet confirmed. */
export interface JourneyRating {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel?: number | null;
  rationale?: string;
  confidence?: string | null;
  carriedOver: boolean;
}

export type DomainStatus = "not_started" | "in_progress" | "completed";

export interface DomainProgress {
  domainKey: string;
  title: string;
  answered: number;
  total: number;
  /** Carried over from the last round and not yet confirmed or changed by anyone. */
  unconfirmed: number;
  status: DomainStatus;
}

export interface AssessmentProgress {
  domains: DomainProgress[];
  answered: number;
  total: number;
  unconfirmed: number;
  completedDomains: number;
}

/**
 * Each domain's status: not started (nothing answered), completed (every indicator answered and no carried answer
 * waiting to be confirmed), otherwise in progress.
 */
export function assessmentProgress(framework: Framework, ratings: readonly JourneyRating[]): AssessmentProgress {
  const byKey = new Map(ratings.map((r) => [r.indicatorKey, r]));
  const domains = framework.domains.map((domain): DomainProgress => {
    let answered = 0;
    let unconfirmed = 0;
    for (const indicator of domain.indicators) {
      const rating = byKey.get(indicator.key);
      if (!rating) continue;
      answered += 1;
      if (rating.carriedOver) unconfirmed += 1;
    }
    const total = domain.indicators.length;
    const status: DomainStatus = answered === 0 ? "not_started" : answered === total && unconfirmed === 0 ? "completed" : "in_progress";
    return { domainKey: domain.key, title: domain.title, answered, total, unconfirmed, status };
  });
  return {
    domains,
    answered: domains.reduce((n, d) => n + d.answered, 0),
    total: domains.reduce((n, d) => n + d.total, 0),
    unconfirmed: domains.reduce((n, d) => n + d.unconfirmed, 0),
    completedDomains: domains.filter((d) => d.status === "completed").length,
  };
}

/** What stops an assessment being submitted, in words; empty when it can be. */
export function submissionProblems(framework: Framework, ratings: readonly JourneyRating[]): string[] {
  const progress = assessmentProgress(framework, ratings);
  const problems: string[] = [];
  const missing = progress.total - progress.answered;
  if (missing > 0) problems.push(`${missing} ${missing === 1 ? "indicator is" : "indicators are"} not answered yet.`);
  if (progress.unconfirmed > 0) {
    problems.push(
      `${progress.unconfirmed} ${progress.unconfirmed === 1 ? "answer was" : "answers were"} carried over from the last round and ${progress.unconfirmed === 1 ? "needs" : "need"} confirming or changing.`,
    );
  }
  return problems;
}

/** Work after the due date is late: flagged, never refused. */
export function isLate(dueOn: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(today, dueOn) > 0;
}

export interface CarriedAnswer {
  indicatorKey: string;
  /** The key the answer had in the previous round's version. */
  fromIndicatorKey: string;
  answer: AnswerKind;
  level: MaturityLevel | null;
  targetLevel: MaturityLevel | null;
  confidence: string | null;
  rationale: string;
}

export interface CarriedOverAnswers {
  carried: CarriedAnswer[];
  /** Previous answers whose indicator no longer exists in the new version (listed, never silently dropped). */
  notCarried: { indicatorKey: string; title: string; answer: AnswerKind; level: number | null }[];
}

export interface PreviousRating {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: string | null;
  rationale: string;
}

/**
 * The last round's answers, carried into a new assessment by indicator key, across framework versions through each
 * version's carry-over list. Answers to indicators that did not survive are listed in `notCarried`.
 */
export function carryOverAnswers(previous: Framework, current: Framework, ratings: readonly PreviousRating[], lineage?: readonly Framework[]): CarriedOverAnswers {
  const mapping = carryOverKeys(previous, current, lineage); // current key → previous key
  const previousKeyToCurrent = new Map([...mapping].map(([currentKey, previousKey]) => [previousKey, currentKey]));
  const titles = new Map(previous.domains.flatMap((d) => d.indicators.map((i) => [i.key, i.title] as const)));
  const carried: CarriedAnswer[] = [];
  const notCarried: CarriedOverAnswers["notCarried"] = [];
  for (const rating of ratings) {
    const currentKey = previousKeyToCurrent.get(rating.indicatorKey);
    if (!currentKey) {
      if (titles.has(rating.indicatorKey)) {
        notCarried.push({ indicatorKey: rating.indicatorKey, title: titles.get(rating.indicatorKey)!, answer: rating.answer, level: rating.level });
      }
      continue;
    }
    const level = rating.answer === "level" && isMaturityLevel(rating.level) ? rating.level : null;
    if (rating.answer === "level" && level === null) continue;
    carried.push({
      indicatorKey: currentKey,
      fromIndicatorKey: rating.indicatorKey,
      answer: rating.answer,
      level,
      targetLevel: level !== null && isMaturityLevel(rating.targetLevel) ? rating.targetLevel : null,
      confidence: rating.confidence,
      rationale: rating.rationale,
    });
  }
  return { carried, notCarried };
}

/**
 * For a framework version, the current key of every indicator key used in it or in an earlier version of the same
 * framework (following each version's carry-over list). Keys of indicators that did not carry over are absent. Used
 * to show, against today's indicators, things recorded against older keys (such as actions raised in an earlier round).
 */
export function currentIndicatorKeys(current: Framework, lineage: readonly Framework[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const domain of current.domains) for (const indicator of domain.indicators) keys.set(indicator.key, indicator.key);
  for (const older of lineage) {
    if (older.key !== current.key || older.version >= current.version) continue;
    for (const [currentKey, olderKey] of carryOverKeys(older, current, lineage)) if (!keys.has(olderKey)) keys.set(olderKey, currentKey);
  }
  return keys;
}
