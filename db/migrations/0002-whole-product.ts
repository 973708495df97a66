import { sql, type Kysely } from "kysely";

/**
 * The schema for the whole product (docs/decisions/007-the-whole-schema.md). 0001 stays as released; this
 * migration reshapes what 0001 only sketched and nothing used yet (actions, offers, reviews), and adds what the
 * coming features need: evidence files in the database, organisation merges, invitations and password resets,
 * notifications, assignments and independent ratings, benchmark peer sets, and a fuller audit trail.
 * PostgreSQL 15 features only (PGlite runs 18). Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const id = (c: any) => c.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = (c: any) => c.notNull().defaultTo(sql`now()`);
  const person = (c: any) => c.references("person.id").onDelete("set null");
  const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));

  // Tables 0001 sketched for features that had not been built: nothing wrote to them. Dropped and made again.
  for (const table of ["offer_service_borough", "offer_service", "action", "review"]) {
    await db.schema.dropTable(table).execute();
  }

  // Organisations: the provider's type, benchmark participation, and merges -------------------------------------
  await db.schema
    .alterTable("organisation")
    .addColumn("organisation_type", "text")
    .addColumn("benchmark_opted_out_at", "timestamptz")
    .execute();

  // When partnerships merge, a successor organisation is made; each predecessor keeps its own history (its
  // assessments, evidence and actions keep its id) and is archived. Reading a successor's history follows this table.
  await db.schema
    .createTable("organisation_merge")
    .addColumn("predecessor_id", "uuid", (c) => c.primaryKey().references("organisation.id"))
    .addColumn("successor_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("merged_on", "date", (c) => c.notNull())
    .addColumn("merged_by", "uuid", person)
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", now)
    .addCheckConstraint("organisation_merge_not_itself", sql`predecessor_id <> successor_id`)
    .execute();
  await db.schema.createIndex("organisation_merge_successor_idx").on("organisation_merge").column("successor_id").execute();

  // People and accounts ---------------------------------------------------------------------------------------------
  // A person invited before they have chosen a password has no hash yet (and cannot sign in).
  await db.schema.alterTable("person").alterColumn("password_hash", (c) => c.dropNotNull()).execute();
  await db.schema
    .alterTable("person")
    .addColumn("reminders_enabled", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("totp_secret", "text") // two-step sign-in: the authenticator secret, once confirmed
    .addColumn("totp_enabled_at", "timestamptz")
    .execute();

  await db.schema.alterTable("membership").addColumn("invited_by", "uuid", person).execute();

  // Invitation and password-reset links: single use, expiring, stored only as a SHA-256 of the token.
  await db.schema
    .createTable("account_token")
    .addColumn("id", "uuid", id)
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('invitation', 'password_reset')`))
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("created_by", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema.createIndex("account_token_person_idx").on("account_token").column("person_id").execute();

  await db.schema
    .createTable("recovery_code")
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .addPrimaryKeyConstraint("recovery_code_pkey", ["person_id", "code_hash"])
    .execute();

  // A session acts for one of the person's memberships (a person may belong to several organisations).
  // Removing that membership ends the session at once.
  await db.schema
    .alterTable("session")
    .addColumn("membership_id", "uuid", (c) => c.references("membership.id").onDelete("cascade"))
    .addColumn("second_factor_at", "timestamptz")
    .execute();

  // Rounds -------------------------------------------------------------------------------------------------------
  // The status alone decides whether a round is open; the due date is advisory (late work is flagged, not refused).
  // (Renaming the column carries 0001's round_dates_check over: it now reads due_on >= opens_on.)
  await db.schema.alterTable("round").renameColumn("closes_on", "due_on").execute();
  await db.schema
    .alterTable("round")
    .addColumn("closed_at", "timestamptz")
    .addColumn("closed_by", "uuid", person)
    .execute();
  await sql`alter table round add constraint round_region_framework_name_key unique (region_key, framework_key, name)`.execute(db);
  // Lets an assessment's foreign key require the round's framework version.
  await sql`alter table round add constraint round_id_framework_key unique (id, framework_key, framework_version)`.execute(db);

  // Assessments --------------------------------------------------------------------------------------------------
  await db.schema
    .alterTable("assessment")
    .addForeignKeyConstraint(
      "assessment_round_framework_fkey",
      ["round_id", "framework_key", "framework_version"],
      "round",
      ["id", "framework_key", "framework_version"],
    )
    .execute();
  await db.schema
    .alterTable("assessment")
    // Reopening an approval makes a new version of the same assessment (one assessment per organisation and round).
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("started_from_id", "uuid", (c) => c.references("assessment.id").onDelete("set null"))
    .addColumn("created_by", "uuid", person)
    .addColumn("updated_by", "uuid", person)
    .addColumn("review_started_at", "timestamptz")
    .addColumn("review_started_by", "uuid", person)
    .addColumn("decided_at", "timestamptz")
    .addColumn("decided_by", "uuid", person)
    .execute();
  await db.schema.createIndex("assessment_round_status_idx").on("assessment").columns(["round_id", "status"]).execute();

  // A carried-over answer stays marked until someone confirms or changes it.
  await db.schema
    .alterTable("rating")
    .addColumn("carried_over", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", now)
    .execute();

  // Evidence: links, and files kept in the database in chunks of at most 1 MB -------------------------------------
  await db.schema
    .createTable("evidence_file")
    .addColumn("id", "uuid", id)
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size_bytes", "bigint", (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("created_by", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    // Purged (personal data uploaded by mistake): the bytes are deleted, this row stays as a tombstone.
    .addColumn("purged_at", "timestamptz")
    .addColumn("purged_by", "uuid", person)
    .addColumn("purge_reason", "text")
    .execute();
  await db.schema
    .createIndex("evidence_file_organisation_sha256_key")
    .on("evidence_file")
    .columns(["organisation_id", "sha256"])
    .unique()
    .where(sql.ref("purged_at"), "is", null)
    .execute();

  await db.schema
    .createTable("evidence_file_chunk")
    .addColumn("file_id", "uuid", (c) => c.notNull().references("evidence_file.id").onDelete("cascade"))
    .addColumn("seq", "integer", (c) => c.notNull().check(sql`seq >= 0`))
    .addColumn("bytes", "bytea", (c) => c.notNull().check(sql`octet_length(bytes) between 1 and 1048576`))
    .addPrimaryKeyConstraint("evidence_file_chunk_pkey", ["file_id", "seq"])
    .execute();

  await db.schema
    .alterTable("evidence")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("link").check(sql`kind in ('link', 'file')`))
    .addColumn("file_id", "uuid", (c) => c.references("evidence_file.id"))
    .addColumn("owner_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_by", "uuid", person)
    .execute();
  await db.schema
    .alterTable("evidence")
    .addCheckConstraint("evidence_kind_matches", sql`(kind = 'link' and url is not null and file_id is null) or (kind = 'file' and file_id is not null)`)
    .execute();
  await db.schema.createIndex("evidence_file_idx").on("evidence").column("file_id").execute();
  await db.schema.createIndex("evidence_link_evidence_idx").on("evidence_link").column("evidence_id").execute();

  // Actions belong to the organisation (optionally to one indicator), so they carry from round to round ------------
  await db.schema
    .createTable("action")
    .addColumn("id", "uuid", id)
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("framework_key", "text", (c) => c.notNull())
    .addColumn("indicator_key", "text")
    .addColumn("raised_in_assessment_id", "uuid", (c) => c.references("assessment.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("owner_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("due_on", "date")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in (${list(["open", "in_progress", "done", "dropped"])})`))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_by", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_by", "uuid", person)
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("action_organisation_idx").on("action").columns(["organisation_id", "status"]).execute();

  // Housing provider offers: a standing record, edited as a draft and published as numbered versions ---------------
  await db.schema
    .createTable("offer_version")
    .addColumn("id", "uuid", id)
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addColumn("version", "integer", (c) => c.notNull().check(sql`version >= 1`))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft', 'published', 'superseded')`))
    .addColumn("framework_key", "text", (c) => c.notNull())
    .addColumn("framework_version", "integer", (c) => c.notNull())
    .addColumn("organisation_type", "text")
    .addColumn("contact_route", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("last_reviewed_on", "date")
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .addColumn("updated_by", "uuid", person)
    .addColumn("published_at", "timestamptz")
    .addColumn("published_by", "uuid", person)
    .addForeignKeyConstraint("offer_version_framework_fkey", ["framework_key", "framework_version"], "framework_version", ["key", "version"])
    .addUniqueConstraint("offer_version_organisation_version_key", ["organisation_id", "version"])
    .addCheckConstraint("offer_version_published_has_date", sql`(status = 'draft') = (published_at is null)`)
    .execute();
  // At most one draft and one published version per organisation.
  for (const status of ["draft", "published"]) {
    await db.schema
      .createIndex(`offer_version_one_${status}_key`)
      .on("offer_version")
      .column("organisation_id")
      .unique()
      .where(sql.ref("status"), "=", status)
      .execute();
  }

  await db.schema
    .createTable("offer_service")
    .addColumn("id", "uuid", id)
    .addColumn("offer_version_id", "uuid", (c) => c.notNull().references("offer_version.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("service_key", "text", (c) => c.notNull())
    .addColumn("eligibility", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("client_groups", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("capacity", "integer", (c) => c.check(sql`capacity >= 0`))
    .addColumn("capacity_unit", "text")
    .addColumn("referral_routes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("referral_detail", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("response_time", "integer", (c) => c.check(sql`response_time >= 0`))
    .addColumn("response_time_unit", "text")
    .addColumn("outcomes", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("outcomes_other", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("funding", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("cost_basis", "text")
    .addColumn("cost_detail", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("tenures", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn("hours", "text")
    .addColumn("hours_detail", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("contract_end_on", "date")
    .addUniqueConstraint("offer_service_version_position_key", ["offer_version_id", "position"])
    .execute();
  await db.schema.createIndex("offer_service_service_idx").on("offer_service").columns(["service_key", "offer_version_id"]).execute();

  await db.schema
    .createTable("offer_service_borough")
    .addColumn("offer_service_id", "uuid", (c) => c.notNull().references("offer_service.id").onDelete("cascade"))
    .addColumn("borough_key", "text", (c) => c.notNull().references("borough.key"))
    .addPrimaryKeyConstraint("offer_service_borough_pkey", ["offer_service_id", "borough_key"])
    .execute();
  await db.schema.createIndex("offer_service_borough_borough_idx").on("offer_service_borough").column("borough_key").execute();

  // Benchmarks: the peer set of a round is fixed when the round closes, so figures cannot be differenced later.
  await db.schema
    .createTable("benchmark_peer")
    .addColumn("round_id", "uuid", (c) => c.notNull().references("round.id").onDelete("cascade"))
    .addColumn("organisation_id", "uuid", (c) => c.notNull().references("organisation.id"))
    .addPrimaryKeyConstraint("benchmark_peer_pkey", ["round_id", "organisation_id"])
    .execute();

  // Reviews ------------------------------------------------------------------------------------------------------
  await db.schema
    .createTable("review_comment")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("assessment_version", "integer", (c) => c.notNull())
    .addColumn("domain_key", "text")
    .addColumn("indicator_key", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("review_comment_assessment_idx").on("review_comment").columns(["assessment_id", "created_at"]).execute();

  // Decisions; an approval carries the immutable snapshot of what was approved (answers and evidence).
  await db.schema
    .createTable("review_decision")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("assessment_version", "integer", (c) => c.notNull())
    .addColumn("decision", "text", (c) => c.notNull().check(sql`decision in ('returned', 'approved', 'reopened')`))
    .addColumn("comment", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("snapshot", "jsonb")
    .addColumn("decided_by", "uuid", person)
    .addColumn("decided_at", "timestamptz", now)
    .addCheckConstraint("review_decision_snapshot_when_approved", sql`(decision = 'approved') = (snapshot is not null)`)
    .execute();
  await db.schema.createIndex("review_decision_assessment_idx").on("review_decision").columns(["assessment_id", "decided_at"]).execute();
  await db.schema
    .createIndex("review_decision_one_approval_per_version_key")
    .on("review_decision")
    .columns(["assessment_id", "assessment_version"])
    .unique()
    .where(sql.ref("decision"), "=", "approved")
    .execute();
  // An approval, once recorded, never changes.
  await sql`
    create function hearth_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'an approved assessment''s record cannot be changed' using errcode = 'integrity_constraint_violation';
    end $$`.execute(db);
  await sql`
    create trigger review_decision_immutable before update or delete on review_decision
    for each row when (old.decision = 'approved') execute function hearth_refuse_change()`.execute(db);

  // Working as a team: assignments and independent ratings ----------------------------------------------------
  await db.schema
    .createTable("assignment")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("domain_key", "text")
    .addColumn("indicator_key", "text")
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("due_on", "date")
    .addColumn("created_by", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    .addCheckConstraint("assignment_one_scope", sql`(domain_key is null) <> (indicator_key is null)`)
    .execute();
  await db.schema.createIndex("assignment_assessment_idx").on("assignment").columns(["assessment_id", "person_id"]).execute();
  await db.schema.createIndex("assignment_person_idx").on("assignment").column("person_id").execute();

  await db.schema
    .createTable("consensus_request")
    .addColumn("id", "uuid", id)
    .addColumn("assessment_id", "uuid", (c) => c.notNull().references("assessment.id").onDelete("cascade"))
    .addColumn("domain_key", "text", (c) => c.notNull())
    .addColumn("requested_by", "uuid", person)
    .addColumn("created_at", "timestamptz", now)
    .addColumn("released_at", "timestamptz") // ratings become visible: everyone rated, or the lead closed the rating
    .execute();
  await db.schema
    .createIndex("consensus_request_open_key")
    .on("consensus_request")
    .columns(["assessment_id", "domain_key"])
    .unique()
    .where(sql.ref("released_at"), "is", null)
    .execute();

  await db.schema
    .createTable("consensus_rater")
    .addColumn("request_id", "uuid", (c) => c.notNull().references("consensus_request.id").onDelete("cascade"))
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("consensus_rater_pkey", ["request_id", "person_id"])
    .execute();

  await db.schema
    .createTable("independent_rating")
    .addColumn("request_id", "uuid", (c) => c.notNull().references("consensus_request.id").onDelete("cascade"))
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("indicator_key", "text", (c) => c.notNull())
    .addColumn("answer", "text", (c) => c.notNull().check(sql`answer in ('level', 'not_applicable', 'dont_know')`))
    .addColumn("level", "smallint", (c) => c.check(sql`level between 1 and 5`))
    .addColumn("rationale", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "timestamptz", now)
    .addPrimaryKeyConstraint("independent_rating_pkey", ["request_id", "person_id", "indicator_key"])
    .addCheckConstraint("independent_rating_level_matches_answer", sql`(answer = 'level') = (level is not null)`)
    .execute();

  // What changed for people: an in-app list, and reminders sent once --------------------------------------------------
  await db.schema
    .createTable("notification")
    .addColumn("id", "uuid", id)
    .addColumn("organisation_id", "uuid", (c) => c.references("organisation.id").onDelete("cascade"))
    .addColumn("person_id", "uuid", (c) => c.references("person.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("link", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", now)
    .addCheckConstraint("notification_has_audience", sql`organisation_id is not null or person_id is not null`)
    .execute();
  await db.schema.createIndex("notification_organisation_idx").on("notification").columns(["organisation_id", "created_at"]).execute();
  await db.schema.createIndex("notification_person_idx").on("notification").columns(["person_id", "created_at"]).execute();

  await db.schema
    .createTable("notification_seen")
    .addColumn("person_id", "uuid", (c) => c.primaryKey().references("person.id").onDelete("cascade"))
    .addColumn("seen_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("reminder_sent")
    .addColumn("key", "text", (c) => c.primaryKey()) // what was reminded about, to whom, for which date
    .addColumn("person_id", "uuid", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("sent_at", "timestamptz", now)
    .execute();

  // The resource library: staff edits are kept apart from seeded content, so content updates never undo them --------
  await db.schema.alterTable("resource").renameColumn("archived_at", "retired_at").execute();
  await db.schema
    .alterTable("resource")
    .addColumn("seed_hash", "text") // the seed content last applied to this row
    .addColumn("edited_at", "timestamptz") // set when network staff change the row
    .addColumn("edited_by", "uuid", person)
    .execute();

  // Audit: who, when, what, from what, to what -------------------------------------------------------------------
  await db.schema
    .alterTable("audit_event")
    .addColumn("actor_name", "text", (c) => c.notNull().defaultTo("")) // readable after the person is gone
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_event_occurred_idx").on("audit_event").column("occurred_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  void db;
  throw new Error("0002 cannot be undone: restore a backup instead");
}
