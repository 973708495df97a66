import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "./schema";

/**
 * The region's picture for network staff: its rounds of one framework, and every partnership's assessments in them
 * with their answers and the indicators backed by current evidence. Two queries whatever the number of partnerships,
 * rounds or answers.
 */

/** The region's rounds of a framework, oldest first. */
export async function listRegionRounds(db: Db, { regionKey, frameworkKey }: { regionKey: string; frameworkKey: string }) {
  return db
    .selectFrom("round")
    .where("region_key", "=", regionKey)
    .where("framework_key", "=", frameworkKey)
    .where("status", "in", ["open", "closed"])
    .select(["id", "name", "status", "framework_version as frameworkVersion", "opens_on as opensOn", "due_on as dueOn"])
    .orderBy("opens_on")
    .orderBy("name")
    .execute();
}

/**
 * Every partnership of the region (archived ones left out) with its assessment in each of the given rounds: status,
 * dates, answers, and which indicators have evidence still within its review date on `today`.
 */
export async function listRegionAssessments(db: Db, { regionKey, roundIds, today }: { regionKey: string; roundIds: string[]; today: string }) {
  const rounds = roundIds.length > 0 ? roundIds : ["00000000-0000-0000-0000-000000000000"];
  return db
    .selectFrom("organisation as o")
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "=", "partnership")
    .where("o.archived_at", "is", null)
    .select((eb) => [
      "o.id as organisationId",
      "o.name",
      "o.short_name as shortName",
      jsonArrayFrom(
        eb
          .selectFrom("assessment as a")
          .whereRef("a.organisation_id", "=", "o.id")
          .where("a.round_id", "in", rounds)
          .select((e) => [
            "a.id",
            "a.round_id as roundId",
            "a.status",
            "a.submitted_at as submittedAt",
            "a.decided_at as decidedAt",
            "a.updated_at as updatedAt",
            jsonArrayFrom(
              e
                .selectFrom("rating as g")
                .whereRef("g.assessment_id", "=", "a.id")
                .select(["g.indicator_key as indicatorKey", "g.answer", "g.level", "g.target_level as targetLevel"]),
            ).as("ratings"),
            e
              .selectFrom("evidence_link as l")
              .innerJoin("evidence as ev", "ev.id", "l.evidence_id")
              .leftJoin("evidence_file as ef", "ef.id", "ev.file_id")
              .whereRef("l.assessment_id", "=", "a.id")
              .where("ev.review_by", ">=", today)
              .where("ef.purged_at", "is", null) // a purged file backs nothing
              .select(sql<string[]>`coalesce(array_agg(distinct l.indicator_key), '{}')`.as("keys"))
              .as("evidenced"),
          ]),
      ).as("assessments"),
    ])
    .orderBy("o.name")
    .execute();
}
export type RegionAssessmentsRow = Awaited<ReturnType<typeof listRegionAssessments>>[number];
