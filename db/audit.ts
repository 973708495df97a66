import { sql } from "kysely";
import type { Db } from "./schema";

/** Who did something: kept by id, and by name so the trail stays readable after they leave. */
export interface Actor {
  personId: string;
  name: string;
}

export interface AuditEntry {
  actor: Actor | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  /** The thing as it was before, and as it is after (JSON). */
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  at?: Date;
}

/** Appends to the audit log; call it in the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      person_id: entry.actor?.personId ?? null,
      actor_name: entry.actor?.name ?? "",
      organisation_id: entry.organisationId,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      action: entry.action,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      detail: JSON.stringify(entry.detail ?? {}),
      ...(entry.at ? { occurred_at: entry.at } : {}),
    })
    .execute();
}

/** What the audit log can be narrowed to: an action, an organisation, a person, and a time range [from, before). */
export interface AuditFilter {
  regionKey: string;
  action: string | null;
  organisationId: string | null;
  personId: string | null;
  from: Date | null;
  before: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The region's events under a filter: those of its organisations, its network's own included. */
function regionEvents(db: Db, filter: AuditFilter) {
  let query = db
    .selectFrom("audit_event as e")
    .innerJoin("organisation as o", "o.id", "e.organisation_id")
    .where("o.region_key", "=", filter.regionKey);
  if (filter.action) query = query.where("e.action", "=", filter.action);
  if (filter.organisationId) query = UUID.test(filter.organisationId) ? query.where("e.organisation_id", "=", filter.organisationId) : query.where(sql<boolean>`false`);
  if (filter.personId) query = UUID.test(filter.personId) ? query.where("e.person_id", "=", filter.personId) : query.where(sql<boolean>`false`);
  if (filter.from) query = query.where("e.occurred_at", ">=", filter.from);
  if (filter.before) query = query.where("e.occurred_at", "<", filter.before);
  return query;
}

const eventColumns = [
  "e.id",
  "e.occurred_at as occurredAt",
  "e.person_id as personId",
  "e.actor_name as actorName",
  "e.organisation_id as organisationId",
  "o.name as organisationName",
  "e.subject_type as subjectType",
  "e.subject_id as subjectId",
  "e.action",
  "e.before",
  "e.after",
] as const;

/** One page of the region's audit log, newest first, and how many events match: two queries whatever the size. */
export async function listAuditEvents(db: Db, filter: AuditFilter, { page, pageSize }: { page: number; pageSize: number }) {
  const [events, count] = await Promise.all([
    regionEvents(db, filter)
      .select([...eventColumns])
      .orderBy("e.occurred_at", "desc")
      .orderBy("e.id", "desc")
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    regionEvents(db, filter).select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { events, total: Number(count.total) };
}

/** Every event under a filter, newest first, for a download (at most `limit`). One query. */
export async function listAuditEventsForExport(db: Db, filter: AuditFilter, limit = 100_000) {
  return regionEvents(db, filter).select([...eventColumns]).orderBy("e.occurred_at", "desc").orderBy("e.id", "desc").limit(limit).execute();
}
export type AuditEventRow = Awaited<ReturnType<typeof listAuditEventsForExport>>[number];

/**
 * What the log's filters offer: the actions recorded in the region, its organisations, and the people who acted
 * (by the name recorded, readable after they leave). Three queries.
 */
export async function listAuditFilterOptions(db: Db, regionKey: string) {
  const [actions, organisations, people] = await Promise.all([
    db
      .selectFrom("audit_event as e")
      .innerJoin("organisation as o", "o.id", "e.organisation_id")
      .where("o.region_key", "=", regionKey)
      .select("e.action")
      .distinct()
      .orderBy("e.action")
      .execute(),
    db.selectFrom("organisation").where("region_key", "=", regionKey).select(["id", "name"]).orderBy("name").execute(),
    db
      .selectFrom("audit_event as e")
      .innerJoin("organisation as o", "o.id", "e.organisation_id")
      .where("o.region_key", "=", regionKey)
      .where("e.person_id", "is not", null)
      .select(["e.person_id as personId", (eb) => eb.fn.max("e.actor_name").as("name")])
      .groupBy("e.person_id")
      .orderBy("name")
      .execute(),
  ]);
  return {
    actions: actions.map((a) => a.action),
    organisations,
    people: people.map((p) => ({ id: p.personId!, name: p.name || "Someone" })),
  };
}
