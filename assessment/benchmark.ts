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
  return sortedQuantile([...values].sort((a, b) => a - b), p);
}

/** `quantile` of values already sorted in ascending order (no copy, no sort). */
function sortedQuantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("quantile of no values");
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be between 0 and 1; got ${p}`);
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
  const sorted = peers.sort((a, b) => a - b);
  return {
    suppressed: false,
    peerCount: peers.length,
    minimumPeers: BENCHMARK_MIN_PEERS,
    min: sortedQuantile(sorted, 0),
    lowerQuartile: sortedQuantile(sorted, 0.25),
    median: sortedQuantile(sorted, 0.5),
    upperQuartile: sortedQuantile(sorted, 0.75),
    max: sortedQuantile(sorted, 1),
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
  // Each provider that counts gets a number; each group becomes the list of its providers' numbers.
  const index = new Map<string, number>();
  const contributors = new Map<string, number[]>();
  for (const group of groups) {
    const members: number[] = [];
    for (const id of group.members) {
      if (id === subjectId || !hasValue(id)) continue;
      let n = index.get(id);
      if (n === undefined) index.set(id, (n = index.size));
      members.push(n);
    }
    contributors.set(group.key, members);
  }
  const order = [...groups].sort(
    (a, b) => a.filters - b.filters || contributors.get(b.key)!.length - contributors.get(a.key)!.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const outcome = new Map<string, "shown" | HiddenReason>();
  // Each provider's cell: which of the shown groups it is in, numbered 1, 2, 3… (0: in none of them yet).
  let cellOf = new Int32Array(index.size);
  let cells = 1;
  const inGroup = new Uint8Array(index.size);
  for (const group of order) {
    const members = contributors.get(group.key)!;
    if (members.length < BENCHMARK_MIN_PEERS) {
      outcome.set(group.key, "too-few");
      continue;
    }
    inGroup.fill(0);
    for (const n of members) inGroup[n] = 1;
    // Split every cell in two, in this group or not: the new cell of (cell, in) is numbered as first met.
    const renumber = new Int32Array(cells * 2).fill(-1);
    const next = new Int32Array(index.size);
    const sizes: number[] = [];
    for (let n = 0; n < index.size; n += 1) {
      const key = cellOf[n]! * 2 + inGroup[n]!;
      if (renumber[key] === -1) {
        renumber[key] = sizes.length;
        sizes.push(0);
      }
      next[n] = renumber[key]!;
      // The providers in none of the shown groups (nor this one) are described by no figure.
      if (key !== 0) sizes[renumber[key]!] = sizes[renumber[key]!]! + 1;
    }
    if (sizes.some((size) => size > 0 && size < BENCHMARK_MIN_DIFFERENCE)) {
      outcome.set(group.key, "difference");
      continue;
    }
    outcome.set(group.key, "shown");
    // Renumber so that "in none" stays 0.
    const none = renumber[0]!;
    cellOf = next.map((c) => (none === -1 ? c + 1 : c === none ? 0 : c < none ? c + 1 : c));
    cells = sizes.length + (none === -1 ? 1 : 0);
  }
  return outcome;
}

/** What the disclosure rules allow of one group's values: never the lowest or highest. */
function figureOf(sortedPeers: readonly number[], subjectValue: number | null): PeerFigure {
  return {
    shown: true,
    peerCount: sortedPeers.length,
    subjectValue,
    percentileRank: subjectValue === null ? null : percentileRank(subjectValue, sortedPeers),
    quartiles:
      sortedPeers.length >= BENCHMARK_MIN_PEERS_FOR_QUARTILES
        ? { lower: sortedQuantile(sortedPeers, 0.25), median: sortedQuantile(sortedPeers, 0.5), upper: sortedQuantile(sortedPeers, 0.75) }
        : null,
  };
}

/**
 * The figures of every group for one measure, as they may be shown: for a shown group, how many other providers,
 * the subject's value and percentile rank (from 5 providers), and the lower quartile, median and upper quartile
 * (from 8). The lowest and highest values are never given: each is one provider's answer. A hidden group carries no
 * numbers at all, not even how many providers it has.
 */
export function peerFigures(subject: BenchmarkEntry, groups: readonly PeerGroup[], values: ReadonlyMap<string, number | null>): Map<string, PeerFigure> {
  const valueOf = (id: string) => {
    const value = values.get(id) ?? null;
    return isNumber(value) ? value : null;
  };
  const disclosure = disclosableGroups(subject.organisationId, groups, (id) => valueOf(id) !== null);
  const subjectValue = isNumber(subject.value) ? subject.value : null;
  const figures = new Map<string, PeerFigure>();
  for (const group of groups) {
    const decided = disclosure.get(group.key)!;
    if (decided !== "shown") {
      figures.set(group.key, { shown: false, reason: decided });
      continue;
    }
    const peers: number[] = [];
    for (const id of group.members) {
      const value = id === subject.organisationId ? null : valueOf(id);
      if (value !== null) peers.push(value);
    }
    figures.set(group.key, figureOf(peers.sort((a, b) => a - b), subjectValue));
  }
  return figures;
}
