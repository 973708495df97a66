/**
 * Server-only: evidence and actions as the pages need them. Uploads stream into the database with their type checked
 * by content (app/evidence-files.server.ts); support for each rating is judged by assessment/evidence.ts.
 */
import {
  unstable_composeUploadHandlers as composeUploadHandlers,
  unstable_createMemoryUploadHandler as createMemoryUploadHandler,
  unstable_parseMultipartFormData as parseMultipartFormData,
  type AppLoadContext,
} from "@remix-run/node";
import {
  checkEvidenceSupport,
  currentIndicatorKeys,
  defaultReviewBy,
  EVIDENCE_STRENGTH_INFO,
  EVIDENCE_STRENGTHS,
  frameworks,
  getFramework,
  latestFramework,
  isMaturityLevel,
  type EvidenceStrength,
  type Framework,
} from "../assessment";
import { ACTION_STATUS_LABELS, type ActionStatus } from "../assessment/browser";
import { listActions, type ActionRow } from "../db/actions";
import {
  createEvidence,
  findEvidenceAccessFacts,
  findEvidenceFile,
  findPurgedEvidenceFile,
  getEvidence,
  isLinkableEvidence,
  linkEvidence,
  listEvidenceForAssessment,
  listEvidenceOwners,
  listEvidenceRegister,
  listLinkableEvidence,
  readFileChunk,
  purgeEvidenceFile,
  storeEvidenceFile,
  type LinkedEvidence,
} from "../db/evidence";
import { findCurrentFrameworkVersion, type AssessmentAccessFacts } from "../db/assessments";
import type { Ability } from "./auth/access";
import { notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { formatDate, todayInLondon } from "./dates";
import {
  attachmentDisposition,
  checkEvidenceFile,
  EVIDENCE_FILE_MAX_BYTES,
  HEAD_BYTES,
  safeFileName,
  TAIL_BYTES,
} from "./evidence-files.server";

export async function requireEvidence(context: AppLoadContext, user: CurrentUser, id: string, ability: Ability) {
  const facts = await findEvidenceAccessFacts(context.db, id);
  if (!facts) notFound();
  requireAccess(user, { type: "evidence", organisation: facts.organisation }, ability);
  return facts;
}

/** Evidence as a page shows it: what it is, how strong, and whether it is past its review date. */
export function evidenceView(e: Omit<LinkedEvidence, "indicatorKey">, today: string) {
  const info = EVIDENCE_STRENGTH_INFO[e.strength];
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    url: e.url,
    strength: e.strength,
    strengthLabel: `${info.code} ${info.label}`,
    datedOn: e.datedOn,
    reviewBy: e.reviewBy,
    expired: e.reviewBy < today,
    ownerName: e.ownerName,
    fileName: e.fileName,
    sizeBytes: e.sizeBytes === null ? null : Number(e.sizeBytes),
    purged: e.purgedAt !== null,
  };
}
export type EvidenceView = ReturnType<typeof evidenceView>;

export interface IndicatorSupport {
  evidence: EvidenceView[];
  /** Null when the rating needs no evidence (levels 1–2, not applicable, don't know, or unanswered). */
  flag: string | null;
}

/**
 * Every indicator's evidence in an assessment, and whether its rating is supported, in words when it is not. One
 * query for the evidence; the rule is assessment/evidence.ts.
 */
export async function evidenceSupport(
  context: AppLoadContext,
  facts: AssessmentAccessFacts,
  ratings: readonly { indicatorKey: string; answer: string; level: number | null }[],
): Promise<Map<string, IndicatorSupport>> {
  const today = todayInLondon();
  const linked = await listEvidenceForAssessment(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id });
  const byIndicator = new Map<string, LinkedEvidence[]>();
  for (const row of linked) byIndicator.set(row.indicatorKey, [...(byIndicator.get(row.indicatorKey) ?? []), row]);
  const levels = new Map(ratings.map((r) => [r.indicatorKey, r.answer === "level" && isMaturityLevel(r.level) ? r.level : null]));
  const keys = new Set([...byIndicator.keys(), ...levels.keys()]);
  const result = new Map<string, IndicatorSupport>();
  for (const key of keys) {
    const evidence = byIndicator.get(key) ?? [];
    const level = levels.get(key) ?? null;
    const support = checkEvidenceSupport(level, evidence.map((e) => ({ strength: e.strength, datedOn: e.datedOn, reviewBy: e.reviewBy, purged: e.purgedAt !== null })), today);
    result.set(key, { evidence: evidence.map((e) => evidenceView(e, today)), flag: support.supported ? null : support.reason });
  }
  return result;
}

/** The organisation's actions for a framework, each placed against today's indicator (following renamed keys). */
export async function actionsByIndicator(context: AppLoadContext, organisationId: string, framework: Framework) {
  const rows = await listActions(context.db, { organisationId, frameworkKey: framework.key });
  const current = currentIndicatorKeys(framework, frameworks);
  const today = todayInLondon();
  const byIndicator = new Map<string, ReturnType<typeof actionView>[]>();
  for (const row of rows) {
    const key = row.indicatorKey ? current.get(row.indicatorKey) : undefined;
    if (!key) continue;
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), actionView(row, today)]);
  }
  return byIndicator;
}

export function actionView(row: ActionRow, today: string) {
  const open = row.status === "open" || row.status === "in_progress";
  return {
    id: row.id,
    title: row.title,
    detail: row.detail,
    ownerName: row.ownerName,
    dueOn: row.dueOn,
    status: row.status as ActionStatus,
    statusLabel: ACTION_STATUS_LABELS[row.status as ActionStatus],
    overdue: open && row.dueOn !== null && row.dueOn < today,
    indicatorKey: row.indicatorKey,
    frameworkKey: row.frameworkKey,
    revision: row.revision,
  };
}
export type ActionView = ReturnType<typeof actionView>;

export type UploadOutcome =
  | { ok: true; fields: FormData; fileId: string; fileName: string }
  | { ok: false; fields: FormData; fileError: string; duplicate?: { evidenceId: string | null; title: string | null } };

/**
 * Reads an evidence upload form: the text fields into memory (small), the file streamed into the database as it
 * arrives (never whole in memory), checked by its content. Call only after authorising.
 */
export async function receiveUpload(context: AppLoadContext, user: CurrentUser, request: Request, organisationId: string): Promise<UploadOutcome> {
  let stored: Awaited<ReturnType<typeof storeEvidenceFile>> | null = null;
  let sawFile = false;
  const fileHandler = async (part: { name: string; filename?: string; data: AsyncIterable<Uint8Array> }) => {
    if (part.name !== "file" || part.filename === undefined) return undefined;
    if (part.filename === "") {
      for await (const _ of part.data) void _; // the file input was left empty
      return undefined;
    }
    sawFile = true;
    stored = await storeEvidenceFile(context.db, {
      organisationId,
      actor: { personId: user.personId, name: user.name },
      fileName: part.filename,
      data: part.data,
      maxBytes: EVIDENCE_FILE_MAX_BYTES,
      headBytes: HEAD_BYTES,
      tailBytes: TAIL_BYTES,
      check: (file) => {
        const checked = checkEvidenceFile(file);
        return checked.ok ? { ok: true, type: checked.type, fileName: safeFileName(part.filename!, checked.type) } : checked;
      },
    });
    return "received";
  };
  const fields = await parseMultipartFormData(request, composeUploadHandlers(fileHandler, createMemoryUploadHandler({ maxPartSize: 64 * 1024 })));
  const outcome = stored as Awaited<ReturnType<typeof storeEvidenceFile>> | null;
  if (!outcome) return { ok: false, fields, fileError: "Select a file to upload" };
  if (outcome.ok) return { ok: true, fields, fileId: outcome.fileId, fileName: outcome.fileName };
  if ("duplicate" in outcome) {
    return {
      ok: false,
      fields,
      fileError: outcome.duplicate.title
        ? `This file is already in your evidence as "${outcome.duplicate.title}": link that evidence instead of uploading it again`
        : "This file has already been uploaded",
      duplicate: { evidenceId: outcome.duplicate.evidenceId, title: outcome.duplicate.title },
    };
  }
  return { ok: false, fields, fileError: outcome.message };
}

/** Adds evidence (a link, or an uploaded file) supporting one indicator of an assessment. */
export async function addEvidence(
  context: AppLoadContext,
  user: CurrentUser,
  facts: AssessmentAccessFacts,
  indicatorKey: string,
  details: { title: string; description: string; url: string | null; fileId: string | null; strength: EvidenceStrength; datedOn: string; reviewBy: string | null; ownerName: string },
) {
  return createEvidence(context.db, {
    organisationId: facts.organisation.id,
    actor: { personId: user.personId, name: user.name },
    ...details,
    reviewBy: details.reviewBy ?? defaultReviewBy(details.datedOn),
    links: [{ assessmentId: facts.id, indicatorKey }],
  });
}

/** A file download as an attachment, streamed from the database a chunk at a time. */
export async function evidenceDownload(context: AppLoadContext, user: CurrentUser, evidenceId: string): Promise<Response> {
  const facts = await requireEvidence(context, user, evidenceId, "download");
  const file = await findEvidenceFile(context.db, { evidenceId, organisationId: facts.organisation.id });
  if (!file) {
    const purged = await findPurgedEvidenceFile(context.db, { evidenceId, organisationId: facts.organisation.id });
    if (purged?.purgedAt) throw purgedFileGone(evidenceId, purged.purgedAt);
    notFound();
  }
  let seq = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const chunk = await readFileChunk(context.db, file.id, seq);
      seq += 1;
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Length": String(file.sizeBytes),
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": "private, no-store",
      // Never rendered by the browser as a page, whatever it contains.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

/**
 * A purged file's download: 410 Gone, with a short page saying so (a download has no page around it, so this one
 * stands alone). The reason stays on the evidence's own page.
 */
function purgedFileGone(evidenceId: string, purgedAt: Date): Response {
  const html = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>File purged – Hearth</title></head>
<body>
<main>
<h1>This file has been purged</h1>
<p>Network staff removed it on ${escapeHtml(formatDate(purgedAt))} because it should not have been uploaded. It cannot be downloaded or recovered.</p>
<p><a href="/evidence/${escapeHtml(evidenceId)}">Go to the evidence record</a></p>
</main>
</body>
</html>`;
  return new Response(html, { status: 410, statusText: "Gone", headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Purges an evidence file uploaded with personal data by mistake (network staff of its organisation's region). */
export async function purgeEvidence(context: AppLoadContext, user: CurrentUser, facts: { id: string; organisation: { id: string } }, reason: string) {
  return purgeEvidenceFile(context.db, { evidenceId: facts.id, organisationId: facts.organisation.id, actor: { personId: user.personId, name: user.name }, reason });
}

/** The framework of an assessment, from its access facts. */
export function frameworkOfFacts(facts: AssessmentAccessFacts): Framework {
  const framework = getFramework(facts.frameworkKey, facts.frameworkVersion);
  if (!framework) throw new Error(`framework ${facts.frameworkKey} v${facts.frameworkVersion} is not in this build`);
  return framework;
}

/** How many pieces of evidence the "link evidence you already have" picker lists before asking for a search. */
export const LINKABLE_LIMIT = 200;

/**
 * The page that adds evidence to one indicator: what is linked already, and what could be linked (the newest
 * LINKABLE_LIMIT, or those whose title contains `titleSearch`). Two queries, whatever the organisation holds.
 */
export async function indicatorEvidencePage(context: AppLoadContext, facts: AssessmentAccessFacts, indicatorKey: string, titleSearch = "") {
  const framework = frameworkOfFacts(facts);
  const domain = framework.domains.find((d) => d.indicators.some((i) => i.key === indicatorKey));
  const indicator = domain?.indicators.find((i) => i.key === indicatorKey);
  if (!domain || !indicator) notFound();
  const today = todayInLondon();
  const search = titleSearch.trim().slice(0, 200);
  const [linked, linkable] = await Promise.all([
    listEvidenceForAssessment(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id }),
    listLinkableEvidence(context.db, { organisationId: facts.organisation.id, assessmentId: facts.id, indicatorKey: indicator.key, title: search, limit: LINKABLE_LIMIT }),
  ]);
  const here = linked.filter((l) => l.indicatorKey === indicatorKey);
  return {
    assessmentId: facts.id,
    domain: { key: domain.key, title: domain.title },
    indicator: { key: indicator.key, title: indicator.title, statement: indicator.statement },
    evidenceExpected: indicator.levels.map((l) => ({ level: l.level, text: l.evidenceExpected })),
    linked: here.map((e) => evidenceView(e, today)),
    linkable: linkable.items.map((e) => ({ id: e.id, label: `${e.title} (${EVIDENCE_STRENGTH_INFO[e.strength].code}, ${e.datedOn})` })),
    /** More evidence than the picker lists: the page offers a search by title. */
    linkableTruncated: linkable.truncated,
    linkableLimit: LINKABLE_LIMIT,
    titleSearch: search,
    today,
  };
}

/** Links a piece of the organisation's evidence to an indicator, when it may be linked (checked directly). */
export async function attachEvidence(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts, indicatorKey: string, evidenceId: string): Promise<boolean> {
  if (!(await isLinkableEvidence(context.db, { id: evidenceId, organisationId: facts.organisation.id }))) return false;
  await linkEvidence(context.db, { evidenceId, organisationId: facts.organisation.id, assessmentId: facts.id, indicatorKey, actor: { personId: user.personId, name: user.name } });
  return true;
}

const REGISTER_PAGE_SIZE = 50;

function indicatorTitle(frameworkKey: string, frameworkVersion: number, indicatorKey: string): string {
  const framework = getFramework(frameworkKey, frameworkVersion);
  return framework?.domains.flatMap((d) => d.indicators).find((i) => i.key === indicatorKey)?.title ?? indicatorKey;
}

/** An organisation's evidence register, filtered by domain, strength, owner and review state, 50 to a page. */
export async function evidenceRegisterPage(context: AppLoadContext, organisation: { id: string; kind: OrganisationKindForRegister }, search: URLSearchParams) {
  const today = todayInLondon();
  const frameworkKey = organisation.kind === "provider" ? "provider-offer" : "partnership-self-assessment";
  const framework = latestFramework(frameworkKey)!;
  const domainKey = search.get("domain") ?? "";
  const domain = framework.domains.find((d) => d.key === domainKey);
  const strength = EVIDENCE_STRENGTHS.find((s) => s === search.get("strength"));
  const review = (["current", "due", "expired"] as const).find((r) => r === search.get("review"));
  const owner = search.get("owner") ?? "";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const lineage = currentIndicatorKeys(framework, frameworks);
  const indicatorKeys = domain ? [...lineage].filter(([, current]) => domain.indicators.some((i) => i.key === current)).map(([key]) => key) : undefined;
  const [rows, owners] = await Promise.all([
    listEvidenceRegister(context.db, organisation.id, { strength, review, owner: owner || undefined, indicatorKeys, today, limit: REGISTER_PAGE_SIZE, offset: (page - 1) * REGISTER_PAGE_SIZE }),
    listEvidenceOwners(context.db, organisation.id),
  ]);
  const total = rows[0]?.total ?? 0;
  return {
    filters: { domain: domain?.key ?? "", strength: strength ?? "", review: review ?? "", owner },
    options: {
      domains: framework.domains.map((d) => ({ value: d.key, label: d.title })),
      strengths: EVIDENCE_STRENGTHS.map((s) => ({ value: s, label: `${EVIDENCE_STRENGTH_INFO[s].code} ${EVIDENCE_STRENGTH_INFO[s].label}` })),
      owners: owners.map((o) => ({ value: o, label: o })),
    },
    total,
    page,
    pages: Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE)),
    items: rows.map((row) => ({
      ...evidenceView(row, today),
      supports: row.links.map((l) => ({ roundName: l.roundName, indicator: indicatorTitle(l.frameworkKey, l.frameworkVersion, l.indicatorKey) })),
    })),
  };
}
type OrganisationKindForRegister = "network" | "partnership" | "provider";

/** One piece of evidence: its details, its file, and what it supports. */
export async function evidenceDetailPage(context: AppLoadContext, facts: { id: string; organisation: { id: string } }) {
  const today = todayInLondon();
  const row = await getEvidence(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!row) notFound();
  return {
    evidence: { ...evidenceView(row, today), description: row.description, purgedAt: row.purgedAt, purgeReason: row.purgeReason },
    supports: row.links.map((l) => ({
      assessmentId: l.assessmentId,
      indicatorKey: l.indicatorKey,
      roundName: l.roundName,
      indicator: indicatorTitle(l.frameworkKey, l.frameworkVersion, l.indicatorKey),
    })),
  };
}

/**
 * The framework an action form offers indicators from: that of the assessment the person came from, else that of the
 * organisation's current assessment, else its kind's latest framework. One query at most.
 */
export async function actionFormFramework(context: AppLoadContext, organisation: { id: string; kind: string }, facts: AssessmentAccessFacts | null): Promise<Framework> {
  if (facts) return frameworkOfFacts(facts);
  const key = organisation.kind === "provider" ? "provider-offer" : "partnership-self-assessment";
  const version = await findCurrentFrameworkVersion(context.db, { organisationId: organisation.id, frameworkKey: key });
  return (version !== undefined ? getFramework(key, version) : undefined) ?? latestFramework(key)!;
}

/** The indicators an action can be about, in a framework, each with its domain (from the framework, not the key). */
export function actionIndicatorOptions(framework: Framework) {
  return framework.domains.flatMap((d) => d.indicators.map((i) => ({ value: i.key, label: `${d.title}: ${i.title}`, domainKey: d.key })));
}

/** An organisation's actions, open ones first, overdue ones marked; filterable by status. */
export async function actionsListPage(context: AppLoadContext, organisation: { id: string; kind: string }, search: URLSearchParams) {
  const today = todayInLondon();
  const framework = latestFramework(organisation.kind === "provider" ? "provider-offer" : "partnership-self-assessment")!;
  const status = ACTION_STATUSES_FOR_FILTER.find((s) => s === search.get("status"));
  const rows = await listActions(context.db, { organisationId: organisation.id, status: status ? [status] : undefined });
  const current = currentIndicatorKeys(framework, frameworks);
  const titles = new Map(framework.domains.flatMap((d) => d.indicators.map((i) => [i.key, i.title] as const)));
  const actions = rows.map((row) => {
    const key = row.indicatorKey ? current.get(row.indicatorKey) : undefined;
    return { ...actionView(row, today), indicator: key ? titles.get(key) ?? null : row.indicatorKey ? "An indicator no longer in the framework" : null };
  });
  return { status: status ?? "", actions, overdue: actions.filter((a) => a.overdue).length };
}
const ACTION_STATUSES_FOR_FILTER = ["open", "in_progress", "done", "dropped"] as const;
