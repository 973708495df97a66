import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Kysely, Transaction } from "kysely";
import type { Database, Db } from "./schema";

export async function upsertRegion(db: Db, region: { key: string; name: string }): Promise<void> {
  await db
    .insertInto("region")
    .values(region)
    .onConflict((oc) => oc.column("key").doUpdateSet({ name: region.name }))
    .execute();
}

export async function upsertBoroughs(db: Db, boroughs: { key: string; name: string; region_key: string }[]): Promise<void> {
  if (boroughs.length === 0) return;
  await db
    .insertInto("borough")
    .values(boroughs)
    .onConflict((oc) => oc.column("key").doUpdateSet((eb) => ({ name: eb.ref("excluded.name"), region_key: eb.ref("excluded.region_key") })))
    .execute();
}


/** A region's boroughs, by name. */
export async function listBoroughs(db: Db, regionKey: string) {
  return db.selectFrom("borough").where("region_key", "=", regionKey).select(["key", "name"]).orderBy("name").execute();
}

/** The partnerships (ICS areas) of a region with the keys of their boroughs: one query. */
export async function listPartnershipAreas(db: Db, regionKey: string) {
  return db
    .selectFrom("organisation as o")
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "=", "partnership")
    .where("o.archived_at", "is", null)
    .select((eb) => [
      "o.id",
      "o.name",
      jsonArrayFrom(eb.selectFrom("organisation_borough as ob").whereRef("ob.organisation_id", "=", "o.id").select("ob.borough_key as key")).as("boroughs"),
    ])
    .orderBy("o.name")
    .execute();
}
