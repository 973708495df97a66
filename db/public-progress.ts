import { sql } from "kysely";
import { PARTNERSHIP_FRAMEWORK_KEY } from "../assessment/registry";
import type { AssessmentStatus } from "../assessment/vocabulary";
import type { Db } from "./schema";

/**
 * What the public progress pages read (docs/decisions/025): for each active partnership of a region, its assessment
 * in the region's latest partnership round (opened, not a draft) and only the columns the public may see. One query
 * for a whole region, or one partnership (its home page says what the public sees).
 */
export async function listPublicProgress(db: Db, where: { regionKey: string } | { organisationId: string }) {
  let query = db
    .selectFrom("organisation as o")
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("round as r")
          .whereRef("r.region_key", "=", "o.region_key")
          .where("r.framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
          .where("r.status", "<>", "draft")
          .select(["r.id", "r.name", sql<string>`r.due_on`.as("dueOn"), "r.status"])
          .orderBy("r.opens_on", "desc")
          .orderBy("r.created_at", "desc")
          .limit(1)
          .as("latest"),
      (join) => join.onTrue(),
    )
    .leftJoin("assessment as a", (join) => join.onRef("a.round_id", "=", "latest.id").onRef("a.organisation_id", "=", "o.id"))
    .where("o.kind", "=", "partnership")
    .where("o.archived_at", "is", null)
    .select([
      "o.id as organisationId",
      "o.name",
      "latest.name as roundName",
      "latest.dueOn as roundDueOn",
      "latest.status as roundStatus",
      sql<AssessmentStatus | null>`a.status`.as("status"),
      "a.created_at as createdAt",
      "a.submitted_at as submittedAt",
      "a.decided_at as decidedAt",
    ])
    .orderBy("o.name");
  query = "regionKey" in where ? query.where("o.region_key", "=", where.regionKey) : query.where("o.id", "=", where.organisationId);
  return query.execute();
}
export type PublicProgressRow = Awaited<ReturnType<typeof listPublicProgress>>[number];

/** The regions with partnerships, for the list of public progress pages; one query. */
export async function listRegionsWithPartnerships(db: Db) {
  return db
    .selectFrom("region as g")
    .innerJoin("organisation as o", "o.region_key", "g.key")
    .where("o.kind", "=", "partnership")
    .where("o.archived_at", "is", null)
    .groupBy(["g.key", "g.name"])
    .select(["g.key", "g.name", sql<number>`count(*)::int`.as("partnerships")])
    .orderBy("g.name")
    .execute();
}

export async function findRegion(db: Db, key: string) {
  return db.selectFrom("region").where("key", "=", key).select(["key", "name"]).executeTakeFirst();
}
