import type { Kysely, Transaction } from "kysely";
import type { Database, OrganisationKind, Role } from "./schema";

type Db = Kysely<Database> | Transaction<Database>;

export interface NewSession {
  id: string;
  personId: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  clientIp: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Db, session: NewSession): Promise<void> {
  await db
    .insertInto("session")
    .values({
      id: session.id,
      person_id: session.personId,
      idle_expires_at: session.idleExpiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      client_ip: session.clientIp,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

export interface SessionWithPerson {
  sessionId: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  lastSeenAt: Date;
  personId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  regionKey: string;
}

/** A live session with its person and their organisation, in one query; expired or disabled ones are not found. */
export async function findLiveSession(db: Db, id: string, now: Date): Promise<SessionWithPerson | undefined> {
  return db
    .selectFrom("session as s")
    .innerJoin("person as p", "p.id", "s.person_id")
    .innerJoin("membership as m", "m.person_id", "p.id")
    .innerJoin("organisation as o", "o.id", "m.organisation_id")
    .where("s.id", "=", id)
    .where("s.idle_expires_at", ">", now)
    .where("s.absolute_expires_at", ">", now)
    .where("p.disabled_at", "is", null)
    .select([
      "s.id as sessionId",
      "s.idle_expires_at as idleExpiresAt",
      "s.absolute_expires_at as absoluteExpiresAt",
      "s.last_seen_at as lastSeenAt",
      "p.id as personId",
      "p.name",
      "p.email",
      "m.role",
      "o.id as organisationId",
      "o.name as organisationName",
      "o.kind as organisationKind",
      "o.region_key as regionKey",
    ])
    .orderBy("m.created_at")
    .limit(1)
    .executeTakeFirst();
}

/** Moves the idle expiry on (never past the absolute expiry). */
export async function extendSession(db: Db, id: string, now: Date, idleExpiresAt: Date): Promise<void> {
  await db
    .updateTable("session")
    .set((eb) => ({
      last_seen_at: now,
      idle_expires_at: eb.fn("least", [eb.val(idleExpiresAt), eb.ref("absolute_expires_at")]),
    }))
    .where("id", "=", id)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom("session").where("id", "=", id).execute();
}

/** Signs a person out everywhere (optionally keeping one session, the one asking). */
export async function deleteSessionsOfPerson(db: Db, personId: string, exceptId?: string): Promise<number> {
  let query = db.deleteFrom("session").where("person_id", "=", personId);
  if (exceptId) query = query.where("id", "<>", exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db
    .deleteFrom("session")
    .where((eb) => eb.or([eb("idle_expires_at", "<=", now), eb("absolute_expires_at", "<=", now)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
