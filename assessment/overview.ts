import { quantile } from "./benchmark";
import { roundScore, scoreFramework } from "./scoring";
import type { Framework, Indicator, NetworkTheme, RatingAnswer } from "./types";

/**
 * The region's picture for network staff: every partnership's domain scores in a round, the region's median, and the
 * median's trend across rounds, optionally narrowed to the indicators tagged with one MoU aim, King's Fund report
 * area, London strategy aim or network theme. Pure.
 */

export interface OverviewFilter {
  mouAim?: number;
  reportArea?: string;
  /** A London health inequalities aim or housing strategy priority. */
  londonAim?: string;
  theme?: NetworkTheme;
}

export function isFiltered(filter: OverviewFilter): boolean {
  return filter.mouAim !== undefined || Boolean(filter.reportArea) || Boolean(filter.londonAim) || Boolean(filter.theme);
}

function matches(indicator: Indicator, filter: OverviewFilter): boolean {
  const t = indicator.tags;
  if (filter.mouAim !== undefined && !t.mouAims.includes(filter.mouAim)) return false;
  if (filter.reportArea && !t.reportAreas.includes(filter.reportArea)) return false;
  if (filter.londonAim && !t.londonHealthInequalitiesAims.includes(filter.londonAim) && !t.londonHousingStrategyPriorities.includes(filter.londonAim)) return false;
  if (filter.theme && !t.networkThemes.includes(filter.theme)) return false;
  return true;
}

/** The framework with only the indicators the filter picks (domains left empty are dropped). */
export function narrowFramework(framework: Framework, filter: OverviewFilter): Framework {
  if (!isFiltered(filter)) return framework;
  return {
    ...framework,
    domains: framework.domains.map((d) => ({ ...d, indicators: d.indicators.filter((i) => matches(i, filter)) })).filter((d) => d.indicators.length > 0),
  };
}

/** The median of the values, one decimal place; null for none. */
export function median(values: readonly number[]): number | null {
  return values.length === 0 ? null : roundScore(quantile(values, 0.5));
}

export interface PartnershipInRound {
  organisationId: string;
  name: string;
  assessmentId: string | null;
  ratings: readonly RatingAnswer[];
  /** Indicators whose level is backed by evidence still within its review date. */
  indicatorsWithEvidence: ReadonlySet<string>;
}

export interface PartnershipRow {
  organisationId: string;
  name: string;
  assessmentId: string | null;
  /** Indicators answered (in the narrowed framework) and how many there are. */
  answered: number;
  total: number;
  /** Share of levelled ratings that have current evidence; null when nothing is levelled. */
  evidenceCoverage: number | null;
  overall: number | null;
  /** Domain key → score (null: no level in that domain). */
  scores: Record<string, number | null>;
}

export interface RegionalPicture {
  domains: { key: string; title: string; median: number | null }[];
  overallMedian: number | null;
  rows: PartnershipRow[];
}

/** Each partnership's scores in one round against the (narrowed) framework, and the region's medians. */
export function regionalPicture(framework: Framework, partnerships: readonly PartnershipInRound[], filter: OverviewFilter = {}): RegionalPicture {
  const narrowed = narrowFramework(framework, filter);
  const keys = new Set(narrowed.domains.flatMap((d) => d.indicators.map((i) => i.key)));
  const rows = partnerships.map((p): PartnershipRow => {
    const score = scoreFramework(narrowed, p.ratings);
    const levelled = score.domains.flatMap((d) => d.indicators).filter((i) => i.level !== null);
    return {
      organisationId: p.organisationId,
      name: p.name,
      assessmentId: p.assessmentId,
      answered: score.overall.completion.answered,
      total: keys.size,
      evidenceCoverage: levelled.length === 0 ? null : levelled.filter((i) => p.indicatorsWithEvidence.has(i.indicatorKey)).length / levelled.length,
      overall: score.overall.score,
      scores: Object.fromEntries(score.domains.map((d) => [d.domainKey, d.score])),
    };
  });
  const present = (values: (number | null)[]) => values.filter((v): v is number => v !== null);
  return {
    domains: narrowed.domains.map((d) => ({ key: d.key, title: d.title, median: median(present(rows.map((r) => r.scores[d.key] ?? null))) })),
    overallMedian: median(present(rows.map((r) => r.overall))),
    rows,
  };
}

export interface RoundOfRegion {
  roundId: string;
  name: string;
  framework: Framework;
  partnerships: readonly PartnershipInRound[];
}

export interface TrendPoint {
  roundId: string;
  name: string;
  /** Partnerships with an overall score in the round. */
  scored: number;
  overallMedian: number | null;
  /** Domain key → median (domains of that round's framework version). */
  domainMedians: Record<string, number | null>;
}

/** The region's median, overall and per domain, round by round (each round scored against its own framework version). */
export function regionalTrend(rounds: readonly RoundOfRegion[], filter: OverviewFilter = {}): TrendPoint[] {
  return rounds.map((round) => {
    const picture = regionalPicture(round.framework, round.partnerships, filter);
    return {
      roundId: round.roundId,
      name: round.name,
      scored: picture.rows.filter((r) => r.overall !== null).length,
      overallMedian: picture.overallMedian,
      domainMedians: Object.fromEntries(picture.domains.map((d) => [d.key, d.median])),
    };
  });
}

/** The band a score falls in, for the heatmap: 1 (below 1.5) to 5 (4.5 and above); null for no score. */
export function scoreBand(score: number | null): 1 | 2 | 3 | 4 | 5 | null {
  if (score === null) return null;
  return Math.min(5, Math.max(1, Math.round(score))) as 1 | 2 | 3 | 4 | 5;
}
