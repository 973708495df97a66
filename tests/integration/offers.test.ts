import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworks, latestFramework, PROVIDER_FRAMEWORK_KEY } from "../../assessment";
import { syncFrameworkVersions } from "../../db/frameworks";
import { hashPassword } from "../../app/auth/password.server";
import { getOfferVersions, publishOffer, saveOfferDraft, type OfferInput } from "../../db/offers";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";

const framework = latestFramework(PROVIDER_FRAMEWORK_KEY)!;

/** A form as the browser sends it without JavaScript: field names as on the page. */
function offerForm(services: Record<string, string | string[]>[], extra: Record<string, string> = {}) {
  const form = new URLSearchParams({
    organisationType: "housing-association",
    contactRoute: "Call 020 7946 0999",
    "lastReviewedOn.day": "1",
    "lastReviewedOn.month": "10",
    "lastReviewedOn.year": "2026",
    ...extra,
  });
  services.forEach((service, i) => {
    for (const [key, value] of Object.entries(service)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(`services.${i}.${key}`, v);
    }
  });
  return form;
}

const COMPLETE_SERVICE = {
  serviceKey: "falls-prevention",
  boroughs: ["camden", "islington"],
  eligibility: "Residents over 65 who have fallen",
  clientGroups: ["older-people"],
  capacity: "25",
  capacityUnit: "referrals-per-month",
  referralRoutes: ["gp-primary-care"],
  referralDetail: "Email falls@sample-street.test",
  responseTime: "3",
  responseTimeUnit: "working-days",
  outcomesMeasured: ["falls-prevented"],
  costBasis: "free-to-person",
  tenures: ["social-rent"],
  hours: "office-hours-weekdays",
};

describe("housing offers over HTTP: the form, publishing, the directory and who may see what", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    app = await startApp(opened.database);
    for (const [name, email] of Object.entries({ lead: "lead.nwl@demo.hearth.test", provider1: "provider1@demo.hearth.test", provider2: "provider2@demo.hearth.test", network: "network@demo.hearth.test" })) {
      cookies[name] = await signInCookie(app.url, email);
    }
    for (const [key, name] of Object.entries({ provider1: "Example Homes Trust (demo)", provider2: "Sample Street Housing (demo)", overdue: "Placeholder Place Homes (demo)", draftOnly: "Pretend Row Homes (demo)" })) {
      ids[key] = (await db.selectFrom("organisation").where("name", "=", name).select("id").executeTakeFirstOrThrow()).id;
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = async (path: string, who: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  const post = async (path: string, who: string, form: URLSearchParams) => {
    const res = await fetch(`${app.url}${path}`, { method: "POST", headers: { Cookie: cookies[who]!, "Content-Type": "application/x-www-form-urlencoded", Origin: app.url }, body: form, redirect: "manual" });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  /** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
  const text = (html: string) => html.replaceAll("<!-- -->", "");
  /** The directory's results, below its filters (whose lists name every service and borough). */
  const results = (html: string) => html.slice(html.indexOf('role="status"'), html.indexOf("</main>"));

  it("lists only published offers in the directory, never a draft or a draft's changes", async () => {
    const { html } = await get("/directory", "lead");
    expect(html).toContain("Example Homes Trust (demo)");
    expect(html).toContain("Sample Street Housing (demo)");
    // Pretend Row Homes has only a draft; Example Homes Trust's draft adds falls prevention in Harrow.
    expect(html).not.toContain("Pretend Row Homes");
    expect(html).not.toContain("worried about falling");
    const falls = await get("/directory?service=falls-prevention", "lead");
    expect(falls.html).toContain("No published offer matches these filters.");
  });

  it("filters by service, borough, ICS area and group served, showing only the services that match", async () => {
    const mentalHealth = await get("/directory?service=supported-housing-mental-health", "lead");
    expect(mentalHealth.html).toContain("Sample Street Housing (demo)");
    expect(mentalHealth.html).not.toContain("Example Homes Trust (demo)");
    // Sample Street's other service (homelessness prevention) is not listed under that filter.
    expect(results(mentalHealth.html)).not.toContain("Homelessness prevention");

    const croydon = await get("/directory?borough=croydon", "lead");
    expect(croydon.html).toContain("Demo Lane Housing Co-operative (demo)");
    expect(croydon.html).not.toContain("Sample Street Housing (demo)");

    const db = opened.database.db;
    const swl = await db.selectFrom("organisation").where("short_name", "=", "SWL").select("id").executeTakeFirstOrThrow();
    const area = await get(`/directory?area=${swl.id}`, "lead");
    expect(area.html).toContain("Demo Lane Housing Co-operative (demo)");
    expect(area.html).not.toContain("Fictional Fields Housing Association (demo)");

    const learning = await get("/directory?group=learning-disabilities-autism", "lead");
    expect(learning.html).toContain("Imaginary Court Supported Living (demo)");
    expect(learning.html).toContain("Fictional Fields Housing Association (demo)");
    expect(learning.html).not.toContain("Demo Lane Housing Co-operative (demo)");
  });

  it("warns when a published offer was last reviewed more than a year ago", async () => {
    const { html } = await get(`/offers/${ids.overdue}`, "lead");
    expect(html).toContain("Not reviewed for over a year");
    const fresh = await get(`/offers/${ids.provider2}`, "lead");
    expect(fresh.html).not.toContain("Not reviewed for over a year");
  });

  it("keeps a provider's draft and raw answers from other providers and partnerships, even by URL", async () => {
    expect((await get(`/offers/${ids.draftOnly}`, "provider1")).status).toBe(404);
    expect((await get(`/offers/${ids.draftOnly}`, "lead")).status).toBe(404);
    // The published version of a provider with a draft under way is readable, without the draft's changes.
    const published = await get(`/offers/${ids.provider1}`, "provider2");
    expect(published.status).toBe(200);
    expect(published.html).toContain("Hospital discharge support");
    expect(published.html).not.toContain("worried about falling");
    // Network staff may see that a provider has not published.
    const staff = await get(`/offers/${ids.draftOnly}`, "network");
    expect(staff.status).toBe(200);
    expect(staff.html).toContain("has not published an offer yet");
    // Another provider's maturity ratings stay private too.
    const db = opened.database.db;
    const round = await db.insertInto("round").values({ region_key: "london", framework_key: framework.key, framework_version: framework.version, name: "Offers test round", opens_on: "2026-10-01", due_on: "2027-01-31", status: "open" }).returning("id").executeTakeFirstOrThrow();
    const assessment = await db.insertInto("assessment").values({ round_id: round.id, organisation_id: ids.provider1!, framework_key: framework.key, framework_version: framework.version, status: "in_progress" }).returning("id").executeTakeFirstOrThrow();
    expect((await get(`/assessments/${assessment.id}`, "provider2")).status).toBe(404);
    expect((await get(`/assessments/${assessment.id}/results`, "provider2")).status).toBe(404);
    expect((await get(`/assessments/${assessment.id}/export?format=csv`, "provider2")).status).toBe(404);
  });

  it("adds and removes services without JavaScript, keeping everything typed", async () => {
    const first = { ...COMPLETE_SERVICE, eligibility: "Typed into the first service" };
    const added = await post("/provider/offer/edit", "provider2", offerForm([first], { addService: "1", intent: "save", revision: "0" }));
    expect(added.status).toBe(200);
    expect(added.html).toContain("Service 2");
    expect(added.html).toContain("Typed into the first service");
    expect(added.html).toContain("Call 020 7946 0999");

    const second = { ...COMPLETE_SERVICE, serviceKey: "warm-safe-homes", eligibility: "Typed into the second service" };
    const removed = await post("/provider/offer/edit", "provider2", offerForm([first, second], { removeService: "0", intent: "save", revision: "0" }));
    expect(removed.status).toBe(200);
    expect(removed.html).not.toContain("Typed into the first service");
    expect(removed.html).toContain("Typed into the second service");
    expect(removed.html).not.toContain("Service 2");
  });

  it("says what is wrong next to the field and keeps what was typed", async () => {
    const bad = { ...COMPLETE_SERVICE, capacity: "lots", eligibility: "Kept after the error" };
    const res = await post("/provider/offer/edit", "provider2", offerForm([bad], { intent: "save", revision: "0" }));
    expect(res.status).toBe(400);
    expect(res.html).toContain("There is a problem");
    expect(res.html).toContain("Enter the capacity as a whole number, like 12");
    expect(res.html).toContain("Kept after the error");
    expect(res.html).toContain('value="lots"');
  });

  it("keeps the published version visible while a draft is edited, then publishes the draft", async () => {
    const db = opened.database.db;
    const before = await getOfferVersions(db, ids.provider2!);
    const revision = before.draft?.revision ?? 0;
    const saved = await post("/provider/offer/edit", "provider2", offerForm([COMPLETE_SERVICE], { intent: "save", revision: String(revision) }));
    expect(saved.status).toBe(302);
    expect(saved.location).toBe("/provider/offer?saved=1");

    // Others still see the old published version, without falls prevention.
    expect((await get("/directory?service=falls-prevention", "lead")).html).not.toContain("Sample Street Housing (demo)");
    const own = await get("/provider/offer", "provider2");
    expect(own.html).toContain("not yet published");

    // Publishing with a stale revision is refused; with the current one it goes out.
    const { draft } = await getOfferVersions(db, ids.provider2!);
    const stale = await post("/provider/offer", "provider2", new URLSearchParams({ revision: String(draft!.revision - 1) }));
    expect(stale.status).toBe(400);
    const published = await post("/provider/offer", "provider2", new URLSearchParams({ revision: String(draft!.revision) }));
    expect(published.status).toBe(302);
    const directory = await get("/directory?service=falls-prevention", "lead");
    expect(directory.html).toContain("Sample Street Housing (demo)");
    // The old version's services are gone from the directory: the new offer replaced them.
    expect((await get("/directory?service=supported-housing-mental-health", "lead")).html).not.toContain("Sample Street Housing (demo)");
  });

  it("refuses to publish an incomplete draft and says what is missing", async () => {
    const incomplete = { serviceKey: "money-and-work", eligibility: "" };
    const db = opened.database.db;
    const { draft } = await getOfferVersions(db, ids.provider1!);
    const saved = await post("/provider/offer/edit", "provider1", offerForm([incomplete], { intent: "save", revision: String(draft!.revision) }));
    expect(saved.status).toBe(302);
    const page = await get("/provider/offer", "provider1");
    expect(page.html).toContain("Before you can publish");
    const after = await getOfferVersions(db, ids.provider1!);
    const refused = await post("/provider/offer", "provider1", new URLSearchParams({ revision: String(after.draft!.revision) }));
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("This draft cannot be published yet: 10 things are missing, listed below.");
    expect(refused.html).toContain("Money, debt and employment advice: enter boroughs served");
  });

  it("compares up to four published offers side by side, and never a draft-only one", async () => {
    const ids4 = [ids.provider1, ids.provider2, ids.overdue];
    const compared = await get(`/directory/compare?${ids4.map((id) => `id=${id}`).join("&")}&id=${ids.draftOnly}`, "lead");
    expect(compared.status).toBe(200);
    expect(compared.html).toContain("Example Homes Trust (demo)");
    expect(compared.html).toContain("Placeholder Place Homes (demo)");
    expect(compared.html).not.toContain("Pretend Row Homes");
    expect(compared.html).toContain("Not offered");

    const db = opened.database.db;
    const all = await db.selectFrom("organisation").where("kind", "=", "provider").select("id").execute();
    const five = await get(`/directory/compare?${all.slice(0, 5).map((o) => `id=${o.id}`).join("&")}`, "lead");
    expect(five.html).toContain("You can compare up to 4 offers at once");
  });

  it("shows network staff every provider by name and the boroughs where no provider offers a service", async () => {
    const { status, html } = await get("/network/offers", "network");
    expect(status).toBe(200);
    expect(html).toContain("Pretend Row Homes (demo)");
    expect(html).toContain("Not published");
    // Only Demo Lane offers warm and safe homes, in Croydon and Sutton: Camden is a gap.
    const row = /Warm and safe homes<\/a><\/th><td[^>]*>([^<]*)<\/td><td[^>]*>([\s\S]*?)<\/td><\/tr>/i.exec(html);
    const [reached, gaps] = [row?.[1] ?? "", row?.[2] ?? ""];
    expect(reached).toBe("2 of 33: Croydon, Sutton");
    expect(gaps).toContain("31 boroughs");
    expect(gaps).toContain("Camden");
    expect(gaps).not.toContain("Croydon");
    expect((await get("/network/offers", "lead")).status).toBe(403);
  });
});

describe.each(availableBackends())("offer drafts on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => opened?.dispose());

  const offer = (contactRoute: string): OfferInput => ({
    organisationType: "housing-association",
    contactRoute,
    lastReviewedOn: "2026-10-01",
    services: [
      {
        serviceKey: "falls-prevention",
        boroughKeys: [],
        eligibility: "",
        clientGroups: [],
        capacity: null,
        capacityUnit: null,
        referralRoutes: [],
        referralDetail: "",
        responseTime: null,
        responseTimeUnit: null,
        outcomes: [],
        outcomesOther: "",
        funding: [],
        costBasis: null,
        costDetail: "",
        tenures: [],
        hours: null,
        hoursDetail: "",
        contractEndOn: null,
      },
    ],
  });

  it("keeps the first of two saves made from the same revision and tells the second", async () => {
    const db = opened.database.db;
    await db.insertInto("region").values({ key: "london", name: "London" }).onConflict((oc) => oc.doNothing()).execute();
    await syncFrameworkVersions(db, frameworks);
    const provider = await createOrganisation(db, { kind: "provider", name: `Race Homes ${kind}`, region_key: "london" });
    const person = await createPerson(db, { email: `race-${kind}@example.test`, name: "Race", passwordHash: "x" });
    await addMembership(db, { personId: person.id, organisationId: provider.id, role: "provider_editor" });
    const actor = { personId: person.id, name: "Race" };
    const save = (contact: string) => saveOfferDraft(db, { organisationId: provider.id, actor, frameworkKey: framework.key, frameworkVersion: framework.version, expectedRevision: 0, offer: offer(contact) });
    const outcomes = await Promise.all([save("First"), save("Second")]);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok)).toEqual([{ ok: false, reason: "conflict", currentRevision: 1 }]);
    const { draft } = await getOfferVersions(db, provider.id);
    const winner = outcomes[0]!.ok ? "First" : "Second";
    expect(draft!.contactRoute).toBe(winner);

    // Publishing moves the draft to published; a second publish finds no draft.
    expect(await publishOffer(db, { organisationId: provider.id, actor, expectedRevision: 1 })).toEqual({ ok: true, version: 1 });
    expect(await publishOffer(db, { organisationId: provider.id, actor, expectedRevision: 1 })).toEqual({ ok: false, reason: "no-draft" });
    const after = await getOfferVersions(db, provider.id);
    expect(after.draft).toBeNull();
    expect(after.published!.version).toBe(1);
    const organisation = await db.selectFrom("organisation").where("id", "=", provider.id).select("organisation_type").executeTakeFirstOrThrow();
    expect(organisation.organisation_type).toBe("housing-association");
    // The next change starts version 2, leaving version 1 published.
    const next = await saveOfferDraft(db, { organisationId: provider.id, actor, frameworkKey: framework.key, frameworkVersion: framework.version, expectedRevision: 0, offer: offer("Changed") });
    expect(next.ok).toBe(true);
    const both = await getOfferVersions(db, provider.id);
    expect(both.published!.contactRoute).toBe(winner);
    expect(both.draft!.version).toBe(2);
  });
});
