import { sql, type Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../app/auth/password.server";
import { SCALE_PASSWORD, ScaleSeedRefusedError, seedScaleData, type ScaleSizes } from "../../db/scale-seed";
import type { Database } from "../../db/schema";
import { availableBackends, openTestDatabase } from "./backends";

const SMALL: ScaleSizes = { partnerships: 9, providers: 40, rounds: 3 };

/** A digest of the generated content (ids, names, answers, offers), leaving out only what the database stamps itself. */
async function fingerprint(db: Kysely<Database>): Promise<string> {
  const digest = async (query: ReturnType<typeof sql<{ d: string }>>) => (await query.execute(db)).rows[0]!.d;
  return [
    await digest(sql`select md5(string_agg(concat_ws('|', id, kind, name, region_key, homes_band, organisation_type), ',' order by id)) as d from organisation`),
    await digest(sql`select md5(string_agg(concat_ws('|', id, email, name), ',' order by id)) as d from person`),
    await digest(sql`select md5(string_agg(concat_ws('|', id, region_key, name, status, framework_version, closed_at), ',' order by id)) as d from round`),
    await digest(sql`select md5(string_agg(concat_ws('|', id, organisation_id, status, submitted_at), ',' order by id)) as d from assessment`),
    await digest(sql`select md5(string_agg(concat_ws('|', assessment_id, indicator_key, answer, level, confidence, rationale), ',' order by assessment_id, indicator_key)) as d from rating`),
    await digest(sql`select md5(string_agg(concat_ws('|', id, title, url, strength, dated_on), ',' order by id)) as d from evidence`),
    await digest(sql`select md5(string_agg(concat_ws('|', id, service_key, capacity, referral_routes::text), ',' order by id)) as d from offer_service`),
    await digest(sql`select md5(string_agg(concat_ws('|', round_id, organisation_id, levels::text), ',' order by round_id, organisation_id)) as d from benchmark_peer`),
  ].join(":");
}

for (const kind of availableBackends()) {
  describe(`the national-scale seed at a small size [${kind}]`, () => {
    it("makes the sizes asked for, plausibly, and refuses a second run on the same database", async () => {
      const opened = await openTestDatabase(kind);
      try {
        const db = opened.database.db;
        let hashes = 0;
        const summary = await seedScaleData(db, { sizes: SMALL, seed: 7, hashPassword: (p) => ((hashes += 1), hashPassword(p)) });
        expect(hashes).toBe(1);

        const organisations = await db.selectFrom("organisation").select(["kind", "region_key"]).execute();
        const count = (k: string) => organisations.filter((o) => o.kind === k).length;
        expect(count("partnership")).toBe(SMALL.partnerships);
        expect(count("provider")).toBe(SMALL.providers);
        expect(count("network")).toBe(7); // nine partnerships reach all seven regions, each with its network
        expect(new Set(organisations.map((o) => o.region_key)).size).toBe(7);
        // London's are the real ICSs the demo uses, under the demo's region key.
        const london = await db.selectFrom("organisation").where("region_key", "=", "london").where("kind", "=", "partnership").select("name").execute();
        expect(london.map((o) => o.name)).toEqual(["North West London ICS (synthetic data)", "North Central London ICS (synthetic data)"]);

        // A round a year per region and framework: the newest open on the latest version, the rest closed.
        const rounds = await db.selectFrom("round").select(["region_key", "framework_key", "status", "framework_version"]).execute();
        expect(rounds).toHaveLength(7 * 2 * SMALL.rounds);
        expect(rounds.filter((r) => r.status === "open")).toHaveLength(7 * 2);
        expect(rounds.filter((r) => r.status === "closed").every((r) => r.framework_version === 1)).toBe(true);

        // Everyone shares one password, which signs in.
        const people = await db.selectFrom("person").select(["email", "password_hash"]).execute();
        expect(new Set(people.map((p) => p.password_hash)).size).toBe(1);
        expect(await verifyPassword(SCALE_PASSWORD, people[0]!.password_hash!)).toBe(true);
        const lead = await db
          .selectFrom("membership as m")
          .innerJoin("person as p", "p.id", "m.person_id")
          .where("p.email", "=", summary.sample.partnershipLeadEmail)
          .select(["m.role", "m.organisation_id"])
          .executeTakeFirstOrThrow();
        expect(lead).toEqual({ role: "partnership_lead", organisation_id: summary.sample.partnershipId });

        // Complete approved assessments with their snapshots; closed provider rounds have their benchmark peer sets.
        const approvedWithoutSnapshot = await db.selectFrom("review_decision").where("decision", "=", "approved").where("snapshot", "is", null).select("id").execute();
        expect(approvedWithoutSnapshot).toEqual([]);
        const c = summary.counts;
        for (const table of ["rating", "evidence", "evidence_link", "action", "offer_version", "offer_service", "offer_service_borough", "review_decision", "review_comment", "notification", "audit_event", "benchmark_peer", "evidence_file"] as const) {
          expect(c[table], table).toBeGreaterThan(0);
        }
        const peerRounds = await sql<{ n: number }>`
          select count(distinct r.id)::int as n from round r join benchmark_peer bp on bp.round_id = r.id
          where r.status = 'closed' and r.framework_key = 'provider-offer'`.execute(db);
        expect(peerRounds.rows[0]!.n).toBe(7 * (SMALL.rounds - 1));
        const file = await db.selectFrom("evidence").where("id", "=", summary.sample.evidenceFileEvidenceId).select(["organisation_id", "kind"]).executeTakeFirstOrThrow();
        expect(file).toEqual({ organisation_id: summary.sample.partnershipId, kind: "file" });
        const open = await db.selectFrom("assessment").where("id", "=", summary.sample.openAssessmentId).select("status").executeTakeFirstOrThrow();
        expect(open.status).toBe("in_progress");
        expect(summary.sample.unansweredIndicators.length).toBeGreaterThanOrEqual(20);

        const before = await fingerprint(db);
        await expect(seedScaleData(db, { sizes: SMALL, seed: 7, hashPassword })).rejects.toThrow(ScaleSeedRefusedError);
        expect(await fingerprint(db)).toBe(before);
      } finally {
        await opened.dispose();
      }
    }, 90_000);

    it("gives the same data for the same seed, and different data for another", async () => {
      const fingerprints: string[] = [];
      for (const seed of [7, 7, 8]) {
        const opened = await openTestDatabase(kind);
        try {
          await seedScaleData(opened.database.db, { sizes: { partnerships: 3, providers: 12, rounds: 2 }, seed, hashPassword });
          fingerprints.push(await fingerprint(opened.database.db));
        } finally {
          await opened.dispose();
        }
      }
      expect(fingerprints[1]).toBe(fingerprints[0]);
      expect(fingerprints[2]).not.toBe(fingerprints[0]);
    }, 90_000);
  });
}
