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

