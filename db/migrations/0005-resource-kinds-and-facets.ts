import { sql, type Kysely } from "kysely";

/**
 * Network staff keep the resource library: each resource says what kind of thing it is, and can be tagged directly
 * with the regional vocabularies (King's Fund report areas, MoU aims, London strategy aims, network themes) as well
 * as with framework domains and indicators (resource_tag). Seeded resources start as guidance with no direct tags.
 * Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("resource")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("guidance").check(sql`kind in ('guidance', 'research', 'example', 'tool', 'data')`))
    .addColumn("report_areas", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("mou_aims", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("london_aims", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("network_themes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await db.schema.createIndex("resource_retired_idx").on("resource").columns(["retired_at", "title"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("resource_retired_idx").ifExists().execute();
  await db.schema.alterTable("resource").dropColumn("kind").dropColumn("report_areas").dropColumn("mou_aims").dropColumn("london_aims").dropColumn("network_themes").execute();
}
