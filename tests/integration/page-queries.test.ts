import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFramework, getOfferTemplate, latestFramework, PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/**
 * Pages render from a fixed number of queries whatever the size of the data: each page is asked for at the demo's
 * size, then again after the data has grown many times over, and must run exactly as many queries.
 */
describe("queries per page", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let cookie: string;
  let pages: string[];
  let framework: NonNullable<ReturnType<typeof getFramework>>;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    app = await startApp(opened.database);
    cookie = await signInCookie(app.url, "lead.nwl@demo.hearth.test");
    const nwl = await db.selectFrom("organisation").where("short_name", "=", "NWL").select("id").executeTakeFirstOrThrow();
    const open = await db
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.organisation_id", "=", nwl.id)
      .where("r.status", "=", "open")
      .select(["a.id", "a.framework_version"])
      .executeTakeFirstOrThrow();
    framework = getFramework(PARTNERSHIP_FRAMEWORK_KEY, open.framework_version)!;
    const domain = framework.domains[3]!;
    pages = [
      "/partnership",
      `/assessments/${open.id}`,
      `/assessments/${open.id}/domains/${domain.key}`,
      `/assessments/${open.id}/check`,
      `/assessments/${open.id}/indicators/${domain.indicators[0]!.key}/history`,
      `/assessments/${open.id}/indicators/${domain.indicators[0]!.key}/evidence`,
      `/assessments/${open.id}/results`,
      `/assessments/${open.id}/report`,
      `/assessments/${open.id}/export?format=xlsx`,
      `/organisations/${nwl.id}/progress`,
      `/organisations/${nwl.id}/evidence`,
      `/organisations/${nwl.id}/actions`,
      "/resources",
      `/assessments/${open.id}/team`,
      "/account",
      "/progress",
      "/progress/london",
    ];
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  async function queriesFor(path: string, as = cookie): Promise<number> {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: as } });
    expect(res.status, path).toBe(200);
    await res.text();
    const timing = res.headers.get("server-timing") ?? "";
    const match = /desc="(\d+) queries"/.exec(timing);
    if (!match) throw new Error(`no query count for ${path}: ${timing}`);
    return Number(match[1]);
  }

  it("is the same for the partnership's pages at the demo's size and at many times it", async () => {
    const before: Record<string, number> = {};
    for (const path of pages) before[path] = await queriesFor(path);

    // Grow everything these pages could loop over: rounds, assessments, ratings, and edits to the same answers.
    const db = opened.database.db;
    const nwl = await db.selectFrom("organisation").where("short_name", "=", "NWL").select("id").executeTakeFirstOrThrow();
    const lead = await db.selectFrom("person").where("email", "=", "lead.nwl@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
    for (let year = 2000; year < 2020; year += 1) {
      const round = await db
        .insertInto("round")
        .values({ region_key: "london", framework_key: v1.key, framework_version: 1, name: `${year}/${year + 1}`, opens_on: `${year}-05-01`, due_on: `${year}-09-30`, status: "closed" })
        .returning("id")
        .executeTakeFirstOrThrow();
      const assessment = await db
        .insertInto("assessment")
        .values({ round_id: round.id, organisation_id: nwl.id, framework_key: v1.key, framework_version: 1, status: "approved" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("rating")
        .values(v1.domains.flatMap((d) => d.indicators).map((i) => ({ assessment_id: assessment.id, indicator_key: i.key, answer: "level" as const, level: 2 })))
        .execute();
    }
    const historyPath = pages[4]!;
    const [, assessmentId, indicatorKey] = /\/assessments\/([^/]+)\/indicators\/([^/]+)\//.exec(historyPath)!;
    await db
      .insertInto("audit_event")
      .values(
        Array.from({ length: 500 }, (_, i) => ({
          person_id: lead.id,
          actor_name: lead.name,
          organisation_id: nwl.id,
          subject_type: "rating",
          subject_id: `${assessmentId}/${indicatorKey}`,
          action: "rating-saved",
          after: JSON.stringify({ answer: "level", level: (i % 5) + 1, targetLevel: null, confidence: null, rationale: `Edit ${i}` }),
          occurred_at: new Date(Date.UTC(2026, 9, 1, 0, i)),
        })),
      )
      .execute();
    // And evidence and actions, many times over.
    const evidenceRows = await db
      .insertInto("evidence")
      .values(Array.from({ length: 300 }, (_, i) => ({ organisation_id: nwl.id, kind: "link" as const, title: `Evidence ${i}`, url: `https://example.org/${i}`, strength: "documentary" as const, dated_on: "2025-01-01", review_by: "2027-01-01" })))
      .returning("id")
      .execute();
    await db
      .insertInto("evidence_link")
      .values(evidenceRows.map((e, i) => ({ evidence_id: e.id, assessment_id: assessmentId!, indicator_key: framework.domains[i % framework.domains.length]!.indicators[0]!.key })))
      .execute();
    await db
      .insertInto("action")
      .values(Array.from({ length: 200 }, (_, i) => ({ organisation_id: nwl.id, framework_key: framework.key, indicator_key: framework.domains[i % 12]!.indicators[0]!.key, title: `Action ${i}`, status: "open" as const })))
      .execute();

    const after: Record<string, number> = {};
    for (const path of pages) after[path] = await queriesFor(path);
    expect(after).toEqual(before);
    for (const path of pages) expect(before[path], path).toBeLessThanOrEqual(10);
  }, 60_000);

  it("is the same for the offer pages with the demo's providers and with many more, each offering many services", async () => {
    const db = opened.database.db;
    const provider = await signInCookie(app.url, "provider2@demo.hearth.test");
    const network = await signInCookie(app.url, "network@demo.hearth.test");
    const providerIds = async () => (await db.selectFrom("organisation").where("kind", "=", "provider").select("id").orderBy("name").execute()).map((o) => o.id);
    const first = await providerIds();
    const compare = `/directory/compare?${first.slice(0, 4).map((id) => `id=${id}`).join("&")}`;
    const offerPages: [string, string][] = [
      ["/directory", cookie],
      ["/directory?service=adaptations-handyperson&group=older-people", cookie],
      ["/directory/print", cookie],
      [compare, cookie],
      [`/offers/${first[0]}`, cookie],
      ["/provider", provider],
      ["/provider/offer", provider],
      ["/provider/offer/edit", provider],
      ["/network/offers", network],
    ];
    const before: Record<string, number> = {};
    for (const [path, as] of offerPages) before[path] = await queriesFor(path, as);

    // Sixty more providers, each with a published offer of three services in five boroughs, and a draft.
    const boroughs = (await db.selectFrom("borough").select("key").orderBy("key").execute()).map((b) => b.key);
    const framework = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
    const serviceKeys = framework.offerTemplate!.serviceTypes.map((t) => t.key);
    for (let i = 0; i < 60; i += 1) {
      const org = await db.insertInto("organisation").values({ kind: "provider", name: `Grown Homes ${String(i).padStart(2, "0")}`, region_key: "london" }).returning("id").executeTakeFirstOrThrow();
      for (const status of ["superseded", "published", "draft"] as const) {
        const version = await db
          .insertInto("offer_version")
          .values({ organisation_id: org.id, version: status === "superseded" ? 1 : status === "published" ? 2 : 3, status, framework_key: framework.key, framework_version: framework.version, organisation_type: "housing-association", contact_route: "x", last_reviewed_on: "2026-01-01", published_at: status === "draft" ? null : new Date() })
          .returning("id")
          .executeTakeFirstOrThrow();
        const services = await db
          .insertInto("offer_service")
          .values([0, 1, 2].map((n) => ({ offer_version_id: version.id, position: n, service_key: serviceKeys[(i + n) % serviceKeys.length]!, client_groups: ["older-people"], referral_routes: ["self-referral"], capacity: 5, capacity_unit: "homes" })))
          .returning("id")
          .execute();
        await db
          .insertInto("offer_service_borough")
          .values(services.flatMap((svc, n) => [0, 1, 2, 3, 4].map((b) => ({ offer_service_id: svc.id, borough_key: boroughs[(i + n * 5 + b) % boroughs.length]! }))))
          .execute();
      }
    }
    const grown = await providerIds();
    expect(grown.length).toBeGreaterThan(first.length + 50);

    const after: Record<string, number> = {};
    for (const [path, as] of offerPages) after[path] = await queriesFor(path, as);
    expect(after).toEqual(before);
    for (const [path] of offerPages) expect(before[path], path).toBeLessThanOrEqual(10);
  }, 60_000);
  it("is the same for network staff's overview, reviews and notifications with five partnerships and with forty-five", async () => {
    const db = opened.database.db;
    const network = await signInCookie(app.url, "network@demo.hearth.test");
    const nelLead = await signInCookie(app.url, "lead.nel@demo.hearth.test");
    const nel = await db
      .selectFrom("assessment as a")
      .innerJoin("organisation as o", "o.id", "a.organisation_id")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("o.short_name", "=", "NEL")
      .select(["a.id", "a.status", "o.id as organisationId", "r.status as roundStatus"])
      .orderBy("r.opens_on")
      .execute();
    const approved = nel.find((a) => a.status === "approved")!;
    const submitted = nel.find((a) => a.status === "submitted")!;
    const networkPages: [string, string][] = [
      ["/network/overview", network],
      ["/network/overview?aim=2&theme=places", network],
      ["/network/overview/export?format=csv", network],
      ["/network/overview/export?format=xlsx", network],
      ["/network/reviews", network],
      [`/assessments/${submitted.id}/review`, network],
      [`/assessments/${approved.id}/approvals/1`, network],
      [`/assessments/${submitted.id}`, nelLead],
      ["/notifications", nelLead],
    ];
    const before: Record<string, number> = {};
    for (const [path, as] of networkPages) before[path] = await queriesFor(path, as);

    // Forty more partnerships, each with an assessment answered in full in every partnership round; comments on
    // NEL's submitted assessment; a long list of notifications.
    const rounds = await db.selectFrom("round").where("region_key", "=", "london").where("framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY).select(["id", "framework_version"]).execute();
    for (let i = 0; i < 40; i += 1) {
      const org = await db.insertInto("organisation").values({ kind: "partnership", name: `Grown ICS ${String(i).padStart(2, "0")}`, region_key: "london" }).returning("id").executeTakeFirstOrThrow();
      for (const round of rounds) {
        const f = getFramework(PARTNERSHIP_FRAMEWORK_KEY, round.framework_version)!;
        const a = await db
          .insertInto("assessment")
          .values({ round_id: round.id, organisation_id: org.id, framework_key: f.key, framework_version: f.version, status: "submitted", submitted_at: new Date() })
          .returning("id")
          .executeTakeFirstOrThrow();
        await db
          .insertInto("rating")
          .values(f.domains.flatMap((d) => d.indicators).map((ind, j) => ({ assessment_id: a.id, indicator_key: ind.key, answer: "level" as const, level: ((i + j) % 5) + 1 })))
          .execute();
      }
    }
    const domains = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 2)!.domains;
    await db
      .insertInto("review_comment")
      .values(Array.from({ length: 120 }, (_, i) => ({ assessment_id: submitted.id, assessment_version: 1, domain_key: domains[i % domains.length]!.key, indicator_key: i % 3 === 0 ? null : domains[i % domains.length]!.indicators[0]!.key, body: `Comment ${i}` })))
      .execute();
    await db
      .insertInto("notification")
      .values(Array.from({ length: 300 }, (_, i) => ({ organisation_id: submitted.organisationId, kind: "round-opened", title: `Notice ${i}`, link: "/partnership" })))
      .execute();

    const after: Record<string, number> = {};
    for (const [path, as] of networkPages) after[path] = await queriesFor(path, as);
    expect(after).toEqual(before);
    for (const [path] of networkPages) expect(before[path], path).toBeLessThanOrEqual(10);
    // The overview really did grow: forty-five partnerships in the download.
    const csv = await (await fetch(`${app.url}/network/overview/export?format=csv`, { headers: { Cookie: network } })).text();
    expect(csv.trim().split("\r\n")).toHaveLength(46);
  }, 90_000);
});

/**
 * The benchmark renders from a fixed number of queries at 1,500 providers: a provider's page and network staff's named
 * positions are asked for at the demo's size (14 providers), then after 1,500 more providers have joined both closed
 * rounds' benchmarks and three more closed rounds have been added.
 */
describe("queries per benchmark page", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  const pages: [string, string][] = [
    ["provider1@demo.hearth.test", "/provider/benchmark"],
    ["provider1@demo.hearth.test", "/provider/benchmark?narrow=size&narrow=type"],
    ["network@demo.hearth.test", "/network/benchmark"],
    ["network@demo.hearth.test", "/network/benchmark?page=2"],
  ];

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
    app = await startApp(opened.database);
    for (const email of new Set(pages.map(([e]) => e))) cookies[email] = await signInCookie(app.url, email);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  async function measure(email: string, path: string): Promise<{ queries: number; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[email]! } });
    expect(res.status, path).toBe(200);
    await res.text();
    const ms = performance.now() - started;
    const match = /desc="(\d+) queries"/.exec(res.headers.get("server-timing") ?? "");
    if (!match) throw new Error(`no query count for ${path}`);
    return { queries: Number(match[1]), ms };
  }

  it("is the same at the demo's 14 providers and at 1,500 more, over five closed rounds", async () => {
    const before: Record<string, number> = {};
    for (const [email, path] of pages) before[path] = (await measure(email, path)).queries;

    const db = opened.database.db;
    const v1 = getFramework(PROVIDER_FRAMEWORK_KEY, 1)!;
    const keys = v1.domains.flatMap((d) => d.indicators.map((i) => i.key));
    const partnerships = (await db.selectFrom("organisation").where("kind", "=", "partnership").select("id").execute()).map((p) => p.id);
    const template = getOfferTemplate()!;
    const created: string[] = [];
    for (let start = 0; start < 1500; start += 500) {
      const rows = await db
        .insertInto("organisation")
        .values(Array.from({ length: 500 }, (_, i) => ({ kind: "provider" as const, name: `Scale Test Provider ${start + i} (demo)`, region_key: "london" })))
        .returning("id")
        .execute();
      created.push(...rows.map((r) => r.id));
    }
    const provider1 = await db.selectFrom("organisation").where("name", "=", "Example Homes Trust (demo)").select("id").executeTakeFirstOrThrow();
    const closed = await db.selectFrom("round").where("framework_key", "=", PROVIDER_FRAMEWORK_KEY).where("status", "=", "closed").select("id").execute();
    for (let year = 2010; year < 2013; year += 1) {
      const round = await db
        .insertInto("round")
        .values({ region_key: "london", framework_key: PROVIDER_FRAMEWORK_KEY, framework_version: 1, name: `${year}/${year + 1}`, opens_on: `${year}-05-01`, due_on: `${year}-09-30`, status: "closed" })
        .returning("id")
        .executeTakeFirstOrThrow();
      closed.push(round);
    }
    for (const [n, round] of closed.entries()) {
      const members = n < 2 ? created : [...created, provider1.id];
      for (let start = 0; start < members.length; start += 500) {
        await db
          .insertInto("benchmark_peer")
          .values(
            members.slice(start, start + 500).map((id, i) => ({
              round_id: round.id,
              organisation_id: id,
              homes_band: template.sizeBands[(start + i) % template.sizeBands.length]!.key,
              organisation_type: template.organisationTypes[(start + i) % template.organisationTypes.length]!.key,
              partnership_ids: [partnerships[(start + i) % partnerships.length]!],
              levels: JSON.stringify(Object.fromEntries(keys.map((k, j) => [k, ((start + i + j) % 5) + 1]))),
            })),
          )
          .execute();
      }
    }

    const after: Record<string, number> = {};
    const times: Record<string, number> = {};
    for (const [email, path] of pages) {
      const { queries, ms } = await measure(email, path);
      after[path] = queries;
      times[path] = Math.round(ms);
    }
    console.log("benchmark pages at 1,514 providers (ms):", times);
    expect(after).toEqual(before);
    for (const [, path] of pages) expect(before[path], path).toBeLessThanOrEqual(8);
  }, 120_000);
});
