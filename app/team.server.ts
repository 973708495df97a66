/**
 * Server-only: working as a team on an assessment (docs/decisions/024). Assigning domains or indicators to
 * colleagues, what the task list and home page say about who has what, and independent ratings with the agreed
 * rating. Route modules call these after authorising (requireAssessment, requireRatingRequest).
 */
import type { AppLoadContext } from "@remix-run/node";
import { compareIndependentRatings, everyoneHasRated, getFramework, maturityLabel, partProgress, partTitle, type Framework, type MaturityLevel } from "../assessment";
import { ROLE_LABELS } from "../assessment/browser";
import { getAssessment } from "../db/assessments";
import { notifyPeople } from "../db/notifications";
import { assignPart, listAssignablePeople, listAssignments, listAssignmentsOfPerson, removeAssignment, type AssignmentRow } from "../db/assignments";
import {
  closeRatingRequest,
  createRatingRequest,
  getRatingRequest,
  listRatingRequests,
  listRatingRequestsOfRater,
  recordAgreedRating,
  saveIndependentRatings,
  type RatingRequest,
} from "../db/consensus";
import { can, isContributor } from "./auth/access";
import { notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { auditActor, frameworkOf, type AssessmentFacts } from "./assessments.server";
import { todayInLondon } from "./dates";
import { answerToChoice, choiceToAnswer, type AnswerChoice } from "./forms/team-choices";

/** A part as a form value: "domain:<key>" or "indicator:<key>". */
export function partValue(a: { domainKey: string | null; indicatorKey: string | null }): string {
  return a.domainKey ? `domain:${a.domainKey}` : `indicator:${a.indicatorKey}`;
}

function answerWords(answer: { answer: string; level: number | null } | null): string {
  if (!answer) return "Not rated";
  if (answer.answer === "level" && answer.level) return `${answer.level} ${maturityLabel(answer.level as MaturityLevel)}`;
  return answer.answer === "not_applicable" ? "Not applicable" : "Don't know";
}

/** Each assignment of an assessment with how far it has got: for the task list and the team page. */
function assignmentViews(framework: Framework, assignments: readonly AssignmentRow[], ratings: readonly { indicatorKey: string; carriedOver: boolean }[], today: string) {
  return assignments.map((a) => {
    const progress = partProgress(framework, a, ratings, today);
    return {
      id: a.id,
      part: partValue(a),
      domainKey: a.domainKey ?? framework.domains.find((d) => d.indicators.some((i) => i.key === a.indicatorKey))?.key ?? null,
      indicatorKey: a.indicatorKey,
      title: partTitle(framework, a),
      personId: a.personId,
      personName: a.personName,
      dueOn: a.dueOn,
      answered: progress.answered,
      total: progress.indicatorKeys.length,
      done: progress.done,
      overdue: progress.overdue,
    };
  });
}
export type AssignmentView = ReturnType<typeof assignmentViews>[number];

/**
 * What the task list says about the team: who has each domain (or indicators in it) and what is overdue; for a
 * contributor, only their own parts. One query.
 */
export async function taskListTeam(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, ratings: readonly { indicatorKey: string; carriedOver: boolean }[]) {
  const framework = frameworkOf(facts);
  const rows = await listAssignments(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id });
  const views = assignmentViews(framework, rows, ratings, todayInLondon());
  const contributor = isContributor(user.role) && user.organisation.id === facts.organisation.id;
  const shown = contributor ? views.filter((v) => v.personId === user.personId) : views;
  return {
    contributor,
    mayAssign: can(user, { type: "assessment", ...facts, part: undefined }, "edit"),
    assignments: shown,
    byDomain: Object.fromEntries(framework.domains.map((d) => [d.key, shown.filter((v) => v.domainKey === d.key)])),
    overdue: shown.filter((v) => v.overdue).length,
  };
}

/** The lead's team page: what is assigned to whom, the people who can be given parts, and independent ratings. */
export async function teamPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts) {
  const framework = frameworkOf(facts);
  const [assessment, rows, people, requests] = await Promise.all([
    getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id }),
    listAssignments(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id }),
    listAssignablePeople(context.db, facts.organisation.id),
    listRatingRequests(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id }),
  ]);
  if (!assessment) notFound();
  const today = todayInLondon();
  const total = (domainKey: string) => framework.domains.find((d) => d.key === domainKey)?.indicators.length ?? 0;
  return {
    assessment: { id: assessment.id, roundName: assessment.roundName, organisationName: assessment.organisationName, frameworkTitle: framework.title },
    mayChange: can(user, { type: "assessment", ...facts, part: undefined }, "edit"),
    assignments: assignmentViews(framework, rows, assessment.ratings, today),
    parts: framework.domains.flatMap((d, n) => [
      { value: `domain:${d.key}`, label: `${n + 1}. ${d.title}: the whole domain` },
      ...d.indicators.map((i) => ({ value: `indicator:${i.key}`, label: `${n + 1}. ${d.title}: ${i.title}` })),
    ]),
    domains: framework.domains.map((d, n) => ({ value: d.key, label: `${n + 1}. ${d.title}` })),
    people: people.map((p) => ({ value: p.personId, label: `${p.name} (${ROLE_LABELS[p.role]})` })),
    requests: requests.map((r) => ({
      id: r.id,
      domainTitle: framework.domains.find((d) => d.key === r.domainKey)?.title ?? r.domainKey,
      createdAt: r.createdAt.toISOString(),
      requestedByName: r.requestedByName,
      released: r.releasedAt !== null,
      raters: r.raters.map((x) => ({ name: x.name, rated: Number(x.rated), of: total(r.domainKey) })),
    })),
  };
}

export type TeamOutcome = { ok: true; message: string } | { ok: false; field: string; reason: string };

export async function assign(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, input: { part: string; personId: string; dueOn: string | null }): Promise<TeamOutcome> {
  const framework = frameworkOf(facts);
  const [kind, key] = input.part.split(":") as ["domain" | "indicator", string];
  const scope = kind === "domain" ? { domainKey: key } : { indicatorKey: key };
  const outcome = await assignPart(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, scope, personId: input.personId, dueOn: input.dueOn, actor: auditActor(user) });
  if (!outcome.ok) return { ok: false, field: "personId", reason: "They can no longer be given work here: choose someone else." };
  const title = partTitle(framework, { domainKey: scope.domainKey ?? null, indicatorKey: scope.indicatorKey ?? null });
  if (input.personId !== user.personId) {
    const domainKey = scope.domainKey ?? framework.domains.find((d) => d.indicators.some((i) => i.key === scope.indicatorKey))?.key;
    await notifyPeople(context.db, [input.personId], { kind: "work-assigned", title: `${user.name} asked you to answer ${title}`, link: `/assessments/${facts.id}/domains/${domainKey}` });
  }
  return { ok: true, message: `${title} is assigned.` };
}

export async function unassign(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, assignmentId: string): Promise<TeamOutcome> {
  const removed = /^[0-9a-f-]{36}$/i.test(assignmentId) && (await removeAssignment(context.db, { assignmentId, assessmentId: facts.id, organisationId: facts.organisation.id, actor: auditActor(user) }));
  return removed ? { ok: true, message: "The assignment was taken back." } : { ok: false, field: "form", reason: "That assignment has already been taken back or handed to someone else." };
}

export async function requestRatings(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, input: { domainKey: string; raterIds: string[] }) {
  const outcome = await createRatingRequest(context.db, { assessmentId: facts.id, organisationId: facts.organisation.id, domainKey: input.domainKey, raterIds: input.raterIds, actor: auditActor(user) });
  if (!outcome.ok) {
    return outcome.problem === "already-open"
      ? { ok: false as const, field: "domainKey", reason: "This domain is already being rated independently: close that rating first." }
      : { ok: false as const, field: "raterIds", reason: "Some of the people chosen can no longer rate here: choose again." };
  }
  const domainTitle = frameworkOf(facts).domains.find((d) => d.key === input.domainKey)?.title ?? input.domainKey;
  await notifyPeople(context.db, input.raterIds.filter((id) => id !== user.personId), {
    kind: "ratings-asked",
    title: `${user.name} asked you to rate ${domainTitle} on your own`,
    link: `/assessments/${facts.id}/ratings/${outcome.id}`,
  });
  return { ok: true as const, id: outcome.id };
}

/** The independent ratings the person has been asked for and that are still open: for their home page. */
export async function myRatingRequests(context: AppLoadContext, user: CurrentUser) {
  const rows = await listRatingRequestsOfRater(context.db, { personId: user.personId, organisationId: user.organisation.id });
  return rows.flatMap((r) => {
    const domain = getFramework(r.frameworkKey, r.frameworkVersion)?.domains.find((d) => d.key === r.domainKey);
    if (!domain) return [];
    return [{ id: r.id, roundName: r.roundName, title: domain.title, rated: Number(r.rated), of: domain.indicators.length, href: `/assessments/${r.assessmentId}/ratings/${r.id}` }];
  });
}

/** What is assigned to the person across their organisation's open assessments: for their home page. */
export async function myAssignments(context: AppLoadContext, user: CurrentUser) {
  const rows = await listAssignmentsOfPerson(context.db, { personId: user.personId, organisationId: user.organisation.id });
  const today = todayInLondon();
  return rows.flatMap((r) => {
    const framework = getFramework(r.frameworkKey, r.frameworkVersion);
    if (!framework) return [];
    const progress = partProgress(framework, r, r.ratings, today);
    const href = r.domainKey
      ? `/assessments/${r.assessmentId}/domains/${r.domainKey}`
      : `/assessments/${r.assessmentId}/domains/${framework.domains.find((d) => d.indicators.some((i) => i.key === r.indicatorKey))?.key ?? ""}`;
    return [{ id: r.id, roundName: r.roundName, title: partTitle(framework, r), dueOn: r.dueOn, overdue: progress.overdue, done: progress.done, href, status: r.status }];
  });
}

// Independent ratings ----------------------------------------------------------------------------------------

/** The request, when this person may do this to it; 404 or 403 otherwise. */
export async function requireRatingRequest(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, requestId: string, ability: "read" | "edit" | "administer") {
  const request = await getRatingRequest(context.db, { requestId, assessmentId: facts.id, organisationId: facts.organisation.id });
  if (!request) notFound();
  const thing = ratingRequestThing(facts, request, user);
  requireAccess(user, thing, ability);
  return request;
}

function ratingRequestThing(facts: AssessmentFacts, request: RatingRequest, user: CurrentUser) {
  return {
    type: "rating-request" as const,
    assessment: { type: "assessment" as const, ...facts, part: undefined },
    isRater: request.raters.some((r) => r.personId === user.personId),
    released: request.releasedAt !== null,
  };
}

/**
 * The independent ratings page. Before release a rater sees and changes only their own ratings, and everyone sees
 * only who has rated how much; after release everyone who may read it sees each rating, where they agree and differ,
 * and the agreed ratings.
 */
export async function ratingRequestPage(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, request: RatingRequest) {
  const framework = frameworkOf(facts);
  const domain = framework.domains.find((d) => d.key === request.domainKey);
  if (!domain) notFound();
  const assessment = await getAssessment(context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!assessment) notFound();
  const thing = ratingRequestThing(facts, request, user);
  const released = request.releasedAt !== null;
  const indicatorKeys = domain.indicators.map((i) => i.key);
  const raterIds = request.raters.map((r) => r.personId);
  const answers = request.ratings.map((r) => ({ ...r, answer: r.answer, level: r.level }));
  const mine = new Map(request.ratings.filter((r) => r.personId === user.personId).map((r) => [r.indicatorKey, r]));
  const current = new Map(assessment.ratings.map((r) => [r.indicatorKey, r]));
  const outcomes = new Map(request.outcomes.map((o) => [o.indicatorKey, o]));
  const comparison = released ? compareIndependentRatings(indicatorKeys, raterIds, answers) : [];
  const choices = [
    ...[1, 2, 3, 4, 5].map((level) => ({ value: String(level), label: `${level} ${maturityLabel(level as MaturityLevel)}` })),
    { value: "not_applicable", label: "Not applicable" },
    { value: "dont_know", label: "Don't know" },
  ];
  return {
    assessment: { id: assessment.id, roundName: assessment.roundName, organisationName: assessment.organisationName },
    request: {
      id: request.id,
      domainTitle: domain.title,
      requestedByName: request.requestedByName,
      createdAt: request.createdAt.toISOString(),
      released,
      releasedAt: request.releasedAt?.toISOString() ?? null,
      releasedByName: request.releasedByName,
      complete: everyoneHasRated(indicatorKeys, raterIds, answers),
    },
    raters: request.raters.map((r) => ({ name: r.name, rated: request.ratings.filter((x) => x.personId === r.personId).length, of: indicatorKeys.length })),
    may: { rate: can(user, thing, "edit"), administer: can(user, thing, "administer") },
    choices,
    indicators: domain.indicators.map((indicator, n) => {
      const row = comparison[n];
      const stored = current.get(indicator.key);
      const outcome = outcomes.get(indicator.key);
      return {
        key: indicator.key,
        title: indicator.title,
        statement: indicator.statement,
        mine: mine.has(indicator.key) ? { choice: answerToChoice(mine.get(indicator.key)!), rationale: mine.get(indicator.key)!.rationale } : null,
        current: { words: stored ? answerWords(stored) : "Not answered yet", revision: stored?.revision ?? 0 },
        compared: row
          ? {
              agreed: row.agreed,
              spread: row.spread,
              differentKinds: row.differentKinds,
              suggested: row.suggested ? answerToChoice(row.suggested) : ("" as AnswerChoice | ""),
              each: request.raters.map((r, i) => ({
                name: r.name,
                words: answerWords(row.answers[i] ?? null),
                rationale: request.ratings.find((x) => x.personId === r.personId && x.indicatorKey === indicator.key)?.rationale ?? "",
              })),
            }
          : null,
        agreed: outcome ? { words: answerWords(outcome), reason: outcome.reason, byName: outcome.agreedByName, at: String(outcome.agreedAt), choice: answerToChoice(outcome) } : null,
      };
    }),
  };
}

export async function saveMyRatings(
  context: AppLoadContext,
  user: CurrentUser,
  facts: AssessmentFacts,
  request: RatingRequest,
  ratings: { indicatorKey: string; choice?: AnswerChoice | ""; rationale?: string }[],
) {
  const framework = frameworkOf(facts);
  const indicatorKeys = framework.domains.find((d) => d.key === request.domainKey)?.indicators.map((i) => i.key) ?? [];
  if (ratings.some((r) => !indicatorKeys.includes(r.indicatorKey))) return { ok: false as const, reason: "This page does not have that indicator: reload the page and try again." };
  const given = ratings.filter((r) => r.choice).map((r) => ({ indicatorKey: r.indicatorKey, ...choiceToAnswer(r.choice as AnswerChoice), rationale: r.rationale ?? "" }));
  const cleared = ratings.filter((r) => !r.choice).map((r) => r.indicatorKey);
  const outcome = await saveIndependentRatings(context.db, { requestId: request.id, organisationId: facts.organisation.id, actor: auditActor(user), ratings: given, cleared, indicatorKeys });
  if (!outcome.ok) return { ok: false as const, reason: outcome.problem === "released" ? "The ratings were released while you were rating, so yours can no longer change. Reload the page to see everyone's." : "You are not one of the people asked to rate." };
  return { ok: true as const, released: outcome.released };
}

export async function closeRating(context: AppLoadContext, user: CurrentUser, facts: AssessmentFacts, request: RatingRequest) {
  return closeRatingRequest(context.db, { requestId: request.id, assessmentId: facts.id, organisationId: facts.organisation.id, actor: auditActor(user) });
}

export async function agree(
  context: AppLoadContext,
  user: CurrentUser,
  facts: AssessmentFacts,
  request: RatingRequest,
  input: { indicatorKey: string; choice: AnswerChoice; reason: string; revision: number },
) {
  const framework = frameworkOf(facts);
  if (!framework.domains.find((d) => d.key === request.domainKey)?.indicators.some((i) => i.key === input.indicatorKey)) {
    return { ok: false as const, reason: "This page does not have that indicator: reload the page and try again." };
  }
  const outcome = await recordAgreedRating(context.db, {
    requestId: request.id,
    assessmentId: facts.id,
    organisationId: facts.organisation.id,
    indicatorKey: input.indicatorKey,
    ...choiceToAnswer(input.choice),
    reason: input.reason,
    expectedRevision: input.revision,
    actor: auditActor(user),
  });
  if (outcome.ok) return { ok: true as const };
  if (outcome.problem === "conflict") {
    return {
      ok: false as const,
      reason: `${outcome.theirs?.updatedByName ?? "Someone"} changed this answer to ${answerWords(outcome.theirs)} after you opened this page. Nothing was overwritten: check it, then record the agreed rating again.`,
    };
  }
  return { ok: false as const, reason: outcome.problem === "not-released" ? "The ratings have not been released yet." : "This assessment can no longer be changed." };
}
