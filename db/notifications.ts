import { sql } from "kysely";
import type { Db } from "./schema";

/**
 * What changed for people: an in-app list. A notification is for an organisation (everyone acting for it sees it) or
 * for one person. Each person has one "seen up to" time; what came after it is new.
 */

export const NOTIFICATION_KINDS = ["assessment-returned", "assessment-approved", "assessment-reopened", "round-opened", "round-due-soon", "offer-published", "work-assigned", "ratings-asked", "reminder"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  link: string;
  at?: Date;
}

/** Tells people something, each for themselves (one row each). */
export async function notifyPeople(db: Db, personIds: readonly string[], notification: NewNotification): Promise<void> {
  if (personIds.length === 0) return;
  await db
    .insertInto("notification")
    .values(personIds.map((id) => ({ person_id: id, kind: notification.kind, title: notification.title, link: notification.link, ...(notification.at ? { created_at: notification.at } : {}) })))
    .execute();
}

/** Tells organisations something (one row each). */
export async function notifyOrganisations(db: Db, organisationIds: readonly string[], notification: NewNotification): Promise<void> {
  if (organisationIds.length === 0) return;
  await db
    .insertInto("notification")
    .values(organisationIds.map((id) => ({ organisation_id: id, kind: notification.kind, title: notification.title, link: notification.link, ...(notification.at ? { created_at: notification.at } : {}) })))
    .execute();
}

/** Tells every organisation of a kind in a region (a round opening for them): one statement. */
export async function notifyOrganisationsOfKind(db: Db, { regionKey, kind }: { regionKey: string; kind: "partnership" | "provider" }, notification: NewNotification): Promise<void> {
  await db
    .insertInto("notification")
    .columns(["organisation_id", "kind", "title", "link", "created_at"])
    .expression(
      db
        .selectFrom("organisation")
        .where("region_key", "=", regionKey)
        .where("kind", "=", kind)
        .where("archived_at", "is", null)
        .select((eb) => [
          "id",
          eb.val(notification.kind).as("kind"),
          eb.val(notification.title).as("title"),
          eb.val(notification.link).as("link"),
          eb.val(notification.at ?? new Date()).as("created_at"),
        ]),
    )
    .execute();
}

/** The latest notifications for a person acting for an organisation, newest first, each marked new or not: one query. */
export async function listNotifications(db: Db, { personId, organisationId, limit = 50 }: { personId: string; organisationId: string; limit?: number }) {
  return db
    .selectFrom("notification as n")
    .innerJoin("person as p", (join) => join.on("p.id", "=", personId))
    .leftJoin("notification_seen as s", "s.person_id", "p.id")
    .where((eb) => eb.or([eb("n.person_id", "=", personId), eb("n.organisation_id", "=", organisationId)]))
    // New: since the person last marked them seen (or, before that, since they joined Hearth).
    .select(["n.id", "n.kind", "n.title", "n.link", "n.created_at as createdAt", sql<boolean>`n.created_at > coalesce(s.seen_at, p.created_at)`.as("isNew")])
    .orderBy("n.created_at", "desc")
    .orderBy("n.id")
    .limit(limit)
    .execute();
}

/** Marks everything up to now as seen for the person. */
export async function markNotificationsSeen(db: Db, personId: string, at = new Date()): Promise<void> {
  await db
    .insertInto("notification_seen")
    .values({ person_id: personId, seen_at: at })
    .onConflict((oc) => oc.column("person_id").doUpdateSet({ seen_at: at }))
    .execute();
}

/** How many notifications are new for a person acting for an organisation (counted up to 99), as a subquery of the session lookup. */
export const NEW_NOTIFICATIONS_CAP = 99;

/**
 * Tells the partnerships whose boroughs a newly published offer covers (one statement). The offer's own version id
 * picks the boroughs; the provider's name goes into the title.
 */
export async function notifyOfferPublished(db: Db, { organisationId, versionId, at = new Date() }: { organisationId: string; versionId: string; at?: Date }): Promise<void> {
  await db
    .insertInto("notification")
    .columns(["organisation_id", "kind", "title", "link", "created_at"])
    .expression(
      db
        .selectFrom("organisation as partnership")
        .innerJoin("organisation as provider", (join) => join.on("provider.id", "=", organisationId))
        .where("partnership.kind", "=", "partnership")
        .whereRef("partnership.region_key", "=", "provider.region_key")
        .where("partnership.archived_at", "is", null)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom("organisation_borough as ob")
              .innerJoin("offer_service_borough as sb", "sb.borough_key", "ob.borough_key")
              .innerJoin("offer_service as s", "s.id", "sb.offer_service_id")
              .whereRef("ob.organisation_id", "=", "partnership.id")
              .where("s.offer_version_id", "=", versionId)
              .select("ob.borough_key"),
          ),
        )
        .select((eb) => [
          "partnership.id",
          eb.val<NotificationKind>("offer-published").as("kind"),
          sql<string>`provider.name || ' published its offer for your area'`.as("title"),
          eb.val(`/offers/${organisationId}`).as("link"),
          eb.val(at).as("created_at"),
        ]),
    )
    .execute();
}

/** How far ahead of a round's due date organisations that have not submitted are told it is near. */
export const DUE_SOON_DAYS = 14;

/**
 * For each open round due within DUE_SOON_DAYS, tells every organisation it is for that has not yet submitted (or had
 * approved) its assessment, once per round (and due date). Run by housekeeping; returns how many were told.
 */
export async function notifyRoundsDueSoon(db: Db, today: string): Promise<number> {
  const result = await db
    .insertInto("notification")
    .columns(["organisation_id", "kind", "title", "link", "created_at"])
    .expression(
      db
        .selectFrom("round as r")
        .innerJoin("organisation as o", (join) =>
          join
            .onRef("o.region_key", "=", "r.region_key")
            .on(sql<boolean>`o.kind = case r.framework_key when 'provider-offer' then 'provider' else 'partnership' end`),
        )
        .where("r.status", "=", "open")
        .where("r.due_on", ">=", sql<string>`${today}::date`)
        .where("r.due_on", "<=", sql<string>`${today}::date + ${DUE_SOON_DAYS}::int`)
        .where("o.archived_at", "is", null)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").whereRef("a.organisation_id", "=", "o.id").where("a.status", "in", ["submitted", "approved"]).select("a.id"))),
        )
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("notification as n")
                .whereRef("n.organisation_id", "=", "o.id")
                .where("n.kind", "=", "round-due-soon")
                .where("n.title", "=", sql<string>`'The ' || r.name || ' round is due on ' || to_char(r.due_on, 'FMDD FMMonth YYYY')`)
                .select("n.id"),
            ),
          ),
        )
        .select((eb) => [
          "o.id",
          eb.val<NotificationKind>("round-due-soon").as("kind"),
          sql<string>`'The ' || r.name || ' round is due on ' || to_char(r.due_on, 'FMDD FMMonth YYYY')`.as("title"),
          sql<string>`'/' || o.kind`.as("link"),
          sql<Date>`now()`.as("created_at"),
        ]),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
}
