/**
 * Server-only: network staff's review of assessments (the queue, the review page, comments, decisions, reopening,
 * what an approval recorded) and what the organisation sees of it (comments beside its answers, the latest decision).
 * Storage and the rules of state in db/reviews.ts.
 */
import type { AppLoadContext } from "@remix-run/node";
import { getFramework, maturityLabel, type Framework, type MaturityLevel } from "../assessment";
import { ASSESSMENT_STATUS_LABELS, CONFIDENCE_LABELS, EVIDENCE_STRENGTH_INFO, type Confidence, type EvidenceStrength } from "../assessment/browser";
import { getAssessment, type AssessmentAccessFacts } from "../db/assessments";
import { addReviewComment, decideReview, getApproval, getReviewRecord, listReviewQueue, reopenApproval } from "../db/reviews";
import { can, decide } from "./auth/access";
import { enforce, notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { answerInWords, auditActor, frameworkOf } from "./assessments.server";
import { todayInLondon } from "./dates";
import { evidenceSupport } from "./evidence.server";
import { placeNotes } from "./review-notes.server";

/** The region's review queue: waiting for review, returned and awaiting the organisation, recently approved. */
export async function reviewQueuePage(context: AppLoadContext, user: CurrentUser) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  const rows = await listReviewQueue(context.db, user.organisation.regionKey);
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    organisationName: r.organisationName,
    kind: r.organisationKind,
    roundName: r.roundName,
    dueOn: r.dueOn,
    status: r.status,
    statusLabel: ASSESSMENT_STATUS_LABELS[r.status],
    version: r.version,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submittedByName: r.submittedByName,
    reviewStartedAt: r.reviewStartedAt?.toISOString() ?? null,
    reviewStartedByName: r.reviewStartedByName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    decidedByName: r.decidedByName,
    draftComments: Number(r.draftComments ?? 0),
  });
  return {
    waiting: rows.filter((r) => r.status === "submitted").map(view),
    returned: rows.filter((r) => r.status === "returned").map(view),
    approved: rows.filter((r) => r.status === "approved").map(view),
  };
}

/** Everything a reviewer reads: each answer with its evidence and flags, the comments so far, and what may be decided. */
export async function reviewPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts) {
  const thing = { type: "assessment" as const, ...facts };
  const [assessment, record] = await Promise.all([
    getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id }),
    getReviewRecord(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id }),
  ]);
  if (!assessment || !record) notFound();
  const framework = frameworkOf(facts);
  const support = await evidenceSupport(context, facts, assessment.ratings);
  const ratings = new Map(assessment.ratings.map((r) => [r.indicatorKey, r]));
  const notes = placeNotes(record, true);
  const total = framework.domains.reduce((n, d) => n + d.indicators.length, 0);
  return {
    assessment: {
      id: assessment.id,
      organisationName: assessment.organisationName,
      roundName: assessment.roundName,
      roundStatus: assessment.roundStatus,
      status: assessment.status,
      statusLabel: ASSESSMENT_STATUS_LABELS[assessment.status],
      version: assessment.version,
      revision: record.revision,
      submittedAt: assessment.submittedAt?.toISOString() ?? null,
      submittedByName: assessment.submittedByName,
      answered: assessment.ratings.length,
      total,
      unsupported: [...support.values()].filter((s) => s.flag).length,
    },
    framework: { title: framework.title, version: framework.version },
    may: { review: can(user, thing, "review"), reopen: can(user, thing, "reopen") },
    notes,
    approvals: notes.decisions.filter((d) => d.decision === "approved").map((d) => ({ version: d.version, decidedAt: d.decidedAt })),
    domains: framework.domains.map((domain) => ({
      key: domain.key,
      title: domain.title,
      indicators: domain.indicators.map((indicator) => {
        const r = ratings.get(indicator.key);
        return {
          key: indicator.key,
          title: indicator.title,
          answer: r ? answerInWords(r) : "Not answered",
          target: r?.targetLevel ? `${r.targetLevel} ${maturityLabel(r.targetLevel as MaturityLevel)}` : "",
          confidence: r?.confidence ? CONFIDENCE_LABELS[r.confidence as Confidence] : "",
          rationale: r?.rationale ?? "",
          evidence: support.get(indicator.key)?.evidence ?? [],
          flag: support.get(indicator.key)?.flag ?? null,
        };
      }),
    })),
  };
}

/**
 * Whether network staff may review (or reopen) this assessment now. Someone who may not review at all gets 404 or 403
 * (thrown); network staff of the region whose assessment is no longer in the state for it get the reason, for the page
 * to show beside what they typed.
 */
export function reviewRefusal(user: CurrentUser, facts: AssessmentAccessFacts, ability: "review" | "reopen"): string | null {
  const thing = { type: "assessment" as const, ...facts };
  const decision = decide(user, thing, ability);
  if (decision.outcome === "allowed") return null;
  if (decision.outcome === "forbidden" && user.role === "network_staff" && can(user, thing, "read")) return decision.reason;
  enforce(decision);
  return null;
}

/** Where a comment may point: "assessment", "domain:<key>" or "indicator:<key>" of this assessment's framework. */
function placeOfComment(framework: Framework, about: string): { domainKey: string | null; indicatorKey: string | null } | null {
  if (about === "assessment") return { domainKey: null, indicatorKey: null };
  const [kind, key] = about.split(":", 2);
  if (kind === "domain" && framework.domains.some((d) => d.key === key)) return { domainKey: key!, indicatorKey: null };
  if (kind === "indicator") {
    const domain = framework.domains.find((d) => d.indicators.some((i) => i.key === key));
    if (domain) return { domainKey: domain.key, indicatorKey: key! };
  }
  return null;
}

export async function commentOnAssessment(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts, input: { about: string; body: string }) {
  requireAccess(user, { type: "assessment", ...facts }, "review");
  const place = placeOfComment(frameworkOf(facts), input.about);
  if (!place) return { ok: false as const, reason: "Choose what the comment is about." };
  return addReviewComment(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, ...place, body: input.body, actor: auditActor(user) });
}

export async function decideOnAssessment(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts, input: { decision: "approved" | "returned"; comment: string; revision: string }) {
  requireAccess(user, { type: "assessment", ...facts }, "review");
  return decideReview(context.db, {
    assessmentId: facts.id,
    organisationId: facts.organisation.id,
    decision: input.decision,
    comment: input.comment,
    expectedRevision: Number(input.revision),
    actor: auditActor(user),
  });
}

export async function reopenAssessment(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts, input: { reason: string }) {
  requireAccess(user, { type: "assessment", ...facts }, "reopen");
  return reopenApproval(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, reason: input.reason, actor: auditActor(user) });
}

/** What an approval recorded: the answers and evidence as they were, which nothing later changes. */
export async function approvalPage(context: AppLoadContext, facts: AssessmentAccessFacts, version: number) {
  const [approval, assessment] = await Promise.all([
    getApproval(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, version }),
    getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id }),
  ]);
  if (!approval || !assessment) notFound();
  // Approvals recorded before snapshots named their framework and evidence fall back to the assessment's own.
  const snapshot = { ...approval.snapshot, evidence: approval.snapshot.evidence ?? [], ratings: approval.snapshot.ratings ?? [] };
  const framework = getFramework(snapshot.frameworkKey ?? facts.frameworkKey, snapshot.frameworkVersion ?? facts.frameworkVersion);
  if (!framework) throw new Error("the approved framework version is not in this build");
  const ratings = new Map(snapshot.ratings.map((r) => [r.indicatorKey, r]));
  const today = todayInLondon();
  return {
    assessment: { id: assessment.id, organisationName: assessment.organisationName, roundName: assessment.roundName, currentVersion: assessment.version },
    version,
    approvedAt: approval.decidedAt.toISOString(),
    approvedByName: approval.decidedByName ?? "Someone no longer in Hearth",
    comment: approval.comment,
    framework: { title: framework.title, version: framework.version },
    domains: framework.domains.map((d) => ({
      key: d.key,
      title: d.title,
      indicators: d.indicators.map((i) => {
        const r = ratings.get(i.key);
        return {
          key: i.key,
          title: i.title,
          answer: r ? answerInWords(r) : "Not answered",
          rationale: r?.rationale ?? "",
          evidence: snapshot.evidence
            .filter((e) => e.indicatorKey === i.key)
            .map((e) => ({
              id: e.evidenceId,
              title: e.title,
              strengthLabel: (() => {
                const info = EVIDENCE_STRENGTH_INFO[e.strength as EvidenceStrength];
                return info ? `${info.code} ${info.label}` : e.strength;
              })(),
              datedOn: e.datedOn,
              reviewBy: e.reviewBy,
              /** Past its review date now; it was current when approved unless the approval says otherwise. */
              expiredSince: e.reviewBy < today,
            })),
        };
      }),
    })),
  };
}
