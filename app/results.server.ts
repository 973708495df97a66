/**
 * Server-only: an assessment's results, a partnership's progress across rounds, and the resource library with what
 * it offers each partnership, assembled from db/ and the pure rules in assessment/ (results, signposting).
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  assessmentResults,
  CHANGE_WORDS,
  compareRounds,
  formatDifference,
  getFramework,
  latestFramework,
  LONDON_HEALTH_INEQUALITIES_AIMS,
  LONDON_HOUSING_STRATEGY_PRIORITIES,
  maturityLabel,
  MOU_AIMS,
  NETWORK_THEMES,
  progressAcrossRounds,
  REPORT_AREAS,
  scoreFramework,
  signpost,
  type Framework,
  type MaturityLevel,
  type RatingAnswer,
} from "../assessment";
import { ASSESSMENT_STATUS_LABELS } from "../assessment/browser";
import { listActions } from "../db/actions";
import { findPreviousAssessment, getAssessment, listAssessmentsWithRatings, type AssessmentAccessFacts } from "../db/assessments";
import { listEvidenceForAssessment } from "../db/evidence";
import { listLibrary, listResourcesByDomain, type LibraryResource } from "../db/resources";
import { domainScoresChart, progressChart } from "./charts.server";
import type { Table } from "./exports.server";
import { todayInLondon } from "./dates";
import { actionView, evidenceSupport, evidenceView, frameworkOfFacts } from "./evidence.server";
import { notFound } from "./auth/access.server";

const asRatings = (rows: readonly { indicatorKey: string; answer: string; level: number | null; targetLevel: number | null }[]): RatingAnswer[] =>
  rows.map((r) => ({ indicatorKey: r.indicatorKey, answer: r.answer as RatingAnswer["answer"], level: r.level as MaturityLevel | null, targetLevel: r.targetLevel as MaturityLevel | null }));

/** A library resource in the shape signposting takes: its tags within one framework. */
function signpostable(resource: LibraryResource, frameworkKey: string) {
  return {
    ...resource,
    key: resource.id,
    tags: {
      frameworks: [frameworkKey],
      domains: resource.tags.filter((t) => t.domainKey && !t.indicatorKey).map((t) => t.domainKey),
      indicators: resource.tags.filter((t) => t.indicatorKey).map((t) => t.indicatorKey),
    },
  };
}

const PER_DOMAIN = 3;

/**
 * An assessment's results: domain scores against the previous round and the targets, completion and evidence coverage,
 * the ratings not yet supported by evidence, and for each domain the resources to read first, with why.
 * A fixed number of queries: the assessment, the previous one, its evidence, the library.
 */
export async function resultsPage(context: AppLoadContext, facts: AssessmentAccessFacts, { chartId = "domain-scores" }: { chartId?: string } = {}) {
  const assessment = await getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!assessment) notFound();
  const framework = frameworkOfFacts(facts);
  const [previous, support, library] = await Promise.all([
    findPreviousAssessment(context.db, { organisationId: facts.organisation.id, frameworkKey: framework.key, beforeRoundId: assessment.roundId }),
    evidenceSupport(context, facts, assessment.ratings),
    listResourcesByDomain(context.db, framework.key),
  ]);
  const ratings = asRatings(assessment.ratings);
  const unsupported = new Set([...support].filter(([, s]) => s.flag).map(([key]) => key));
  const results = assessmentResults({
    current: { framework, ratings, roundName: assessment.roundName },
    previous: previous ? { framework: getFramework(framework.key, previous.frameworkVersion)!, ratings: asRatings(previous.ratings), roundName: previous.roundName } : null,
    withEvidence: new Set([...support].filter(([, s]) => s.evidence.some((e) => !e.purged)).map(([key]) => key)), // a purged file is no evidence
    unsupported,
  });

  // The resources to read first, per domain: weakest and furthest from target first (assessment/signposting.ts).
  const signposts = signpost({ framework, score: scoreFramework(framework, ratings), resources: library.map((r) => signpostable(r, framework.key)), limit: 1_000 });
  const byDomain = new Map<string, typeof signposts>();
  for (const s of signposts) {
    const list = byDomain.get(s.domainKey) ?? [];
    if (list.length < PER_DOMAIN) byDomain.set(s.domainKey, [...list, s]);
  }
  const domainOrder = [...byDomain.keys()];
  const indicators = new Map(framework.domains.flatMap((d) => d.indicators.map((i) => [i.key, { title: i.title, domain: d.title }] as const)));
  const levelOf = new Map(ratings.map((r) => [r.indicatorKey, r.level]));

  const summaryText = results.previousRoundName
    ? `${assessment.organisationName}'s score in each domain in ${assessment.roundName}, against ${results.previousRoundName} and the targets set.`
    : `${assessment.organisationName}'s score in each domain in ${assessment.roundName}, against the targets set.`;
  return {
    assessment: {
      id: assessment.id,
      roundName: assessment.roundName,
      organisationName: assessment.organisationName,
      organisationId: assessment.organisationId,
      status: assessment.status,
      statusLabel: ASSESSMENT_STATUS_LABELS[assessment.status],
      frameworkTitle: framework.title,
    },
    results: {
      ...results,
      overall: { ...results.overall, differenceText: formatDifference(results.overall.difference), changeText: results.overall.change ? CHANGE_WORDS[results.overall.change] : null },
      domains: results.domains.map((d) => ({ ...d, differenceText: formatDifference(d.difference), changeText: d.change ? CHANGE_WORDS[d.change] : null })),
    },
    chart: {
      title: "Domain scores",
      summary: summaryText,
      id: chartId,
      ...domainScoresChart({ id: chartId, rows: results.domains, previousRoundName: results.previousRoundName, title: "Domain scores", summary: summaryText }),
    },
    unsupported: [...unsupported].map((key) => ({
      indicatorKey: key,
      title: indicators.get(key)?.title ?? key,
      domain: indicators.get(key)?.domain ?? "",
      level: levelOf.get(key) ? `${levelOf.get(key)} ${maturityLabel(levelOf.get(key) as MaturityLevel)}` : "",
      reason: support.get(key)!.flag!.replace(/^Not yet supported\. /, ""),
    })),
    reading: domainOrder.map((domainKey) => ({
      domainKey,
      title: framework.domains.find((d) => d.key === domainKey)?.title ?? domainKey,
      resources: byDomain.get(domainKey)!.map((s) => ({ id: s.resource.id, title: s.resource.title, publisher: s.resource.publisher, year: s.resource.year, url: s.resource.url, summary: s.resource.summary, confirmed: s.resource.confirmed, reason: s.reason })),
    })),
  };
}

/** A partnership's scores across every round, what changed since the last, and its actions. Two queries. */
export async function progressPage(context: AppLoadContext, organisation: { id: string; kind: string }) {
  const frameworkKey = organisation.kind === "provider" ? "provider-offer" : "partnership-self-assessment";
  const [rows, actions] = await Promise.all([
    listAssessmentsWithRatings(context.db, { organisationId: organisation.id, frameworkKey }),
    listActions(context.db, { organisationId: organisation.id, frameworkKey }),
  ]);
  const rounds = rows.map((r) => ({ framework: getFramework(frameworkKey, r.frameworkVersion)!, ratings: asRatings(r.ratings), roundName: r.roundName }));
  const progress = progressAcrossRounds(rounds);
  const summary =
    progress.rounds.length === 0
      ? "No rounds yet."
      : `The overall score in each round from ${progress.rounds[0]!.roundName} to ${progress.rounds[progress.rounds.length - 1]!.roundName}, on a scale of 1 to 5.`;
  const today = todayInLondon();
  return {
    assessments: rows.map((r) => ({ id: r.id, roundName: r.roundName, statusLabel: ASSESSMENT_STATUS_LABELS[r.status] })),
    progress: {
      ...progress,
      sinceLast: progress.sinceLast
        ? {
            ...progress.sinceLast,
            overall: { ...progress.sinceLast.overall, text: CHANGE_WORDS[progress.sinceLast.overall.change], differenceText: formatDifference(progress.sinceLast.overall.difference) },
            domains: progress.sinceLast.domains.map((d) => ({ ...d, text: CHANGE_WORDS[d.change], differenceText: formatDifference(d.difference) })),
            indicators: Object.fromEntries(Object.entries(progress.sinceLast.indicators).map(([k, list]) => [k, list.map((i) => ({ ...i, text: CHANGE_WORDS[i.change] }))])),
          }
        : null,
    },
    chart: rounds.length > 0 ? { title: "Overall score by round", summary, ...progressChart({ id: "progress", rounds: progress.rounds, title: "Overall score by round", summary }) } : null,
    actions: actions.map((a) => actionView(a, today)),
  };
}

export interface LibraryFilters {
  framework: string;
  domain: string;
  area: string;
  aim: string;
  london: string;
  theme: string;
  q: string;
}

/**
 * The resource library: every current resource, filterable by framework domain, King's Fund report area, MoU aim,
 * London strategy aim, network theme and words in its title or summary. A resource's areas, aims and themes are those
 * of the indicators and domains it is tagged to. For a signed-in partnership or provider, each resource says how it
 * relates to their latest assessment's gaps. Two queries (the library, the latest assessment).
 */
export async function libraryPage(context: AppLoadContext, search: URLSearchParams, gapsOf: AssessmentAccessFacts | null) {
  const frameworkKey = search.get("framework") === "provider-offer" ? "provider-offer" : "partnership-self-assessment";
  const framework = latestFramework(frameworkKey)!;
  const filters: LibraryFilters = {
    framework: frameworkKey,
    domain: search.get("domain") ?? "",
    area: search.get("area") ?? "",
    aim: search.get("aim") ?? "",
    london: search.get("london") ?? "",
    theme: search.get("theme") ?? "",
    q: (search.get("q") ?? "").trim().slice(0, 100),
  };
  const [library, gaps] = await Promise.all([listLibrary(context.db), gapsOf ? gapsFor(context, gapsOf) : Promise.resolve(null)]);
  const indicatorTags = new Map(framework.domains.flatMap((d) => d.indicators.map((i) => [i.key, { domain: d, indicator: i }] as const)));

  const items = library
    .map((resource) => {
      const tags = resource.tags.filter((t) => t.frameworkKey === frameworkKey);
      const indicators = tags.filter((t) => t.indicatorKey).map((t) => indicatorTags.get(t.indicatorKey)).filter((x) => x !== undefined);
      const domains = new Set(tags.filter((t) => t.domainKey).map((t) => t.domainKey));
      const facetIndicators = [...indicators.map((x) => x.indicator), ...framework.domains.filter((d) => domains.has(d.key) && !indicators.some((x) => x.domain.key === d.key)).flatMap((d) => d.indicators)];
      // What its indicators carry, and what network staff tagged it with directly.
      const facets = {
        areas: new Set<string>([...facetIndicators.flatMap((i) => i.tags.reportAreas), ...resource.reportAreas]),
        aims: new Set([...facetIndicators.flatMap((i) => i.tags.mouAims.map(String)), ...resource.mouAims]),
        london: new Set<string>([...facetIndicators.flatMap((i) => [...i.tags.londonHealthInequalitiesAims, ...i.tags.londonHousingStrategyPriorities]), ...resource.londonAims]),
        themes: new Set<string>([...facetIndicators.flatMap((i) => i.tags.networkThemes), ...resource.networkThemes]),
      };
      return { resource, tags, domains, indicators, facets, background: tags.length > 0 && tags.every((t) => !t.domainKey) };
    })
    .filter((x) => x.tags.length > 0)
    .filter((x) => !filters.domain || x.domains.has(filters.domain))
    .filter((x) => !filters.area || x.facets.areas.has(filters.area))
    .filter((x) => !filters.aim || x.facets.aims.has(filters.aim))
    .filter((x) => !filters.london || x.facets.london.has(filters.london))
    .filter((x) => !filters.theme || x.facets.themes.has(filters.theme))
    .filter((x) => !filters.q || `${x.resource.title} ${x.resource.summary} ${x.resource.publisher}`.toLowerCase().includes(filters.q.toLowerCase()));

  return {
    filters,
    options: {
      frameworks: [
        { value: "partnership-self-assessment", label: "Partnership self-assessment" },
        { value: "provider-offer", label: "Housing provider offer" },
      ],
      domains: framework.domains.map((d) => ({ value: d.key, label: d.title })),
      areas: REPORT_AREAS.map((a) => ({ value: a.key, label: a.title })),
      aims: MOU_AIMS.map((a) => ({ value: String(a.aim), label: `${a.aim}. ${a.title}` })),
      london: [...LONDON_HEALTH_INEQUALITIES_AIMS, ...LONDON_HOUSING_STRATEGY_PRIORITIES].map((a) => ({ value: a.key, label: a.title })),
      themes: NETWORK_THEMES.map((t) => ({ value: t.key, label: t.title })),
    },
    gapsFrom: gaps ? { roundName: gaps.roundName, assessmentId: gaps.assessmentId } : null,
    items: items.map((x) => ({
      id: x.resource.id,
      title: x.resource.title,
      publisher: x.resource.publisher,
      year: x.resource.year,
      url: x.resource.url,
      summary: x.resource.summary,
      confirmed: x.resource.confirmed,
      note: x.resource.note,
      helpsWith: x.background
        ? ["The whole framework (background reading)"]
        : [
            ...framework.domains.filter((d) => x.domains.has(d.key) && !x.indicators.some((i) => i.domain.key === d.key)).map((d) => d.title),
            ...x.indicators.map((i) => i.indicator.title),
          ],
      forYou: gaps?.reasons.get(x.resource.id) ?? null,
    })),
    total: library.length,
  };
}

/** Why each resource matters to an organisation, from its latest assessment (signposting's reasons). */
async function gapsFor(context: AppLoadContext, facts: AssessmentAccessFacts) {
  const assessment = await getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!assessment) return null;
  const framework: Framework = frameworkOfFacts(facts);
  const library = await listResourcesByDomain(context.db, framework.key);
  const signposts = signpost({ framework, score: scoreFramework(framework, asRatings(assessment.ratings)), resources: library.map((r) => signpostable(r, framework.key)), limit: 1_000 });
  return { roundName: assessment.roundName, assessmentId: assessment.id, reasons: new Map(signposts.map((s) => [s.resource.id, s.reason])) };
}

/** Everything one assessment holds, for a printed report and for downloads: answers, evidence and actions. */
export async function assessmentRecords(context: AppLoadContext, facts: AssessmentAccessFacts) {
  const assessment = await getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!assessment) notFound();
  const framework = frameworkOfFacts(facts);
  const today = todayInLondon();
  const [linked, actions, previous] = await Promise.all([
    listEvidenceForAssessment(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id }),
    listActions(context.db, { organisationId: facts.organisation.id, frameworkKey: framework.key }),
    findPreviousAssessment(context.db, { organisationId: facts.organisation.id, frameworkKey: framework.key, beforeRoundId: assessment.roundId }),
  ]);
  const comparison = previous
    ? compareRounds({ framework: getFramework(framework.key, previous.frameworkVersion)!, ratings: asRatings(previous.ratings) }, { framework, ratings: asRatings(assessment.ratings) })
    : null;
  const changes = new Map(comparison?.indicators.map((i) => [i.indicatorKey, i]) ?? []);
  const ratings = new Map(assessment.ratings.map((r) => [r.indicatorKey, r]));
  const indicators = framework.domains.flatMap((d) => d.indicators.map((i) => ({ domain: d, indicator: i })));
  const titles = new Map(indicators.map((x) => [x.indicator.key, x.indicator.title]));
  const evidenceById = new Map<string, ReturnType<typeof evidenceView> & { indicators: string[] }>();
  for (const row of linked) {
    const existing = evidenceById.get(row.id) ?? { ...evidenceView(row, today), indicators: [] };
    existing.indicators.push(titles.get(row.indicatorKey) ?? row.indicatorKey);
    evidenceById.set(row.id, existing);
  }
  return {
    assessment,
    framework,
    answers: indicators.map(({ domain, indicator }) => {
      const r = ratings.get(indicator.key);
      return {
        domain: domain.title,
        indicatorKey: indicator.key,
        indicator: indicator.title,
        answer: r ? (r.answer === "level" ? "Level" : r.answer === "not_applicable" ? "Not applicable" : "Don't know") : "Not answered",
        level: r?.level ?? null,
        levelLabel: r?.level ? maturityLabel(r.level as MaturityLevel) : "",
        target: r?.targetLevel ?? null,
        confidence: r?.confidence ?? "",
        rationale: r?.rationale ?? "",
        updatedAt: r?.updatedAt ?? null,
        updatedBy: r?.updatedByName ?? "",
        previousLevel: changes.get(indicator.key)?.previousLevel ?? null,
        change: changes.get(indicator.key)?.difference ?? null,
      };
    }),
    previousRoundName: previous?.roundName ?? null,
    evidence: [...evidenceById.values()],
    actions: actions.map((a) => ({ ...actionView(a, today), indicator: a.indicatorKey ? titles.get(a.indicatorKey) ?? a.indicatorKey : "" })),
  };
}

type Records = Awaited<ReturnType<typeof assessmentRecords>>;

/** The three tables of an assessment's downloads, column by column. */
export function assessmentTables(records: Records): Table<unknown>[] {
  const answers: Table<Records["answers"][number]> = {
    name: "Answers",
    rows: records.answers,
    columns: [
      { header: "Domain", type: "text", value: (r) => r.domain },
      { header: "Indicator", type: "text", value: (r) => r.indicator, width: 40 },
      { header: "Answer", type: "text", value: (r) => r.answer },
      { header: "Level", type: "number", value: (r) => r.level },
      { header: "Level name", type: "text", value: (r) => r.levelLabel },
      { header: "Target", type: "number", value: (r) => r.target },
      { header: `Level in ${records.previousRoundName ?? "the last round"}`, type: "number", value: (r) => r.previousLevel },
      { header: "Change", type: "number", value: (r) => r.change },
      { header: "Confidence", type: "text", value: (r) => r.confidence },
      { header: "Rationale", type: "text", value: (r) => r.rationale, width: 60 },
      { header: "Last changed", type: "datetime", value: (r) => (r.updatedAt ? r.updatedAt.toISOString() : null), width: 20 },
      { header: "Changed by", type: "text", value: (r) => r.updatedBy },
    ],
  };
  const evidence: Table<Records["evidence"][number]> = {
    name: "Evidence",
    rows: records.evidence,
    columns: [
      { header: "Title", type: "text", value: (r) => r.title, width: 40 },
      { header: "Strength", type: "text", value: (r) => r.strengthLabel },
      { header: "Dated", type: "date", value: (r) => r.datedOn },
      { header: "Review by", type: "date", value: (r) => r.reviewBy },
      { header: "Review date passed", type: "text", value: (r) => (r.expired ? "Yes" : "No") },
      { header: "Owner", type: "text", value: (r) => r.ownerName },
      { header: "File or web address", type: "text", value: (r) => (r.kind === "file" ? r.fileName : r.url), width: 40 },
      { header: "Supports", type: "text", value: (r) => r.indicators.join("; "), width: 60 },
    ],
  };
  const actions: Table<Records["actions"][number]> = {
    name: "Actions",
    rows: records.actions,
    columns: [
      { header: "Action", type: "text", value: (r) => r.title, width: 50 },
      { header: "Indicator", type: "text", value: (r) => r.indicator, width: 40 },
      { header: "Owner", type: "text", value: (r) => r.ownerName },
      { header: "Due", type: "date", value: (r) => r.dueOn },
      { header: "Status", type: "text", value: (r) => r.statusLabel },
      { header: "Overdue", type: "text", value: (r) => (r.overdue ? "Yes" : "No") },
      { header: "Detail", type: "text", value: (r) => r.detail, width: 60 },
    ],
  };
  return [answers, evidence, actions] as Table<unknown>[];
}
