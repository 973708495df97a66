/**
 * Benchmark statistics for a peer group, and the rules that decide which of them may be shown (docs/benchmark.md,
 * docs/decisions/013 and 019).
 *
 * `benchmark` works out the statistics of one group. `peerFigures` is what pages use: it takes every group a
 * provider may ask for and applies the disclosure rules to all of them together, so that no combination of the
 * figures shown reveals a few providers' answers.
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

// Disclosure rules ---------------------------------------------------------------------------------------------

/** The median and quartiles need at least this many other providers with a value (the percentile rank needs 5). */
export const BENCHMARK_MIN_PEERS_FOR_QUARTILES = 8;

/**
 * Two groups' figures may both be shown only if the providers in one and not the other number 0 or at least this
 * many (the same 5 as the smallest group): otherwise subtracting one group's figures from the other's would describe
 * 1 to 4 providers.
 */
export const BENCHMARK_MIN_DIFFERENCE = BENCHMARK_MIN_PEERS;

/** A group of providers someone may ask to be compared with: a set of providers fixed with the round. */
export interface PeerGroup {
  key: string;
  /** How many filters narrow it (0 for everyone in the round's benchmark). Wider groups are decided first. */
  filters: number;
  /** Organisation ids. May include the subject, who is always left out. */
  members: ReadonlySet<string>;
}

/** Why a figure is not shown: fewer than 5 other providers with a value, or it would let a few be worked out. */
export type HiddenReason = "too-few" | "difference";

export type PeerFigure =
  | { shown: false; reason: HiddenReason }
  | {
      shown: true;
      /** Other providers with a value in this group. */
      peerCount: number;
      subjectValue: number | null;
      /** 0–100; null when the subject has no value. */
      percentileRank: number | null;
      /** Null with fewer than 8 other providers. */
      quartiles: { lower: number; median: number; upper: number } | null;
    };

/**
 * For one measure (an indicator's level, a domain's score, the overall score), which of the groups a subject may ask
 * for can be shown, and why the others cannot. The answer for a group never depends on which group was asked for:
 * every group the subject could ask for is decided together, widest first (fewest filters, then most providers, then
 * by key), so asking for groups one after another reveals nothing more than asking for them all at once.
 *
 * - A group with fewer than 5 other providers with a value is hidden ("too-few").
 * - A group is shown only if, together with the groups already shown, it splits the providers into cells (providers
 *   in exactly the same shown groups) of 0 or at least 5. A narrowed group that leaves 1 to 4 providers out of a
 *   wider shown group is hidden ("difference"), and so is one that would isolate 1 to 4 providers by adding and
 *   subtracting several groups (the providers in neither of two overlapping groups, for example).
 * The subject is never counted; providers without a value do not count.
 */
export function disclosableGroups(subjectId: string, groups: readonly PeerGroup[], hasValue: (organisationId: string) => boolean): Map<string, "shown" | HiddenReason> {
  const contributors = new Map<string, string[]>();
  for (const group of groups) {
    contributors.set(group.key, [...group.members].filter((id) => id !== subjectId && hasValue(id)));
  }
  const order = [...groups].sort(
    (a, b) => a.filters - b.filters || contributors.get(b.key)!.length - contributors.get(a.key)!.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const outcome = new Map<string, "shown" | HiddenReason>();
  /** Each provider's cell: which of the shown groups it is in, as a string of 0s and 1s. */
  const cellOf = new Map<string, string>();
  let shownCount = 0;
  for (const group of order) {
    const members = contributors.get(group.key)!;
    if (members.length < BENCHMARK_MIN_PEERS) {
      outcome.set(group.key, "too-few");
      continue;
    }
    const inGroup = new Set(members);
    const candidate = new Map<string, string>();
    for (const id of new Set([...cellOf.keys(), ...members])) {
      candidate.set(id, (cellOf.get(id) ?? "0".repeat(shownCount)) + (inGroup.has(id) ? "1" : "0"));
    }
    const sizes = new Map<string, number>();
    for (const cell of candidate.values()) sizes.set(cell, (sizes.get(cell) ?? 0) + 1);
    const isolates = [...sizes.values()].some((n) => n > 0 && n < BENCHMARK_MIN_DIFFERENCE);
    if (isolates) {
      outcome.set(group.key, "difference");
      continue;
    }
    outcome.set(group.key, "shown");
    cellOf.clear();
    for (const [id, cell] of candidate) cellOf.set(id, cell);
    shownCount += 1;
  }
  return outcome;
}

/**
 * The figures of every group for one measure, as they may be shown: for a shown group, how many other providers,
 * the subject's value and percentile rank (from 5 providers), and the lower quartile, median and upper quartile
 * (from 8). The lowest and highest values are never given: each is one provider's answer. A hidden group carries no
 * numbers at all, not even how many providers it has.
 */
export function peerFigures(subject: BenchmarkEntry, groups: readonly PeerGroup[], values: ReadonlyMap<string, number | null>): Map<string, PeerFigure> {
  const hasValue = (id: string) => isNumber(values.get(id) ?? null);
  const disclosure = disclosableGroups(subject.organisationId, groups, hasValue);
  const figures = new Map<string, PeerFigure>();
  for (const group of groups) {
    const decided = disclosure.get(group.key)!;
    if (decided !== "shown") {
      figures.set(group.key, { shown: false, reason: decided });
      continue;
    }
    const entries = [...group.members].map((organisationId) => ({ organisationId, value: values.get(organisationId) ?? null }));
    const result = benchmark(subject, entries);
    if (result.suppressed) {
      figures.set(group.key, { shown: false, reason: "too-few" }); // cannot happen: disclosure counted the same peers
      continue;
    }
    figures.set(group.key, {
      shown: true,
      peerCount: result.peerCount,
      subjectValue: result.subjectValue,
      percentileRank: result.percentileRank,
      quartiles:
        result.peerCount >= BENCHMARK_MIN_PEERS_FOR_QUARTILES ? { lower: result.lowerQuartile, median: result.median, upper: result.upperQuartile } : null,
    });
  }
  return figures;
}
