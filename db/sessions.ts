import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { OrganisationKind, Role } from "../assessment/vocabulary";
import { NEW_NOTIFICATIONS_CAP } from "./notifications";
import type { Db } from "./schema";

export interface NewSession {
  id: string;
  personId: string;
  /** The membership the session acts for, or null until the person chooses one. */
  membershipId: string | null;
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
      membership_id: session.membershipId,
      idle_expires_at: session.idleExpiresAt,
      absolute_expires_at: session.absoluteExpiresAt,
      client_ip: session.clientIp,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
}

/** One of a person's memberships, with its organisation: what they may act for. */
export interface MembershipOfPerson {
  membershipId: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  regionKey: string;
}

export interface SessionWithPerson {
  sessionId: string;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  lastSeenAt: Date;
  personId: string;
  name: string;
  email: string;
  /** The membership this session acts for (null until chosen). */
  membershipId: string | null;
  /** Every membership of the person, oldest first. */
  memberships: MembershipOfPerson[];
  /** Notifications new to them for the organisation the session acts for (up to NEW_NOTIFICATIONS_CAP). */
  newNotifications: number;
}

/**
 * A live session with its person and all their memberships, in one query; expired sessions and disabled people
 * are not found.
 */
export async function findLiveSession(db: Db, id: string, now: Date): Promise<SessionWithPerson | undefined> {
  return db
    .selectFrom("session as s")
    .innerJoin("person as p", "p.id", "s.person_id")
    .where("s.id", "=", id)
    .where("s.idle_expires_at", ">", now)
    .where("s.absolute_expires_at", ">", now)
    .where("p.disabled_at", "is", null)
    .select((eb) => [
      "s.id as sessionId",
      "s.idle_expires_at as idleExpiresAt",
      "s.absolute_expires_at as absoluteExpiresAt",
      "s.last_seen_at as lastSeenAt",
      "s.membership_id as membershipId",
      "p.id as personId",
      "p.name",
      "p.email",
      // What changed for them since they last looked (capped), so the header can say so without another query. Two
      // parts, each served by its index (the person's own, then the acting organisation's), so the cost does not grow
      // with the table; organisations archived since are left out, as the membership list leaves them out.
      sql<number>`(select count(*) from (
        (select 1 from notification n
          where n.person_id = p.id
            and n.created_at > coalesce((select ns.seen_at from notification_seen ns where ns.person_id = p.id), p.created_at)
          limit ${NEW_NOTIFICATIONS_CAP})
        union all
        (select 1 from membership m
          join organisation o on o.id = m.organisation_id and o.archived_at is null
          join notification n on n.organisation_id = m.organisation_id
          where m.person_id = p.id and (s.membership_id is null or m.id = s.membership_id)
            and n.created_at > coalesce((select ns.seen_at from notification_seen ns where ns.person_id = p.id), p.created_at)
          limit ${NEW_NOTIFICATIONS_CAP})
      ) as recent)`.as("newNotifications"),
      jsonArrayFrom(
        eb
          .selectFrom("membership as m")
          .innerJoin("organisation as o", "o.id", "m.organisation_id")
          .whereRef("m.person_id", "=", "p.id")
          .where("o.archived_at", "is", null)
          .select([
            "m.id as membershipId",
            "m.role",
            "o.id as organisationId",
            "o.name as organisationName",
            "o.kind as organisationKind",
            "o.region_key as regionKey",
          ])
          .orderBy("m.created_at")
          .orderBy("o.name"),
      ).as("memberships"),
    ])
    .executeTakeFirst();
}

/** Makes the session act for one of the person's memberships; false when the membership is not theirs. */
export async function setSessionMembership(db: Db, sessionId: string, personId: string, membershipId: string): Promise<boolean> {
  const result = await db
    .updateTable("session")
    .set({ membership_id: membershipId })
    .where("id", "=", sessionId)
    .where("person_id", "=", personId)
    .where((eb) =>
      eb.exists(eb.selectFrom("membership").where("membership.id", "=", membershipId).where("membership.person_id", "=", personId).select("membership.id")),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
