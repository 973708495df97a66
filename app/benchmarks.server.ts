/**
 * Server-only: what the benchmark pages show. A provider's ratings in a closed round against the other providers in
 * that round's benchmark (fixed when it closed), narrowed by ICS area, size band and organisation type, with the
 * disclosure rules of assessment/benchmark.ts applied to every group the provider could ask for; and, for network
 * staff, every provider's position by name. A fixed number of queries whatever the number of providers or rounds.
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  BENCHMARK_MIN_PEERS,
  BENCHMARK_MIN_PEERS_FOR_QUARTILES,
  getFramework,
  getOfferTemplate,
  peerFigures,
  percentileRank,
  PROVIDER_FRAMEWORK_KEY,
  quantile,
  scoreFramework,
  type Framework,
  type MaturityLevel,
  type PeerFigure,
  type PeerGroup,
} from "../assessment";
import { findBenchmarkOrganisation, listBenchmarkPeers, listBenchmarkRounds, listRoundProviders, type BenchmarkPeer, type BenchmarkRound } from "../db/benchmark";
import { listOrganisations } from "../db/organisations";
import type { Ability } from "./auth/access";
import { requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { benchmarkChart, type BenchmarkChartRow } from "./charts.server";

const FRAMEWORK_KEY = PROVIDER_FRAMEWORK_KEY;
const TOO_FEW = "Too few to compare";

function frameworkOf(round: { frameworkVersion: number }): Framework {
  const framework = getFramework(FRAMEWORK_KEY, round.frameworkVersion);
  if (!framework) throw new Error(`framework ${FRAMEWORK_KEY} v${round.frameworkVersion} is not in this build`);
  return framework;
}

/** What is compared: the overall score, each domain's score and each indicator's level. */
interface Measure {
  key: string;
  title: string;
}
const OVERALL = "overall";
const domainMeasure = (key: string) => `domain:${key}`;
const indicatorMeasure = (key: string) => `indicator:${key}`;

/** A provider's value for every measure, from its levels as fixed when the round closed (assessment/scoring.ts). */
function measuresOf(framework: Framework, levels: Record<string, number>): Map<string, number | null> {
  const score = scoreFramework(
    framework,
    Object.entries(levels).map(([indicatorKey, level]) => ({ indicatorKey, answer: "level" as const, level: level as MaturityLevel })),
  );
  const values = new Map<string, number | null>([[OVERALL, score.overall.score]]);
  for (const domain of score.domains) {
    values.set(domainMeasure(domain.domainKey), domain.score);
    for (const indicator of domain.indicators) values.set(indicatorMeasure(indicator.indicatorKey), indicator.level);
  }
  return values;
}

// Peer groups ----------------------------------------------------------------------------------------------------

export interface PeerChoice {
  /** A partnership (ICS area) the provider worked in, or null for everyone. */
  ics: string | null;
  sizeBand: boolean;
  organisationType: boolean;
}

const groupKey = (c: PeerChoice) => [c.ics ? `ics:${c.ics}` : null, c.sizeBand ? "size" : null, c.organisationType ? "type" : null].filter(Boolean).join("+") || "all";

/**
 * Every group the subject may ask for in a round: everyone, narrowed by any one of the ICS areas it worked in, by its
 * size band and by its type, alone or together. The disclosure rules see all of them at once.
 */
function peerGroups(subject: BenchmarkPeer, peers: BenchmarkPeer[]): PeerGroup[] {
  const choices: PeerChoice[] = [];
  for (const ics of [null, ...subject.partnershipIds]) {
    for (const sizeBand of subject.homesBand ? [false, true] : [false]) {
      for (const organisationType of subject.organisationType ? [false, true] : [false]) choices.push({ ics, sizeBand, organisationType });
    }
  }
  return choices.map((c) => ({
    key: groupKey(c),
    filters: (c.ics ? 1 : 0) + (c.sizeBand ? 1 : 0) + (c.organisationType ? 1 : 0),
    members: new Set(
      peers
        .filter((p) => (!c.ics || p.partnershipIds.includes(c.ics)) && (!c.sizeBand || p.homesBand === subject.homesBand) && (!c.organisationType || p.organisationType === subject.organisationType))
        .map((p) => p.organisationId),
    ),
  }));
}

/** Every peer's value for every measure in one round: worked out once per round and page. */
type RoundValues = Map<string, Map<string, number | null>>;

/** The figures of every measure for every group of one round, for one subject. */
function roundFigures(subject: BenchmarkPeer, peers: BenchmarkPeer[], values: RoundValues, measures: Measure[], { everyoneOnly = false } = {}) {
  // The whole round's group is decided first, on its own size alone (assessment/benchmark.ts), so when only its
  // figures are wanted the other groups need not be built: the answer is the same.
  const groups = everyoneOnly ? peerGroups(subject, peers).filter((g) => g.key === "all") : peerGroups(subject, peers);
  const own = values.get(subject.organisationId)!;
  const byMeasure = new Map<string, Map<string, PeerFigure>>();
  for (const measure of measures) {
    const valuesOf = new Map([...values].map(([id, v]) => [id, v.get(measure.key) ?? null]));
    byMeasure.set(measure.key, peerFigures({ organisationId: subject.organisationId, value: own.get(measure.key) ?? null }, groups, valuesOf));
  }
  return { own, byMeasure };
}

function frameworkMeasures(framework: Framework): Measure[] {
  return [
    { key: OVERALL, title: "Overall score" },
    ...framework.domains.flatMap((d) => [{ key: domainMeasure(d.key), title: d.title }, ...d.indicators.map((i) => ({ key: indicatorMeasure(i.key), title: i.title }))]),
  ];
}

export interface FigureRow {
  key: string;
  title: string;
  own: number | null;
  figure: PeerFigure;
}

function chartRow(row: FigureRow): BenchmarkChartRow {
  const q = row.figure.shown ? row.figure.quartiles : null;
  return {
    title: row.title,
    own: row.own,
    lower: q?.lower ?? null,
    median: q?.median ?? null,
    upper: q?.upper ?? null,
    note: !row.figure.shown
      ? TOO_FEW
      : q
        ? null
        : `${row.figure.percentileRank === null ? "" : `Percentile rank ${row.figure.percentileRank}; `}median and quartiles need ${BENCHMARK_MIN_PEERS_FOR_QUARTILES} providers`.replace(/^m/, "M"),
  };
}

function readChoice(search: URLSearchParams, subject: BenchmarkPeer | undefined): PeerChoice {
  const ics = search.get("ics") ?? "";
  return {
    // Only the groups the disclosure rules considered may be asked for: anything else means everyone.
    ics: subject?.partnershipIds.includes(ics) ? ics : null,
    sizeBand: search.getAll("narrow").includes("size") && Boolean(subject?.homesBand),
    organisationType: search.getAll("narrow").includes("type") && Boolean(subject?.organisationType),
  };
}

function chooseRound(rounds: BenchmarkRound[], id: string | null): BenchmarkRound | undefined {
  return rounds.find((r) => r.id === id) ?? rounds[0];
}

// A provider's benchmark -----------------------------------------------------------------------------------------

/** The organisation the person acts for, when they may do this to its benchmark; 404 or 403 otherwise. */
export async function requireBenchmark(context: AppLoadContext, user: CurrentUser, ability: Ability) {
  const organisation = await findBenchmarkOrganisation(context.db, user.organisation.id);
  if (!organisation) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  requireAccess(user, { type: "benchmark", organisation: { id: organisation.id, kind: organisation.kind, regionKey: organisation.regionKey } }, ability);
  return organisation;
}

/**
 * A provider's benchmark page: the chosen closed round (the latest by default), its figures against the chosen group
 * of other providers, and its position in every round. Queries: the rounds, the peer sets of the rounds it is in,
 * and the region's ICS areas.
 */
export async function providerBenchmarkPage(context: AppLoadContext, organisation: { id: string; name: string; regionKey: string; optedOutAt: Date | null }, search: URLSearchParams) {
  const rounds = await listBenchmarkRounds(context.db, { regionKey: organisation.regionKey, frameworkKey: FRAMEWORK_KEY, organisationId: organisation.id });
  const [peers, partnerships] = await Promise.all([
    listBenchmarkPeers(context.db, { roundIds: rounds.filter((r) => r.inBenchmark).map((r) => r.id) }),
    listOrganisations(context.db, { regionKey: organisation.regionKey, kind: "partnership" }),
  ]);
  const partnershipName = new Map(partnerships.map((p) => [p.id, p.name]));
  const peersOf = (roundId: string) => peers.filter((p) => p.roundId === roundId);
  const valuesCache = new Map<string, RoundValues>();
  const valuesOf = (round: BenchmarkRound): RoundValues => {
    let values = valuesCache.get(round.id);
    if (!values) {
      const framework = frameworkOf(round);
      values = new Map(peersOf(round.id).map((p) => [p.organisationId, measuresOf(framework, p.levels)]));
      valuesCache.set(round.id, values);
    }
    return values;
  };
  const template = getOfferTemplate();
  const sizeLabel = (key: string | null) => template?.sizeBands.find((b) => b.key === key)?.label ?? key ?? "";
  const typeLabel = (key: string | null) => template?.organisationTypes.find((t) => t.key === key)?.label ?? key ?? "";

  const round = chooseRound(rounds, search.get("round"));
  const roundView = round
    ? {
        id: round.id,
        name: round.name,
        closedAt: round.closedAt?.toISOString() ?? null,
        frameworkVersion: round.frameworkVersion,
        inBenchmark: Boolean(round.inBenchmark),
        whyNot: round.inBenchmark
          ? null
          : round.assessmentStatus === "submitted" || round.assessmentStatus === "approved"
            ? "Your organisation had opted out of the benchmark when this round closed, so it is not among the providers compared and does not see their figures."
            : "Your organisation had not submitted its ratings when this round closed, so it is not among the providers compared and does not see their figures.",
      }
    : null;

  let comparison = null;
  if (round?.inBenchmark) {
    const framework = frameworkOf(round);
    const roundPeers = peersOf(round.id);
    const subject = roundPeers.find((p) => p.organisationId === organisation.id)!;
    const choice = readChoice(search, subject);
    const key = groupKey(choice);
    const measures = frameworkMeasures(framework);
    const { own, byMeasure } = roundFigures(subject, roundPeers, valuesOf(round), measures);
    const row = (m: Measure): FigureRow => ({ key: m.key, title: m.title, own: own.get(m.key) ?? null, figure: byMeasure.get(m.key)!.get(key)! });
    const overall = row({ key: OVERALL, title: "Overall score" });
    const domains = framework.domains.map((d) => ({
      domainKey: d.key,
      ...row({ key: domainMeasure(d.key), title: d.title }),
      indicators: d.indicators.map((i) => row({ key: indicatorMeasure(i.key), title: i.title })),
    }));
    const rows = [overall, ...domains, ...domains.flatMap((d) => d.indicators)];
    const groupWords = [
      choice.ics ? `working in ${partnershipName.get(choice.ics) ?? "the ICS area"}` : null,
      choice.sizeBand ? `of your size band (${sizeLabel(subject.homesBand).replace(/^./, (c) => c.toLowerCase())})` : null,
      choice.organisationType ? `of your type (${typeLabel(subject.organisationType).replace(/^./, (c) => c.toLowerCase())})` : null,
    ].filter(Boolean);
    const description = groupWords.length ? `other providers ${groupWords.join(" and ")}` : "all the other providers in the round's benchmark";
    const summary = `${organisation.name}'s overall and domain scores in ${round.name} against ${description}.`;
    comparison = {
      frameworkTitle: framework.title,
      choice: { ics: choice.ics ?? "", narrow: [choice.sizeBand ? "size" : null, choice.organisationType ? "type" : null].filter((x): x is string => x !== null) },
      options: {
        ics: subject.partnershipIds
          .map((id) => ({ value: id, label: `Working in ${partnershipName.get(id) ?? "an ICS area no longer in the region"}` }))
          .sort((a, b) => a.label.localeCompare(b.label)),
        sizeBand: subject.homesBand ? sizeLabel(subject.homesBand) : null,
        organisationType: subject.organisationType ? typeLabel(subject.organisationType) : null,
      },
      description,
      narrowed: key !== "all",
      /** Some figure of this group is withheld because of another group, not its own size. */
      withheldForDifference: rows.some((r) => !r.figure.shown && r.figure.reason === "difference"),
      anyHidden: rows.some((r) => !r.figure.shown),
      overall,
      domains,
      chart: {
        id: "benchmark-domains",
        title: "Your scores against other providers",
        summary,
        ...benchmarkChart({ id: "benchmark-domains", rows: [overall, ...domains].map(chartRow), title: "Your scores against other providers", summary, ownLabel: "Your score" }),
      },
      domainCharts: domains.map((d) => {
        const id = `benchmark-${d.domainKey}`;
        const title = `${d.title}: your levels against other providers`;
        const text = `${organisation.name}'s level for each indicator of ${d.title} in ${round.name} against ${description}.`;
        return { domainKey: d.domainKey, id, title, summary: text, ...benchmarkChart({ id, rows: d.indicators.map(chartRow), title, summary: text, ownLabel: "Your level" }) };
      }),
    };
  }

  // Its position in every round it took part in, against everyone in that round's benchmark.
  const history = rounds
    .slice()
    .reverse()
    .map((r) => {
      if (!r.inBenchmark) return { roundId: r.id, roundName: r.name, inBenchmark: false, own: null, figure: null };
      const roundPeers = peersOf(r.id);
      const subject = roundPeers.find((p) => p.organisationId === organisation.id)!;
      const { own, byMeasure } = roundFigures(subject, roundPeers, valuesOf(r), [{ key: OVERALL, title: "Overall score" }], { everyoneOnly: true });
      return { roundId: r.id, roundName: r.name, inBenchmark: true, own: own.get(OVERALL) ?? null, figure: byMeasure.get(OVERALL)!.get("all")! };
    });

  return {
    organisation: { name: organisation.name, optedOutAt: organisation.optedOutAt?.toISOString() ?? null },
    rounds: rounds.map((r) => ({ value: r.id, label: r.name })),
    round: roundView,
    comparison,
    history,
    thresholds: { figures: BENCHMARK_MIN_PEERS, quartiles: BENCHMARK_MIN_PEERS_FOR_QUARTILES },
  };
}

// Every provider's position, by name, for network staff ---------------------------------------------------------

export const NAMED_PAGE_SIZE = 50;

/**
 * Every provider of the region in a closed round, by name: its overall and domain scores and its percentile rank
 * among the other providers in the round's benchmark, and the benchmark's quartiles. Network staff may read every
 * assessment, so nothing is withheld. Two queries (the rounds, the providers), whatever the number of providers;
 * the table is shown a page at a time.
 */
export async function networkBenchmarkPage(context: AppLoadContext, region: { regionKey: string; organisationId: string }, search: URLSearchParams) {
  const rounds = await listBenchmarkRounds(context.db, { regionKey: region.regionKey, frameworkKey: FRAMEWORK_KEY, organisationId: region.organisationId });
  const round = chooseRound(rounds, search.get("round"));
  if (!round) return { rounds: [], round: null, domains: [], summary: [], providers: [], page: { number: 1, of: 1, from: 0, to: 0, total: 0 } };
  const framework = frameworkOf(round);
  const providers = await listRoundProviders(context.db, { roundId: round.id, regionKey: region.regionKey });
  const measures = [{ key: OVERALL, title: "Overall score" }, ...framework.domains.map((d) => ({ key: domainMeasure(d.key), title: d.title }))];
  const inBenchmark = providers.filter((p) => p.peerId !== null);
  const values = new Map(inBenchmark.map((p) => [p.id, measuresOf(framework, p.levels ?? {})]));

  const summary = measures.map((m) => {
    const all = [...values.values()].map((v) => v.get(m.key)).filter((v): v is number => typeof v === "number");
    return {
      key: m.key,
      title: m.title,
      count: all.length,
      quartiles: all.length > 0 ? { lower: quantile(all, 0.25), median: quantile(all, 0.5), upper: quantile(all, 0.75) } : null,
    };
  });

  const requested = Number.parseInt(search.get("page") ?? "1", 10);
  const pages = Math.max(1, Math.ceil(providers.length / NAMED_PAGE_SIZE));
  const number = Number.isFinite(requested) ? Math.min(Math.max(requested, 1), pages) : 1;
  const shown = providers.slice((number - 1) * NAMED_PAGE_SIZE, number * NAMED_PAGE_SIZE);
  const rankAmongOthers = (id: string, key: string): number | null => {
    const own = values.get(id)?.get(key);
    if (typeof own !== "number") return null;
    const others: number[] = [];
    for (const [other, v] of values) {
      const value = v.get(key);
      if (other !== id && typeof value === "number") others.push(value);
    }
    return others.length === 0 ? null : percentileRank(own, others);
  };

  return {
    rounds: rounds.map((r) => ({ value: r.id, label: r.name })),
    round: { id: round.id, name: round.name, frameworkTitle: framework.title, frameworkVersion: framework.version, inBenchmark: inBenchmark.length, providers: providers.length },
    domains: framework.domains.map((d) => ({ key: d.key, title: d.title })),
    summary,
    providers: shown.map((p) => {
      const v = values.get(p.id);
      return {
        id: p.id,
        name: p.name,
        status: p.peerId
          ? "In the benchmark"
          : p.assessmentStatus === "submitted" || p.assessmentStatus === "approved"
            ? "Not in the benchmark: opted out when the round closed"
            : "Not in the benchmark: no ratings submitted by the close",
        inBenchmark: p.peerId !== null,
        overall: v?.get(OVERALL) ?? null,
        rank: p.peerId ? rankAmongOthers(p.id, OVERALL) : null,
        domains: framework.domains.map((d) => ({ key: d.key, score: v?.get(domainMeasure(d.key)) ?? null, rank: p.peerId ? rankAmongOthers(p.id, domainMeasure(d.key)) : null })),
      };
    }),
    page: { number, of: pages, from: shown.length ? (number - 1) * NAMED_PAGE_SIZE + 1 : 0, to: (number - 1) * NAMED_PAGE_SIZE + shown.length, total: providers.length },
  };
}
