import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getFramework, latestFramework, PARTNERSHIP_FRAMEWORK_KEY, resourceSeed, type ResourceSeed } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { evidenceSupport } from "../../app/evidence.server";
import { findAssessmentAccessFacts } from "../../db/assessments";
import { createEvidence } from "../../db/evidence";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import { syncResourceLibrary } from "../../db/resources";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp, testContext } from "./app-harness";
import { openTestDatabase } from "./backends";

/** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
const text = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&quot;", '"').replaceAll("&amp;", "&");
/** The table of a page (leaving out the filters' choices and the page's data). */
const tableOf = (html: string) => (html.includes("<table") ? html.slice(html.indexOf("<table"), html.indexOf("</table>")) : "");

describe("running the network over HTTP: the resource library, the audit log, purging evidence", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const domain = framework.domains[0]!;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    await syncResourceLibrary(db, resourceSeed);
    // Network staff of another region, who must learn nothing of London.
    await upsertRegion(db, { key: "elsewhere", name: "Elsewhere" });
    const elsewhere = await createOrganisation(db, { kind: "network", name: "Elsewhere Network", region_key: "elsewhere" });
    const stranger = await createPerson(db, { email: "staff@elsewhere.test", name: "Elsewhere Staff", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: stranger.id, organisationId: elsewhere.id, role: "network_staff" });
    app = await startApp(opened.database);
    for (const [name, email] of Object.entries({ network: "network@demo.hearth.test", lead: "lead.nwl@demo.hearth.test", stranger: "staff@elsewhere.test" })) {
      cookies[name] = await signInCookie(app.url, email);
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = async (path: string, who: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location"), type: res.headers.get("content-type") ?? "" };
  };
  const post = async (path: string, who: string, form: [string, string][]) => {
    const res = await fetch(`${app.url}${path}`, {
      method: "POST",
      headers: { Cookie: cookies[who]!, "Content-Type": "application/x-www-form-urlencoded", Origin: app.url },
      body: new URLSearchParams(form),
      redirect: "manual",
    });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  const resourceForm = (fields: Partial<Record<string, string | string[]>>): [string, string][] =>
    Object.entries({ title: "", publisher: "", year: "", url: "", summary: "", kind: "", ...fields }).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v ?? ""] as [string, string]]));
  const resourceId = async (title: string) => (await opened.database.db.selectFrom("resource").where("title", "=", title).select("id").executeTakeFirstOrThrow()).id;

  it("adds a resource with its tags: mistakes are explained and nothing typed is lost; it is then in the library under its tags", async () => {
    const wrong = await post("/network/resources/new", "network", resourceForm({ title: "Warm homes on prescription", publisher: "", url: "not-an-address", summary: "Heating for people whose health suffers from the cold.", kind: "example", networkThemes: "places" }));
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("There is a problem");
    expect(wrong.html).toContain("Enter the organisation that published it");
    expect(wrong.html).toContain("Enter a web address that starts with https://");
    expect(wrong.html).toContain("Select at least one framework, domain or indicator it helps with");
    expect(wrong.html).toContain('value="Warm homes on prescription"');
    expect(wrong.html).toContain("Heating for people whose health suffers from the cold.");
    expect(wrong.html).toMatch(/value="places"[^>]*checked|checked[^>]*value="places"/);

    const made = await post(
      "/network/resources/new",
      "network",
      resourceForm({
        title: "Warm homes on prescription",
        publisher: "Energy Saving Trust",
        year: "2024",
        url: "https://example.org/warm-homes",
        summary: "Heating for people whose health suffers from the cold.",
        kind: "example",
        domains: domain.key,
        indicators: domain.indicators[0]!.key,
        networkThemes: "places",
        mouAims: "3",
      }),
    );
    expect(made.status).toBe(302);
    expect(made.location).toBe("/network/resources?just=added&status=all&q=Warm+homes+on+prescription");
    const stored = await opened.database.db.selectFrom("resource").where("title", "=", "Warm homes on prescription").selectAll().executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ seed_key: null, kind: "example", year: 2024, network_themes: ["places"], mou_aims: ["3"], retired_at: null });
    expect(stored.edited_at).not.toBeNull();

    const library = await get(`/resources?domain=${domain.key}`, "lead");
    expect(library.html).toContain("Warm homes on prescription");
    expect((await get("/resources?theme=places&q=warm+homes", "lead")).html).toContain("Warm homes on prescription");
    expect((await get("/network/resources?q=warm+homes", "network")).html).toContain("Warm homes on prescription");
  });

  it("changes a seeded resource, and a later release of the starting content leaves the change alone", async () => {
    const seeded = resourceSeed[0]!;
    const id = (await opened.database.db.selectFrom("resource").where("seed_key", "=", seeded.key).select("id").executeTakeFirstOrThrow()).id;
    const page = await get(`/network/resources/${id}`, "network");
    expect(page.status).toBe(200);
    expect(page.html).toContain("This came with Hearth's starting content");
    const saved = await post(
      `/network/resources/${id}`,
      "network",
      [["intent", "save"], ...resourceForm({ title: `${seeded.title} (network's wording)`, publisher: seeded.publisher, year: String(seeded.year ?? ""), url: seeded.url, summary: "Our summary.", kind: "guidance", frameworks: seeded.tags.frameworks, domains: seeded.tags.domains, indicators: seeded.tags.indicators })],
    );
    expect(saved.status).toBe(302);

    const release: ResourceSeed[] = resourceSeed.map((item) => (item.key === seeded.key ? { ...item, title: `${item.title} (corrected)` } : item));
    const sync = await syncResourceLibrary(opened.database.db, release);
    expect(sync.keptEdits.map((k) => k.key)).toContain(seeded.key);
    const row = await opened.database.db.selectFrom("resource").where("id", "=", id).select(["title", "summary"]).executeTakeFirstOrThrow();
    expect(row).toEqual({ title: `${seeded.title} (network's wording)`, summary: "Our summary." });
  });

  it("retires a resource: it leaves the library and stays listed for staff, who can bring it back", async () => {
    const id = await resourceId("Warm homes on prescription");
    expect((await post(`/network/resources/${id}`, "network", [["intent", "retire"]])).status).toBe(302);
    expect((await get("/resources?q=warm+homes", "lead")).html).not.toContain("Warm homes on prescription");
    expect((await get("/network/resources?q=warm+homes", "network")).html).not.toContain("Warm homes on prescription");
    const retired = await get("/network/resources?q=warm+homes&status=retired", "network");
    expect(retired.html).toContain("Warm homes on prescription");
    expect(retired.html).toContain("Retired");
    expect((await get(`/network/resources/${id}`, "network")).html).toContain("Bring the resource back");

    expect((await post(`/network/resources/${id}`, "network", [["intent", "restore"]])).status).toBe(302);
    expect((await get("/resources?q=warm+homes", "lead")).html).toContain("Warm homes on prescription");
    expect((await post(`/network/resources/${id}`, "network", [["intent", "retire"]])).status).toBe(302);
  });

  it("keeps the library's administration and the audit log from partnership leads", async () => {
    const id = await resourceId("Warm homes on prescription");
    for (const path of ["/network/resources", "/network/resources/new", `/network/resources/${id}`, "/network/audit", "/network/audit/export?format=csv"]) {
      expect((await get(path, "lead")).status, path).toBe(403);
    }
    expect((await post(`/network/resources/${id}`, "lead", [["intent", "restore"]])).status).toBe(403);
    expect((await opened.database.db.selectFrom("resource").where("id", "=", id).select("retired_at").executeTakeFirstOrThrow()).retired_at).not.toBeNull();
  });

  it("lists the region's audit events newest first, narrowed by action, organisation, person and dates", async () => {
    const log = await get("/network/audit", "network");
    expect(log.status).toBe(200);
    expect(log.html).toContain("Audit log");
    expect(log.html).toContain("Resource retired");
    expect(log.html).toContain("Resource restored");
    expect(log.html).toContain("Resource added");
    // The newest first: the last retirement comes before the addition.
    const table = tableOf(log.html);
    expect(table.indexOf("Resource retired")).toBeGreaterThan(-1);
    expect(table.indexOf("Resource retired")).toBeLessThan(table.indexOf("Resource added"));
    // The changed fields, compactly.
    expect(log.html).toMatch(/<details[^>]*>.*?fields?<\/span>/s);

    const retiredOnly = await get("/network/audit?action=resource-retired", "network");
    const rows = tableOf(retiredOnly.html);
    expect(rows).toContain("Resource retired");
    expect(rows).not.toContain("Resource added");

    const db = opened.database.db;
    const network = await db.selectFrom("organisation").where("kind", "=", "network").where("region_key", "=", "london").select("id").executeTakeFirstOrThrow();
    const nwl = await db.selectFrom("organisation").where("name", "=", "North West London ICS").select("id").executeTakeFirstOrThrow();
    const staff = await db.selectFrom("person").where("email", "=", "network@demo.hearth.test").select("id").executeTakeFirstOrThrow();
    const inTable = tableOf;
    expect(inTable((await get(`/network/audit?organisation=${network.id}`, "network")).html)).toContain("Resource added");
    expect((await get(`/network/audit?organisation=${nwl.id}&action=resource-added`, "network")).html).toContain("No events match.");
    expect(inTable((await get(`/network/audit?person=${staff.id}&action=resource-added`, "network")).html)).toContain("Resource added");
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10);
    expect((await get(`/network/audit?from=${tomorrow}`, "network")).html).toContain("No events match.");
    const wrongRange = await get(`/network/audit?from=${tomorrow}&to=2020-01-01`, "network");
    expect(wrongRange.html).toContain("The end of the range must be on or after its start");
  });

  it("downloads the audit log under the same filters, with text a spreadsheet would run as a formula made plain", async () => {
    const made = await post(
      "/network/resources/new",
      "network",
      resourceForm({ title: '=HYPERLINK("https://evil.example","Click")', publisher: "@Someone", url: "https://example.org/formula", summary: "+Sum", kind: "tool", frameworks: PARTNERSHIP_FRAMEWORK_KEY }),
    );
    expect(made.status).toBe(302);
    const csv = await get("/network/audit/export?format=csv&action=resource-added", "network");
    expect(csv.status).toBe(200);
    expect(csv.type).toContain("text/csv");
    const lines = csv.html.replace(/^\ufeff/, "").split("\r\n");
    expect(lines[0]).toBe("When,Who,Organisation,Action,About,About (id),What changed,Before,After");
    expect(lines.filter((l) => l.includes("Resource added")).length).toBe(2);
    expect(lines.some((l) => l.includes("Resource retired"))).toBe(false);
    expect(csv.html).not.toMatch(/(^|,)"?[=+@]/m);
    expect(csv.html).toContain("title: =HYPERLINK"); // inside a field that starts with plain text
    // A field that starts like a formula is made plain text.
    const network = await opened.database.db.selectFrom("organisation").where("kind", "=", "network").where("region_key", "=", "london").select("id").executeTakeFirstOrThrow();
    await opened.database.db
      .insertInto("audit_event")
      .values({ person_id: null, actor_name: "=SUM(1+1)", organisation_id: network.id, subject_type: "resource", subject_id: "x", action: "resource-added", detail: JSON.stringify({}) })
      .execute();
    const again = await get("/network/audit/export?format=csv&action=resource-added", "network");
    expect(again.html).toContain(",'=SUM(1+1),");
    expect(again.html).not.toMatch(/(^|,)=SUM/m);
    const workbook = await fetch(`${app.url}/network/audit/export?format=xlsx`, { headers: { Cookie: cookies.network! } });
    expect(workbook.status).toBe(200);
    expect(workbook.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("shows network staff of another region nothing of London's log", async () => {
    const log = await get("/network/audit", "stranger");
    expect(log.status).toBe(200);
    expect(log.html).toContain("No events match.");
    const csv = await get("/network/audit/export?format=csv", "stranger");
    expect(csv.html.replace(/^\ufeff/, "").trim().split("\r\n")).toHaveLength(1);
  });

  it("purges a file uploaded with personal data: bytes gone, download gone, a tombstone and an audit event without the contents", async () => {
    const db = opened.database.db;
    const nwl = await db.selectFrom("organisation").where("name", "=", "North West London ICS").select("id").executeTakeFirstOrThrow();
    const lead = await db.selectFrom("person").where("email", "=", "lead.nwl@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const assessment = await db
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.organisation_id", "=", nwl.id)
      .where("r.status", "=", "open")
      .where("a.framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
      .select(["a.id"])
      .executeTakeFirstOrThrow();
    const linked = new Set((await db.selectFrom("evidence_link").where("assessment_id", "=", assessment.id).select("indicator_key").execute()).map((l) => l.indicator_key));
    const facts = (await findAssessmentAccessFacts(db, assessment.id))!;
    const indicator = getFrameworkIndicators(facts.frameworkKey, facts.frameworkVersion).find((key) => !linked.has(key))!;

    const bytes = new TextEncoder().encode("%PDF-1.4 Jane Resident, 12 Example Road, NHS number 999 999 9999");
    const file = await db
      .insertInto("evidence_file")
      .values({ organisation_id: nwl.id, sha256: "purge-test", media_type: "application/pdf", size_bytes: bytes.length, file_name: "jane-resident-letter.pdf", created_by: lead.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("evidence_file_chunk").values({ file_id: file.id, seq: 0, bytes }).execute();
    const today = new Date().toISOString().slice(0, 10);
    const evidence = await createEvidence(db, {
      organisationId: nwl.id,
      actor: { personId: lead.id, name: lead.name },
      title: "Discharge protocol (signed)",
      description: "",
      url: null,
      fileId: file.id,
      strength: "documentary",
      datedOn: today,
      reviewBy: "2099-01-01",
      ownerName: "",
      links: [{ assessmentId: assessment.id, indicatorKey: indicator }],
    });
    const supportOf = async () => (await evidenceSupport(testContext(db), facts, [{ indicatorKey: indicator, answer: "level", level: 3 }])).get(indicator)!;
    expect((await supportOf()).flag).toBeNull();
    expect((await get(`/evidence/${evidence.id}/download`, "lead")).status).toBe(200);

    // Members of the organisation cannot purge; network staff of another region do not learn it exists.
    expect((await post(`/evidence/${evidence.id}`, "lead", [["intent", "purge"], ["reason", "Mine"], ["confirm", "yes"]])).status).toBe(403);
    expect((await get(`/evidence/${evidence.id}`, "lead")).html).not.toContain("Purge this file");
    expect((await get(`/evidence/${evidence.id}`, "stranger")).status).toBe(404);
    expect((await post(`/evidence/${evidence.id}`, "stranger", [["intent", "purge"], ["reason", "x"], ["confirm", "yes"]])).status).toBe(404);

    const page = await get(`/evidence/${evidence.id}`, "network");
    expect(page.html).toContain("Purge this file");
    const unconfirmed = await post(`/evidence/${evidence.id}`, "network", [["intent", "purge"], ["reason", "Names a resident and their NHS number."]]);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.html).toContain("Tick the box to confirm the file will be deleted and cannot be recovered");
    expect(unconfirmed.html).toContain("Names a resident and their NHS number.");
    const noReason = await post(`/evidence/${evidence.id}`, "network", [["intent", "purge"], ["reason", " "], ["confirm", "yes"]]);
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("Say why the file is being purged");

    const purged = await post(`/evidence/${evidence.id}`, "network", [["intent", "purge"], ["reason", "Names a resident and their NHS number."], ["confirm", "yes"]]);
    expect(purged.status).toBe(302);
    expect(purged.location).toBe(`/evidence/${evidence.id}?purged=1`);

    expect(await db.selectFrom("evidence_file_chunk").where("file_id", "=", file.id).select("seq").execute()).toEqual([]);
    const tombstone = await db.selectFrom("evidence_file").where("id", "=", file.id).selectAll().executeTakeFirstOrThrow();
    const staff = await db.selectFrom("person").where("email", "=", "network@demo.hearth.test").select("id").executeTakeFirstOrThrow();
    expect(tombstone.purged_at).not.toBeNull();
    expect(tombstone.purged_by).toBe(staff.id);
    expect(tombstone.purge_reason).toBe("Names a resident and their NHS number.");
    expect(tombstone.file_name).not.toContain("jane");

    const gone = await get(`/evidence/${evidence.id}/download`, "lead");
    expect(gone.status).toBe(410);
    expect(gone.html).toContain("This file has been purged");
    const record = await get(`/evidence/${evidence.id}`, "lead");
    expect(record.status).toBe(200);
    expect(record.html).toMatch(/File purged by network staff on \d+ \w+ \d{4}: Names a resident and their NHS number\./);
    expect(record.html).not.toContain(`/evidence/${evidence.id}/download`);
    expect((await post(`/evidence/${evidence.id}`, "network", [["intent", "purge"], ["reason", "Again"], ["confirm", "yes"]])).status).toBe(409);

    // It no longer supports the rating.
    expect((await supportOf()).flag).not.toBeNull();

    const event = await db.selectFrom("audit_event").where("subject_id", "=", evidence.id).where("action", "=", "evidence-file-purged").selectAll().executeTakeFirstOrThrow();
    expect(event.organisation_id).toBe(nwl.id);
    expect(event.after).toMatchObject({ title: "Discharge protocol (signed)", reason: "Names a resident and their NHS number." });
    const recorded = JSON.stringify([event.before, event.after, event.detail]);
    expect(recorded).not.toContain("Jane");
    expect(recorded).not.toContain("jane-resident");
    expect(recorded).not.toContain("PDF");
    expect((await get(`/network/audit?action=evidence-file-purged&organisation=${nwl.id}`, "network")).html).toContain("Evidence file purged");
  });
});

function getFrameworkIndicators(key: string, version: number): string[] {
  return getFramework(key, version)!.domains.flatMap((d) => d.indicators.map((i) => i.key));
}

describe("queries for the audit log", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let cookie: string;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
    app = await startApp(opened.database);
    cookie = await signInCookie(app.url, "network@demo.hearth.test");
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  async function queriesFor(path: string): Promise<number> {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookie } });
    expect(res.status, path).toBe(200);
    await res.text();
    const match = /desc="(\d+) queries"/.exec(res.headers.get("server-timing") ?? "");
    if (!match) throw new Error(`no query count for ${path}`);
    return Number(match[1]);
  }

  it("is the same with 10 events and with 2,000, filtered or not", async () => {
    const db = opened.database.db;
    const organisations = await db.selectFrom("organisation").where("region_key", "=", "london").select("id").execute();
    const people = await db.selectFrom("person").select(["id", "name"]).limit(5).execute();
    const events = (n: number, from: number) =>
      Array.from({ length: n }, (_, i) => ({
        person_id: people[(from + i) % people.length]!.id,
        actor_name: people[(from + i) % people.length]!.name,
        organisation_id: organisations[(from + i) % organisations.length]!.id,
        subject_type: "evidence",
        subject_id: `subject-${from + i}`,
        action: ["evidence-added", "evidence-changed", "resource-retired"][(from + i) % 3]!,
        before: JSON.stringify({ title: `Before ${from + i}` }),
        after: JSON.stringify({ title: `After ${from + i}` }),
        detail: JSON.stringify({}),
      }));
    await db.deleteFrom("audit_event").execute();
    await db.insertInto("audit_event").values(events(10, 0)).execute();
    const pages = ["/network/audit", `/network/audit?action=evidence-changed&organisation=${organisations[1]!.id}&person=${people[1]!.id}&from=2020-01-01&to=2099-12-31`, "/network/audit?page=2"];
    const small: Record<string, number> = {};
    for (const path of pages) small[path] = await queriesFor(path);
    for (let from = 10; from < 2_000; from += 500) await db.insertInto("audit_event").values(events(Math.min(500, 2_000 - from), from)).execute();
    expect(Number((await db.selectFrom("audit_event").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n)).toBe(2_000);
    const large: Record<string, number> = {};
    for (const path of pages) large[path] = await queriesFor(path);
    expect(large).toEqual(small);
  }, 60_000);
});
