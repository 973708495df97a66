/**
 * Server-only: the region's picture for network staff. For a chosen round of the partnership framework: every
 * partnership's domain scores as a heatmap (with the numbers, so colour only helps), completion, submission status and
 * evidence coverage, the regional median and its trend across rounds, narrowed by ICS and by the framework's tags.
 * The same rows go to the CSV and Excel downloads. Three queries.
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  getFramework,
  isFiltered,
  LONDON_HEALTH_INEQUALITIES_AIMS,
  LONDON_HOUSING_STRATEGY_PRIORITIES,
  MOU_AIMS,
  NETWORK_THEMES,
  PARTNERSHIP_FRAMEWORK_KEY,
  regionalPicture,
  regionalTrend,
  REPORT_AREAS,
  scoreBand,
  type Framework,
  type NetworkTheme,
  type OverviewFilter,
  type PartnershipInRound,
  type RatingAnswer,
} from "../assessment";
import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from "../assessment/browser";
import { listRegionAssessments, listRegionRounds, type RegionAssessmentsRow } from "../db/overview";
import { requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { progressChart } from "./charts.server";
import { todayInLondon } from "./dates";
import type { Table } from "./exports.server";

function frameworkOf(version: number): Framework {
  const framework = getFramework(PARTNERSHIP_FRAMEWORK_KEY, version);
  if (!framework) throw new Error(`framework ${PARTNERSHIP_FRAMEWORK_KEY} v${version} is not in this build`);
  return framework;
}

type StoredAssessment = {
  id: string;
  roundId: string;
  status: AssessmentStatus;
  submittedAt: string | null;
  decidedAt: string | null;
  updatedAt: string;
  ratings: RatingAnswer[];
  evidenced: string[] | null;
};

const assessmentsOf = (row: RegionAssessmentsRow) => row.assessments as unknown as StoredAssessment[];

/** The filters from the address, checked against what exists: anything unknown is ignored. */
function readFilters(search: URLSearchParams, partnerships: { organisationId: string }[]) {
  const aim = Number(search.get("aim"));
  const filter: OverviewFilter = {
    ...(MOU_AIMS.some((a) => a.aim === aim) ? { mouAim: aim } : {}),
    ...(REPORT_AREAS.some((a) => a.key === search.get("area")) ? { reportArea: search.get("area")! } : {}),
    ...([...LONDON_HEALTH_INEQUALITIES_AIMS, ...LONDON_HOUSING_STRATEGY_PRIORITIES].some((a) => a.key === search.get("london")) ? { londonAim: search.get("london")! } : {}),
    ...(NETWORK_THEMES.some((t) => t.key === search.get("theme")) ? { theme: search.get("theme") as NetworkTheme } : {}),
  };
  const known = new Set(partnerships.map((p) => p.organisationId));
  const ics = search.getAll("ics").filter((id) => known.has(id));
  return { filter, ics };
}

export async function regionalOverview(context: AppLoadContext, user: CurrentUser, search: URLSearchParams) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  const regionKey = user.organisation.regionKey;
  const rounds = await listRegionRounds(context.db, { regionKey, frameworkKey: PARTNERSHIP_FRAMEWORK_KEY });
  const latest = rounds.findLast((r) => r.status === "open") ?? rounds.at(-1);
  const chosen = rounds.find((r) => r.id === search.get("round")) ?? latest;
  // The trend runs up to the chosen round.
  const upTo = chosen ? rounds.slice(0, rounds.indexOf(chosen) + 1) : [];
  const rows = await listRegionAssessments(context.db, { regionKey, roundIds: upTo.map((r) => r.id), today: todayInLondon() });
  const { filter, ics } = readFilters(search, rows);
  const shown = ics.length > 0 ? rows.filter((r) => ics.includes(r.organisationId)) : rows;

  const inRound = (roundId: string): PartnershipInRound[] =>
    shown.map((p) => {
      const a = assessmentsOf(p).find((x) => x.roundId === roundId);
      return { organisationId: p.organisationId, name: p.name, assessmentId: a?.id ?? null, ratings: a?.ratings ?? [], indicatorsWithEvidence: new Set(a?.evidenced ?? []) };
    });

  const framework = chosen ? frameworkOf(chosen.frameworkVersion) : null;
  const picture = framework && chosen ? regionalPicture(framework, inRound(chosen.id), filter) : null;
  const trend = regionalTrend(
    upTo.map((r) => ({ roundId: r.id, name: r.name, framework: frameworkOf(r.frameworkVersion), partnerships: inRound(r.id) })),
    filter,
  );
  const status = (organisationId: string) => {
    const a = chosen ? assessmentsOf(shown.find((p) => p.organisationId === organisationId)!).find((x) => x.roundId === chosen.id) : undefined;
    return a ? { status: a.status as AssessmentStatus | "not_started", label: ASSESSMENT_STATUS_LABELS[a.status], submittedAt: a.submittedAt, decidedAt: a.decidedAt } : { status: "not_started" as const, label: "Not started", submittedAt: null, decidedAt: null };
  };
  const filterWords = [
    filter.mouAim !== undefined ? `MoU aim ${filter.mouAim}` : null,
    filter.reportArea ? REPORT_AREAS.find((a) => a.key === filter.reportArea)!.title : null,
    filter.londonAim ? [...LONDON_HEALTH_INEQUALITIES_AIMS, ...LONDON_HOUSING_STRATEGY_PRIORITIES].find((a) => a.key === filter.londonAim)!.title : null,
    filter.theme ? NETWORK_THEMES.find((t) => t.key === filter.theme)!.title : null,
  ].filter((w): w is string => w !== null);
  const chart = progressChart({
    id: "regional-trend",
    rounds: trend.map((t) => ({ roundName: t.name, overall: t.overallMedian })),
    title: "The region's median overall score, round by round",
    summary: trend.map((t) => `${t.name}: ${t.overallMedian === null ? "no scores" : t.overallMedian.toFixed(1)}`).join("; "),
    seriesName: "Regional median",
  });

  return {
    rounds: rounds.map((r) => ({ value: r.id, label: `${r.name}${r.status === "open" ? " (open)" : ""}` })),
    round: chosen ? { id: chosen.id, name: chosen.name, status: chosen.status, dueOn: chosen.dueOn } : null,
    framework: framework ? { title: framework.title, version: framework.version } : null,
    filters: {
      round: chosen?.id ?? "",
      aim: filter.mouAim !== undefined ? String(filter.mouAim) : "",
      area: filter.reportArea ?? "",
      london: filter.londonAim ?? "",
      theme: filter.theme ?? "",
      ics,
    },
    filterWords,
    narrowed: isFiltered(filter),
    options: {
      partnerships: rows.map((r) => ({ value: r.organisationId, label: r.name })),
      aims: MOU_AIMS.map((a) => ({ value: String(a.aim), label: `${a.aim}. ${a.title}` })),
      areas: REPORT_AREAS.map((a) => ({ value: a.key, label: a.title })),
      london: [...LONDON_HEALTH_INEQUALITIES_AIMS, ...LONDON_HOUSING_STRATEGY_PRIORITIES].map((a) => ({ value: a.key, label: a.title })),
      themes: NETWORK_THEMES.map((t) => ({ value: t.key, label: t.title })),
    },
    domains: picture?.domains ?? [],
    overallMedian: picture?.overallMedian ?? null,
    rows: (picture?.rows ?? []).map((r) => ({
      ...r,
      ...status(r.organisationId),
      overallBand: scoreBand(r.overall),
      cells: (picture?.domains ?? []).map((d) => ({ domainKey: d.key, score: r.scores[d.key] ?? null, band: scoreBand(r.scores[d.key] ?? null) })),
    })),
    trend: trend.map((t) => ({ ...t, domainMedians: (picture?.domains ?? []).map((d) => ({ key: d.key, median: t.domainMedians[d.key] ?? null })) })),
    chart: { ...chart, title: "The region's median overall score, round by round", summary: `The regional median overall score in each round up to ${chosen?.name ?? "now"}${filterWords.length ? `, for ${filterWords.join("; ")}` : ""}.` },
  };
}

export type RegionalOverview = Awaited<ReturnType<typeof regionalOverview>>;

/** The picture as download tables: one row per partnership, and the trend. */
export function overviewTables(page: RegionalOverview): Table<unknown>[] {
  const partnerships: Table<RegionalOverview["rows"][number]> = {
    name: "Partnerships",
    rows: page.rows,
    columns: [
      { header: "Partnership", type: "text", value: (r) => r.name, width: 32 },
      { header: "Status", type: "text", value: (r) => r.label },
      { header: "Submitted", type: "datetime", value: (r) => r.submittedAt, width: 20 },
      { header: "Answered", type: "number", value: (r) => r.answered },
      { header: "Indicators", type: "number", value: (r) => r.total },
      { header: "Evidence coverage (%)", type: "number", value: (r) => (r.evidenceCoverage === null ? null : Math.round(r.evidenceCoverage * 100)) },
      { header: "Overall score", type: "number", value: (r) => r.overall },
      ...page.domains.map((d) => ({ header: d.title, type: "number" as const, value: (r: RegionalOverview["rows"][number]) => r.scores[d.key] ?? null })),
    ],
  };
  const trend: Table<RegionalOverview["trend"][number]> = {
    name: "Trend",
    rows: page.trend,
    columns: [
      { header: "Round", type: "text", value: (t) => t.name },
      { header: "Partnerships scored", type: "number", value: (t) => t.scored },
      { header: "Regional median", type: "number", value: (t) => t.overallMedian },
      ...page.domains.map((d) => ({ header: d.title, type: "number" as const, value: (t: RegionalOverview["trend"][number]) => t.domainMedians.find((m) => m.key === d.key)?.median ?? null })),
    ],
  };
  return [partnerships as Table<unknown>, trend as Table<unknown>];
}
