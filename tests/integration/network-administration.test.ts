import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY } from "../../assessment";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";

/** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
const text = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "'");

/**
 * Running the network over HTTP (network staff of London): opening, closing and deleting rounds; adding, changing and
 * merging organisations; and who else may do any of it (nobody).
 */
for (const kind of availableBackends()) describe(`running the network: rounds and organisations (${kind})`, () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  const ids = {} as Record<"nwl" | "ncl" | "sel" | "partnershipRound" | "providerRound", string>;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    // Network staff of another region, who must learn nothing of London.
    await upsertRegion(db, { key: "elsewhere", name: "Elsewhere" });
    const elsewhere = await createOrganisation(db, { kind: "network", name: "Elsewhere Network", region_key: "elsewhere" });
    const stranger = await createPerson(db, { email: "staff@elsewhere.test", name: "Elsewhere Staff", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: stranger.id, organisationId: elsewhere.id, role: "network_staff" });
    app = await startApp(opened.database);
    const people = { network: "network@demo.hearth.test", lead: "lead.nwl@demo.hearth.test", nclLead: "lead.ncl@demo.hearth.test", stranger: "staff@elsewhere.test" };
    for (const [name, email] of Object.entries(people)) cookies[name] = await signInCookie(app.url, email);
    const org = async (shortName: string) => (await db.selectFrom("organisation").where("short_name", "=", shortName).select("id").executeTakeFirstOrThrow()).id;
    ids.nwl = await org("NWL");
    ids.ncl = await org("NCL");
    ids.sel = await org("SEL");
    const open = async (frameworkKey: string) =>
      (await db.selectFrom("round").where("region_key", "=", "london").where("framework_key", "=", frameworkKey).where("status", "=", "open").select("id").executeTakeFirstOrThrow()).id;
    ids.partnershipRound = await open(PARTNERSHIP_FRAMEWORK_KEY);
    ids.providerRound = await open(PROVIDER_FRAMEWORK_KEY);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = async (path: string, who: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location"), timing: res.headers.get("server-timing") ?? "" };
  };
  const post = async (path: string, who: string, form: Record<string, string | string[]>) => {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    const res = await fetch(`${app.url}${path}`, {
      method: "POST",
      headers: { Cookie: cookies[who]!, "Content-Type": "application/x-www-form-urlencoded", Origin: app.url },
      body,
      redirect: "manual",
    });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  const db = () => opened.database.db;
  const latest = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const newRound = (name: string, audience = "partnership") => ({
    audience,
    name,
    "opensOn.day": "1",
    "opensOn.month": "5",
    "opensOn.year": "2027",
    "dueOn.day": "30",
    "dueOn.month": "9",
    "dueOn.year": "2027",
    frameworkVersion: String((audience === "partnership" ? latest : latestFramework(PROVIDER_FRAMEWORK_KEY)!).version),
  });

  it("lists the region's rounds of both frameworks with their progress", async () => {
    const page = await get("/network/rounds", "network");
    expect(page.status).toBe(200);
    expect(page.html).toContain("2026/27");
    expect(page.html).toContain("Housing providers");
    expect(page.html).toContain("Partnerships");
    const round = await get(`/network/rounds/${ids.partnershipRound}`, "network");
    expect(round.html).toContain("Not started (2)");
    expect(round.html).toContain("North Central London ICS");
  });

  it("warns of a round still open, refuses a name the framework's rounds already have, and keeps what was typed", async () => {
    expect((await get("/network/rounds/new?for=partnership", "network")).html).toContain("The 2026/27 round is still open for partnerships.");
    const refused = await post("/network/rounds/new", "network", newRound("2026/27"));
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("There is already a round called 2026/27: choose another name");
    expect(refused.html).toContain('value="2026/27"');
    expect(refused.html).toContain('value="30"');
    const invalid = await post("/network/rounds/new", "network", { ...newRound(""), "dueOn.day": "31", "dueOn.month": "2" });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain("Enter a name for the round");
    expect(invalid.html).toContain("The due date must be a real date");
  });

  it("refuses to delete a round with an assessment in it, closes it after confirmation, then opens the next for every partnership", async () => {
    const kept = await post(`/network/rounds/${ids.partnershipRound}`, "network", { intent: "delete", confirm: "yes" });
    expect(kept.status).toBe(409);
    expect(kept.html).toMatch(/cannot be deleted: \d organisations have started an assessment in it/);
    expect(await db().selectFrom("round").where("id", "=", ids.partnershipRound).select("id").executeTakeFirst()).toBeDefined();

    // Without the confirmation nothing happens.
    expect((await post(`/network/rounds/${ids.partnershipRound}`, "network", { intent: "close" })).status).toBe(400);
    expect((await get(`/network/rounds/${ids.partnershipRound}?confirm=close`, "network")).html).toContain("Yes, close the round");
    const closed = await post(`/network/rounds/${ids.partnershipRound}`, "network", { intent: "close", confirm: "yes" });
    expect(closed.status).toBe(302);
    expect((await db().selectFrom("round").where("id", "=", ids.partnershipRound).select(["status", "closed_at"]).executeTakeFirstOrThrow()).status).toBe("closed");

    const openedRound = await post("/network/rounds/new", "network", newRound("2027/28"));
    expect(openedRound.status).toBe(302);
    const id = /\/network\/rounds\/([0-9a-f-]{36})/.exec(openedRound.location ?? "")![1]!;
    const round = await db().selectFrom("round").where("id", "=", id).selectAll().executeTakeFirstOrThrow();
    expect(round).toMatchObject({ status: "open", name: "2027/28", opens_on: "2027-05-01", due_on: "2027-09-30", framework_version: latest.version, framework_key: PARTNERSHIP_FRAMEWORK_KEY });

    // Every partnership of the region is told, and no one else.
    const told = await db().selectFrom("notification as n").innerJoin("organisation as o", "o.id", "n.organisation_id").where("n.kind", "=", "round-opened").where("n.title", "=", "The 2027/28 round has opened").select(["o.kind", "o.region_key", "n.link"]).execute();
    const partnerships = await db().selectFrom("organisation").where("kind", "=", "partnership").where("region_key", "=", "london").where("archived_at", "is", null).select("id").execute();
    expect(told).toHaveLength(partnerships.length);
    expect(told.every((t) => t.kind === "partnership" && t.region_key === "london" && t.link === "/partnership")).toBe(true);
    const audit = await db().selectFrom("audit_event").where("subject_id", "=", id).select("action").execute();
    expect(audit.map((a) => a.action)).toEqual(["round-opened"]);

    // A partnership sees it as startable, and in its notifications.
    const home = await get("/partnership", "lead");
    expect(home.html).toContain("2027/28");
    expect(home.html).toContain(`/rounds/${id}/start`);
    expect((await get("/notifications", "lead")).html).toContain("The 2027/28 round has opened");

    // Opened by mistake: while empty it can be deleted, with its notice.
    const deleted = await post(`/network/rounds/${id}`, "network", { intent: "delete", confirm: "yes" });
    expect(deleted.status).toBe(302);
    expect(await db().selectFrom("round").where("id", "=", id).select("id").executeTakeFirst()).toBeUndefined();
    expect(await db().selectFrom("notification").where("title", "=", "The 2027/28 round has opened").select("id").execute()).toEqual([]);
    expect((await db().selectFrom("audit_event").where("subject_id", "=", id).select("action").orderBy("occurred_at").execute()).map((a) => a.action)).toEqual(["round-opened", "round-deleted"]);
    expect((await get("/partnership", "lead")).html).not.toContain("2027/28");
  });

  it("closing a housing providers' round fixes its benchmark peer set", async () => {
    const roundId = ids.providerRound;
    // Make sure at least one provider has submitted in it.
    const framework = await db().selectFrom("round").where("id", "=", roundId).select(["framework_key", "framework_version"]).executeTakeFirstOrThrow();
    const submitter = await db().selectFrom("organisation").where("kind", "=", "provider").where("region_key", "=", "london").where("benchmark_opted_out_at", "is", null).where("id", "not in", (eb) => eb.selectFrom("assessment").where("round_id", "=", roundId).select("organisation_id")).select("id").executeTakeFirst();
    if (submitter) {
      await db().insertInto("assessment").values({ round_id: roundId, organisation_id: submitter.id, framework_key: framework.framework_key, framework_version: framework.framework_version, status: "submitted", submitted_at: new Date() }).execute();
    }
    const expected = await db()
      .selectFrom("assessment as a")
      .innerJoin("organisation as o", "o.id", "a.organisation_id")
      .where("a.round_id", "=", roundId)
      .where("a.status", "in", ["submitted", "approved"])
      .where("o.benchmark_opted_out_at", "is", null)
      .select("o.id")
      .execute();
    expect(expected.length).toBeGreaterThan(0);
    expect(await db().selectFrom("benchmark_peer").where("round_id", "=", roundId).select("organisation_id").execute()).toEqual([]);
    const closed = await post(`/network/rounds/${roundId}`, "network", { intent: "close", confirm: "yes" });
    expect(closed.status).toBe(302);
    const peers = await db().selectFrom("benchmark_peer").where("round_id", "=", roundId).select("organisation_id").execute();
    expect(peers.map((p) => p.organisation_id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect((await get(`/network/rounds/${roundId}?closed=1`, "network")).html).toContain("Its benchmark peer set is now fixed");
    // Closing twice is refused with the reason.
    expect((await post(`/network/rounds/${roundId}`, "network", { intent: "close", confirm: "yes" })).status).toBe(409);
  });

  it("adds and changes an organisation, keeping what was typed when something is wrong", async () => {
    const boroughs = await db().selectFrom("borough").where("region_key", "=", "london").select("key").orderBy("key").limit(2).execute();
    const missing = await post("/network/organisations/new", "network", { kind: "provider", name: "", boroughs: boroughs.map((b) => b.key) });
    expect(missing.status).toBe(400);
    expect(missing.html).toContain("Enter the organisation's name");
    expect(missing.html).toMatch(new RegExp(`value="${boroughs[0]!.key}"[^>]*checked|checked[^>]*value="${boroughs[0]!.key}"`));
    const duplicate = await post("/network/organisations/new", "network", { kind: "partnership", name: "north west london ics" });
    expect(duplicate.status).toBe(400);
    expect(duplicate.html).toContain("There is already a partnership called north west london ics");

    const added = await post("/network/organisations/new", "network", { kind: "provider", name: "Testing Lane Homes", shortName: "ignored", boroughs: boroughs.map((b) => b.key), homesBand: "1000-4999", organisationType: "housing-association" });
    expect(added.status).toBe(302);
    const row = await db().selectFrom("organisation").where("name", "=", "Testing Lane Homes").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: "provider", region_key: "london", short_name: null, homes_band: "1000-4999", organisation_type: "housing-association" });
    expect((await db().selectFrom("organisation_borough").where("organisation_id", "=", row.id).select("borough_key").execute()).length).toBe(2);

    const changed = await post(`/network/organisations/${row.id}`, "network", { kind: "partnership", name: "Testing Lane Homes Group", boroughs: [boroughs[1]!.key], homesBand: "5000-14999", organisationType: "" });
    expect(changed.status).toBe(302);
    const after = await db().selectFrom("organisation").where("id", "=", row.id).selectAll().executeTakeFirstOrThrow();
    // The kind is fixed once added.
    expect(after).toMatchObject({ kind: "provider", name: "Testing Lane Homes Group", homes_band: "5000-14999", organisation_type: null });
    expect((await db().selectFrom("organisation_borough").where("organisation_id", "=", row.id).select("borough_key").execute()).map((b) => b.borough_key)).toEqual([boroughs[1]!.key]);
    const audit = await db().selectFrom("audit_event").where("subject_id", "=", row.id).select(["action", "before", "after"]).orderBy("occurred_at").execute();
    expect(audit.map((a) => a.action)).toEqual(["organisation-added", "organisation-changed"]);
    expect(audit[1]!.before).toMatchObject({ name: "Testing Lane Homes" });
    expect((await get("/network/organisations?kind=provider", "network")).html).toContain("Testing Lane Homes Group");
  });

  it("merges two partnerships: memberships move (no duplicates), the predecessor is archived, both histories stay readable", async () => {
    const nclAssessments = await db().selectFrom("assessment").where("organisation_id", "=", ids.ncl).select("id").orderBy("created_at").execute();
    const nclEvidence = await db().selectFrom("evidence").where("organisation_id", "=", ids.ncl).select("id").execute();
    const nwlAssessments = await db().selectFrom("assessment").where("organisation_id", "=", ids.nwl).select("id").execute();
    expect(nclAssessments.length).toBeGreaterThan(0);
    // Someone in both partnerships keeps one place, in the successor.
    const both = await createPerson(db(), { email: "both@demo.hearth.test", name: "In Both", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db(), { personId: both.id, organisationId: ids.ncl, role: "partnership_lead" });
    await addMembership(db(), { personId: both.id, organisationId: ids.nwl, role: "partnership_viewer" });
    const nclPeople = await db().selectFrom("membership").where("organisation_id", "=", ids.ncl).select("person_id").execute();

    const check = await post(`/network/organisations/${ids.nwl}/merge`, "network", { predecessorId: ids.ncl });
    expect(check.status).toBe(200);
    expect(check.html).toContain("Check the merge before it is made");
    expect(await db().selectFrom("organisation_merge").selectAll().execute()).toEqual([]);
    expect((await post(`/network/organisations/${ids.nwl}/merge`, "network", { predecessorId: ids.nwl, confirm: "yes" })).status).toBe(400);

    const merged = await post(`/network/organisations/${ids.nwl}/merge`, "network", { predecessorId: ids.ncl, confirm: "yes" });
    expect(merged.status).toBe(302);
    expect(await db().selectFrom("organisation_merge").select(["predecessor_id", "successor_id"]).execute()).toEqual([{ predecessor_id: ids.ncl, successor_id: ids.nwl }]);
    expect((await db().selectFrom("organisation").where("id", "=", ids.ncl).select("archived_at").executeTakeFirstOrThrow()).archived_at).not.toBeNull();
    expect(await db().selectFrom("membership").where("organisation_id", "=", ids.ncl).select("id").execute()).toEqual([]);
    const nwlPeople = (await db().selectFrom("membership").where("organisation_id", "=", ids.nwl).select(["person_id", "role"]).execute());
    for (const p of nclPeople) expect(nwlPeople.map((m) => m.person_id)).toContain(p.person_id);
    expect(nwlPeople.filter((m) => m.person_id === both.id)).toEqual([{ person_id: both.id, role: "partnership_viewer" }]);
    // Both histories stay where they were.
    expect(await db().selectFrom("assessment").where("organisation_id", "=", ids.ncl).select("id").orderBy("created_at").execute()).toEqual(nclAssessments);
    expect(await db().selectFrom("evidence").where("organisation_id", "=", ids.ncl).select("id").execute()).toEqual(nclEvidence);
    expect((await db().selectFrom("assessment").where("organisation_id", "=", ids.nwl).select("id").execute()).length).toBe(nwlAssessments.length);
    const audit = await db().selectFrom("audit_event").where("action", "in", ["organisation-merged", "organisation-merged-into"]).select(["action", "subject_id"]).execute();
    expect(audit).toHaveLength(2);

    // The successor's page says so and leads to the predecessor's history, which its members may read but not change.
    const own = await get(`/organisations/${ids.nwl}`, "lead");
    expect(own.html).toContain("Merged from North Central London ICS on");
    expect(own.html).toContain(`/organisations/${ids.ncl}/progress`);
    expect((await get("/partnership", "lead")).html).toContain("Merged from North Central London ICS");
    for (const path of [`/organisations/${ids.ncl}`, `/organisations/${ids.ncl}/progress`, `/organisations/${ids.ncl}/evidence`, `/organisations/${ids.ncl}/actions`, `/assessments/${nclAssessments[0]!.id}`]) {
      expect((await get(path, "lead")).status, path).toBe(200);
    }
    if (nclEvidence[0]) expect((await get(`/evidence/${nclEvidence[0].id}`, "lead")).status).toBe(200);
    const edit = await post(`/assessments/${nclAssessments.at(-1)!.id}/check`, "lead", {});
    expect(edit.status).toBe(403);
    expect(edit.html).toContain("merged into yours");
    // The predecessor's lead carries on, now for the successor (the same session).
    expect((await get("/partnership", "nclLead")).html).toContain("North West London ICS");
    // Its own page in the network's list is gone; it is archived, not deleted.
    expect((await get("/network/organisations?kind=partnership", "network")).html).toContain("Merged from North Central London ICS");
    expect((await get(`/network/organisations/${ids.ncl}`, "network")).html).toContain("Merged into");
    expect((await post(`/network/organisations/${ids.ncl}`, "network", { name: "Renamed" })).status).toBe(403);
  });

  it("gives a partnership lead none of it, and network staff of another region nothing of London's", async () => {
    const paths = [
      "/network/rounds",
      "/network/rounds/new",
      `/network/rounds/${ids.providerRound}`,
      "/network/organisations",
      "/network/organisations/new",
      `/network/organisations/${ids.sel}`,
      `/network/organisations/${ids.sel}/merge`,
    ];
    for (const path of paths) expect((await get(path, "lead")).status, path).toBe(403);
    expect((await post(`/network/rounds/${ids.providerRound}`, "lead", { intent: "delete", confirm: "yes" })).status).toBe(403);
    expect((await post("/network/rounds/new", "lead", newRound("Sneaky"))).status).toBe(403);
    for (const path of [`/network/rounds/${ids.providerRound}`, `/network/organisations/${ids.sel}`, `/network/organisations/${ids.sel}/merge`]) {
      expect((await get(path, "stranger")).status, path).toBe(404);
    }
    expect((await post(`/network/rounds/${ids.providerRound}`, "stranger", { intent: "delete", confirm: "yes" })).status).toBe(404);
    expect((await post(`/network/organisations/${ids.nwl}/merge`, "stranger", { predecessorId: ids.sel, confirm: "yes" })).status).toBe(404);
    const theirs = await get("/network/rounds", "stranger");
    expect(theirs.status).toBe(200);
    expect(theirs.html).not.toContain("2026/27");
    expect((await get("/network/organisations", "stranger")).html).not.toContain("South East London");
  });

  it("lists organisations, rounds and a round's organisations with the same number of queries at 10 and at 200 more", async () => {
    const count = async (path: string) => {
      const page = await get(path, "network");
      expect(page.status, path).toBe(200);
      return Number(/desc="(\d+) queries"/.exec(page.timing)![1]);
    };
    // The rounds' pages count organisations too: they are held to the same rule.
    const paths = ["/network/organisations", "/network/organisations?kind=provider&page=2", "/network/rounds", `/network/rounds/${ids.providerRound}`];
    const queries = async () => {
      const counts: Record<string, number> = {};
      for (const path of paths) counts[path] = await count(path);
      return counts;
    };
    const add = async (from: number, to: number) => {
      const boroughs = await db().selectFrom("borough").where("region_key", "=", "london").select("key").limit(3).execute();
      for (let i = from; i < to; i += 1) {
        const created = await createOrganisation(db(), { kind: i % 2 ? "provider" : "partnership", name: `Bulk Organisation ${String(i).padStart(3, "0")}`, region_key: "london", boroughKeys: boroughs.map((b) => b.key) });
        if (i % 10 === 0) {
          const person = await createPerson(db(), { email: `bulk${i}@test.example`, name: `Bulk ${i}`, passwordHash: "x" });
          await addMembership(db(), { personId: person.id, organisationId: created.id, role: i % 2 ? "provider_editor" : "partnership_lead" });
        }
      }
    };
    await add(0, 10);
    const small = await queries();
    await add(10, 210);
    const large = await queries();
    expect(large).toEqual(small);
    const last = await get("/network/organisations?page=5", "network");
    expect(last.html).toContain("Previous");
  }, 60_000);
});
