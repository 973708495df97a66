import type { Kysely } from "kysely";
import { frameworks, PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY, latestFramework } from "../../assessment";
import { syncFrameworkVersions } from "../../db/frameworks";
import type { Database, TableName } from "../../db/schema";

/**
 * Puts at least one row in every table of the schema, with awkward values (bytes of every value, arrays with
 * commas and quotes, nested JSON, a row pointing at another row of its own table), for tests that must prove
 * something holds for every table. Returns the ids it made. Adding a table to the schema without adding it here
 * fails tests/integration/transfer.test.ts.
 */
export async function fillEveryTable(db: Kysely<Database>): Promise<{ liveTokenHash: string; tables: TableName[] }> {
  await syncFrameworkVersions(db, frameworks);
  const partnership = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const provider = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
  const indicator = partnership.domains[0]!.indicators[0]!;

  await db.insertInto("region").values({ key: "fill", name: "Fill region" }).execute();
  await db.insertInto("borough").values({ key: "fill-borough", name: "Fill borough", region_key: "fill" }).execute();
  const [network, icsA, icsB, merged, housing] = await db
    .insertInto("organisation")
    .values([
      { kind: "network", name: "Fill network", region_key: "fill" },
      { kind: "partnership", name: "Fill ICS A", region_key: "fill", note: "Predecessor" },
      { kind: "partnership", name: "Fill ICS B", region_key: "fill", archived_at: new Date("2026-01-01T00:00:00Z") },
      { kind: "partnership", name: "Fill ICS merged", region_key: "fill" },
      { kind: "provider", name: "Fill Homes", region_key: "fill", organisation_type: "housing-association", homes_band: "1000-4999" },
    ])
    .returning("id")
    .execute()
    .then((rows) => rows.map((r) => r.id));
  await db.insertInto("organisation_borough").values({ organisation_id: icsA!, borough_key: "fill-borough" }).execute();
  await db.insertInto("organisation_merge").values({ predecessor_id: icsB!, successor_id: merged!, merged_on: "2026-01-01", note: "Boundary change" }).execute();

  const [lead, staff] = await db
    .insertInto("person")
    .values([
      { email: "fill.lead@example.test", name: "Fill Lead", password_hash: "scrypt$x", totp_secret: "SECRET", totp_enabled_at: new Date() },
      { email: "fill.staff@example.test", name: "Fill Staff", password_hash: null },
    ])
    .returning("id")
    .execute()
    .then((rows) => rows.map((r) => r.id));
  const [membership] = await db
    .insertInto("membership")
    .values([
      { person_id: lead!, organisation_id: icsA!, role: "partnership_lead" },
      { person_id: staff!, organisation_id: network!, role: "network_staff", invited_by: lead! },
    ])
    .returning("id")
    .execute()
    .then((rows) => rows.map((r) => r.id));
  const liveTokenHash = "live-token-hash";
  await db
    .insertInto("account_token")
    .values([
      { token_hash: "used-token-hash", purpose: "invitation", person_id: staff!, created_by: lead!, expires_at: new Date(Date.now() + 86_400_000), used_at: new Date() },
      { token_hash: liveTokenHash, purpose: "password_reset", person_id: lead!, expires_at: new Date(Date.now() + 86_400_000) },
    ])
    .execute();
  await db.insertInto("recovery_code").values({ person_id: lead!, code_hash: "code-hash" }).execute();
  await db
    .insertInto("session")
    .values({ id: "fill-session", person_id: lead!, membership_id: membership!, idle_expires_at: new Date(Date.now() + 60_000), absolute_expires_at: new Date(Date.now() + 60_000) })
    .execute();
  await db.insertInto("sign_in_attempt").values({ email_key: "k", client_ip: "192.0.2.9", succeeded: false }).execute();

  const [round1, round2] = await db
    .insertInto("round")
    .values([
      { region_key: "fill", framework_key: partnership.key, framework_version: partnership.version, name: "2024/25", opens_on: "2024-04-01", due_on: "2024-06-30", status: "closed", closed_at: new Date() },
      { region_key: "fill", framework_key: partnership.key, framework_version: partnership.version, name: "2025/26", opens_on: "2025-04-01", due_on: "2025-06-30", status: "open", created_by: staff! },
    ])
    .returning("id")
    .execute()
    .then((rows) => rows.map((r) => r.id));
  // The second assessment was started from the first: a row of the table pointing at another row of it.
  const first = await db
    .insertInto("assessment")
    .values({ round_id: round1!, organisation_id: icsA!, framework_key: partnership.key, framework_version: partnership.version, status: "approved", version: 2 })
    .returning("id")
    .executeTakeFirstOrThrow();
  const second = await db
    .insertInto("assessment")
    .values({ round_id: round2!, organisation_id: icsA!, framework_key: partnership.key, framework_version: partnership.version, started_from_id: first.id, created_by: lead! })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("rating")
    .values({ assessment_id: second.id, indicator_key: indicator.key, answer: "level", level: 3, target_level: 4, confidence: "medium", rationale: "Line one\nline \"two\", with é", carried_over: true, updated_by: lead! })
    .execute();

  const bytes = Uint8Array.from({ length: 512 }, (_, i) => i % 256);
  const file = await db
    .insertInto("evidence_file")
    .values({ organisation_id: icsA!, sha256: "f".repeat(64), media_type: "application/pdf", size_bytes: bytes.length, file_name: "board minutes.pdf", created_by: lead! })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("evidence_file_chunk").values({ file_id: file.id, seq: 0, bytes }).execute();
  const evidence = await db
    .insertInto("evidence")
    .values([
      { organisation_id: icsA!, title: "Board minutes", kind: "file", file_id: file.id, strength: "documentary", dated_on: "2025-05-01", review_by: "2027-05-01", owner_name: "Ann Owner" },
      { organisation_id: icsA!, title: "Strategy", kind: "link", url: "https://example.test/strategy", strength: "intent", dated_on: "2025-01-01", review_by: "2027-01-01" },
    ])
    .returning("id")
    .execute();
  await db.insertInto("evidence_link").values({ evidence_id: evidence[0]!.id, assessment_id: second.id, indicator_key: indicator.key }).execute();
  await db
    .insertInto("action")
    .values({ organisation_id: icsA!, framework_key: partnership.key, indicator_key: indicator.key, raised_in_assessment_id: first.id, title: "Agree terms of reference", due_on: "2025-09-30", status: "in_progress", created_by: lead! })
    .execute();

  const offer = await db
    .insertInto("offer_version")
    .values({ organisation_id: housing!, version: 1, status: "published", framework_key: provider.key, framework_version: provider.version, organisation_type: "housing-association", contact_route: "health@fill.test", last_reviewed_on: "2025-03-01", published_at: new Date(), published_by: lead! })
    .returning("id")
    .executeTakeFirstOrThrow();
  const service = await db
    .insertInto("offer_service")
    .values({
      offer_version_id: offer.id,
      position: 1,
      service_key: "step-down-homes",
      eligibility: "Adults leaving hospital",
      client_groups: ["people-leaving-hospital", 'with "quotes", and commas'],
      capacity: 12,
      capacity_unit: "homes",
      referral_routes: ["hospital-discharge-team"],
      response_time: 2,
      response_time_unit: "working-days",
      outcomes: [],
      funding: ["nhs", "council-housing"],
      tenures: ["social-rent"],
      contract_end_on: "2027-03-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("offer_service_borough").values({ offer_service_id: service.id, borough_key: "fill-borough" }).execute();
  await db
    .insertInto("benchmark_peer")
    .values({ round_id: round1!, organisation_id: housing!, homes_band: "1000-4999", organisation_type: "housing-association", partnership_ids: [icsA!], levels: JSON.stringify({ [indicator.key]: 3 }) })
    .execute();

  await db.insertInto("review_comment").values({ assessment_id: first.id, assessment_version: 1, indicator_key: indicator.key, body: "Please attach the signed terms.", author_id: staff! }).execute();
  await db
    .insertInto("review_decision")
    .values([
      { assessment_id: first.id, assessment_version: 1, decision: "returned", comment: "See comments", decided_by: staff! },
      { assessment_id: first.id, assessment_version: 1, decision: "approved", snapshot: JSON.stringify({ ratings: [{ indicatorKey: indicator.key, level: 3 }], note: null }), decided_by: staff! },
    ])
    .execute();

  await db.insertInto("assignment").values({ assessment_id: second.id, domain_key: partnership.domains[0]!.key, person_id: lead!, due_on: "2025-05-31", created_by: lead! }).execute();
  const request = await db.insertInto("consensus_request").values({ assessment_id: second.id, domain_key: partnership.domains[0]!.key, requested_by: lead! }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("consensus_rater").values({ request_id: request.id, person_id: lead! }).execute();
  await db.insertInto("independent_rating").values({ request_id: request.id, person_id: lead!, indicator_key: indicator.key, answer: "dont_know", rationale: "Not sure" }).execute();
  await db.insertInto("consensus_outcome").values({ request_id: request.id, indicator_key: indicator.key, answer: "level", level: 2, reason: "Agreed at the board", agreed_by: lead! }).execute();

  await db.insertInto("notification").values({ organisation_id: icsA!, kind: "assessment-returned", title: "Your assessment was returned", link: `/assessments/${first.id}` }).execute();
  await db.insertInto("notification_seen").values({ person_id: lead!, seen_at: new Date() }).execute();
  await db.insertInto("reminder_sent").values({ key: `round-due:${round2}:${lead}`, person_id: lead! }).execute();

  const resource = await db
    .insertInto("resource")
    .values({ seed_key: "fill-resource", title: "Fill guide", publisher: "Fill", year: 2025, url: "https://example.test/guide", summary: "A guide.", seed_hash: "h", edited_at: new Date(), edited_by: staff!, kind: "tool", report_areas: ["admissions-and-discharge"], mou_aims: ["1"], london_aims: ["healthy-places"], network_themes: ["places"] })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("resource_tag").values({ resource_id: resource.id, framework_key: partnership.key, domain_key: partnership.domains[0]!.key, indicator_key: indicator.key }).execute();
  await db
    .insertInto("audit_event")
    .values({
      person_id: lead!,
      organisation_id: icsA!,
      actor_name: "Fill Lead",
      subject_type: "rating",
      subject_id: `${second.id}:${indicator.key}`,
      action: "rating-saved",
      before: null,
      after: JSON.stringify({ answer: "level", level: 3, list: [1, "two", { three: 3 }] }),
      detail: JSON.stringify({ note: "é" }),
    })
    .execute();

  return { liveTokenHash, tables: Object.keys(await countRows(db)) as TableName[] };
}

/** Rows per table, for every table in the database's public schema except Kysely's own. */
export async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const { SCHEMA_COLUMNS } = await import("../../db/schema");
  const counts: Record<string, number> = {};
  for (const table of Object.keys(SCHEMA_COLUMNS) as TableName[]) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    counts[table] = row.n;
  }
  return counts;
}
