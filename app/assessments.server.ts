/**
 * Server-only: what the assessment journey's pages show and do, assembled from db/assessments.ts (the stored
 * answers) and assessment/ (the framework and its rules). Route modules call these after authorising.
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  assessmentProgress,
  carryOverAnswers,
  getFramework,
  isLate,
  latestFramework,
  maturityLabel,
  MATURITY_SCALE,
  submissionProblems,
  type Framework,
  type MaturityLevel,
} from "../assessment";
import { ASSESSMENT_STATUS_LABELS, CONFIDENCE_LABELS, type OrganisationKind } from "../assessment/browser";
import {
  createAssessment,
  findAssessmentAccessFacts,
  findPreviousAssessment,
  findRound,
  getAssessment,
  listRatingHistory,
  listRoundsWithAssessment,
  saveRatings,
  submitAssessment,
  withdrawSubmission,
  type AssessmentAccessFacts,
  type AssessmentWithRatings,
  type RatingChange,
  type StoredRating,
} from "../db/assessments";
import type { Actor as AuditActor } from "../db/audit";
import { listIndependentRatingsOfIndicator } from "../db/consensus";
import { copyEvidenceLinks } from "../db/evidence";
import { assignmentCovers, can, isContributor, ROUND_CLOSED_REASON, type Ability, type AssessmentPart, type AssignedParts } from "./auth/access";
import { notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { todayInLondon } from "./dates";
import { actionsByIndicator, evidenceSupport } from "./evidence.server";
import { reviewNotesFor } from "./review-notes.server";
import type { RatingFields } from "./forms/rating-schema";

const FRAMEWORK_OF_KIND: Partial<Record<OrganisationKind, string>> = {
  partnership: "partnership-self-assessment",
  provider: "provider-offer",
};

export function frameworkKeyFor(kind: OrganisationKind): string | undefined {
  return FRAMEWORK_OF_KIND[kind];
}

/** The framework version an assessment is pinned to (every published version ships in the build). */
export function frameworkOf(assessment: { frameworkKey: string; frameworkVersion: number }): Framework {
  const framework = getFramework(assessment.frameworkKey, assessment.frameworkVersion);
  if (!framework) throw new Error(`framework ${assessment.frameworkKey} v${assessment.frameworkVersion} is not in this build`);
  return framework;
}

export function auditActor(user: CurrentUser): AuditActor {
  return { personId: user.personId, name: user.name };
}

/** The part of an assessment a page is about: its task list, a domain, or one indicator (none: the whole of it). */
export type PartAsked = "task-list" | { domainKey: string } | { indicatorKey: string };

/** An assessment's access facts, with what of it is assigned to the person asking and the part asked about. */
export type AssessmentFacts = AssessmentAccessFacts & { assignedToActor: AssignedParts; part?: AssessmentPart };

/**
 * The assessment's access facts, when this person may do this to it (or to the part of it asked about); 404 or 403
 * otherwise. A contributor reaches only the parts assigned to them (app/auth/access.ts).
 */
export async function requireAssessment(context: AppLoadContext, user: CurrentUser, id: string, ability: Ability, asked?: PartAsked): Promise<AssessmentFacts> {
  const facts = await assessmentFacts(context, user, id, asked);
  requireAccess(user, { type: "assessment", ...facts }, ability);
  return facts;
}

/**
 * An assessment's access facts for this person, without deciding anything yet (404 only when there is no such
 * assessment or part): for things within an assessment that decide for themselves, such as independent ratings.
 */
export async function assessmentFacts(context: AppLoadContext, user: CurrentUser, id: string, asked?: PartAsked): Promise<AssessmentFacts> {
  const found = await findAssessmentAccessFacts(context.db, id, { personId: user.personId });
  if (!found) notFound();
  const framework = frameworkOf(found);
  const domainOf = (indicatorKey: string) => framework.domains.find((d) => d.indicators.some((i) => i.key === indicatorKey))?.key;
  const assignedToActor: AssignedParts = {
    domainKeys: found.assigned.flatMap((a) => (a.domainKey ? [a.domainKey] : [])),
    indicators: found.assigned.flatMap((a) => {
      const domainKey = a.indicatorKey ? domainOf(a.indicatorKey) : undefined;
      return a.indicatorKey && domainKey ? [{ indicatorKey: a.indicatorKey, domainKey }] : [];
    }),
  };
  let part: AssessmentPart | undefined;
  if (asked === "task-list") part = { kind: "task-list" };
  else if (asked && "domainKey" in asked) {
    if (!framework.domains.some((d) => d.key === asked.domainKey)) notFound();
    part = { kind: "domain", domainKey: asked.domainKey };
  }
  else if (asked && "indicatorKey" in asked) {
    const domainKey = domainOf(asked.indicatorKey);
    if (!domainKey) notFound();
    part = { kind: "indicator", domainKey, indicatorKey: asked.indicatorKey };
  }
  return { ...found, assignedToActor, part };
}

/** Loads the assessment (one query) for a page, with what this person may do to it. */
async function loadAssessment(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  const assessment = await getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!assessment) notFound();
  const thing = { type: "assessment" as const, ...facts };
  return {
    assessment,
    framework: frameworkOf(assessment),
    may: { edit: can(user, thing, "edit"), submit: can(user, thing, "submit"), withdraw: can(user, thing, "withdraw") },
  };
}

function summary(assessment: AssessmentWithRatings, today: string) {
  const unfinished = assessment.status !== "submitted" && assessment.status !== "approved";
  return {
    id: assessment.id,
    status: assessment.status,
    statusLabel: ASSESSMENT_STATUS_LABELS[assessment.status],
    roundName: assessment.roundName,
    roundStatus: assessment.roundStatus,
    dueOn: assessment.dueOn,
    // Late only while the round is open: after it closes nothing can be finished (the access rules say so).
    late: assessment.roundStatus === "open" && unfinished && isLate(assessment.dueOn, today),
    /** When the round has closed on an unfinished assessment: the access rules' words for why it is read-only. */
    roundClosed: assessment.roundStatus === "closed" && unfinished ? ROUND_CLOSED_REASON : null,
    organisationName: assessment.organisationName,
    submittedAt: assessment.submittedAt?.toISOString() ?? null,
    submittedByName: assessment.submittedByName,
    startedFrom: assessment.startedFrom,
  };
}

/** The task list: every domain with its status and how many indicators are answered. */
export async function taskListPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  const { assessment, framework, may } = await loadAssessment(context, user, facts);
  const progress = assessmentProgress(framework, assessment.ratings);
  const [support, review] = await Promise.all([evidenceSupport(context, facts, assessment.ratings), reviewNotesFor(context, user, facts)]);
  const commentsIn = (domainKey: string) =>
    (review.byDomain[domainKey]?.length ?? 0) + framework.domains.find((d) => d.key === domainKey)!.indicators.reduce((n, i) => n + (review.byIndicator[i.key]?.length ?? 0), 0);
  const unsupported = Object.fromEntries(
    framework.domains.map((d) => [d.key, d.indicators.filter((i) => support.get(i.key)?.flag).length]),
  );
  return {
    assessment: summary(assessment, todayInLondon()),
    framework: { title: framework.title, version: framework.version, key: framework.key },
    progress,
    unsupported,
    problems: submissionProblems(framework, assessment.ratings),
    may,
    /** Which indicators are answered (for how far assigned parts have got). */
    ratings: assessment.ratings.map((r) => ({ indicatorKey: r.indicatorKey, carriedOver: r.carriedOver })),
    review: {
      latestDecision: review.latestDecision,
      whole: review.whole,
      commentsByDomain: Object.fromEntries(framework.domains.map((d) => [d.key, commentsIn(d.key)])),
      approvedVersions: review.decisions.filter((d) => d.decision === "approved").map((d) => d.version),
      mayReview: can(user, { type: "assessment", ...facts }, "review") || can(user, { type: "assessment", ...facts }, "reopen") || user.role === "network_staff",
    },
  };
}

export interface ChoiceView {
  value: string;
  label: string;
  hint: string;
}

/** One domain's indicators, their current answers and what may be done: for the domain page. */
export async function domainPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, domainKey: string) {
  const { assessment, framework, may } = await loadAssessment(context, user, facts);
  const index = framework.domains.findIndex((d) => d.key === domainKey);
  const domain = framework.domains[index];
  if (!domain) notFound();
  const ratings = new Map(assessment.ratings.map((r) => [r.indicatorKey, r]));
  const previous = framework.domains[index - 1];
  const next = framework.domains[index + 1];
  const [support, actions, review] = await Promise.all([
    evidenceSupport(context, facts, assessment.ratings),
    actionsByIndicator(context, facts.organisation.id, framework),
    reviewNotesFor(context, user, facts),
  ]);
  return {
    // Actions and the evidence register are the organisation's: editors keep them whatever the assessment's state.
    mayChangeRecords: can(user, { type: "action", organisation: facts.organisation }, "edit"),
    assessment: summary(assessment, todayInLondon()),
    may,
    domain: { key: domain.key, title: domain.title, summary: domain.summary, number: index + 1, of: framework.domains.length },
    previous: previous ? { key: previous.key, title: previous.title } : null,
    next: next ? { key: next.key, title: next.title } : null,
    // A contributor sees only the indicators assigned to them.
    indicators: domain.indicators.filter((indicator) => mayReachIndicator(user, facts, domain.key, indicator.key)).map((indicator) => {
      const rating = ratings.get(indicator.key);
      return {
        key: indicator.key,
        title: indicator.title,
        statement: indicator.statement,
        guidance: indicator.guidance,
        choices: [
          ...indicator.levels.map((l): ChoiceView => ({ value: String(l.level), label: `${l.level} ${maturityLabel(l.level)}`, hint: l.descriptor })),
          { value: "not_applicable", label: "Not applicable", hint: "This does not apply to your partnership. It is left out of your scores." },
          { value: "dont_know", label: "Don't know", hint: "You cannot say yet. It is left out of your scores and counted separately." },
        ],
        stored: rating ? storedView(rating) : null,
        evidence: support.get(indicator.key)?.evidence ?? [],
        flag: support.get(indicator.key)?.flag ?? null,
        actions: actions.get(indicator.key) ?? [],
        comments: review.byIndicator[indicator.key] ?? [],
      };
    }),
    domainComments: review.byDomain[domain.key] ?? [],
    latestDecision: review.latestDecision,
    targets: MATURITY_SCALE.map((s) => ({ value: String(s.level), label: `${s.level} ${s.label}` })),
  };
}

export function storedView(rating: StoredRating) {
  return {
    answer: rating.answer,
    level: rating.level,
    targetLevel: rating.targetLevel,
    confidence: rating.confidence,
    rationale: rating.rationale,
    revision: rating.revision,
    carriedOver: rating.carriedOver,
    updatedAt: rating.updatedAt.toISOString(),
    updatedByName: rating.updatedByName,
  };
}
export type StoredRatingView = ReturnType<typeof storedView>;

/** What a rating says, in words: "3 Developing", "Not applicable", "Don't know". */
export function answerInWords(rating: { answer: string; level: number | null }): string {
  if (rating.answer === "level" && rating.level) return `${rating.level} ${maturityLabel(rating.level as MaturityLevel)}`;
  return rating.answer === "not_applicable" ? "Not applicable" : "Don't know";
}

/** Form values to the repository's changes; indicators left unanswered (no choice) are not saved. */
export function toRatingChanges(framework: Framework, domainKey: string | null, ratings: RatingFields[]): RatingChange[] | { error: string } {
  const allowed = new Set(
    framework.domains.filter((d) => domainKey === null || d.key === domainKey).flatMap((d) => d.indicators.map((i) => i.key)),
  );
  const changes: RatingChange[] = [];
  for (const r of ratings) {
    if (!allowed.has(r.indicatorKey)) return { error: "This page does not have that indicator: reload the page and try again." };
    if (r.choice === "") continue;
    const level = /^[1-5]$/.test(r.choice) ? Number(r.choice) : null;
    changes.push({
      indicatorKey: r.indicatorKey,
      expectedRevision: r.revision,
      answer: level !== null ? "level" : (r.choice as "not_applicable" | "dont_know"),
      level,
      targetLevel: level !== null && r.target !== "" ? Number(r.target) : null,
      confidence: r.confidence === "" ? null : (r.confidence as RatingChange["confidence"]),
      rationale: r.rationale,
      confirm: r.confirm,
    });
  }
  return changes;
}

/** Whether the person reaches this indicator: everyone who reaches the domain does, except a contributor, only their own. */
function mayReachIndicator(user: CurrentUser, facts: AssessmentFacts, domainKey: string, indicatorKey: string): boolean {
  if (!isContributor(user.role) || user.organisation.id !== facts.organisation.id) return true;
  return assignmentCovers(facts.assignedToActor, { kind: "indicator", domainKey, indicatorKey });
}

/** Saves a domain page's answers (or one indicator's, for autosave). */
export async function saveAnswers(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, domainKey: string, ratings: RatingFields[]) {
  const changes = toRatingChanges(frameworkOf(facts), domainKey, ratings);
  if ("error" in changes) return { ok: false as const, error: changes.error };
  if (changes.some((c) => !mayReachIndicator(user, facts, domainKey, c.indicatorKey))) {
    return { ok: false as const, error: "Some of these indicators are not assigned to you, so nothing was saved: reload the page to see your part." };
  }
  const outcome = await saveRatings(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, actor: auditActor(user), changes });
  if (!outcome.ok) return { ok: false as const, error: "This assessment can no longer be changed: it has been submitted or its round has closed. Reload the page to see it." };
  return {
    ok: true as const,
    savedAt: outcome.savedAt.toISOString(),
    saved: outcome.saved,
    conflicts: outcome.conflicts.map((c) => ({ indicatorKey: c.indicatorKey, theirs: c.revision === 0 ? null : storedView(c), revision: c.revision })),
  };
}

/** "Check your answers": every domain's answers in words, what is missing, and whether it can be submitted. */
export async function checkAnswersPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  const { assessment, framework, may } = await loadAssessment(context, user, facts);
  const ratings = new Map(assessment.ratings.map((r) => [r.indicatorKey, r]));
  const support = await evidenceSupport(context, facts, assessment.ratings);
  return {
    assessment: summary(assessment, todayInLondon()),
    may,
    problems: submissionProblems(framework, assessment.ratings),
    unsupported: [...support.values()].filter((s) => s.flag).length,
    domains: framework.domains.map((domain) => ({
      key: domain.key,
      title: domain.title,
      indicators: domain.indicators.map((indicator) => {
        const rating = ratings.get(indicator.key);
        return {
          key: indicator.key,
          title: indicator.title,
          answer: rating ? answerInWords(rating) : null,
          target: rating?.targetLevel ? `${rating.targetLevel} ${maturityLabel(rating.targetLevel as MaturityLevel)}` : null,
          confidence: rating?.confidence ? CONFIDENCE_LABELS[rating.confidence] : null,
          rationale: rating?.rationale ?? "",
          carriedOver: rating?.carriedOver ?? false,
          updatedByName: rating?.updatedByName ?? null,
          evidence: (support.get(indicator.key)?.evidence ?? []).map((e) => ({ id: e.id, title: e.title, strengthLabel: e.strengthLabel, expired: e.expired })),
          flag: support.get(indicator.key)?.flag ?? null,
        };
      }),
    })),
  };
}

export async function submit(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  const framework = frameworkOf(facts);
  return submitAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id, actor: auditActor(user) }, (ratings) => submissionProblems(framework, ratings));
}

export async function withdraw(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  return withdrawSubmission(context.db, { id: facts.id, organisationId: facts.organisation.id, actor: auditActor(user) });
}

/** One indicator's history: who changed it, when, from what to what. */
export async function historyPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts, indicatorKey: string) {
  const { assessment, framework } = await loadAssessment(context, user, facts);
  const domain = framework.domains.find((d) => d.indicators.some((i) => i.key === indicatorKey));
  const indicator = domain?.indicators.find((i) => i.key === indicatorKey);
  if (!domain || !indicator) notFound();
  const [events, independent] = await Promise.all([
    listRatingHistory(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, indicatorKey }),
    listIndependentRatingsOfIndicator(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, indicatorKey }),
  ]);
  const describe = (value: unknown) => {
    if (!value || typeof value !== "object") return null;
    const v = value as { answer: string; level: number | null; targetLevel: number | null; confidence: string | null; rationale: string };
    return {
      answer: answerInWords(v),
      target: v.targetLevel ? `${v.targetLevel} ${maturityLabel(v.targetLevel as MaturityLevel)}` : null,
      confidence: v.confidence ? CONFIDENCE_LABELS[v.confidence as keyof typeof CONFIDENCE_LABELS] ?? v.confidence : null,
      rationale: v.rationale ?? "",
    };
  };
  return {
    assessment: summary(assessment, todayInLondon()),
    domain: { key: domain.key, title: domain.title },
    indicator: { key: indicator.key, title: indicator.title },
    // Released independent ratings of this indicator, each with the agreed rating and its reason.
    independent: independent.map((r) => ({
      id: r.id,
      releasedAt: r.releasedAt!.toISOString(),
      ratings: r.ratings.map((x) => ({ name: x.name, answer: answerInWords(x), rationale: x.rationale })),
      agreed: r.agreedAnswer ? { answer: answerInWords({ answer: r.agreedAnswer, level: r.agreedLevel }), reason: r.reason ?? "", byName: r.agreedByName, at: r.agreedAt!.toISOString() } : null,
    })),
    events: events.map((e) => ({
      id: e.id,
      at: e.occurredAt.toISOString(),
      who: e.actorName || "Someone no longer in Hearth",
      action: e.action,
      before: describe(e.before),
      after: describe(e.after),
    })),
  };
}

/** The rounds of the person's organisation's framework, newest first, with its assessment in each. */
export async function organisationRounds(context: AppLoadContext, user: CurrentUser) {
  const frameworkKey = frameworkKeyFor(user.organisation.kind);
  if (!frameworkKey) return [];
  const rows = await listRoundsWithAssessment(context.db, { organisationId: user.organisation.id, regionKey: user.organisation.regionKey, frameworkKey });
  const today = todayInLondon();
  return rows.map((r) => {
    const framework = getFramework(frameworkKey, r.frameworkVersion);
    const total = framework ? framework.domains.reduce((n, d) => n + d.indicators.length, 0) : 0;
    return {
      roundId: r.roundId,
      name: r.name,
      roundStatus: r.roundStatus,
      dueOn: r.dueOn,
      late: r.roundStatus === "open" && r.status !== "submitted" && r.status !== "approved" && isLate(r.dueOn, today),
      assessmentId: r.assessmentId,
      status: r.status,
      statusLabel: r.status ? ASSESSMENT_STATUS_LABELS[r.status] : null,
      answered: r.answered ?? 0,
      total,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      mayStart: !r.assessmentId && can(user, { type: "round", regionKey: user.organisation.regionKey, status: r.roundStatus, audience: user.organisation.kind }, "start"),
    };
  });
}

/** A round the person may start their organisation's assessment in, with what the last round would carry over. */
export async function startPage(context: AppLoadContext, user: CurrentUser, roundId: string) {
  const round = await findRound(context.db, roundId);
  if (!round) notFound();
  const audience = (Object.keys(FRAMEWORK_OF_KIND) as OrganisationKind[]).find((kind) => FRAMEWORK_OF_KIND[kind] === round.frameworkKey);
  if (!audience) notFound();
  requireAccess(user, { type: "round", regionKey: round.regionKey, status: round.status, audience }, "start");
  const existing = await context.db
    .selectFrom("assessment")
    .where("round_id", "=", round.id)
    .where("organisation_id", "=", user.organisation.id)
    .select("id")
    .executeTakeFirst();
  const current = getFramework(round.frameworkKey, round.frameworkVersion)!;
  const previous = await findPreviousAssessment(context.db, { organisationId: user.organisation.id, frameworkKey: round.frameworkKey, beforeRoundId: round.id });
  const carry = previous ? carryOverAnswers(getFramework(round.frameworkKey, previous.frameworkVersion)!, current, previous.ratings) : null;
  return {
    round: { id: round.id, name: round.name, dueOn: round.dueOn, frameworkTitle: current.title, frameworkVersion: current.version },
    existingAssessmentId: existing?.id ?? null,
    previous: previous && carry ? { id: previous.id, roundName: previous.roundName, frameworkVersion: previous.frameworkVersion, carried: carry.carried.length, notCarried: carry.notCarried } : null,
    latestVersion: latestFramework(round.frameworkKey)?.version ?? current.version,
  };
}

/** Starts the assessment, blank or from the last round's answers; returns its id. */
export async function start(context: AppLoadContext, user: CurrentUser, roundId: string, from: "blank" | "previous") {
  const page = await startPage(context, user, roundId);
  if (page.existingAssessmentId) return page.existingAssessmentId;
  const round = (await findRound(context.db, roundId))!;
  return context.db.transaction().execute(async (trx) => {
    let carried: Parameters<typeof createAssessment>[1]["carried"] = [];
    let startedFromId: string | null = null;
    let keys = new Map<string, string>();
    if (from === "previous") {
      const previous = await findPreviousAssessment(trx, { organisationId: user.organisation.id, frameworkKey: round.frameworkKey, beforeRoundId: round.id });
      if (previous) {
        const carry = carryOverAnswers(getFramework(round.frameworkKey, previous.frameworkVersion)!, getFramework(round.frameworkKey, round.frameworkVersion)!, previous.ratings);
        carried = carry.carried;
        startedFromId = previous.id;
        keys = new Map(carry.carried.map((c) => [c.fromIndicatorKey, c.indicatorKey]));
      }
    }
    const created = await createAssessment(trx, { round, organisationId: user.organisation.id, actor: auditActor(user), startedFromId, carried });
    // Each carried answer keeps the evidence that stood behind it.
    if (created.created && startedFromId) await copyEvidenceLinks(trx, { fromAssessmentId: startedFromId, toAssessmentId: created.id, keys });
    return created.id;
  });
}
