import { sql } from "kysely";
import { notifyOfferPublished } from "./notifications";
import type { Db } from "./schema";

/**
 * The demo's "what has changed" lists, derived from what the demo already holds, dated when each thing happened:
 * rounds opening, approvals, and offers published in each partnership's area.
 */
export async function seedDemoNotifications(db: Db): Promise<void> {
  // Each round opening, for the organisations it was for.
  await db
    .insertInto("notification")
    .columns(["organisation_id", "kind", "title", "link", "created_at"])
    .expression(
      db
        .selectFrom("round as r")
        .innerJoin("organisation as o", (join) =>
          join.onRef("o.region_key", "=", "r.region_key").on(sql<boolean>`o.kind = case r.framework_key when 'provider-offer' then 'provider' else 'partnership' end`),
        )
        .select([
          "o.id",
          sql<string>`'round-opened'`.as("kind"),
          sql<string>`'The ' || r.name || ' round has opened'`.as("title"),
          sql<string>`'/' || o.kind`.as("link"),
          "r.created_at",
        ]),
    )
    .execute();
  // Each approval, for the organisation approved.
  await db
    .insertInto("notification")
    .columns(["organisation_id", "kind", "title", "link", "created_at"])
    .expression(
      db
        .selectFrom("review_decision as d")
        .innerJoin("assessment as a", "a.id", "d.assessment_id")
        .innerJoin("round as r", "r.id", "a.round_id")
        .where("d.decision", "=", "approved")
        .select([
          "a.organisation_id",
          sql<string>`'assessment-approved'`.as("kind"),
          sql<string>`'Your ' || r.name || ' assessment was approved'`.as("title"),
          sql<string>`'/assessments/' || a.id`.as("link"),
          "d.decided_at",
        ]),
    )
    .execute();
  // Each offer published, for the partnerships whose boroughs it covers.
  const published = await db.selectFrom("offer_version").where("status", "=", "published").select(["id", "organisation_id as organisationId", "published_at as publishedAt"]).execute();
  for (const offer of published) await notifyOfferPublished(db, { organisationId: offer.organisationId, versionId: offer.id, at: offer.publishedAt ?? undefined });
}
