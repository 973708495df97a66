import { sql } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { AnswerKind } from "../assessment/types";
import type { AssessmentStatus, Confidence, RoundStatus } from "../assessment/vocabulary";
import { assignedPartsOf } from "./assignments";
import { recordAudit, type Actor } from "./audit";
import { successorIdsOf } from "./organisations";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Rounds, assessments and ratings. Every function that reads or changes one organisation's assessment takes the
 * organisation's id with it, so a forgotten access check finds nothing rather than another tenant's row.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the access rules need to know about an assessment: whose it is, where, and its state. One small query. */
export async function findAssessmentAccessFacts(db: Db, id: string, { personId }: { personId?: string } = {}) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("assessment as a")
    .innerJoin("organisation as o", "o.id", "a.organisation_id")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.id", "=", id)
    .select([
      "a.id",
      "a.status",
      "a.review_started_at",
      "a.framework_key as frameworkKey",
      "a.framework_version as frameworkVersion",
      "r.status as roundStatus",
      "o.id as organisationId",
      "o.kind",
      "o.region_key as regionKey",
      successorIdsOf("o.id").as("successorIds"),
      // The parts assigned to the person asking (the access rules limit contributors to them).
      assignedPartsOf(sql.ref<string>("a.id"), personId ?? "00000000-0000-0000-0000-000000000000").as("assigned"),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    assigned: row.assigned,
    frameworkKey: row.frameworkKey,
    frameworkVersion: row.frameworkVersion,
    organisation: { id: row.organisationId, kind: row.kind, regionKey: row.regionKey, successorIds: row.successorIds },
    status: row.status,
    roundStatus: row.roundStatus,
    reviewStarted: row.review_started_at !== null,
  };
}
export type AssessmentAccessFacts = NonNullable<Awaited<ReturnType<typeof findAssessmentAccessFacts>>>;

/** A round, with what the access rules need to decide who may start an assessment in it. */
export async function findRound(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom("round")
    .where("id", "=", id)
    .select(["id", "region_key as regionKey", "framework_key as frameworkKey", "framework_version as frameworkVersion", "name", "opens_on as opensOn", "due_on as dueOn", "status"])
    .executeTakeFirst();
}

export interface StoredRating {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: Confidence | null;
  rationale: string;
  revision: number;
  carriedOver: boolean;
  updatedAt: Date;
  updatedByName: string | null;
}

/** One assessment with its round, organisation and every rating (bounded by the framework's size): one query. */
export async function getAssessment(db: Db, { id, organisationId }: { id: string; organisationId: string }) {
  const row = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .innerJoin("organisation as o", "o.id", "a.organisation_id")
    .leftJoin("person as sp", "sp.id", "a.submitted_by")
    .where("a.id", "=", id)
    .where("a.organisation_id", "=", organisationId)
    .select((eb) => [
      "a.id",
      "a.status",
      "a.version",
      "a.framework_key as frameworkKey",
      "a.framework_version as frameworkVersion",
      "a.submitted_at as submittedAt",
      "sp.name as submittedByName",
      "a.review_started_at as reviewStartedAt",
      "a.updated_at as updatedAt",
      "r.id as roundId",
      "r.name as roundName",
      "r.due_on as dueOn",
      "r.status as roundStatus",
      "o.id as organisationId",
      "o.name as organisationName",
      "o.kind as organisationKind",
      jsonObjectFrom(
        eb
          .selectFrom("assessment as pa")
          .innerJoin("round as pr", "pr.id", "pa.round_id")
          .whereRef("pa.id", "=", "a.started_from_id")
          .select(["pa.id", "pr.name as roundName", "pa.framework_version as frameworkVersion"]),
      ).as("startedFrom"),
      jsonArrayFrom(
        eb
          .selectFrom("rating as g")
          .leftJoin("person as gp", "gp.id", "g.updated_by")
          .whereRef("g.assessment_id", "=", "a.id")
          .select([
            "g.indicator_key as indicatorKey",
            "g.answer",
            "g.level",
            "g.target_level as targetLevel",
            "g.confidence",
            "g.rationale",
            "g.revision",
            "g.carried_over as carriedOver",
            "g.updated_at as updatedAt",
            "gp.name as updatedByName",
          ]),
      ).as("ratings"),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  // JSON aggregates return timestamps as strings: give them back as Dates, as every other query does.
  const ratings: StoredRating[] = (row.ratings as unknown as (Omit<StoredRating, "updatedAt"> & { updatedAt: string })[]).map((r) => ({
    ...r,
    updatedAt: new Date(r.updatedAt),
  }));
  return { ...row, ratings };
}
export type AssessmentWithRatings = NonNullable<Awaited<ReturnType<typeof getAssessment>>>;

/**
 * The rounds of an organisation's region for one framework, newest first, each with this organisation's assessment
 * (if any) and how many indicators it has answered: one query, whatever the number of rounds.
 */
export async function listRoundsWithAssessment(db: Db, { organisationId, regionKey, frameworkKey }: { organisationId: string; regionKey: string; frameworkKey: string }) {
  return db
    .selectFrom("round as r")
    .leftJoin("assessment as a", (join) => join.onRef("a.round_id", "=", "r.id").on("a.organisation_id", "=", organisationId))
    .where("r.region_key", "=", regionKey)
    .where("r.framework_key", "=", frameworkKey)
    .where("r.status", "<>", "draft")
    .select((eb) => [
      "r.id as roundId",
      "r.name",
      "r.status as roundStatus",
      "r.opens_on as opensOn",
      "r.due_on as dueOn",
      "r.framework_version as frameworkVersion",
      "a.id as assessmentId",
      "a.status",
      "a.submitted_at as submittedAt",
      "a.updated_at as updatedAt",
      eb
        .selectFrom("rating as g")
        .whereRef("g.assessment_id", "=", "a.id")
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("answered"),
    ])
    .orderBy("r.opens_on", "desc")
    .orderBy("r.name", "desc")
    .execute();
}

/** The organisation's latest assessment of a framework in a round before this one, with its ratings, or undefined. */
export async function findPreviousAssessment(db: Db, { organisationId, frameworkKey, beforeRoundId }: { organisationId: string; frameworkKey: string; beforeRoundId: string }) {
  const row = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.organisation_id", "=", organisationId)
    .where("a.framework_key", "=", frameworkKey)
    .where("a.round_id", "<>", beforeRoundId)
    .where("r.opens_on", "<=", (eb) => eb.selectFrom("round").where("id", "=", beforeRoundId).select("opens_on"))
    .select((eb) => [
      "a.id",
      "a.framework_version as frameworkVersion",
      "r.name as roundName",
      jsonArrayFrom(
        eb
          .selectFrom("rating as g")
          .whereRef("g.assessment_id", "=", "a.id")
          .select(["g.indicator_key as indicatorKey", "g.answer", "g.level", "g.target_level as targetLevel", "g.confidence", "g.rationale"]),
      ).as("ratings"),
    ])
    .orderBy("r.opens_on", "desc")
    .limit(1)
    .executeTakeFirst();
  return row;
}

export interface NewRating {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: string | null;
  rationale: string;
}

/**
 * Starts an organisation's assessment in a round, blank or with answers carried over (each marked until someone
 * confirms or changes it). One assessment per organisation and round: starting twice returns the first.
 */
export async function createAssessment(
  db: Db,
  input: {
    round: { id: string; frameworkKey: string; frameworkVersion: number };
    organisationId: string;
    actor: Actor;
    startedFromId: string | null;
    carried: NewRating[];
  },
): Promise<{ id: string; created: boolean }> {
  const created = await db
    .insertInto("assessment")
    .values({
      round_id: input.round.id,
      organisation_id: input.organisationId,
      framework_key: input.round.frameworkKey,
      framework_version: input.round.frameworkVersion,
      started_from_id: input.startedFromId,
      created_by: input.actor.personId,
      updated_by: input.actor.personId,
    })
    .onConflict((oc) => oc.columns(["round_id", "organisation_id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  if (!created) {
    const existing = await db
      .selectFrom("assessment")
      .where("round_id", "=", input.round.id)
      .where("organisation_id", "=", input.organisationId)
      .select("id")
      .executeTakeFirstOrThrow();
    return { id: existing.id, created: false };
  }
  if (input.carried.length > 0) {
    await db
      .insertInto("rating")
      .values(
        input.carried.map((r) => ({
          assessment_id: created.id,
          indicator_key: r.indicatorKey,
          answer: r.answer,
          level: r.level,
          target_level: r.targetLevel,
          confidence: r.confidence as Confidence | null,
          rationale: r.rationale,
          carried_over: true,
          updated_by: input.actor.personId,
        })),
      )
      .execute();
  }
  await recordAudit(db, {
    actor: input.actor,
    organisationId: input.organisationId,
    subjectType: "assessment",
    subjectId: created.id,
    action: "assessment-started",
    detail: { roundId: input.round.id, startedFromId: input.startedFromId, carried: input.carried.length },
  });
  return { id: created.id, created: true };
}

export interface RatingChange {
  indicatorKey: string;
  /** The revision the person's page showed (0 when there was no answer yet). */
  expectedRevision: number;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: Confidence | null;
  rationale: string;
  /** Confirm an answer carried over from the last round, even if nothing else changed. */
  confirm: boolean;
}

export type SaveOutcome =
  | {
      ok: true;
      /** Every rating asked about, with its revision now (changed or not). */
      saved: { indicatorKey: string; revision: number; changed: boolean }[];
      /** Ratings someone else changed since the person's page loaded: nothing of theirs was overwritten. */
      conflicts: StoredRating[];
      savedAt: Date;
    }
  | { ok: false; reason: "not-editable"; status: AssessmentStatus; roundStatus: RoundStatus };

const EDITABLE: AssessmentStatus[] = ["in_progress", "returned"];

function sameAnswer(a: { answer: string; level: number | null; targetLevel: number | null; confidence: string | null; rationale: string }, b: typeof a) {
  return a.answer === b.answer && a.level === b.level && a.targetLevel === b.targetLevel && a.confidence === b.confidence && a.rationale === b.rationale;
}

function auditValue(r: { answer: string; level: number | null; targetLevel: number | null; confidence: string | null; rationale: string; carriedOver?: boolean }) {
  return { answer: r.answer, level: r.level, targetLevel: r.targetLevel, confidence: r.confidence, rationale: r.rationale, ...(r.carriedOver ? { carriedOver: true } : {}) };
}

/** A person's saves of one indicator this close together are one entry in its history. */
export const AUDIT_MERGE_MINUTES = 10;

/**
 * Saves ratings of one assessment in one transaction. Each change names the revision the person started from: a
 * rating someone else has changed since is not overwritten but returned as a conflict, with their answer. The
 * assessment's row is locked for the duration (saves to one assessment take turns; each takes milliseconds), so
 * saves never deadlock each other and a save and a submit never interleave: once submitted (or the round closed),
 * saves are refused. Every change is audited, with before and after.
 */
export async function saveRatings(
  db: Db,
  { assessmentId, organisationId, actor, changes }: { assessmentId: string; organisationId: string; actor: Actor; changes: RatingChange[] },
): Promise<SaveOutcome> {
  return inTransaction(db, async (trx) => {
    const state = await trx
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.id", "=", assessmentId)
      .where("a.organisation_id", "=", organisationId)
      .select(["a.status", "r.status as roundStatus"])
      .forNoKeyUpdate("a")
      .executeTakeFirstOrThrow();
    if (!EDITABLE.includes(state.status) || state.roundStatus !== "open") {
      return { ok: false as const, reason: "not-editable" as const, status: state.status, roundStatus: state.roundStatus };
    }

    const keys = [...new Set(changes.map((c) => c.indicatorKey))];
    const current = new Map<string, StoredRating>();
    if (keys.length > 0) {
      const rows = await trx
        .selectFrom("rating as g")
        .leftJoin("person as gp", "gp.id", "g.updated_by")
        .where("g.assessment_id", "=", assessmentId)
        .where("g.indicator_key", "in", keys)
        .select([
          "g.indicator_key as indicatorKey",
          "g.answer",
          "g.level",
          "g.target_level as targetLevel",
          "g.confidence",
          "g.rationale",
          "g.revision",
          "g.carried_over as carriedOver",
          "g.updated_at as updatedAt",
          "gp.name as updatedByName",
        ])
        .forUpdate("g")
        .execute();
      for (const row of rows) current.set(row.indicatorKey, row);
    }

    const now = new Date();
    const saved: { indicatorKey: string; revision: number; changed: boolean }[] = [];
    const conflicts: StoredRating[] = [];
    for (const change of changes) {
      const stored = current.get(change.indicatorKey);
      const storedRevision = stored?.revision ?? 0;
      const unchanged = stored !== undefined && sameAnswer(stored, change) && !(change.confirm && stored.carriedOver);
      if (change.expectedRevision !== storedRevision) {
        // Someone else saved since this person's page loaded. The same answer is no conflict; anything else is.
        if (stored && sameAnswer(stored, change)) saved.push({ indicatorKey: change.indicatorKey, revision: storedRevision, changed: false });
        else if (stored) conflicts.push(stored);
        else conflicts.push({ ...emptyStored(change.indicatorKey), revision: 0 });
        continue;
      }
      if (unchanged) {
        saved.push({ indicatorKey: change.indicatorKey, revision: storedRevision, changed: false });
        continue;
      }
      const values = {
        answer: change.answer,
        level: change.level,
        target_level: change.targetLevel,
        confidence: change.confidence,
        rationale: change.rationale,
        carried_over: false,
        updated_by: actor.personId,
        updated_at: now,
      };
      let revision: number;
      if (stored) {
        const updated = await trx
          .updateTable("rating")
          .set((eb) => ({ ...values, revision: eb("revision", "+", 1) }))
          .where("assessment_id", "=", assessmentId)
          .where("indicator_key", "=", change.indicatorKey)
          .where("revision", "=", storedRevision)
          .returning("revision")
          .executeTakeFirstOrThrow();
        revision = updated.revision;
      } else {
        const inserted = await trx
          .insertInto("rating")
          .values({ assessment_id: assessmentId, indicator_key: change.indicatorKey, ...values })
          .onConflict((oc) => oc.columns(["assessment_id", "indicator_key"]).doNothing())
          .returning("revision")
          .executeTakeFirst();
        if (!inserted) {
          // Someone else answered it first, a moment ago.
          const theirs = await trx
            .selectFrom("rating as g")
            .leftJoin("person as gp", "gp.id", "g.updated_by")
            .where("g.assessment_id", "=", assessmentId)
            .where("g.indicator_key", "=", change.indicatorKey)
            .select(["g.indicator_key as indicatorKey", "g.answer", "g.level", "g.target_level as targetLevel", "g.confidence", "g.rationale", "g.revision", "g.carried_over as carriedOver", "g.updated_at as updatedAt", "gp.name as updatedByName"])
            .executeTakeFirstOrThrow();
          if (sameAnswer(theirs, change)) saved.push({ indicatorKey: change.indicatorKey, revision: theirs.revision, changed: false });
          else conflicts.push(theirs);
          continue;
        }
        revision = inserted.revision;
      }
      saved.push({ indicatorKey: change.indicatorKey, revision, changed: true });
      await recordRatingChange(trx, {
        actor,
        organisationId,
        subjectId: `${assessmentId}/${change.indicatorKey}`,
        before: stored ? auditValue(stored) : null,
        after: auditValue({ ...change }),
        revision,
        at: now,
        confirmedCarriedOver: Boolean(stored?.carriedOver),
      });
    }
    if (saved.some((s) => s.changed)) {
      await trx.updateTable("assessment").set({ updated_at: now, updated_by: actor.personId }).where("id", "=", assessmentId).execute();
    }
    return { ok: true as const, saved, conflicts, savedAt: now };
  });
}

function emptyStored(indicatorKey: string): StoredRating {
  return { indicatorKey, answer: "dont_know", level: null, targetLevel: null, confidence: null, rationale: "", revision: 0, carriedOver: false, updatedAt: new Date(0), updatedByName: null };
}

/**
 * One entry in an indicator's history. A person's rapid saves (autosave) of one indicator are merged into their
 * last entry when it is recent and nobody else has saved in between: it keeps the first "before" and takes the
 * latest "after", so the history still reads from what it was to what it became.
 */
async function recordRatingChange(
  db: Db,
  entry: { actor: Actor; organisationId: string; subjectId: string; before: object | null; after: object; revision: number; at: Date; confirmedCarriedOver: boolean },
): Promise<void> {
  const last = await db
    .selectFrom("audit_event")
    .where("subject_type", "=", "rating")
    .where("subject_id", "=", entry.subjectId)
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .select(["id", "person_id", "occurred_at", "action"])
    .limit(1)
    .executeTakeFirst();
  const recent = last && last.person_id === entry.actor.personId && last.action === "rating-saved" && entry.at.getTime() - last.occurred_at.getTime() < AUDIT_MERGE_MINUTES * 60_000;
  if (recent && !entry.confirmedCarriedOver) {
    await db
      .updateTable("audit_event")
      .set({ after: JSON.stringify(entry.after), occurred_at: entry.at, detail: JSON.stringify({ revision: entry.revision }) })
      .where("id", "=", last.id)
      .execute();
    return;
  }
  await recordAudit(db, {
    actor: entry.actor,
    organisationId: entry.organisationId,
    subjectType: "rating",
    subjectId: entry.subjectId,
    action: entry.confirmedCarriedOver && entry.before && sameAnswer(entry.before as never, entry.after as never) ? "rating-confirmed" : "rating-saved",
    before: entry.before,
    after: entry.after,
    detail: { revision: entry.revision },
    at: entry.at,
  });
}

/** An indicator's history, newest first, with who made each change. */
export async function listRatingHistory(db: Db, { assessmentId, organisationId, indicatorKey }: { assessmentId: string; organisationId: string; indicatorKey: string }) {
  return db
    .selectFrom("audit_event as e")
    .where("e.subject_type", "=", "rating")
    .where("e.subject_id", "=", `${assessmentId}/${indicatorKey}`)
    .where("e.organisation_id", "=", organisationId)
    .select(["e.id", "e.occurred_at as occurredAt", "e.actor_name as actorName", "e.action", "e.before", "e.after"])
    .orderBy("e.occurred_at", "desc")
    .orderBy("e.id", "desc")
    .execute();
}

export type StatusChangeOutcome = { ok: true } | { ok: false; problems: string[] };

/**
 * Submits an assessment for review. The assessment's row is locked, the ratings read, and `check` (the framework's
 * rules) must find nothing missing; then it becomes read-only for the partnership until it is returned.
 */
export async function submitAssessment(
  db: Db,
  { id, organisationId, actor }: { id: string; organisationId: string; actor: Actor },
  check: (ratings: { indicatorKey: string; answer: AnswerKind; level: number | null; carriedOver: boolean }[]) => string[],
): Promise<StatusChangeOutcome> {
  return inTransaction(db, async (trx) => {
    const state = await trx
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.id", "=", id)
      .where("a.organisation_id", "=", organisationId)
      .select(["a.status", "r.status as roundStatus"])
      .forUpdate("a")
      .executeTakeFirstOrThrow();
    if (!EDITABLE.includes(state.status) || state.roundStatus !== "open") return { ok: false as const, problems: ["This assessment cannot be submitted now."] };
    const ratings = await trx
      .selectFrom("rating")
      .where("assessment_id", "=", id)
      .select(["indicator_key as indicatorKey", "answer", "level", "carried_over as carriedOver"])
      .execute();
    const problems = check(ratings);
    if (problems.length > 0) return { ok: false as const, problems };
    const now = new Date();
    await trx
      .updateTable("assessment")
      .set((eb) => ({ status: "submitted", submitted_at: now, submitted_by: actor.personId, updated_at: now, updated_by: actor.personId, revision: eb("revision", "+", 1) }))
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, { actor, organisationId, subjectType: "assessment", subjectId: id, action: "assessment-submitted", before: { status: state.status }, after: { status: "submitted" }, at: now });
    return { ok: true as const };
  });
}

/** Takes a submission back, if nobody has started reviewing it. */
export async function withdrawSubmission(db: Db, { id, organisationId, actor }: { id: string; organisationId: string; actor: Actor }): Promise<StatusChangeOutcome> {
  return inTransaction(db, async (trx) => {
    const now = new Date();
    const updated = await trx
      .updateTable("assessment")
      .set((eb) => ({ status: "in_progress", submitted_at: null, submitted_by: null, updated_at: now, updated_by: actor.personId, revision: eb("revision", "+", 1) }))
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .where("status", "=", "submitted")
      .where("review_started_at", "is", null)
      .returning("id")
      .executeTakeFirst();
    if (!updated) return { ok: false as const, problems: ["Network staff have started reviewing this assessment, so it can no longer be withdrawn."] };
    await recordAudit(trx, { actor, organisationId, subjectType: "assessment", subjectId: id, action: "submission-withdrawn", before: { status: "submitted" }, after: { status: "in_progress" }, at: now });
    return { ok: true as const };
  });
}

/** Runs in the caller's transaction if there is one, else in a new one. */


/** Every assessment an organisation has made of one framework, oldest round first, each with its ratings: one query. */
export async function listAssessmentsWithRatings(db: Db, { organisationId, frameworkKey }: { organisationId: string; frameworkKey: string }) {
  return db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.organisation_id", "=", organisationId)
    .where("a.framework_key", "=", frameworkKey)
    .select((eb) => [
      "a.id",
      "a.status",
      "a.framework_version as frameworkVersion",
      "r.name as roundName",
      "r.opens_on as opensOn",
      jsonArrayFrom(
        eb
          .selectFrom("rating as g")
          .whereRef("g.assessment_id", "=", "a.id")
          .select(["g.indicator_key as indicatorKey", "g.answer", "g.level", "g.target_level as targetLevel"]),
      ).as("ratings"),
    ])
    .orderBy("r.opens_on")
    .orderBy("r.name")
    .execute();
}

/** The organisation's most recent assessment (by round) that has any answers, or undefined. */
export async function findLatestAnsweredAssessmentId(db: Db, organisationId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.organisation_id", "=", organisationId)
    .where((eb) => eb.exists(eb.selectFrom("rating").whereRef("rating.assessment_id", "=", "a.id").select("rating.indicator_key")))
    .select("a.id")
    .orderBy("r.opens_on", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/**
 * The framework version of the organisation's current assessment of a framework (its assessment in the latest round
 * that has opened), or undefined when it has none.
 */
export async function findCurrentFrameworkVersion(db: Db, { organisationId, frameworkKey }: { organisationId: string; frameworkKey: string }): Promise<number | undefined> {
  const row = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.organisation_id", "=", organisationId)
    .where("a.framework_key", "=", frameworkKey)
    .where("r.status", "<>", "draft")
    .select("a.framework_version as frameworkVersion")
    .orderBy("r.opens_on", "desc")
    .limit(1)
    .executeTakeFirst();
  return row?.frameworkVersion;
}
