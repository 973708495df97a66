import { sql, type Kysely } from "kysely";

/**
 * Working as a team (docs/decisions/024): a contributor role for partnerships and providers (a colleague who sees
 * and edits only the parts of an assessment assigned to them); one person per assigned part; and the agreed rating
 * a lead records after independent ratings, with the reason, kept beside the individual ratings.
 * Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`
    alter table membership add constraint membership_role_check check (role in (
      'network_staff', 'partnership_lead', 'partnership_viewer', 'partnership_contributor',
      'provider_editor', 'provider_viewer', 'provider_contributor'))`.execute(db);

  // A part of an assessment is assigned to one person at a time: assigning it again hands it over.
  await db.schema
    .createIndex("assignment_domain_key")
    .on("assignment")
    .columns(["assessment_id", "domain_key"])
    .unique()
    .where(sql.ref("domain_key"), "is not", null)
    .execute();
  await db.schema
    .createIndex("assignment_indicator_key")
    .on("assignment")
    .columns(["assessment_id", "indicator_key"])
    .unique()
    .where(sql.ref("indicator_key"), "is not", null)
    .execute();

  await db.schema
    .alterTable("consensus_request")
    .addColumn("released_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("consensus_outcome")
    .addColumn("request_id", "uuid", (c) => c.notNull().references("consensus_request.id").onDelete("cascade"))
    .addColumn("indicator_key", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull().check(sql`answer in ('level', 'not_applicable', 'dont_know')`))
    .addColumn("level", "smallint", (c) => c.check(sql`level between 1 and 5`))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("agreed_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("agreed_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("consensus_outcome_pkey", ["request_id", "indicator_key"])
    .addCheckConstraint("consensus_outcome_level_matches_answer", sql`(answer = 'level') = (level is not null)`)
    .execute();
  await db.schema.createIndex("consensus_request_assessment_idx").on("consensus_request").column("assessment_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("consensus_outcome").execute();
  await db.schema.dropIndex("consensus_request_assessment_idx").execute();
  await db.schema.alterTable("consensus_request").dropColumn("released_by").execute();
  await db.schema.dropIndex("assignment_indicator_key").execute();
  await db.schema.dropIndex("assignment_domain_key").execute();
  await sql`alter table membership drop constraint membership_role_check`.execute(db);
  await sql`
    alter table membership add constraint membership_role_check check (role in (
      'network_staff', 'partnership_lead', 'partnership_viewer', 'provider_editor', 'provider_viewer'))`.execute(db);
}
