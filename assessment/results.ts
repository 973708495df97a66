import { compareRounds, type Change } from "./comparison";
import { roundScore, scoreFramework } from "./scoring";
import type { Framework, RatingAnswer } from "./types";

/**
 * What an assessment's results and a partnership's progress show, as plain data: the numbers behind the charts and
 * their tables. Pure: the pages pass in the ratings, the previous round's, and which ratings their evidence supports.
 */

export interface RoundRatings {
  framework: Framework;
  ratings: readonly RatingAnswer[];
  roundName: string;
}

export interface DomainResult {
  domainKey: string;
  title: string;
  /** Mean level, one decimal place; null when nothing in the domain has a level. */
  score: number | null;
  /** The previous round's score for the same domain (re-scored through this version), or null. */
  previousScore: number | null;
  /** Mean target over indicators with a target, or null. */
  target: number | null;
  change: Change | null;
  /** current − previous, one decimal place, or null. */
  difference: number | null;
  answered: number;
  total: number;
  /** Indicators with a level that the score is based on. */
  levels: number;
  /** Ratings with a level that their evidence does not support. */
  unsupported: number;
}

export interface AssessmentResults {
  overall: {
    score: number | null;
    previousScore: number | null;
    change: Change | null;
    difference: number | null;
    answered: number;
    total: number;
    /** Share answered, 0–1. */
    completion: number;
    /** Ratings with a level, and how many of those have any evidence linked. */
    levelled: number;
    withEvidence: number;
    /** Share of ratings with a level that have evidence, 0–1 (0 when none has a level). */
    evidenceCoverage: number;
    unsupported: number;
  };
  domains: DomainResult[];
  previousRoundName: string | null;
}

export function assessmentResults(input: {
  current: RoundRatings;
  previous: RoundRatings | null;
  /** Indicator keys of this assessment with any evidence linked. */
  withEvidence: ReadonlySet<string>;
  /** Indicator keys whose rating its evidence does not support. */
  unsupported: ReadonlySet<string>;
}): AssessmentResults {
  const { current, previous } = input;
  const score = scoreFramework(current.framework, current.ratings);
  const comparison = previous ? compareRounds({ framework: previous.framework, ratings: previous.ratings }, { framework: current.framework, ratings: current.ratings }) : null;
  const domainComparison = new Map(comparison?.domains.map((d) => [d.domainKey, d]) ?? []);
  let levelled = 0;
  let withEvidence = 0;
  const domains = score.domains.map((d): DomainResult => {
    const compared = domainComparison.get(d.domainKey);
    const levelKeys = d.indicators.filter((i) => i.answer === "level").map((i) => i.indicatorKey);
    levelled += levelKeys.length;
    withEvidence += levelKeys.filter((k) => input.withEvidence.has(k)).length;
    return {
      domainKey: d.domainKey,
      title: d.title,
      score: d.score,
      previousScore: compared?.previousScore ?? null,
      target: d.target,
      change: compared ? compared.change : null,
      difference: compared?.difference ?? null,
      answered: d.completion.answered,
      total: d.completion.total,
      levels: d.counts.levels,
      unsupported: levelKeys.filter((k) => input.unsupported.has(k)).length,
    };
  });
  return {
    overall: {
      score: score.overall.score,
      previousScore: comparison?.overall.previousScore ?? null,
      change: comparison ? comparison.overall.change : null,
      difference: comparison?.overall.difference ?? null,
      answered: score.overall.completion.answered,
      total: score.overall.completion.total,
      completion: score.overall.completion.ratio,
      levelled,
      withEvidence,
      evidenceCoverage: levelled === 0 ? 0 : withEvidence / levelled,
      unsupported: domains.reduce((n, d) => n + d.unsupported, 0),
    },
    domains,
    previousRoundName: previous?.roundName ?? null,
  };
}

export interface ProgressRound {
  roundName: string;
  overall: number | null;
  /** Domain key → score (null when nothing has a level). */
  domains: Record<string, number | null>;
}

export interface IndicatorChange {
  indicatorKey: string;
  title: string;
  previousLevel: number | null;
  currentLevel: number | null;
  change: Change;
}

export interface Progress {
  /** Every round, oldest first. */
  rounds: ProgressRound[];
  /** The domains of the latest round's framework, in order. */
  domains: { domainKey: string; title: string }[];
  /** Since the round before the latest (null with fewer than two rounds). */
  sinceLast: {
    fromRound: string;
    toRound: string;
    overall: { change: Change; difference: number | null };
    domains: { domainKey: string; title: string; previousScore: number | null; currentScore: number | null; change: Change; difference: number | null }[];
    indicators: Record<string, IndicatorChange[]>;
    summary: Record<Change, number>;
  } | null;
}

/**
 * A partnership's scores across every round (oldest first), and what changed since the round before the latest, per
 * domain and per indicator. Rounds on different framework versions are compared through the carry-over lists.
 */
export function progressAcrossRounds(rounds: readonly RoundRatings[]): Progress {
  const scored = rounds.map((r) => ({ round: r, score: scoreFramework(r.framework, r.ratings) }));
  const latest = rounds[rounds.length - 1];
  const domains = latest ? latest.framework.domains.map((d) => ({ domainKey: d.key, title: d.title })) : [];
  const progressRounds = scored.map(({ round, score }) => ({
    roundName: round.roundName,
    overall: score.overall.score,
    domains: Object.fromEntries(score.domains.map((d) => [d.domainKey, d.score])),
  }));
  let sinceLast: Progress["sinceLast"] = null;
  if (rounds.length >= 2) {
    const previous = rounds[rounds.length - 2]!;
    const current = rounds[rounds.length - 1]!;
    const comparison = compareRounds({ framework: previous.framework, ratings: previous.ratings }, { framework: current.framework, ratings: current.ratings });
    const titles = new Map(current.framework.domains.flatMap((d) => d.indicators.map((i) => [i.key, i.title] as const)));
    const indicators: Record<string, IndicatorChange[]> = {};
    for (const i of comparison.indicators) {
      (indicators[i.domainKey] ??= []).push({
        indicatorKey: i.indicatorKey,
        title: titles.get(i.indicatorKey) ?? i.indicatorKey,
        previousLevel: i.previousLevel,
        currentLevel: i.currentLevel,
        change: i.change,
      });
    }
    sinceLast = {
      fromRound: previous.roundName,
      toRound: current.roundName,
      overall: { change: comparison.overall.change, difference: comparison.overall.difference },
      domains: comparison.domains.map((d) => ({ domainKey: d.domainKey, title: d.title, previousScore: d.previousScore, currentScore: d.currentScore, change: d.change, difference: d.difference })),
      indicators,
      summary: comparison.summary,
    };
  }
  return { rounds: progressRounds, domains, sinceLast };
}

/** "+0.4", "−0.3", "0.0": a change in score, signed, as people read it. */
export function formatDifference(difference: number | null): string {
  if (difference === null) return "";
  const rounded = roundScore(difference);
  if (rounded > 0) return `+${rounded.toFixed(1)}`;
  if (rounded < 0) return `−${Math.abs(rounded).toFixed(1)}`;
  return "0.0";
}

export const CHANGE_WORDS: Record<Change, string> = {
  improved: "Improved",
  worsened: "Worsened",
  unchanged: "Unchanged",
  new: "New this round",
  no_longer_rated: "No longer rated",
  not_rated: "Not rated",
};
