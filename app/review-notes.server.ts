/**
 * Server-only: a review's comments and decisions as the pages show them, placed beside what they are about, for the
 * person asking (network staff see comments not yet shared; the organisation sees those a decision has been made on).
 */
import type { AppLoadContext } from "@remix-run/node";
import { getReviewRecord, sharedComments, type ReviewCommentView, type ReviewDecisionView, type ReviewRecord } from "../db/reviews";
import type { AssessmentAccessFacts } from "../db/assessments";
import type { CurrentUser } from "./auth/session.server";
import { notFound } from "./auth/access.server";

const DECISION_WORDS: Record<ReviewDecisionView["decision"], string> = { approved: "Approved", returned: "Returned for changes", reopened: "Approval reopened" };

function commentView(c: ReviewCommentView, currentVersion: number, shared: boolean) {
  return {
    id: c.id,
    body: c.body,
    authorName: c.authorName ?? "Someone no longer in Hearth",
    createdAt: c.createdAt.toISOString(),
    earlierVersion: c.version < currentVersion ? c.version : null,
    /** Made since the last decision: network staff see it, the organisation not yet. */
    draft: !shared,
  };
}
export type ReviewCommentItem = ReturnType<typeof commentView>;

function decisionView(d: ReviewDecisionView) {
  return { id: d.id, decision: d.decision, words: DECISION_WORDS[d.decision], comment: d.comment, version: d.version, decidedByName: d.decidedByName ?? "Someone no longer in Hearth", decidedAt: d.decidedAt.toISOString() };
}
export type ReviewDecisionItem = ReturnType<typeof decisionView>;

/** A review's comments placed where they belong: on the whole assessment, a domain or an indicator. */
export interface ReviewNotes {
  whole: ReviewCommentItem[];
  byDomain: Record<string, ReviewCommentItem[]>;
  byIndicator: Record<string, ReviewCommentItem[]>;
  decisions: ReviewDecisionItem[];
  latestDecision: ReviewDecisionItem | null;
}

/** The comments a person may see (network staff: all; the organisation: those a decision has been made on), placed. */
export function placeNotes(record: ReviewRecord, forStaff: boolean): ReviewNotes {
  const shared = new Set(sharedComments(record).map((c) => c.id));
  const visible = forStaff ? record.comments : record.comments.filter((c) => shared.has(c.id));
  const notes: ReviewNotes = { whole: [], byDomain: {}, byIndicator: {}, decisions: record.decisions.map(decisionView), latestDecision: null };
  notes.latestDecision = notes.decisions.at(-1) ?? null;
  for (const c of visible) {
    const item = commentView(c, record.version, shared.has(c.id));
    if (c.indicatorKey) (notes.byIndicator[c.indicatorKey] ??= []).push(item);
    else if (c.domainKey) (notes.byDomain[c.domainKey] ??= []).push(item);
    else notes.whole.push(item);
  }
  return notes;
}

/** For the task list and the domain pages: the review so far, as this person may see it. One query. */
export async function reviewNotesFor(context: AppLoadContext, user: CurrentUser, facts: AssessmentAccessFacts): Promise<ReviewNotes> {
  const record = await getReviewRecord(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id });
  if (!record) notFound();
  return placeNotes(record, user.role === "network_staff");
}

