import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworks, getFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { saveRatings } from "../../db/assessments";
import { syncFrameworkVersions } from "../../db/frameworks";
import { listNotifications, markNotificationsSeen, notifyRoundsDueSoon } from "../../db/notifications";
import { publishOffer, saveOfferDraft } from "../../db/offers";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertBoroughs, upsertRegion } from "../../db/places";
import { seedDemoData } from "../../db/seed";
import { findLiveSession, insertSession } from "../../db/sessions";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";

/** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
const text = (html: string) => html.replaceAll("<!-- -->", "");

describe("network review over HTTP: comments, returning, approving, reopening, and who sees what", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  let nel: { organisationId: string; assessmentId: string };
  const framework = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 2)!;
  const domain = framework.domains[1]!;
  const indicator = domain.indicators[0]!;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    // Network staff of another region, who must learn nothing of London.
    await upsertRegion(db, { key: "elsewhere", name: "Elsewhere" });
    const elsewhere = await createOrganisation(db, { kind: "network", name: "Elsewhere Network", region_key: "elsewhere" });
    const stranger = await createPerson(db, { email: "staff@elsewhere.test", name: "Elsewhere Staff", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: stranger.id, organisationId: elsewhere.id, role: "network_staff" });
    app = await startApp(opened.database);
    for (const [name, email] of Object.entries({ network: "network@demo.hearth.test", lead: "lead.nel@demo.hearth.test", stranger: "staff@elsewhere.test" })) {
      cookies[name] = await signInCookie(app.url, email);
    }
    const row = await db
      .selectFrom("assessment as a")
      .innerJoin("organisation as o", "o.id", "a.organisation_id")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("o.short_name", "=", "NEL")
      .where("r.status", "=", "open")
      .select(["a.id", "o.id as organisationId"])
      .executeTakeFirstOrThrow();
    nel = { organisationId: row.organisationId, assessmentId: row.id };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = async (path: string, who: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  const post = async (path: string, who: string, form: Record<string, string>) => {
    const res = await fetch(`${app.url}${path}`, {
      method: "POST",
      headers: { Cookie: cookies[who]!, "Content-Type": "application/x-www-form-urlencoded", Origin: app.url },
      body: new URLSearchParams(form),
      redirect: "manual",
    });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location") };
  };
  const review = () => `/assessments/${nel.assessmentId}/review`;
  const revision = async () => (await opened.database.db.selectFrom("assessment").where("id", "=", nel.assessmentId).select("revision").executeTakeFirstOrThrow()).revision;
  const levelOf = async () =>
    (await opened.database.db.selectFrom("rating").where("assessment_id", "=", nel.assessmentId).where("indicator_key", "=", indicator.key).select("level").executeTakeFirstOrThrow()).level;

  it("returns a submitted assessment with comments the partnership then sees beside its answers", async () => {
    expect((await get(review(), "network")).html).toContain("Review the assessment");
    const commented = await post(review(), "network", { intent: "comment", about: `indicator:${indicator.key}`, body: "Please link the signed protocol." });
    expect(commented.status).toBe(302);
    expect((await post(review(), "network", { intent: "comment", about: "assessment", body: "A clear assessment overall." })).status).toBe(302);
    expect((await post(review(), "network", { intent: "comment", about: "indicator:no-such-indicator", body: "Lost" })).status).toBe(409);

    // Not shared until a decision is made; and the lead can no longer withdraw, as the review has started.
    expect((await get(`/assessments/${nel.assessmentId}/domains/${domain.key}`, "lead")).html).not.toContain("Please link the signed protocol.");
    expect((await post(`/assessments/${nel.assessmentId}`, "lead", { intent: "withdraw" })).status).toBe(403);

    const noComment = await post(review(), "network", { intent: "decide", decision: "returned", comment: "", revision: String(await revision()) });
    expect(noComment.status).toBe(400);
    expect(noComment.html).toContain("Say what the partnership needs to change before it submits again");
    const stale = await post(review(), "network", { intent: "decide", decision: "returned", comment: "Evidence, please.", revision: String((await revision()) - 1) });
    expect(stale.status).toBe(409);
    expect(stale.html).toContain("This assessment changed while you were reviewing it");

    const returned = await post(review(), "network", { intent: "decide", decision: "returned", comment: "Evidence for the protocol, please.", revision: String(await revision()) });
    expect(returned.status).toBe(302);
    expect(returned.location).toBe("/network/reviews?just=returned");

    const tasks = await get(`/assessments/${nel.assessmentId}`, "lead");
    expect(tasks.html).toContain("Returned for changes");
    expect(tasks.html).toContain("Evidence for the protocol, please.");
    expect(tasks.html).toContain("A clear assessment overall.");
    expect(tasks.html).toMatch(/1 review comment/);
    const domainPage = await get(`/assessments/${nel.assessmentId}/domains/${domain.key}`, "lead");
    expect(domainPage.html).toContain("Please link the signed protocol.");
    const list = await get("/notifications", "lead");
    expect(list.html).toContain("Your 2026/27 assessment was returned for changes");
    expect(list.html).toMatch(/What has changed\s*<span class="hearth-count">\d+<\/span>/);
  });

  it("approves the resubmission with a record of its answers and evidence that nothing later changes", async () => {
    const db = opened.database.db;
    const lead = await db.selectFrom("person").where("email", "=", "lead.nel@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const stored = await db.selectFrom("rating").where("assessment_id", "=", nel.assessmentId).where("indicator_key", "=", indicator.key).select(["revision", "level"]).executeTakeFirstOrThrow();
    const changedTo = stored.level === 4 ? 3 : 4;
    await saveRatings(db, {
      assessmentId: nel.assessmentId,
      organisationId: nel.organisationId,
      actor: { personId: lead.id, name: lead.name },
      changes: [{ indicatorKey: indicator.key, expectedRevision: stored.revision, answer: "level", level: changedTo, targetLevel: null, confidence: null, rationale: "Protocol signed in October.", confirm: false }],
    });
    expect((await post(`/assessments/${nel.assessmentId}/check`, "lead", {})).status).toBe(302);

    const approved = await post(review(), "network", { intent: "decide", decision: "approved", comment: "Thank you.", revision: String(await revision()) });
    expect(approved.status).toBe(302);
    const snapshotBefore = (await db.selectFrom("review_decision").where("assessment_id", "=", nel.assessmentId).where("decision", "=", "approved").select("snapshot").executeTakeFirstOrThrow()).snapshot;

    // The answers cannot change: not through the app, not through the repository, not even by SQL.
    const save = await post(`/assessments/${nel.assessmentId}/domains/${domain.key}`, "lead", { intent: "save", "ratings.0.indicatorKey": indicator.key, "ratings.0.choice": "1" });
    expect(save.status).toBe(403);
    await expect(db.updateTable("rating").set({ level: 1 }).where("assessment_id", "=", nel.assessmentId).execute()).rejects.toThrow(/approved assessment cannot be changed/);
    await expect(db.deleteFrom("rating").where("assessment_id", "=", nel.assessmentId).execute()).rejects.toThrow(/approved assessment cannot be changed/);
    await expect(db.updateTable("review_decision").set({ comment: "edited" }).where("assessment_id", "=", nel.assessmentId).where("decision", "=", "approved").execute()).rejects.toThrow();

    // Evidence changing or going afterwards shows on the live view, not in the record.
    await db.updateTable("evidence").set({ review_by: "2020-01-01" }).where("organisation_id", "=", nel.organisationId).execute();
    const snapshotAfter = (await db.selectFrom("review_decision").where("assessment_id", "=", nel.assessmentId).where("decision", "=", "approved").select("snapshot").executeTakeFirstOrThrow()).snapshot;
    expect(snapshotAfter).toEqual(snapshotBefore);

    const record = await get(`/assessments/${nel.assessmentId}/approvals/1`, "lead");
    expect(record.status).toBe(200);
    expect(record.html).toContain("What was approved");
    expect(record.html).toContain("Thank you.");
    const answerWords = `${changedTo} ${changedTo === 4 ? "Established" : "Developing"}`;
    expect(record.html).toContain(answerWords);
    expect((await get("/notifications", "lead")).html).toContain("Your 2026/27 assessment was approved");
  });

  it("reopens an approval as a new version, leaving what was approved as it was", async () => {
    const db = opened.database.db;
    expect((await post(review(), "network", { intent: "reopen", reason: "" })).status).toBe(400);
    const reopened = await post(review(), "network", { intent: "reopen", reason: "The ICB asked for the estates domain to be revisited." });
    expect(reopened.status).toBe(302);
    const state = await db.selectFrom("assessment").where("id", "=", nel.assessmentId).select(["status", "version"]).executeTakeFirstOrThrow();
    expect(state).toEqual({ status: "returned", version: 2 });
    const before = await levelOf();

    // The partnership may change its answers again; the record of version 1 keeps the old one.
    const lead = await db.selectFrom("person").where("email", "=", "lead.nel@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const stored = await db.selectFrom("rating").where("assessment_id", "=", nel.assessmentId).where("indicator_key", "=", indicator.key).select("revision").executeTakeFirstOrThrow();
    const outcome = await saveRatings(db, {
      assessmentId: nel.assessmentId,
      organisationId: nel.organisationId,
      actor: { personId: lead.id, name: lead.name },
      changes: [{ indicatorKey: indicator.key, expectedRevision: stored.revision, answer: "level", level: 1, targetLevel: null, confidence: null, rationale: "Redone.", confirm: false }],
    });
    expect(outcome.ok).toBe(true);
    const record = await get(`/assessments/${nel.assessmentId}/approvals/1`, "network");
    expect(record.html).toContain(`${before} ${before === 4 ? "Established" : "Developing"}`);
    expect(record.html).not.toContain("1 Not yet evident");
    const decisions = await db.selectFrom("review_decision").where("assessment_id", "=", nel.assessmentId).select(["decision", "assessment_version"]).orderBy("decided_at").execute();
    expect(decisions.map((d) => `${d.decision} v${d.assessment_version}`)).toEqual(["returned v1", "approved v1", "reopened v1"]);
    const tasks = await get(`/assessments/${nel.assessmentId}`, "lead");
    expect(tasks.html).toContain("Approval reopened for changes");
    expect(tasks.html).toContain("The ICB asked for the estates domain to be revisited.");
  });

  it("keeps what a reviewer typed when a colleague decided first, and returns nothing in a closed round", async () => {
    const db = opened.database.db;
    // North East London's assessment was reopened by the test before: submit it again for this one.
    expect((await post(`/assessments/${nel.assessmentId}/check`, "lead", {})).status).toBe(302);
    const seen = String(await revision());
    expect((await post(review(), "network", { intent: "decide", decision: "approved", comment: "", revision: seen })).status).toBe(302);
    const late = await post(review(), "network", { intent: "decide", decision: "returned", comment: "The estates evidence is thin.", revision: seen });
    expect(late.status).toBe(409);
    expect(late.html).toContain("Only a submitted assessment can be reviewed.");
    expect(late.html).toContain("The estates evidence is thin.");
    const lateComment = await post(review(), "network", { intent: "comment", about: "assessment", body: "One more thought." });
    expect(lateComment.status).toBe(409);
    expect(lateComment.html).toContain("Your comment was not added");
    expect(lateComment.html).toContain("One more thought.");
    // A partnership lead is refused whatever the state.
    expect((await post(review(), "lead", { intent: "comment", about: "assessment", body: "Me too" })).status).toBe(403);

    // A housing provider's ratings submitted in a round that has since closed: approve, but never return.
    const closed = await db
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("r.status", "=", "closed")
      .where("a.status", "=", "submitted")
      .select(["a.id", "a.revision"])
      .executeTakeFirstOrThrow();
    const page = await get(`/assessments/${closed.id}/review`, "network");
    expect(page.html).not.toContain("Return it for changes");
    const refused = await post(`/assessments/${closed.id}/review`, "network", { intent: "decide", decision: "returned", comment: "Please redo.", revision: String(closed.revision) });
    expect(refused.status).toBe(409);
    expect(refused.html).toContain("The round has closed");
    expect((await db.selectFrom("assessment").where("id", "=", closed.id).select("status").executeTakeFirstOrThrow()).status).toBe("submitted");
  });

  it("lets an approved answer lose the person who saved it, but never change or move", async () => {
    const db = opened.database.db;
    const approved = await db.selectFrom("rating as g").innerJoin("assessment as a", "a.id", "g.assessment_id").where("a.status", "=", "approved").select(["g.assessment_id", "g.indicator_key"]).executeTakeFirstOrThrow();
    await db.updateTable("rating").set({ updated_by: null }).where("assessment_id", "=", approved.assessment_id).where("indicator_key", "=", approved.indicator_key).execute();
    const elsewhere = await db.selectFrom("rating as g").innerJoin("assessment as a", "a.id", "g.assessment_id").where("a.status", "=", "in_progress").select(["g.assessment_id", "g.indicator_key"]).executeTakeFirstOrThrow();
    await expect(
      db.updateTable("rating").set({ assessment_id: approved.assessment_id, indicator_key: "moved-in" }).where("assessment_id", "=", elsewhere.assessment_id).where("indicator_key", "=", elsewhere.indicator_key).execute(),
    ).rejects.toThrow(/approved assessment cannot be changed/);
  });

  it("shows network staff of another region nothing of London", async () => {
    expect((await get(review(), "stranger")).status).toBe(404);
    for (const path of ["/network/overview", "/network/reviews"]) {
      const page = await get(path, "stranger");
      expect(page.status, path).toBe(200);
      expect(page.html, path).not.toContain("North East London ICS");
    }
    expect((await get("/network/overview/export?format=csv", "stranger")).html).not.toContain("North East London");
  });

  it("downloads the regional overview under its filters, one row per partnership", async () => {
    const csv = (await get("/network/overview/export?format=csv", "network")).html;
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toMatch(/^Partnership,Status,Submitted,Answered,Indicators,Evidence coverage \(%\),Overall score,/);
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.startsWith("South West London ICS"))).toContain("Not started");
    const narrowed = (await get("/network/overview/export?format=csv&aim=2", "network")).html.replace(/^\uFEFF/, "").split("\r\n")[0]!;
    expect(narrowed.split(",").length).toBeLessThan(lines[0]!.split(",").length);
    const page = await get("/network/overview?aim=2", "network");
    expect(page.html).toContain("scores count only the indicators for MoU aim 2");
  });
});

describe.each(availableBackends())("notifications on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  }, 60_000);
  afterAll(async () => opened?.dispose());

  it("tells the partnerships an offer reaches, tells those behind that a round is due once, and keeps what was seen", async () => {
    const db = opened.database.db;
    await syncFrameworkVersions(db, frameworks);
    await upsertRegion(db, { key: "north", name: "North" });
    await upsertBoroughs(db, [
      { key: "north-a", name: "North A", region_key: "north" },
      { key: "north-b", name: "North B", region_key: "north" },
    ]);
    const a = await createOrganisation(db, { kind: "partnership", name: "A ICS", region_key: "north", boroughKeys: ["north-a"] });
    const b = await createOrganisation(db, { kind: "partnership", name: "B ICS", region_key: "north", boroughKeys: ["north-b"] });
    const provider = await createOrganisation(db, { kind: "provider", name: "North Homes", region_key: "north" });
    const person = await createPerson(db, { email: `reader-${kind}@example.test`, name: "Reader", passwordHash: "x" });
    await addMembership(db, { personId: person.id, organisationId: a.id, role: "partnership_lead" });
    const providerFramework = frameworks.find((f) => f.key === "provider-offer")!;
    const service = { serviceKey: "falls-prevention", boroughKeys: ["north-a"], eligibility: "", clientGroups: [], capacity: null, capacityUnit: null, referralRoutes: [], referralDetail: "", responseTime: null, responseTimeUnit: null, outcomes: [], outcomesOther: "", funding: [], costBasis: null, costDetail: "", tenures: [], hours: null, hoursDetail: "", contractEndOn: null };
    await saveOfferDraft(db, { organisationId: provider.id, actor: null, frameworkKey: providerFramework.key, frameworkVersion: providerFramework.version, expectedRevision: 0, offer: { organisationType: "housing-association", contactRoute: "x", lastReviewedOn: "2026-10-01", services: [service] } });
    await publishOffer(db, { organisationId: provider.id, actor: null, expectedRevision: 1 });
    const ofA = await listNotifications(db, { personId: person.id, organisationId: a.id });
    expect(ofA.map((n) => [n.kind, n.title, n.isNew])).toEqual([["offer-published", "North Homes published its offer for your area", true]]);
    expect(await listNotifications(db, { personId: person.id, organisationId: b.id })).toEqual([]);

    const partnership = frameworks.find((f) => f.key === PARTNERSHIP_FRAMEWORK_KEY)!;
    await db.insertInto("round").values({ region_key: "north", framework_key: partnership.key, framework_version: partnership.version, name: "North 2026/27", opens_on: "2026-10-01", due_on: "2026-12-01", status: "open" }).execute();
    expect(await notifyRoundsDueSoon(db, "2026-11-10")).toBe(0); // 21 days ahead: not yet
    expect(await notifyRoundsDueSoon(db, "2026-11-20")).toBe(2);
    expect(await notifyRoundsDueSoon(db, "2026-11-21")).toBe(0); // once, not every hour
    const now = await listNotifications(db, { personId: person.id, organisationId: a.id });
    expect(now.map((n) => n.title)).toContain("The North 2026/27 round is due on 1 December 2026");

    // The header's count: the acting organisation's and the person's own, not an archived organisation's.
    const archived = await createOrganisation(db, { kind: "partnership", name: "Gone ICS", region_key: "north" });
    await addMembership(db, { personId: person.id, organisationId: archived.id, role: "partnership_lead" });
    await db.insertInto("notification").values({ organisation_id: archived.id, kind: "round-opened", title: "Old news", link: "/partnership" }).execute();
    await db.updateTable("organisation").set({ archived_at: new Date() }).where("id", "=", archived.id).execute();
    await db.insertInto("notification").values({ person_id: person.id, kind: "round-opened", title: "For you alone", link: "/partnership" }).execute();
    const sessionId = `count-${kind}`;
    const later = new Date(Date.now() + 3_600_000);
    await insertSession(db, { id: sessionId, personId: person.id, membershipId: null, idleExpiresAt: later, absoluteExpiresAt: later, clientIp: null, userAgent: null });
    const listed = await listNotifications(db, { personId: person.id, organisationId: a.id });
    expect(Number((await findLiveSession(db, sessionId, new Date()))!.newNotifications)).toBe(listed.filter((n) => n.isNew).length);

    await markNotificationsSeen(db, person.id, new Date(Date.now() + 1000));
    expect((await listNotifications(db, { personId: person.id, organisationId: a.id })).every((n) => !n.isNew)).toBe(true);
    expect(Number((await findLiveSession(db, sessionId, new Date()))!.newNotifications)).toBe(0);
  });
});
