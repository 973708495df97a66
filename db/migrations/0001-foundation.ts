import { sql, type Kysely } from "kysely";

/**
 * The whole product's schema, first cut. Frozen once released: later changes
 * are new migrations. Uses only what PostgreSQL 15 offers (PGlite runs 18).
 * Takes Kysely<any> on purpose: migrations must not follow the app's types.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const id = (c: any) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = (c: any) => c.notNull().defaultTo(sql`now()`);

  // Places -------------------------------------------------------------------
  await db.schema
    .createTable("region")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("borough")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("region_key", "text", (c) => c.notNull().references("region.key"))
    .execute();

  // Organisations and people -------------------------------------------------
  await db.schema
    .createTable("organisation")
    .addColumn("id", "uuid", id)
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('network', 'partnership', 'provider')`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("short_name", "text")
    .addColumn("region_key", "text", (c) => c.notNull().references("region.key"))
    .addColumn("homes_band", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("archived_at", "timestamptz")
    .addUniqueConstraint("organisation_kind_name_key", ["kind", "name"])
    .execute();
  await db.schema.createIndex("organisation_region_kind_idx").on("organisation").columns(["region_key", "kind"]).execute();

  await db.schema
    .createTable("organisation_borough")
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("borough_key", "text", (c) => c.notNull().references("borough.key"))
    .addPrimaryKeyConstraint("organisation_borough_pkey", ["organisation_id", "borough_key"])
    .execute();
  await db.schema.createIndex("organisation_borough_borough_idx").on("organisation_borough").column("borough_key").execute();

  await db.schema
    .createTable("person")
    .addColumn("id", "uuid", id)
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("password_changed_at", "timestamptz", now)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("disabled_at", "timestamptz")
    .execute();
  await db.schema.createIndex("person_email_key").on("person").unique().expression(sql`lower(email)`).execute();

  await db.schema
    .createTable("membership")
    .addColumn("id", "uuid", id)
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id").onDelete("cascade"))
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('network_staff', 'partnership_lead', 'partnership_viewer', 'provider_editor', 'provider_viewer')`),
    )
    .addColumn("created_at", "timestamptz", now)
    .addUniqueConstraint("membership_person_organisation_key", ["person_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("membership_organisation_idx").on("membership").column("organisation_id").execute();

  // Sessions and sign-in throttling ---------------------------------------------
  await db.schema
    .createTable("session")
    .addColumn("id", "text", (c) => c.primaryKey()) // SHA-256 of the cookie token; the token itself is never stored
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("last_seen_at", "timestamptz", now)
    .addColumn("idle_expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("absolute_expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("client_ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("session_person_idx").on("session").column("person_id").execute();

  await db.schema
    .createTable("sign_in_attempt")
    .addColumn("id", "uuid", id)
    .addColumn("email_key", "text", (c) => c.notNull())
    .addColumn("client_ip", "text", (c) => c.notNull())
    .addColumn("succeeded", "boolean", (c) => c.notNull())
    .addColumn("attempted_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("sign_in_attempt_email_idx").on("sign_in_attempt").columns(["email_key", "attempted_at"]).execute();
  await db.schema.createIndex("sign_in_attempt_ip_idx").on("sign_in_attempt").columns(["client_ip", "attempted_at"]).execute();

  // Frameworks, rounds and assessments -------------------------------------------
  // Framework content lives in code (assessment/); this table records which
  // published versions exist so rounds and assessments can refer to them.
  await db.schema
    .createTable("framework_version")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("published_on", "date", (c) => c.notNull())
    .addColumn("content_hash", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("framework_version_pkey", ["key", "version"])
    .execute();

  await db.schema
    .createTable("round")
    .addColumn("id", "uuid", id)
    .addColumn("region_key", "text", (c) => c.notNull().references("region.key"))
    .addColumn("framework_key", "text", (c) => c.notNull())
    .addColumn("framework_version", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("opens_on", "date", (c) => c.notNull())
    .addColumn("closes_on", "date", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft', 'open', 'closed')`))
    .addColumn("created_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .addForeignKeyConstraint("round_framework_fkey", ["framework_key", "framework_version"], "framework_version", ["key", "version"])
    .addCheckConstraint("round_dates_check", sql`closes_on >= opens_on`)
    .execute();
  await db.schema.createIndex("round_region_idx").on("round").columns(["region_key", "opens_on"]).execute();

  // One organisation's response to one round: a partnership self-assessment or
  // a housing provider's offer (the framework says which).
  await db.schema
    .createTable("assessment")
    .addColumn("id", "uuid", id)
    .addColumn("round_id", "uuid", (c) => c.notNull().references("round.id"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("framework_key", "text", (c) => c.notNull())
    .addColumn("framework_version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("in_progress").check(sql`status in ('in_progress', 'submitted', 'returned', 'approved')`),
    )
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("submitted_at", "timestamptz")
    .addColumn("submitted_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addForeignKeyConstraint("assessment_framework_fkey", ["framework_key", "framework_version"], "framework_version", ["key", "version"])
    .addUniqueConstraint("assessment_round_organisation_key", ["round_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("assessment_organisation_idx").on("assessment").column("organisation_id").execute();

  await db.schema
    .createTable("rating")
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("indicator_key", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull().check(sql`answer in ('level', 'not_applicable', 'dont_know')`))
    .addColumn("level", "smallint", (c) => c.check(sql`level between 1 and 5`))
    .addColumn("target_level", "smallint", (c) => c.check(sql`target_level between 1 and 5`))
    .addColumn("confidence", "text", (c) => c.check(sql`confidence in ('low', 'medium', 'high')`))
    .addColumn("rationale", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("rating_pkey", ["assessment_id", "indicator_key"])
    .addCheckConstraint("rating_level_matches_answer", sql`(answer = 'level') = (level is not null)`)
    .execute();

  // Evidence belongs to the organisation, so it can support ratings in later rounds.
  await db.schema
    .createTable("evidence")
    .addColumn("id", "uuid", id)
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("url", "text")
    .addColumn("strength", "text", (c) =>
      c.notNull().check(sql`strength in ('intent', 'documentary', 'outcome', 'independent')`),
    )
    .addColumn("dated_on", "date", (c) => c.notNull())
    .addColumn("review_by", "date", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("evidence_organisation_idx").on("evidence").column("organisation_id").execute();

  await db.schema
    .createTable("evidence_link")
    .addColumn("evidence_id", "uuid", (c) => c.notNull().references("evidence.id").onDelete("cascade"))
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("indicator_key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evidence_link_pkey", ["evidence_id", "assessment_id", "indicator_key"])
    .execute();
  await db.schema.createIndex("evidence_link_assessment_idx").on("evidence_link").columns(["assessment_id", "indicator_key"]).execute();

  await db.schema
    .createTable("action")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("domain_key", "text", (c) => c.notNull())
    .addColumn("indicator_key", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("owner_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("due_on", "date")
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("planned").check(sql`status in ('planned', 'in_progress', 'done', 'dropped')`),
    )
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("action_assessment_idx").on("action").column("assessment_id").execute();

  // A housing provider's offer: the services it states, per offer assessment.
  await db.schema
    .createTable("offer_service")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("service_key", "text", (c) => c.notNull())
    .addColumn("capacity", "integer", (c) => c.check(sql`capacity >= 0`))
    .addColumn("capacity_unit", "text")
    .addColumn("referral_route", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("response_days", "integer", (c) => c.check(sql`response_days >= 0`))
    .addColumn("outcomes_measured", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addUniqueConstraint("offer_service_assessment_service_key", ["assessment_id", "service_key"])
    .execute();

  await db.schema
    .createTable("offer_service_borough")
    .addColumn("offer_service_id", "uuid", (c) => c.notNull().references("offer_service.id").onDelete("cascade"))
    .addColumn("borough_key", "text", (c) => c.notNull().references("borough.key"))
    .addPrimaryKeyConstraint("offer_service_borough_pkey", ["offer_service_id", "borough_key"])
    .execute();

  // The network's review of a submitted assessment.
  await db.schema
    .createTable("review")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("reviewer_id", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("decision", "text", (c) => c.notNull().check(sql`decision in ('comment', 'returned', 'approved')`))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("review_assessment_idx").on("review").columns(["assessment_id", "created_at"]).execute();

  // The resource library (seeded from assessment/, then kept by network staff).
  await db.schema
    .createTable("resource")
    .addColumn("id", "uuid", id)
    .addColumn("seed_key", "text", (c) => c.unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("publisher", "text", (c) => c.notNull())
    .addColumn("year", "integer")
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("confirmed", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("note", "text")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addColumn("archived_at", "timestamptz")
    .execute();

  await db.schema
    .createTable("resource_tag")
    .addColumn("resource_id", "uuid", (c) => c.notNull().references("resource.id").onDelete("cascade"))
    .addColumn("framework_key", "text", (c) => c.notNull())
    .addColumn("domain_key", "text", (c) => c.notNull())
    .addColumn("indicator_key", "text", (c) => c.notNull().defaultTo("")) // '' = the whole domain
    .addPrimaryKeyConstraint("resource_tag_pkey", ["resource_id", "framework_key", "domain_key", "indicator_key"])
    .execute();
  await db.schema.createIndex("resource_tag_domain_idx").on("resource_tag").columns(["framework_key", "domain_key"]).execute();

  // Audit: who did what to which thing, append-only.
  await db.schema
    .createTable("audit_event")
    .addColumn("id", "uuid", id)
    .addColumn("occurred_at", "timestamptz", now)
    .addColumn("person_id", "uuid", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("organisation_id", "uuid", (c) => c.references("organisation.id").onDelete("set null"))
    .addColumn("subject_type", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("detail", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute();
  await db.schema.createIndex("audit_event_subject_idx").on("audit_event").columns(["subject_type", "subject_id", "occurred_at"]).execute();
  await db.schema.createIndex("audit_event_organisation_idx").on("audit_event").columns(["organisation_id", "occurred_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_event", "resource_tag", "resource", "review", "offer_service_borough", "offer_service", "action",
    "evidence_link", "evidence", "rating", "assessment", "round", "framework_version", "sign_in_attempt",
    "session", "membership", "person", "organisation_borough", "organisation", "borough", "region",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
