import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { AnswerKind } from "../assessment/types";
import { saveRatings, type RatingChange } from "./assessments";
import { ASSIGNABLE_ROLES } from "./assignments";
import { recordAudit, type Actor } from "./audit";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Independent ratings (docs/decisions/024): a lead asks two or more of the organisation's people to rate one domain
 * on their own. Nobody sees another's ratings until all have rated every indicator, or the lead closes the rating
 * ("released"). Then the lead records the agreed rating per indicator with the reason; the agreed answer becomes the
 * assessment's rating (with its own history), and the individual ratings stay beside it.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who can be asked to rate: the same people who can be given a part of the assessment. */
export const RATER_ROLES = ASSIGNABLE_ROLES;

export type RequestOutcome = { ok: true; id: string } | { ok: false; problem: "already-open" | "not-members" };

export async function createRatingRequest(
  db: Db,
  input: { assessmentId: string; organisationId: string; domainKey: string; raterIds: readonly string[]; actor: Actor },
): Promise<RequestOutcome> {
  return inTransaction(db, async (trx) => {
    const members = await trx
      .selectFrom("membership")
      .where("organisation_id", "=", input.organisationId)
      .where("person_id", "in", input.raterIds)
      .where("role", "in", RATER_ROLES)
      .select("person_id")
      .execute();
    if (members.length !== new Set(input.raterIds).size) return { ok: false as const, problem: "not-members" as const };
    const open = await trx
      .selectFrom("consensus_request")
      .where("assessment_id", "=", input.assessmentId)
      .where("domain_key", "=", input.domainKey)
      .where("released_at", "is", null)
      .select("id")
      .executeTakeFirst();
    if (open) return { ok: false as const, problem: "already-open" as const };
    const { id } = await trx
      .insertInto("consensus_request")
      .values({ assessment_id: input.assessmentId, domain_key: input.domainKey, requested_by: input.actor.personId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("consensus_rater")
      .values([...new Set(input.raterIds)].map((personId) => ({ request_id: id, person_id: personId })))
      .execute();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "independent-rating.requested",
      after: { requestId: id, domainKey: input.domainKey, raterIds: input.raterIds },
    });
    return { ok: true as const, id };
  });
}

/** The requests of an assessment, newest first, with their raters and how many indicators each has rated: one query. */
export async function listRatingRequests(db: Db, { assessmentId, organisationId }: { assessmentId: string; organisationId: string }) {
  return db
    .selectFrom("consensus_request as c")
    .innerJoin("assessment as a", "a.id", "c.assessment_id")
    .leftJoin("person as rp", "rp.id", "c.requested_by")
    .where("c.assessment_id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .select((eb) => [
      "c.id",
      "c.domain_key as domainKey",
      "c.created_at as createdAt",
      "c.released_at as releasedAt",
      "rp.name as requestedByName",
      jsonArrayFrom(
        eb
          .selectFrom("consensus_rater as r")
          .innerJoin("person as p", "p.id", "r.person_id")
          .whereRef("r.request_id", "=", "c.id")
          .select((e) => [
            "r.person_id as personId",
            "p.name",
            e
              .selectFrom("independent_rating as i")
              .whereRef("i.request_id", "=", "r.request_id")
              .whereRef("i.person_id", "=", "r.person_id")
              .select((x) => x.fn.countAll<number>().as("n"))
              .as("rated"),
          ])
          .orderBy("p.name"),
      ).as("raters"),
    ])
    .orderBy("c.created_at", "desc")
    .execute();
}
export type RatingRequestRow = Awaited<ReturnType<typeof listRatingRequests>>[number];

/** One request with its raters, every independent rating and every agreed outcome: one query. */
export async function getRatingRequest(db: Db, { requestId, assessmentId, organisationId }: { requestId: string; assessmentId: string; organisationId: string }) {
  if (!UUID.test(requestId)) return undefined;
  return db
    .selectFrom("consensus_request as c")
    .innerJoin("assessment as a", "a.id", "c.assessment_id")
    .leftJoin("person as rp", "rp.id", "c.requested_by")
    .leftJoin("person as xp", "xp.id", "c.released_by")
    .where("c.id", "=", requestId)
    .where("c.assessment_id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .select((eb) => [
      "c.id",
      "c.domain_key as domainKey",
      "c.created_at as createdAt",
      "c.released_at as releasedAt",
      "rp.name as requestedByName",
      "xp.name as releasedByName",
      jsonArrayFrom(
        eb
          .selectFrom("consensus_rater as r")
          .innerJoin("person as p", "p.id", "r.person_id")
          .whereRef("r.request_id", "=", "c.id")
          .select(["r.person_id as personId", "p.name"])
          .orderBy("p.name"),
      ).as("raters"),
      jsonArrayFrom(
        eb
          .selectFrom("independent_rating as i")
          .whereRef("i.request_id", "=", "c.id")
          .select(["i.person_id as personId", "i.indicator_key as indicatorKey", "i.answer", "i.level", "i.rationale", "i.updated_at as updatedAt"]),
      ).as("ratings"),
      jsonArrayFrom(
        eb
          .selectFrom("consensus_outcome as o")
          .leftJoin("person as op", "op.id", "o.agreed_by")
          .whereRef("o.request_id", "=", "c.id")
          .select(["o.indicator_key as indicatorKey", "o.answer", "o.level", "o.reason", "op.name as agreedByName", "o.agreed_at as agreedAt"]),
      ).as("outcomes"),
    ])
    .executeTakeFirst();
}
export type RatingRequest = NonNullable<Awaited<ReturnType<typeof getRatingRequest>>>;

export interface IndependentRatingInput {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  rationale: string;
}

export type IndependentSaveOutcome = { ok: true; released: boolean } | { ok: false; problem: "released" | "not-a-rater" };

/**
 * Saves one rater's answers (replacing their earlier ones for the same indicators; blank ones are cleared). When
 * every rater has then rated every indicator, the ratings are released. Refused once released.
 */
export async function saveIndependentRatings(
  db: Db,
  input: { requestId: string; organisationId: string; actor: Actor; ratings: readonly IndependentRatingInput[]; cleared: readonly string[]; indicatorKeys: readonly string[] },
): Promise<IndependentSaveOutcome> {
  return inTransaction(db, async (trx) => {
    const request = await trx
      .selectFrom("consensus_request as c")
      .innerJoin("assessment as a", "a.id", "c.assessment_id")
      .where("c.id", "=", input.requestId)
      .where("a.organisation_id", "=", input.organisationId)
      .select(["c.id", "c.released_at as releasedAt", "c.assessment_id as assessmentId", "c.domain_key as domainKey"])
      .forUpdate("c")
      .executeTakeFirstOrThrow();
    if (request.releasedAt) return { ok: false as const, problem: "released" as const };
    const rater = await trx
      .selectFrom("consensus_rater")
      .where("request_id", "=", input.requestId)
      .where("person_id", "=", input.actor.personId)
      .select("person_id")
      .executeTakeFirst();
    if (!rater) return { ok: false as const, problem: "not-a-rater" as const };
    if (input.cleared.length > 0) {
      await trx
        .deleteFrom("independent_rating")
        .where("request_id", "=", input.requestId)
        .where("person_id", "=", input.actor.personId)
        .where("indicator_key", "in", input.cleared)
        .execute();
    }
    if (input.ratings.length > 0) {
      const now = new Date();
      await trx
        .insertInto("independent_rating")
        .values(
          input.ratings.map((r) => ({
            request_id: input.requestId,
            person_id: input.actor.personId,
            indicator_key: r.indicatorKey,
            answer: r.answer,
            level: r.level,
            rationale: r.rationale,
            updated_at: now,
          })),
        )
        .onConflict((oc) =>
          oc.columns(["request_id", "person_id", "indicator_key"]).doUpdateSet((eb) => ({
            answer: eb.ref("excluded.answer"),
            level: eb.ref("excluded.level"),
            rationale: eb.ref("excluded.rationale"),
            updated_at: eb.ref("excluded.updated_at"),
          })),
        )
        .execute();
    }
    // Everyone has rated every indicator: the ratings are shown to all.
    const missing = await trx
      .selectFrom("consensus_rater as r")
      .where("r.request_id", "=", input.requestId)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where((eb) =>
        eb(
          eb
            .selectFrom("independent_rating as i")
            .whereRef("i.request_id", "=", "r.request_id")
            .whereRef("i.person_id", "=", "r.person_id")
            .where("i.indicator_key", "in", input.indicatorKeys)
            .select((x) => x.fn.countAll<number>().as("c")),
          "<",
          input.indicatorKeys.length,
        ),
      )
      .executeTakeFirstOrThrow();
    const released = Number(missing.n) === 0;
    if (released) await release(trx, { requestId: input.requestId, releasedBy: null });
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: request.assessmentId,
      action: "independent-rating.rated",
      // What this rater gave is kept in the audit trail too, not only in their rows.
      after: { requestId: input.requestId, domainKey: request.domainKey, ratings: input.ratings, cleared: input.cleared, released },
    });
    return { ok: true as const, released };
  });
}

async function release(db: Db, { requestId, releasedBy }: { requestId: string; releasedBy: string | null }) {
  await db.updateTable("consensus_request").set({ released_at: new Date(), released_by: releasedBy }).where("id", "=", requestId).where("released_at", "is", null).execute();
}

/** The lead closes the rating early: everyone's ratings (complete or not) are shown. False when already released. */
export async function closeRatingRequest(db: Db, input: { requestId: string; assessmentId: string; organisationId: string; actor: Actor }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const closed = await trx
      .updateTable("consensus_request")
      .set({ released_at: new Date(), released_by: input.actor.personId })
      .where("id", "=", input.requestId)
      .where("assessment_id", "=", input.assessmentId)
      .where("released_at", "is", null)
      .where("assessment_id", "in", (eb) => eb.selectFrom("assessment").where("organisation_id", "=", input.organisationId).select("id"))
      .returning("id")
      .executeTakeFirst();
    if (!closed) return false;
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "independent-rating.closed",
      after: { requestId: input.requestId },
    });
    return true;
  });
}

export type AgreeOutcome =
  | { ok: true }
  | { ok: false; problem: "not-released" | "not-editable" }
  | { ok: false; problem: "conflict"; theirs: { answer: AnswerKind; level: number | null; updatedByName: string | null } | null };

/**
 * Records the agreed rating for one indicator with its reason, and makes it the assessment's answer (keeping the
 * answer's target, confidence and rationale; an empty rationale takes the reason). The change to the answer goes
 * through the usual save, so someone else's newer answer is a conflict, never overwritten.
 */
export async function recordAgreedRating(
  db: Db,
  input: {
    requestId: string;
    assessmentId: string;
    organisationId: string;
    indicatorKey: string;
    answer: AnswerKind;
    level: number | null;
    reason: string;
    expectedRevision: number;
    actor: Actor;
  },
): Promise<AgreeOutcome> {
  return inTransaction(db, async (trx) => {
    const request = await trx
      .selectFrom("consensus_request")
      .where("id", "=", input.requestId)
      .where("assessment_id", "=", input.assessmentId)
      .select("released_at as releasedAt")
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!request.releasedAt) return { ok: false as const, problem: "not-released" as const };
    const current = await trx
      .selectFrom("rating")
      .where("assessment_id", "=", input.assessmentId)
      .where("indicator_key", "=", input.indicatorKey)
      .select(["target_level as targetLevel", "confidence", "rationale"])
      .executeTakeFirst();
    const level = input.answer === "level" ? input.level : null;
    const change: RatingChange = {
      indicatorKey: input.indicatorKey,
      expectedRevision: input.expectedRevision,
      answer: input.answer,
      level,
      // A target below the agreed level no longer makes sense: it is dropped.
      targetLevel: level !== null && current?.targetLevel && current.targetLevel >= level ? current.targetLevel : null,
      confidence: current?.confidence ?? null,
      rationale: current?.rationale ? current.rationale : input.reason,
      confirm: true,
    };
    const saved = await saveRatings(trx, { assessmentId: input.assessmentId, organisationId: input.organisationId, actor: input.actor, changes: [change] });
    if (!saved.ok) return { ok: false as const, problem: "not-editable" as const };
    if (saved.conflicts.length > 0) {
      const theirs = saved.conflicts[0]!;
      return { ok: false as const, problem: "conflict" as const, theirs: theirs.revision === 0 ? null : { answer: theirs.answer, level: theirs.level, updatedByName: theirs.updatedByName } };
    }
    await trx
      .insertInto("consensus_outcome")
      .values({ request_id: input.requestId, indicator_key: input.indicatorKey, answer: input.answer, level, reason: input.reason, agreed_by: input.actor.personId, agreed_at: new Date() })
      .onConflict((oc) =>
        oc.columns(["request_id", "indicator_key"]).doUpdateSet((eb) => ({
          answer: eb.ref("excluded.answer"),
          level: eb.ref("excluded.level"),
          reason: eb.ref("excluded.reason"),
          agreed_by: eb.ref("excluded.agreed_by"),
          agreed_at: eb.ref("excluded.agreed_at"),
        })),
      )
      .execute();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "independent-rating.agreed",
      after: { requestId: input.requestId, indicatorKey: input.indicatorKey, answer: input.answer, level, reason: input.reason },
    });
    return { ok: true as const };
  });
}

/** The released independent ratings and agreed outcomes of one indicator, for its history page: one query. */
export async function listIndependentRatingsOfIndicator(db: Db, { assessmentId, organisationId, indicatorKey }: { assessmentId: string; organisationId: string; indicatorKey: string }) {
  return db
    .selectFrom("consensus_request as c")
    .innerJoin("assessment as a", "a.id", "c.assessment_id")
    .leftJoin("consensus_outcome as o", (j) => j.onRef("o.request_id", "=", "c.id").on("o.indicator_key", "=", indicatorKey))
    .leftJoin("person as op", "op.id", "o.agreed_by")
    .where("c.assessment_id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .where("c.released_at", "is not", null)
    .select((eb) => [
      "c.id",
      "c.released_at as releasedAt",
      "o.answer as agreedAnswer",
      "o.level as agreedLevel",
      "o.reason",
      "op.name as agreedByName",
      "o.agreed_at as agreedAt",
      jsonArrayFrom(
        eb
          .selectFrom("independent_rating as i")
          .innerJoin("person as p", "p.id", "i.person_id")
          .whereRef("i.request_id", "=", "c.id")
          .where("i.indicator_key", "=", indicatorKey)
          .select(["p.name", "i.answer", "i.level", "i.rationale"])
          .orderBy("p.name"),
      ).as("ratings"),
    ])
    .orderBy("c.released_at", "desc")
    .execute();
}

/** The ratings a person has been asked to give in their organisation, not yet released, with how many they have given. */
export async function listRatingRequestsOfRater(db: Db, { personId, organisationId }: { personId: string; organisationId: string }) {
  return db
    .selectFrom("consensus_rater as r")
    .innerJoin("consensus_request as c", "c.id", "r.request_id")
    .innerJoin("assessment as a", "a.id", "c.assessment_id")
    .innerJoin("round as o", "o.id", "a.round_id")
    .where("r.person_id", "=", personId)
    .where("a.organisation_id", "=", organisationId)
    .where("c.released_at", "is", null)
    .where("o.status", "=", "open")
    .select((eb) => [
      "c.id",
      "c.assessment_id as assessmentId",
      "c.domain_key as domainKey",
      "a.framework_key as frameworkKey",
      "a.framework_version as frameworkVersion",
      "o.name as roundName",
      eb
        .selectFrom("independent_rating as i")
        .whereRef("i.request_id", "=", "c.id")
        .where("i.person_id", "=", personId)
        .select((x) => x.fn.countAll<number>().as("n"))
        .as("rated"),
    ])
    .orderBy("c.created_at")
    .execute();
}
