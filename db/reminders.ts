import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { CONTRIBUTOR_ROLES, EDITOR_ROLES } from "../assessment/vocabulary";
import { DUE_SOON_DAYS as WORK_DUE_SOON_DAYS } from "../assessment/team";
import { DUE_SOON_DAYS as ROUND_DUE_SOON_DAYS, type NewNotification } from "./notifications";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Reminders (docs/decisions/025): what is near or past its due date, for the people who asked to be reminded, and a
 * record of each reminder sent so that it goes once. Housekeeping finds the candidates, decides which are due (pure
 * rules in assessment/team.ts), claims them here and only then sends them.
 */

/** Assigned parts of open-round assessments not yet submitted, due within a few days or overdue, whose holders want
 * reminders and still work for the organisation; not those already reminded of being overdue. One query. */
export async function findAssignmentsToRemind(db: Db, today: string) {
  return db
    .selectFrom("assignment as s")
    .innerJoin("assessment as a", "a.id", "s.assessment_id")
    .innerJoin("round as r", "r.id", "a.round_id")
    .innerJoin("organisation as o", "o.id", "a.organisation_id")
    .innerJoin("person as p", "p.id", "s.person_id")
    .where("r.status", "=", "open")
    .where("a.status", "in", ["in_progress", "returned"])
    .where("o.archived_at", "is", null)
    .where("p.reminders_enabled", "=", true)
    .where("p.disabled_at", "is", null)
    .where("s.due_on", "is not", null)
    .where("s.due_on", "<=", sql<string>`${today}::date + ${WORK_DUE_SOON_DAYS}::int`)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("membership as m")
          .whereRef("m.person_id", "=", "s.person_id")
          .whereRef("m.organisation_id", "=", "a.organisation_id")
          .where("m.role", "in", [...EDITOR_ROLES, ...CONTRIBUTOR_ROLES])
          .select("m.id"),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("reminder_sent as k").where("k.key", "=", sql<string>`'work-overdue:' || s.id || ':' || s.due_on`).select("k.key"))),
    )
    .select((eb) => [
      "s.id",
      "s.person_id as personId",
      "p.email",
      "p.name as personName",
      "s.domain_key as domainKey",
      "s.indicator_key as indicatorKey",
      sql<string>`s.due_on`.as("dueOn"),
      "a.id as assessmentId",
      "a.framework_key as frameworkKey",
      "a.framework_version as frameworkVersion",
      "o.name as organisationName",
      "r.name as roundName",
      // The assessment's answers, to tell whether the part is done (bounded by the framework's size).
      jsonArrayFrom(eb.selectFrom("rating as g").whereRef("g.assessment_id", "=", "a.id").select(["g.indicator_key as indicatorKey", "g.carried_over as carriedOver"])).as("ratings"),
    ])
    .orderBy("s.due_on")
    .orderBy("s.id")
    .execute();
}
export type AssignmentToRemind = Awaited<ReturnType<typeof findAssignmentsToRemind>>[number];

/**
 * The editors (leads) who want reminders, of organisations whose assessment for an open round due within
 * ROUND_DUE_SOON_DAYS, or already past due, is not submitted or approved; each with the reminder's key, not those
 * already sent it. One query.
 */
export async function findRoundRemindersDue(db: Db, today: string) {
  const kind = sql<"round-due-soon" | "round-overdue">`case when r.due_on < ${today}::date then 'round-overdue' else 'round-due-soon' end`;
  return db
    .selectFrom("round as r")
    .innerJoin("organisation as o", (join) =>
      join.onRef("o.region_key", "=", "r.region_key").on(sql<boolean>`o.kind = case r.framework_key when 'provider-offer' then 'provider' else 'partnership' end`),
    )
    .innerJoin("membership as m", "m.organisation_id", "o.id")
    .innerJoin("person as p", "p.id", "m.person_id")
    .where("r.status", "=", "open")
    .where("r.due_on", "<=", sql<string>`${today}::date + ${ROUND_DUE_SOON_DAYS}::int`)
    .where("o.archived_at", "is", null)
    .where("m.role", "in", EDITOR_ROLES)
    .where("p.reminders_enabled", "=", true)
    .where("p.disabled_at", "is", null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").whereRef("a.organisation_id", "=", "o.id").where("a.status", "in", ["submitted", "approved"]).select("a.id"))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom("reminder_sent as k").where("k.key", "=", sql<string>`${kind} || ':' || r.id || ':' || r.due_on || ':' || p.id`).select("k.key"))),
    )
    .select([
      sql<string>`${kind} || ':' || r.id || ':' || r.due_on || ':' || p.id`.as("key"),
      kind.as("kind"),
      "p.id as personId",
      "p.email",
      "p.name as personName",
      "o.name as organisationName",
      "o.kind as organisationKind",
      "r.name as roundName",
      sql<string>`r.due_on`.as("dueOn"),
    ])
    .orderBy("r.due_on")
    .orderBy("p.id")
    .execute();
}

export interface ReminderToSend {
  /** What, to whom, for which due date: the same reminder always has the same key. */
  key: string;
  personId: string;
  /** Shown in the person's "what has changed" list too; mail only when null. */
  inApp: NewNotification | null;
}

/**
 * Records the reminders as sent and puts the in-app ones in people's lists, in one transaction; returns the keys this
 * call claimed. A key already recorded (by an earlier run, or by another app machine at the same moment) is skipped,
 * so each reminder goes once; the caller mails only what it claimed.
 */
export async function claimReminders(db: Db, reminders: readonly ReminderToSend[], at = new Date()): Promise<Set<string>> {
  if (reminders.length === 0) return new Set();
  return inTransaction(db, async (trx) => {
    const claimed = await trx
      .insertInto("reminder_sent")
      .values(reminders.map((r) => ({ key: r.key, person_id: r.personId, sent_at: at })))
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key")
      .execute();
    const keys = new Set(claimed.map((c) => c.key));
    const inApp = reminders.filter((r) => keys.has(r.key) && r.inApp);
    if (inApp.length > 0) {
      await trx
        .insertInto("notification")
        .values(inApp.map((r) => ({ person_id: r.personId, kind: r.inApp!.kind, title: r.inApp!.title, link: r.inApp!.link, created_at: at })))
        .execute();
    }
    return keys;
  });
}
