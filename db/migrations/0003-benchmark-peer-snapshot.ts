import { sql, type Kysely } from "kysely";

/**
 * A round's benchmark peer set keeps, with each provider, what the benchmark is worked out from as it was when the
 * round closed: the provider's size band, organisation type, the ICS areas it worked in, and its levels (indicator →
 * 1–5). A provider that later changes its size band, its boroughs or its type, or an assessment changed after the
 * round, cannot move a closed round's figures, so comparing them before and after reveals nothing
 * (docs/decisions/019-benchmark-peer-sets.md). Rows already there are filled from the data as it is now.
 * Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("benchmark_peer")
    .addColumn("homes_band", "text")
    .addColumn("organisation_type", "text")
    .addColumn("partnership_ids", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("levels", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await sql`
    update benchmark_peer bp set
      homes_band = o.homes_band,
      organisation_type = o.organisation_type,
      partnership_ids = array(
        select distinct p.id::text from organisation_borough ob
        join organisation_borough pb on pb.borough_key = ob.borough_key
        join organisation p on p.id = pb.organisation_id and p.kind = 'partnership'
        where ob.organisation_id = o.id order by 1),
      levels = coalesce((
        select jsonb_object_agg(g.indicator_key, g.level) from assessment a
        join rating g on g.assessment_id = a.id and g.answer = 'level' and g.level is not null
        where a.round_id = bp.round_id and a.organisation_id = bp.organisation_id), '{}'::jsonb)
    from organisation o where o.id = bp.organisation_id`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("benchmark_peer").dropColumn("levels").dropColumn("partnership_ids").dropColumn("organisation_type").dropColumn("homes_band").execute();
}
