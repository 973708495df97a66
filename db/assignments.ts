import { sql, type Expression } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { CONTRIBUTOR_ROLES, EDITOR_ROLES, type Role } from "../assessment/vocabulary";
import { recordAudit, type Actor } from "./audit";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Assignments: a lead hands a domain, or a single indicator, of their organisation's assessment to a colleague, with
 * an optional due date (docs/decisions/024). One person holds a part at a time; assigning it again hands it over.
 * Every function takes the organisation's id, so a forgotten access check finds nothing of another tenant's.
 */

/** Who can be given a part: the organisation's editors (leads) and contributors. Viewers only read. */
export const ASSIGNABLE_ROLES: readonly Role[] = [...EDITOR_ROLES, ...CONTRIBUTOR_ROLES];

export type AssignmentScope = { domainKey: string; indicatorKey?: undefined } | { indicatorKey: string; domainKey?: undefined };

/** The parts of one assessment assigned to one person, as JSON: a subquery of the assessment's access facts. */
export function assignedPartsOf(assessmentId: Expression<string>, personId: string) {
  return sql<{ domainKey: string | null; indicatorKey: string | null }[]>`(
    select coalesce(json_agg(json_build_object('domainKey', s.domain_key, 'indicatorKey', s.indicator_key)), '[]'::json)
    from assignment s where s.assessment_id = ${assessmentId} and s.person_id = ${personId}
  )`;
}

/** Every assignment of an assessment, with who holds it: one query (bounded by the framework's size). */
export async function listAssignments(db: Db, { assessmentId, organisationId }: { assessmentId: string; organisationId: string }) {
  return db
    .selectFrom("assignment as s")
    .innerJoin("assessment as a", "a.id", "s.assessment_id")
    .innerJoin("person as p", "p.id", "s.person_id")
    .where("s.assessment_id", "=", assessmentId)
    .where("a.organisation_id", "=", organisationId)
    .select(["s.id", "s.domain_key as domainKey", "s.indicator_key as indicatorKey", "s.person_id as personId", "p.name as personName", "s.due_on as dueOn", "s.created_at as createdAt"])
    .orderBy("s.created_at")
    .execute();
}
export type AssignmentRow = Awaited<ReturnType<typeof listAssignments>>[number];

/** The organisation's people who can be given a part of its assessment, by name. */
export async function listAssignablePeople(db: Db, organisationId: string) {
  return db
    .selectFrom("membership as m")
    .innerJoin("person as p", "p.id", "m.person_id")
    .where("m.organisation_id", "=", organisationId)
    .where("m.role", "in", ASSIGNABLE_ROLES)
    .select(["p.id as personId", "p.name", "p.email", "m.role"])
    .orderBy("p.name")
    .orderBy("p.email")
    .execute();
}

/** What is assigned to one person in their organisation, across its assessments in open rounds: for their home page. */
export async function listAssignmentsOfPerson(db: Db, { personId, organisationId }: { personId: string; organisationId: string }) {
  return db
    .selectFrom("assignment as s")
    .innerJoin("assessment as a", "a.id", "s.assessment_id")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("s.person_id", "=", personId)
    .where("a.organisation_id", "=", organisationId)
    .where("r.status", "=", "open")
    .select((eb) => [
      // The assessment's answered indicators, to tell whether the part is done (bounded by the framework's size).
      jsonArrayFrom(
        eb.selectFrom("rating as g").whereRef("g.assessment_id", "=", "s.assessment_id").select(["g.indicator_key as indicatorKey", "g.carried_over as carriedOver"]),
      ).as("ratings"),
      "s.id",
      "s.assessment_id as assessmentId",
      "a.framework_key as frameworkKey",
      "a.framework_version as frameworkVersion",
      "a.status",
      "r.name as roundName",
      "s.domain_key as domainKey",
      "s.indicator_key as indicatorKey",
      "s.due_on as dueOn",
    ])
    .orderBy("s.due_on", (o) => o.asc().nullsLast())
    .orderBy("s.created_at")
    .execute();
}

export type AssignOutcome = { ok: true; id: string } | { ok: false; problem: "not-assignable" };

/**
 * Gives a part of the assessment to a person of its organisation (replacing whoever held it), recorded in the audit
 * log. The person must be one of the organisation's editors or contributors.
 */
export async function assignPart(
  db: Db,
  input: { assessmentId: string; organisationId: string; scope: AssignmentScope; personId: string; dueOn: string | null; actor: Actor },
): Promise<AssignOutcome> {
  return inTransaction(db, async (trx) => {
    const member = await trx
      .selectFrom("membership as m")
      .innerJoin("assessment as a", "a.organisation_id", "m.organisation_id")
      .where("a.id", "=", input.assessmentId)
      .where("m.organisation_id", "=", input.organisationId)
      .where("m.person_id", "=", input.personId)
      .where("m.role", "in", ASSIGNABLE_ROLES)
      .select("m.id")
      .executeTakeFirst();
    if (!member) return { ok: false as const, problem: "not-assignable" as const };
    const [column, key] = input.scope.domainKey !== undefined ? (["domain_key", input.scope.domainKey] as const) : (["indicator_key", input.scope.indicatorKey] as const);
    const before = await trx
      .deleteFrom("assignment")
      .where("assessment_id", "=", input.assessmentId)
      .where(column, "=", key)
      .returning(["person_id as personId", "due_on as dueOn"])
      .executeTakeFirst();
    const { id } = await trx
      .insertInto("assignment")
      .values({
        assessment_id: input.assessmentId,
        domain_key: input.scope.domainKey ?? null,
        indicator_key: input.scope.indicatorKey ?? null,
        person_id: input.personId,
        due_on: input.dueOn,
        created_by: input.actor.personId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "assignment.assigned",
      before: before ?? null,
      after: { ...input.scope, personId: input.personId, dueOn: input.dueOn },
    });
    return { ok: true as const, id };
  });
}

/** Takes a part back from whoever holds it; false when there was no such assignment. */
export async function removeAssignment(db: Db, input: { assignmentId: string; assessmentId: string; organisationId: string; actor: Actor }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const removed = await trx
      .deleteFrom("assignment")
      .where("id", "=", input.assignmentId)
      .where("assessment_id", "=", input.assessmentId)
      .where("assessment_id", "in", (eb) => eb.selectFrom("assessment").where("organisation_id", "=", input.organisationId).select("id"))
      .returning(["domain_key as domainKey", "indicator_key as indicatorKey", "person_id as personId", "due_on as dueOn"])
      .executeTakeFirst();
    if (!removed) return false;
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "assessment",
      subjectId: input.assessmentId,
      action: "assignment.removed",
      before: removed,
    });
    return true;
  });
}
