import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { OrganisationKind } from "../assessment/vocabulary";
import type { Database, Db, NewOrganisation } from "./schema";

/** An organisation's boroughs, by name, as a JSON array inside the organisation's row. */
function boroughsOf(eb: ExpressionBuilder<Database & { o: Database["organisation"] }, "o">) {
  return jsonArrayFrom(
    eb
      .selectFrom("organisation_borough as ob")
      .innerJoin("borough as b", "b.key", "ob.borough_key")
      .whereRef("ob.organisation_id", "=", "o.id")
      .select(["b.key", "b.name"])
      .orderBy("b.name"),
  );
}

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  shortName: string | null;
  regionKey: string;
  boroughs: { key: string; name: string }[];
}

export async function createOrganisation(
  db: Db,
  organisation: NewOrganisation & { boroughKeys?: string[] },
): Promise<{ id: string }> {
  const { boroughKeys = [], ...row } = organisation;
  const created = await db.insertInto("organisation").values(row).returning("id").executeTakeFirstOrThrow();
  if (boroughKeys.length > 0) {
    await db
      .insertInto("organisation_borough")
      .values(boroughKeys.map((borough_key) => ({ organisation_id: created.id, borough_key })))
      .execute();
  }
  return created;
}

/** Organisations of a region (optionally of one kind), each with its boroughs, in one query. */
export async function listOrganisations(
  db: Db,
  filter: { regionKey: string; kind?: OrganisationKind },
): Promise<OrganisationSummary[]> {
  let query = db
    .selectFrom("organisation as o")
    .where("o.region_key", "=", filter.regionKey)
    .where("o.archived_at", "is", null)
    .select((eb) => [
      "o.id",
      "o.kind",
      "o.name",
      "o.short_name as shortName",
      "o.region_key as regionKey",
      boroughsOf(eb).as("boroughs"),
    ])
    .orderBy("o.kind")
    .orderBy("o.name");
  if (filter.kind) query = query.where("o.kind", "=", filter.kind);
  return query.execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One organisation with its boroughs; undefined when there is none (or the id is malformed). */
export async function findOrganisation(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom("organisation as o")
    .where("o.id", "=", id)
    .select((eb) => [
      "o.id",
      "o.kind",
      "o.name",
      "o.short_name as shortName",
      "o.region_key as regionKey",
      "o.homes_band as homesBand",
      "o.note",
      boroughsOf(eb).as("boroughs"),
    ])
    .executeTakeFirst();
}
