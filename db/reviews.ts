import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { OrganisationKind } from "../assessment/vocabulary";
import { recordAudit, type Actor } from "./audit";
import { notifyOrganisations } from "./notifications";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Network staff's review of submitted assessments: comments on a domain, an indicator or the whole assessment, and a
 * decision — returned for changes, or approved with a snapshot of the answers and evidence at that moment. An approval
 * never changes (a database trigger refuses it); reopening one makes a new version of the assessment and is recorded.
 *
 * The partnership sees comments once a decision has been made on them, so reviewers can draft as they read.
 */

/** How long approved assessments stay in the queue's "recently decided" list. */
export const RECENTLY_DECIDED_DAYS = 60;

/** The region's assessments waiting for review, returned and awaiting the organisation, and recently approved: one query. */
export async function listReviewQueue(db: Db, regionKey: string, now = new Date()) {
  const since = new Date(now.getTime() - RECENTLY_DECIDED_DAYS * 86_400_000);
  return db
    .selectFrom("assessment as a")
    .innerJoin("organisation as o", "o.id", "a.organisation_id")
    .innerJoin("round as r", "r.id", "a.round_id")
    .leftJoin("person as submitter", "submitter.id", "a.submitted_by")
    .leftJoin("person as reviewer", "reviewer.id", "a.review_started_by")
    .leftJoin("person as decider", "decider.id", "a.decided_by")
    .where("o.region_key", "=", regionKey)
    .where("o.archived_at", "is", null)
    .where((eb) => eb.or([eb("a.status", "in", ["submitted", "returned"]), eb.and([eb("a.status", "=", "approved"), eb("a.decided_at", ">", since)])]))
    .select((eb) => [
      "a.id",
      "a.status",
      "a.version",
      "a.submitted_at as submittedAt",
      "a.review_started_at as reviewStartedAt",
      "a.decided_at as decidedAt",
      "o.id as organisationId",
      "o.name as organisationName",
      "o.kind as organisationKind",
      "r.name as roundName",
      "r.due_on as dueOn",
      "submitter.name as submittedByName",
      "reviewer.name as reviewStartedByName",
      "decider.name as decidedByName",
      eb
        .selectFrom("review_comment as c")
        .whereRef("c.assessment_id", "=", "a.id")
        .whereRef("c.assessment_version", "=", "a.version")
        .where((e) => e.or([e("a.decided_at", "is", null), e("c.created_at", ">", e.ref("a.decided_at"))]))
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("draftComments"),
    ])
    .orderBy(sql`case a.status when 'submitted' then 0 when 'returned' then 1 else 2 end`)
    .orderBy("a.submitted_at")
    .orderBy("o.name")
    .execute();
}
export type ReviewQueueRow = Awaited<ReturnType<typeof listReviewQueue>>[number];

/** An assessment's review record: every comment and decision, oldest first, with names (no snapshots): one query. */
export async function getReviewRecord(db: Db, { assessmentId, organisationId }: { assessmentId: string; organisationId: string }) {
  const row = await db
    .selectFrom("assessment as a")
    .where("a.id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .select((eb) => [
      "a.version",
      "a.status",
      "a.revision",
      jsonArrayFrom(
        eb
          .selectFrom("review_comment as c")
          .leftJoin("person as p", "p.id", "c.author_id")
          .whereRef("c.assessment_id", "=", "a.id")
          .select(["c.id", "c.assessment_version as version", "c.domain_key as domainKey", "c.indicator_key as indicatorKey", "c.body", "p.name as authorName", "c.created_at as createdAt"])
          .orderBy("c.created_at")
          .orderBy("c.id"),
      ).as("comments"),
      jsonArrayFrom(
        eb
          .selectFrom("review_decision as d")
          .leftJoin("person as p", "p.id", "d.decided_by")
          .whereRef("d.assessment_id", "=", "a.id")
          .select(["d.id", "d.assessment_version as version", "d.decision", "d.comment", "p.name as decidedByName", "d.decided_at as decidedAt"])
          .orderBy("d.decided_at")
          .orderBy("d.id"),
      ).as("decisions"),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  // JSON turns timestamps into strings.
  return {
    version: row.version,
    status: row.status,
    revision: row.revision,
    comments: (row.comments as unknown as ReviewCommentView[]).map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
    decisions: (row.decisions as unknown as ReviewDecisionView[]).map((d) => ({ ...d, decidedAt: new Date(d.decidedAt) })),
  };
}

export interface ReviewCommentView {
  id: string;
  version: number;
  domainKey: string | null;
  indicatorKey: string | null;
  body: string;
  authorName: string | null;
  createdAt: Date;
}
export interface ReviewDecisionView {
  id: string;
  version: number;
  decision: "returned" | "approved" | "reopened";
  comment: string;
  decidedByName: string | null;
  decidedAt: Date;
}
export type ReviewRecord = NonNullable<Awaited<ReturnType<typeof getReviewRecord>>>;

/** The comments the organisation may see: those made before the latest decision (drafts stay with the reviewers). */
export function sharedComments(record: Pick<ReviewRecord, "comments" | "decisions">): ReviewCommentView[] {
  const last = record.decisions.at(-1);
  if (!last) return [];
  return record.comments.filter((c) => c.createdAt.getTime() <= last.decidedAt.getTime());
}

export type ReviewOutcome = { ok: true } | { ok: false; reason: string };


async function lockAssessment(trx: Db, assessmentId: string, organisationId: string) {
  return trx
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .innerJoin("organisation as o", "o.id", "a.organisation_id")
    .where("a.id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .select(["a.status", "a.version", "a.revision", "a.review_started_at as reviewStartedAt", "a.framework_key as frameworkKey", "a.framework_version as frameworkVersion", "r.name as roundName", "r.status as roundStatus", "o.kind"])
    .forUpdate("a")
    .executeTakeFirst();
}

const assessmentLink = (id: string, kind: OrganisationKind) => (kind === "partnership" || kind === "provider" ? `/assessments/${id}` : "/");

/** A reviewer's comment on the whole assessment, a domain or an indicator. The first comment starts the review. */
export async function addReviewComment(
  db: Db,
  input: { assessmentId: string; organisationId: string; domainKey: string | null; indicatorKey: string | null; body: string; actor: Actor; at?: Date },
): Promise<ReviewOutcome> {
  return inTransaction(db, async (trx) => {
    const state = await lockAssessment(trx, input.assessmentId, input.organisationId);
    if (!state) return { ok: false as const, reason: "not-found" };
    if (state.status !== "submitted") return { ok: false as const, reason: "Only a submitted assessment can be commented on." };
    const now = input.at ?? new Date();
    const comment = await trx
      .insertInto("review_comment")
      .values({ assessment_id: input.assessmentId, assessment_version: state.version, domain_key: input.domainKey, indicator_key: input.indicatorKey, body: input.body, author_id: input.actor.personId, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (!state.reviewStartedAt) {
      await trx.updateTable("assessment").set({ review_started_at: now, review_started_by: input.actor.personId }).where("id", "=", input.assessmentId).execute();
    }
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "review-comment-added",
      after: { commentId: comment.id, domainKey: input.domainKey, indicatorKey: input.indicatorKey, body: input.body },
      at: now,
    });
    return { ok: true as const };
  });
}

/** What an approval keeps: every answer and the evidence linked to each, as they were. */
export interface ApprovalSnapshot {
  frameworkKey: string;
  frameworkVersion: number;
  ratings: {
    indicatorKey: string;
    answer: string;
    level: number | null;
    targetLevel: number | null;
    confidence: string | null;
    rationale: string;
    updatedAt: string;
  }[];
  evidence: {
    indicatorKey: string;
    evidenceId: string;
    title: string;
    kind: string;
    url: string | null;
    fileName: string | null;
    strength: string;
    datedOn: string;
    reviewBy: string;
  }[];
}

async function takeSnapshot(trx: Db, assessmentId: string, organisationId: string, framework: { key: string; version: number }): Promise<ApprovalSnapshot> {
  const [ratings, evidence] = await Promise.all([
    trx
      .selectFrom("rating")
      .where("assessment_id", "=", assessmentId)
      .select(["indicator_key as indicatorKey", "answer", "level", "target_level as targetLevel", "confidence", "rationale", "updated_at as updatedAt"])
      .orderBy("indicator_key")
      .execute(),
    trx
      .selectFrom("evidence_link as l")
      .innerJoin("evidence as e", "e.id", "l.evidence_id")
      .leftJoin("evidence_file as f", "f.id", "e.file_id")
      .where("l.assessment_id", "=", assessmentId)
      .where("e.organisation_id", "=", organisationId)
      .select(["l.indicator_key as indicatorKey", "e.id as evidenceId", "e.title", "e.kind", "e.url", "f.file_name as fileName", "e.strength", "e.dated_on as datedOn", "e.review_by as reviewBy"])
      .orderBy("l.indicator_key")
      .orderBy("e.title")
      .execute(),
  ]);
  return {
    frameworkKey: framework.key,
    frameworkVersion: framework.version,
    ratings: ratings.map((r) => ({ ...r, rationale: r.rationale ?? "", updatedAt: new Date(r.updatedAt).toISOString() })),
    evidence: evidence.map((e) => ({ ...e, datedOn: String(e.datedOn), reviewBy: String(e.reviewBy) })),
  };
}

/**
 * Returns a submitted assessment for changes, or approves it. Both need the revision the reviewer saw (so a withdrawal
 * or another reviewer's decision in the meantime is not overridden) and tell the organisation.
 */
export async function decideReview(
  db: Db,
  input: { assessmentId: string; organisationId: string; decision: "returned" | "approved"; comment: string; expectedRevision: number; actor: Actor; at?: Date },
): Promise<ReviewOutcome> {
  return inTransaction(db, async (trx) => {
    const state = await lockAssessment(trx, input.assessmentId, input.organisationId);
    if (!state) return { ok: false as const, reason: "not-found" };
    if (state.status !== "submitted") return { ok: false as const, reason: "This assessment is no longer waiting for review: someone has decided on it or it was withdrawn." };
    if (state.revision !== input.expectedRevision) return { ok: false as const, reason: "This assessment changed while you were reviewing it: look at it again before deciding." };
    // A returned assessment in a closed round could never be changed or submitted again: it can only be approved.
    if (input.decision === "returned" && state.roundStatus !== "open") return { ok: false as const, reason: "The round has closed, so the organisation could not change its answers: approve the assessment, or leave it undecided." };
    const now = input.at ?? new Date();
    const snapshot = input.decision === "approved" ? await takeSnapshot(trx, input.assessmentId, input.organisationId, { key: state.frameworkKey, version: state.frameworkVersion }) : null;
    await trx
      .insertInto("review_decision")
      .values({
        assessment_id: input.assessmentId,
        assessment_version: state.version,
        decision: input.decision,
        comment: input.comment,
        snapshot: snapshot ? JSON.stringify(snapshot) : null,
        decided_by: input.actor.personId,
        decided_at: now,
      })
      .execute();
    await trx
      .updateTable("assessment")
      .set((eb) => ({
        status: input.decision,
        decided_at: now,
        decided_by: input.actor.personId,
        // A returned assessment is the organisation's again; its next submission is reviewed afresh.
        ...(input.decision === "returned" ? { review_started_at: null, review_started_by: null } : {}),
        updated_at: now,
        revision: eb("revision", "+", 1),
      }))
      .where("id", "=", input.assessmentId)
      .execute();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: input.decision === "approved" ? "assessment-approved" : "assessment-returned",
      before: { status: state.status },
      after: { status: input.decision, version: state.version, comment: input.comment },
      at: now,
    });
    await notifyOrganisations(trx, [input.organisationId], {
      kind: input.decision === "approved" ? "assessment-approved" : "assessment-returned",
      title: input.decision === "approved" ? `Your ${state.roundName} assessment was approved` : `Your ${state.roundName} assessment was returned for changes`,
      link: assessmentLink(input.assessmentId, state.kind),
      at: now,
    });
    return { ok: true as const };
  });
}

/**
 * Reopens an approved assessment in an open round: the approval stays as it was, and the assessment becomes a new
 * version the organisation can change and submit again.
 */
export async function reopenApproval(db: Db, input: { assessmentId: string; organisationId: string; reason: string; actor: Actor; at?: Date }): Promise<ReviewOutcome> {
  return inTransaction(db, async (trx) => {
    const state = await lockAssessment(trx, input.assessmentId, input.organisationId);
    if (!state) return { ok: false as const, reason: "not-found" };
    if (state.status !== "approved") return { ok: false as const, reason: "Only an approved assessment can be reopened." };
    if (state.roundStatus !== "open") return { ok: false as const, reason: "The round has closed: an approval in a closed round stays as it is." };
    const now = input.at ?? new Date();
    await trx
      .insertInto("review_decision")
      .values({ assessment_id: input.assessmentId, assessment_version: state.version, decision: "reopened", comment: input.reason, decided_by: input.actor.personId, decided_at: now })
      .execute();
    await trx
      .updateTable("assessment")
      .set((eb) => ({
        status: "returned",
        version: eb("version", "+", 1),
        review_started_at: null,
        review_started_by: null,
        decided_at: now,
        decided_by: input.actor.personId,
        updated_at: now,
        revision: eb("revision", "+", 1),
      }))
      .where("id", "=", input.assessmentId)
      .execute();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "assessment-reopened",
      before: { status: "approved", version: state.version },
      after: { status: "returned", version: state.version + 1, reason: input.reason },
      at: now,
    });
    await notifyOrganisations(trx, [input.organisationId], {
      kind: "assessment-reopened",
      title: `Your approved ${state.roundName} assessment was reopened for changes`,
      link: assessmentLink(input.assessmentId, state.kind),
      at: now,
    });
    return { ok: true as const };
  });
}

/** What an approval recorded, for one version of an assessment. */
export async function getApproval(db: Db, { assessmentId, organisationId, version }: { assessmentId: string; organisationId: string; version: number }) {
  const row = await db
    .selectFrom("review_decision as d")
    .innerJoin("assessment as a", "a.id", "d.assessment_id")
    .leftJoin("person as p", "p.id", "d.decided_by")
    .where("d.assessment_id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .where("d.assessment_version", "=", version)
    .where("d.decision", "=", "approved")
    .select(["d.comment", "d.snapshot", "d.decided_at as decidedAt", "p.name as decidedByName"])
    .executeTakeFirst();
  if (!row) return undefined;
  return { ...row, snapshot: (typeof row.snapshot === "string" ? JSON.parse(row.snapshot) : row.snapshot) as ApprovalSnapshot };
}
