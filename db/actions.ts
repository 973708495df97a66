import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { ActionStatus } from "../assessment/vocabulary";
import { recordAudit, type Actor } from "./audit";
import { successorIdsOf } from "./organisations";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Improvement actions: the partnership's plan, usually tied to one indicator. They belong to the organisation, not to
 * a round's assessment, so an action raised in one round stays in view in the next. Every change is audited.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ActionFields {
  title: string;
  detail: string;
  ownerName: string;
  dueOn: string | null;
  status: ActionStatus;
}

const columns = [
  "x.id",
  "x.framework_key as frameworkKey",
  "x.indicator_key as indicatorKey",
  "x.title",
  "x.detail",
  "x.owner_name as ownerName",
  "x.due_on as dueOn",
  "x.status",
  "x.revision",
  "x.created_at as createdAt",
  "x.updated_at as updatedAt",
] as const;

export async function createAction(
  db: Db,
  input: ActionFields & { organisationId: string; frameworkKey: string; indicatorKey: string | null; raisedInAssessmentId: string | null; actor: Actor },
): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const created = await trx
      .insertInto("action")
      .values({
        organisation_id: input.organisationId,
        framework_key: input.frameworkKey,
        indicator_key: input.indicatorKey,
        raised_in_assessment_id: input.raisedInAssessmentId,
        title: input.title,
        detail: input.detail,
        owner_name: input.ownerName,
        due_on: input.dueOn,
        status: input.status,
        created_by: input.actor.personId,
        updated_by: input.actor.personId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "action",
      subjectId: created.id,
      action: "action-added",
      after: { title: input.title, detail: input.detail, ownerName: input.ownerName, dueOn: input.dueOn, status: input.status, indicatorKey: input.indicatorKey },
    });
    return created;
  });
}

export type UpdateActionOutcome = { ok: true; revision: number } | { ok: false; reason: "not-found" } | { ok: false; reason: "conflict"; current: ActionFields & { revision: number } };

/** Changes an action if nobody else has since the person's page loaded (its revision); else returns theirs. */
export async function updateAction(
  db: Db,
  { id, organisationId, actor, expectedRevision, changes }: { id: string; organisationId: string; actor: Actor; expectedRevision: number; changes: ActionFields },
): Promise<UpdateActionOutcome> {
  return inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom("action")
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .select(["title", "detail", "owner_name as ownerName", "due_on as dueOn", "status", "revision"])
      .forUpdate()
      .executeTakeFirst();
    if (!before) return { ok: false as const, reason: "not-found" as const };
    if (before.revision !== expectedRevision) return { ok: false as const, reason: "conflict" as const, current: before };
    const updated = await trx
      .updateTable("action")
      .set((eb) => ({
        title: changes.title,
        detail: changes.detail,
        owner_name: changes.ownerName,
        due_on: changes.dueOn,
        status: changes.status,
        updated_at: new Date(),
        updated_by: actor.personId,
        revision: eb("revision", "+", 1),
      }))
      .where("id", "=", id)
      .returning("revision")
      .executeTakeFirstOrThrow();
    const { revision: _revision, ...was } = before;
    await recordAudit(trx, { actor, organisationId, subjectType: "action", subjectId: id, action: "action-changed", before: was, after: changes });
    return { ok: true as const, revision: updated.revision };
  });
}

/** What the access rules need to know about an action: whose it is. */
export async function findActionAccessFacts(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("action as x")
    .innerJoin("organisation as o", "o.id", "x.organisation_id")
    .where("x.id", "=", id)
    .select(["x.id", "o.id as organisationId", "o.kind", "o.region_key as regionKey", successorIdsOf("o.id").as("successorIds")])
    .executeTakeFirst();
  return row ? { id: row.id, organisation: { id: row.organisationId, kind: row.kind, regionKey: row.regionKey, successorIds: row.successorIds } } : undefined;
}

/** One action, with its history (who changed what, when). */
export async function getAction(db: Db, { id, organisationId }: { id: string; organisationId: string }) {
  return db
    .selectFrom("action as x")
    .leftJoin("assessment as a", "a.id", "x.raised_in_assessment_id")
    .leftJoin("round as r", "r.id", "a.round_id")
    .where("x.id", "=", id)
    .where("x.organisation_id", "=", organisationId)
    .select((eb) => [
      ...columns,
      "r.name as raisedInRound",
      jsonArrayFrom(
        eb
          .selectFrom("audit_event as h")
          .where("h.subject_type", "=", "action")
          // audit_event.subject_id is text; the action's id is a uuid.
          .where(sql<boolean>`h.subject_id = x.id::text`)
          .select(["h.id", "h.occurred_at as occurredAt", "h.actor_name as actorName", "h.action", "h.before", "h.after"])
          .orderBy("h.occurred_at", "desc"),
      ).as("history"),
    ])
    .executeTakeFirst();
}

/** The organisation's actions for a framework, open ones first, then by due date: one query. */
export async function listActions(db: Db, { organisationId, frameworkKey, status }: { organisationId: string; frameworkKey?: string; status?: ActionStatus[] }) {
  let query = db.selectFrom("action as x").where("x.organisation_id", "=", organisationId);
  if (frameworkKey) query = query.where("x.framework_key", "=", frameworkKey);
  if (status && status.length > 0) query = query.where("x.status", "in", status);
  return query
    .select([...columns])
    .orderBy((eb) => eb.case().when("x.status", "in", ["open", "in_progress"]).then(0).else(1).end())
    .orderBy("x.due_on", (ob) => ob.asc().nullsLast())
    .orderBy("x.created_at")
    .execute();
}
export type ActionRow = Awaited<ReturnType<typeof listActions>>[number];

