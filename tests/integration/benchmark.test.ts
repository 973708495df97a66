import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworks, getFramework, PROVIDER_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { providerBenchmarkPage } from "../../app/benchmarks.server";
import { closeRound, findBenchmarkOrganisation, setBenchmarkParticipation } from "../../db/benchmark";
import { syncFrameworkVersions } from "../../db/frameworks";
import { createOrganisation } from "../../db/organisations";
import { createPerson } from "../../db/people";
import { upsertBoroughs, upsertRegion } from "../../db/places";
import type { Database } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp, testContext } from "./app-harness";
import { describeEachBackend, openTestDatabase } from "./backends";
import type { Kysely } from "kysely";

const v1 = getFramework(PROVIDER_FRAMEWORK_KEY, 1)!;
const indicators = v1.domains.flatMap((d) => d.indicators);

interface ProviderSpec {
  name: string;
  /** "a" or "b": which partnership's borough it works in ("ab" both). */
  area?: string;
  band?: string;
  type?: string;
  /** The level it gives every indicator. */
  level: number;
  status?: "submitted" | "approved" | "in_progress" | "returned";
  optedOut?: boolean;
}

/** A region of its own, two ICS areas, providers as specified and an open provider round; returns their ids. */
async function region(db: Kysely<Database>, specs: ProviderSpec[]) {
  const key = `bench-${Math.random().toString(36).slice(2, 10)}`;
  await syncFrameworkVersions(db, frameworks);
  await upsertRegion(db, { key, name: key });
  await upsertBoroughs(db, [
    { key: `${key}-a`, name: "Borough A", region_key: key },
    { key: `${key}-b`, name: "Borough B", region_key: key },
  ]);
  const partnershipA = await createOrganisation(db, { kind: "partnership", name: `${key} ICS A`, region_key: key, boroughKeys: [`${key}-a`] });
  const partnershipB = await createOrganisation(db, { kind: "partnership", name: `${key} ICS B`, region_key: key, boroughKeys: [`${key}-b`] });
  const staff = await createPerson(db, { email: `${key}@staff.test`, name: "Sam Staff", passwordHash: null });
  const actor = { personId: staff.id, name: "Sam Staff" };
  const ids = new Map<string, string>();
  for (const spec of specs) {
    const boroughKeys = [...(spec.area ?? "a")].map((x) => `${key}-${x}`);
    const { id } = await createOrganisation(db, {
      kind: "provider",
      name: `${spec.name} (${key})`,
      region_key: key,
      homes_band: spec.band ?? "1000-4999",
      organisation_type: spec.type ?? "housing-association",
      benchmark_opted_out_at: spec.optedOut ? new Date(Date.now() - 60_000) : null,
      boroughKeys,
    });
    ids.set(spec.name, id);
  }
  const round = await openRound(db, key, "2025/26");
  for (const spec of specs) await rate(db, round, ids.get(spec.name)!, spec.level, spec.status ?? "approved");
  return { key, ids, round, actor, partnerships: { a: partnershipA.id, b: partnershipB.id } };
}

async function openRound(db: Kysely<Database>, regionKey: string, name: string) {
  const round = await db
    .insertInto("round")
    .values({ region_key: regionKey, framework_key: v1.key, framework_version: 1, name, opens_on: "2025-05-01", due_on: "2025-09-30", status: "open" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return round.id;
}

async function rate(db: Kysely<Database>, roundId: string, organisationId: string, level: number, status: ProviderSpec["status"] = "approved") {
  const assessment = await db
    .insertInto("assessment")
    .values({ round_id: roundId, organisation_id: organisationId, framework_key: v1.key, framework_version: 1, status })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("rating")
    .values(indicators.map((i, n) => ({ assessment_id: assessment.id, indicator_key: i.key, answer: n === 0 ? ("not_applicable" as const) : ("level" as const), level: n === 0 ? null : level })))
    .execute();
  return assessment.id;
}

async function pageFor(db: Kysely<Database>, organisationId: string, query = "") {
  const organisation = (await findBenchmarkOrganisation(db, organisationId))!;
  return providerBenchmarkPage(testContext(db), organisation, new URLSearchParams(query));
}

describeEachBackend("benchmark peer sets", (ctx) => {
  it("closing a round fixes its peers: the region's providers with a submitted or approved assessment that had not opted out, as they were", async () => {
    const r = await region(ctx.db, [
      { name: "Approved Homes", level: 3, area: "ab", band: "5000-14999", type: "council-landlord" },
      { name: "Submitted Homes", level: 2, status: "submitted" },
      { name: "Draft Homes", level: 4, status: "in_progress" },
      { name: "Returned Homes", level: 4, status: "returned" },
      { name: "Opted Out Homes", level: 5, optedOut: true },
    ]);
    const closed = await closeRound(ctx.db, { roundId: r.round, actor: r.actor });
    expect(closed).toEqual({ ok: true, peers: 2 });
    const rows = await ctx.db.selectFrom("benchmark_peer").where("round_id", "=", r.round).selectAll().execute();
    const approved = rows.find((row) => row.organisation_id === r.ids.get("Approved Homes"))!;
    expect(rows.map((row) => row.organisation_id).sort()).toEqual([r.ids.get("Approved Homes"), r.ids.get("Submitted Homes")].sort());
    expect(approved).toMatchObject({ homes_band: "5000-14999", organisation_type: "council-landlord" });
    expect([...approved.partnership_ids].sort()).toEqual([r.partnerships.a, r.partnerships.b].sort());
    // Levels only: "not applicable" is not a level.
    expect(Object.keys(approved.levels)).toHaveLength(indicators.length - 1);
    expect(approved.levels[indicators[1]!.key]).toBe(3);

    const round = await ctx.db.selectFrom("round").where("id", "=", r.round).select(["status", "closed_at", "closed_by"]).executeTakeFirstOrThrow();
    expect(round).toMatchObject({ status: "closed", closed_by: r.actor.personId });
    expect(round.closed_at).toBeInstanceOf(Date);
    const audit = await ctx.db.selectFrom("audit_event").where("subject_id", "=", r.round).where("action", "=", "round-closed").select(["person_id", "detail"]).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ person_id: r.actor.personId, detail: { benchmarkPeers: 2 } });

    expect(await closeRound(ctx.db, { roundId: r.round, actor: r.actor })).toEqual({ ok: false, reason: "not-open" });
    expect(await ctx.db.selectFrom("benchmark_peer").where("round_id", "=", r.round).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).toEqual({ n: 2 });
  });

  it("opting out is audited and counts for rounds that close afterwards; opting in again likewise", async () => {
    const r = await region(ctx.db, [
      { name: "Stays Homes", level: 3 },
      { name: "Leaves Homes", level: 2 },
    ]);
    const leaves = r.ids.get("Leaves Homes")!;
    const out = await setBenchmarkParticipation(ctx.db, { organisationId: leaves, takePart: false, actor: r.actor });
    expect(out.changed).toBe(true);
    expect(await setBenchmarkParticipation(ctx.db, { organisationId: leaves, takePart: false, actor: r.actor })).toMatchObject({ changed: false });
    const audit = await ctx.db.selectFrom("audit_event").where("organisation_id", "=", leaves).where("action", "=", "benchmark-opted-out").select(["before", "after"]).executeTakeFirstOrThrow();
    expect(audit.before).toEqual({ benchmarkOptedOutAt: null });
    expect(audit.after).toEqual({ benchmarkOptedOutAt: out.optedOutAt!.toISOString() });
    await closeRound(ctx.db, { roundId: r.round, actor: r.actor });
    const peers = await ctx.db.selectFrom("benchmark_peer").where("round_id", "=", r.round).select("organisation_id").execute();
    expect(peers.map((p) => p.organisation_id)).toEqual([r.ids.get("Stays Homes")]);

    await setBenchmarkParticipation(ctx.db, { organisationId: leaves, takePart: true, actor: r.actor });
    const next = await openRound(ctx.db, r.key, "2026/27");
    await rate(ctx.db, next, leaves, 3);
    await closeRound(ctx.db, { roundId: next, actor: r.actor });
    expect(await ctx.db.selectFrom("benchmark_peer").where("round_id", "=", next).select("organisation_id").execute()).toEqual([{ organisation_id: leaves }]);
  });
});

describe("benchmark figures from fixed peer sets", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let db: Kysely<Database>;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    db = opened.database.db;
  });
  afterAll(async () => {
    await opened?.dispose();
  });

  const levels = [1, 2, 3, 4, 5, 2, 3, 4, 5, 1, 2, 3];
  const named = (n: number, spec: Partial<ProviderSpec> = {}): ProviderSpec[] =>
    Array.from({ length: n }, (_, i) => ({ name: `Peer ${i + 1}`, level: levels[i % levels.length]!, ...spec }));

  it("shows nothing from 4 other providers: too few to compare, in the table and the chart", async () => {
    const r = await region(db, [{ name: "Subject", level: 3 }, ...named(4)]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const page = await pageFor(db, r.ids.get("Subject")!);
    const c = page.comparison!;
    expect(c.overall.figure).toEqual({ shown: false, reason: "too-few" });
    expect([...c.domains, ...c.domains.flatMap((d) => d.indicators)].every((row) => !row.figure.shown)).toBe(true);
    expect(c.overall.own).toBe(3);
    expect(c.chart.svg).toContain("Too few to compare");
    expect(page.history).toEqual([{ roundId: r.round, roundName: "2025/26", inBenchmark: true, own: 3, figure: { shown: false, reason: "too-few" } }]);
  });

  it("shows the percentile rank, not the median or quartiles, from 5 other providers", async () => {
    const r = await region(db, [{ name: "Subject", level: 3 }, ...named(5)]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const c = (await pageFor(db, r.ids.get("Subject")!)).comparison!;
    // Peers 1, 2, 3, 4, 5 against 3: 2 below, 1 equal → 50.
    expect(c.overall.figure).toEqual({ shown: true, peerCount: 5, subjectValue: 3, percentileRank: 50, quartiles: null });
  });

  it("shows the median and quartiles from 8 other providers", async () => {
    const r = await region(db, [{ name: "Subject", level: 3 }, ...named(8)]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const c = (await pageFor(db, r.ids.get("Subject")!)).comparison!;
    expect(c.overall.figure).toMatchObject({ shown: true, peerCount: 8, quartiles: { median: 3 } });
  });

  it("refuses a differencing attempt: narrowing to a size band that leaves 3 providers out hides the narrowed figures", async () => {
    const r = await region(db, [{ name: "Subject", level: 3, band: "5000-14999" }, ...named(7, { band: "5000-14999" }), ...named(3, { band: "under-1000" }).map((p) => ({ ...p, name: `Small ${p.name}` }))]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const everyone = (await pageFor(db, r.ids.get("Subject")!)).comparison!;
    expect(everyone.overall.figure).toMatchObject({ shown: true, peerCount: 10 });
    const narrowed = (await pageFor(db, r.ids.get("Subject")!, "narrow=size")).comparison!;
    expect(narrowed.description).toContain("of your size band");
    expect(narrowed.overall.figure).toEqual({ shown: false, reason: "difference" });
    expect(narrowed.withheldForDifference).toBe(true);
    // The chart draws no median mark and no quartile range for the group, and says why.
    expect(everyone.chart.svg).toContain('height="28"');
    expect(narrowed.chart.svg).not.toContain('height="28"');
    expect(narrowed.chart.svg).toContain("Too few to compare");
  });

  it("refuses a before/after attempt: opting out, joining, moving size band or changing an answer after the close changes none of a closed round's figures", async () => {
    const r = await region(db, [{ name: "Subject", level: 3, area: "ab" }, ...named(9, { area: "a" }), ...named(5, { area: "b" }).map((p) => ({ ...p, name: `B ${p.name}` }))]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const subject = r.ids.get("Subject")!;
    const queries = ["", `ics=${r.partnerships.a}`, `ics=${r.partnerships.b}`, "narrow=size", "narrow=type"];
    const before = await Promise.all(queries.map((q) => pageFor(db, subject, q)));

    // Afterwards: one provider opts out, one moves size band and type, one changes an answer, one new provider
    // joins with an approved assessment in the closed round, and another provider starts working in area B.
    await setBenchmarkParticipation(db, { organisationId: r.ids.get("Peer 1")!, takePart: false, actor: r.actor });
    await db.updateTable("organisation").set({ homes_band: "50000-plus", organisation_type: "other" }).where("id", "=", r.ids.get("Peer 2")!).execute();
    // An approved answer cannot change (migration 0004); even once its assessment is set back to returned and changed,
    // the closed round's figures stay as they were.
    const peer3Ratings = (level: number) =>
      db.updateTable("rating").set({ level }).where("answer", "=", "level").where("assessment_id", "in", (eb) => eb.selectFrom("assessment").where("organisation_id", "=", r.ids.get("Peer 3")!).select("id"));
    await expect(peer3Ratings(5).execute()).rejects.toThrow(/approved assessment cannot be changed/);
    await db.updateTable("assessment").set({ status: "returned" }).where("organisation_id", "=", r.ids.get("Peer 3")!).execute();
    await peer3Ratings(5).execute();
    const joiner = await createOrganisation(db, { kind: "provider", name: `Late Homes (${r.key})`, region_key: r.key, homes_band: "1000-4999", organisation_type: "housing-association", boroughKeys: [`${r.key}-a`, `${r.key}-b`] });
    await rate(db, r.round, joiner.id, 1);
    await db.insertInto("organisation_borough").values({ organisation_id: r.ids.get("Peer 4")!, borough_key: `${r.key}-b` }).execute();

    const after = await Promise.all(queries.map((q) => pageFor(db, subject, q)));
    for (const [i, q] of queries.entries()) expect(after[i]!.comparison, `with "${q}"`).toEqual(before[i]!.comparison);
    expect(after[0]!.history).toEqual(before[0]!.history);
  });

  it("shows a provider that had opted out when a round closed no figures for it (taking part is reciprocal)", async () => {
    const r = await region(db, [{ name: "Subject", level: 3, optedOut: true }, ...named(8)]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const page = await pageFor(db, r.ids.get("Subject")!);
    expect(page.comparison).toBeNull();
    expect(page.round?.whyNot).toContain("opted out");
    expect(page.history).toEqual([{ roundId: r.round, roundName: "2025/26", inBenchmark: false, own: null, figure: null }]);
  });

  it("offers only the groups the rules decided on: an ICS area the provider does not work in means everyone", async () => {
    const r = await region(db, [{ name: "Subject", level: 3, area: "a" }, ...named(10, { area: "b" })]);
    await closeRound(db, { roundId: r.round, actor: r.actor });
    const page = await pageFor(db, r.ids.get("Subject")!, `ics=${r.partnerships.b}`);
    expect(page.comparison!.options.ics.map((o) => o.value)).toEqual([r.partnerships.a]);
    expect(page.comparison!.narrowed).toBe(false);
    expect(page.comparison!.overall.figure).toMatchObject({ shown: true, peerCount: 10 });
  });
});

describe("benchmarks over HTTP", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
    app = await startApp(opened.database);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it("does not let a provider read another provider's raw answers by URL, in closed rounds or open ones", async () => {
    const db = opened.database.db;
    const cookie = await signInCookie(app.url, "provider1@demo.hearth.test");
    const other = await db
      .selectFrom("assessment as a")
      .innerJoin("organisation as o", "o.id", "a.organisation_id")
      .where("o.name", "=", "Sample Street Housing (demo)")
      .select(["a.id", "a.framework_version"])
      .execute();
    expect(other.length).toBeGreaterThanOrEqual(2);
    const framework = getFramework(PROVIDER_FRAMEWORK_KEY, other[0]!.framework_version)!;
    const domain = framework.domains[0]!;
    for (const a of other) {
      for (const path of [
        `/assessments/${a.id}`,
        `/assessments/${a.id}/results`,
        `/assessments/${a.id}/report`,
        `/assessments/${a.id}/check`,
        `/assessments/${a.id}/export?format=csv&table=answers`,
        `/assessments/${a.id}/domains/${domain.key}`,
        `/assessments/${a.id}/indicators/${domain.indicators[0]!.key}/history`,
      ]) {
        const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
        await res.arrayBuffer();
        expect(res.status, path).toBe(404);
      }
    }
  });

  it("names no other provider on a provider's benchmark page, and names every one for network staff", async () => {
    const db = opened.database.db;
    const providers = await db.selectFrom("organisation").where("kind", "=", "provider").select(["id", "name"]).execute();
    const html = await (await fetch(`${app.url}/provider/benchmark`, { headers: { Cookie: await signInCookie(app.url, "provider1@demo.hearth.test") } })).text();
    expect(html).toContain("Example Homes Trust (demo)");
    for (const p of providers.filter((p) => p.name !== "Example Homes Trust (demo)")) {
      expect(html).not.toContain(p.name.replace("'", "&#x27;"));
      expect(html).not.toContain(p.id);
    }
    const network = await (await fetch(`${app.url}/network/benchmark`, { headers: { Cookie: await signInCookie(app.url, "network@demo.hearth.test") } })).text();
    for (const p of providers) expect(network).toContain(p.name.replace("'", "&#x27;"));
  });

  it("lets a provider's editor opt out from the benchmark page, audited, without changing closed rounds' figures", async () => {
    const db = opened.database.db;
    const cookie = await signInCookie(app.url, "provider2@demo.hearth.test");
    const before = await (await fetch(`${app.url}/provider/benchmark`, { headers: { Cookie: cookie } })).text();
    const post = (participation: string) =>
      fetch(`${app.url}/provider/benchmark`, {
        method: "POST",
        redirect: "manual",
        headers: { Cookie: cookie, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(participation ? { participation } : {}),
      });
    expect((await post("")).status).toBe(400);
    const res = await post("out");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/provider/benchmark?saved=participation#taking-part");
    const org = await db.selectFrom("organisation").where("name", "=", "Sample Street Housing (demo)").select(["id", "benchmark_opted_out_at"]).executeTakeFirstOrThrow();
    expect(org.benchmark_opted_out_at).toBeInstanceOf(Date);
    expect(await db.selectFrom("audit_event").where("organisation_id", "=", org.id).where("action", "=", "benchmark-opted-out").select("actor_name").executeTakeFirstOrThrow()).toEqual({ actor_name: "Pat Provider" });
    const after = await (await fetch(`${app.url}/provider/benchmark`, { headers: { Cookie: cookie } })).text();
    const figures = (html: string) => html.slice(html.indexOf("<figure"), html.indexOf('id="taking-part"'));
    expect(figures(after)).toEqual(figures(before));
    expect(after).toContain("Your organisation opted out of the benchmark on");
    expect((await post("in")).status).toBe(302);
  });
});
