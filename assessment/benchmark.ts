/**
 * Benchmark statistics for a peer group.
 *
 * - Statistics describe the OTHER organisations in the group (the subject is never part of its own benchmark).
 * - Only organisations with a number count as peers; each organisation counts once (its first entry).
 * - With fewer than BENCHMARK_MIN_PEERS such peers, nothing is returned but the reason, so that no
 *   organisation's score can be worked out from the figures.
 * - Quartiles and median use linear interpolation between closest ranks, the same as Excel's QUARTILE.INC
 *   and PERCENTILE.INC (R type 7): position h = (n − 1) × p on the sorted values, counted from 0.
 * - Percentile rank of the subject = (peers below + half of peers equal) ÷ peers × 100, rounded to a whole
 *   number: 0 means below every peer, 100 above every peer, 50 the middle.
 */

export const BENCHMARK_MIN_PEERS = 5;

export const QUARTILE_METHOD =
  "Linear interpolation between closest ranks (as Excel QUARTILE.INC): position (n − 1) × p in the sorted peer values.";

export interface BenchmarkEntry {
  organisationId: string;
  /** The score being compared; null or not a finite number when the organisation has none. */
  value: number | null;
}

export interface SuppressedBenchmark {
  suppressed: true;
  /** Peers with a value, excluding the subject. */
  peerCount: number;
  minimumPeers: number;
  reason: string;
}

export interface BenchmarkStatistics {
  suppressed: false;
  peerCount: number;
  minimumPeers: number;
  min: number;
  lowerQuartile: number;
  median: number;
  upperQuartile: number;
  max: number;
  subjectValue: number | null;
  /** 0–100, or null when the subject has no value. */
  percentileRank: number | null;
  method: string;
}

export type BenchmarkResult = SuppressedBenchmark | BenchmarkStatistics;

function isNumber(value: number | null): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/** The p-quantile (0 ≤ p ≤ 1) of the values by linear interpolation (QUARTILE.INC / PERCENTILE.INC). */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError("quantile of no values");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1; got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const upper = Math.ceil(h);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (h - lower) * (high - low);
}

/** Mid-rank percentile: (below + equal / 2) / n × 100, rounded to a whole number. */
export function percentileRank(value: number, peers: readonly number[]): number {
  if (peers.length === 0) throw new RangeError("percentile rank against no peers");
  let below = 0;
  let equal = 0;
  for (const peer of peers) {
    if (peer < value) below += 1;
    else if (peer === value) equal += 1;
  }
  return Math.round(((below + equal / 2) / peers.length) * 100);
}

/** The peers' values: other organisations with a number, one entry each (the first). */
export function peerValues(subjectId: string, group: readonly BenchmarkEntry[]): number[] {
  const seen = new Set<string>([subjectId]);
  const values: number[] = [];
  for (const entry of group) {
    if (seen.has(entry.organisationId)) continue;
    seen.add(entry.organisationId);
    if (isNumber(entry.value)) values.push(entry.value);
  }
  return values;
}

/**
 * Benchmarks `subject` against the group (which may include the subject; it is left out).
 * Suppressed when fewer than 5 other organisations have a value.
 */
export function benchmark(subject: BenchmarkEntry, group: readonly BenchmarkEntry[]): BenchmarkResult {
  const peers = peerValues(subject.organisationId, group);
  if (peers.length < BENCHMARK_MIN_PEERS) {
    return {
      suppressed: true,
      peerCount: peers.length,
      minimumPeers: BENCHMARK_MIN_PEERS,
      reason: `Not shown: the comparison needs at least ${BENCHMARK_MIN_PEERS} other organisations with a score, and this group has ${peers.length}.`,
    };
  }
  const subjectValue = isNumber(subject.value) ? subject.value : null;
  return {
    suppressed: false,
    peerCount: peers.length,
    minimumPeers: BENCHMARK_MIN_PEERS,
    min: quantile(peers, 0),
    lowerQuartile: quantile(peers, 0.25),
    median: quantile(peers, 0.5),
    upperQuartile: quantile(peers, 0.75),
    max: quantile(peers, 1),
    subjectValue,
    percentileRank: subjectValue === null ? null : percentileRank(subjectValue, peers),
    method: QUARTILE_METHOD,
  };
}
