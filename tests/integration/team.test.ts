import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { addMembership, createPerson } from "../../db/people";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";
import { httpClient } from "./http-client";

/**
 * Working as a team over HTTP: a contributor reaches only what is assigned to them (by link or by typed URL), the
 * lead sees who has what and what is overdue, independent ratings stay hidden until released, and the agreed rating
 * becomes the answer with the individual ratings kept beside it.
 */
describe.each(availableBackends())("working as a team on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let http: ReturnType<typeof httpClient>;
  const cookie: Record<string, string> = {};
  const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const domainOf = (key: string) => framework.domains.find((d) => d.key === key)!;
  let assessmentId = "";
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    const nwl = (await db.selectFrom("organisation").where("short_name", "=", "NWL").select("id").executeTakeFirstOrThrow()).id;
    assessmentId = (
      await db.selectFrom("assessment as a").innerJoin("round as r", "r.id", "a.round_id").where("a.organisation_id", "=", nwl).where("r.status", "=", "open").select("a.id").executeTakeFirstOrThrow()
    ).id;
    // A second contributor, with nothing assigned yet.
    const second = await createPerson(db, { email: "second.nwl@demo.hearth.test", name: "Sam Second", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: second.id, organisationId: nwl, role: "partnership_contributor" });
    for (const email of ["lead.nwl", "contributor.nwl", "second.nwl", "viewer.nwl"]) {
      ids[email] = (await db.selectFrom("person").where("email", "=", `${email}@demo.hearth.test`).select("id").executeTakeFirstOrThrow()).id;
    }
    app = await startApp(opened.database);
    http = httpClient(app.url);
    for (const email of ["lead.nwl", "contributor.nwl", "second.nwl", "viewer.nwl", "network"]) cookie[email] = await signInCookie(app.url, `${email}@demo.hearth.test`);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const page = (path: string) => `/assessments/${assessmentId}${path}`;

  it("lets a contributor reach only the parts assigned to them, by link or by typed address", async () => {
    // The demo gives Cal Contributor two whole domains.
    const taskList = await http.get(page(""), cookie["contributor.nwl"]!);
    expect(taskList.status).toBe(200);
    expect(taskList.html).toContain(domainOf("mental-health").title);
    expect(taskList.html).toContain(domainOf("data").title);
    expect(taskList.html).not.toContain(`/domains/${domainOf("estate").key}`);
    expect(taskList.html).not.toContain("Results and charts");
    expect(taskList.html).toContain("Overdue");

    expect((await http.get(page(`/domains/mental-health`), cookie["contributor.nwl"]!)).status).toBe(200);
    const estate = domainOf("estate");
    for (const path of [`/domains/${estate.key}`, `/indicators/${estate.indicators[0]!.key}/history`, `/indicators/${estate.indicators[0]!.key}/evidence`, "/check", "/results", "/report", "/team"]) {
      expect((await http.get(page(path), cookie["contributor.nwl"]!)).status, path).toBe(403);
    }
    // Saving an answer in a domain not assigned is refused and stores nothing.
    const refused = await http.post(page(`/domains/${estate.key}`), cookie["contributor.nwl"]!, { intent: "save", "ratings.0.indicatorKey": estate.indicators[0]!.key, "ratings.0.revision": "0", "ratings.0.choice": "3" });
    expect(refused.status).toBe(403);
    const stored = await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", estate.indicators[0]!.key).select("updated_by").executeTakeFirst();
    expect(stored?.updated_by).not.toBe(ids["contributor.nwl"]);
    // Someone with nothing assigned sees nothing of the assessment.
    expect((await http.get(page(""), cookie["second.nwl"]!)).status).toBe(403);
    expect((await http.get(`/organisations/${(await opened.database.db.selectFrom("assessment").where("id", "=", assessmentId).select("organisation_id").executeTakeFirstOrThrow()).organisation_id}/progress`, cookie["contributor.nwl"]!)).status).toBe(403);
  });

  it("assigns a single indicator: the contributor sees and saves that one only, and the lead sees who has what", async () => {
    const estate = domainOf("estate");
    const [mine, notMine] = [estate.indicators[1]!, estate.indicators[0]!];
    const bad = await http.post(page("/team"), cookie["lead.nwl"]!, { intent: "assign", part: `indicator:${mine.key}`, personId: ids["viewer.nwl"]!, "dueOn.day": "31", "dueOn.month": "2", "dueOn.year": "2027" });
    expect(bad.status).toBe(400);
    expect(bad.html).toContain("Choose who to assign it to");
    expect(bad.html).toContain("The due date must be a real date");
    const assigned = await http.post(page("/team"), cookie["lead.nwl"]!, { intent: "assign", part: `indicator:${mine.key}`, personId: ids["second.nwl"]!, "dueOn.day": "1", "dueOn.month": "3", "dueOn.year": "2027" });
    expect(assigned.status).toBe(200);

    const domainPage = await http.get(page(`/domains/${estate.key}`), cookie["second.nwl"]!);
    expect(domainPage.status).toBe(200);
    expect(domainPage.html).toContain(mine.title);
    expect(domainPage.html).not.toContain(notMine.title);
    // Posting the other indicator of the domain (by hand) is refused whole.
    const sneaky = await http.post(page(`/domains/${estate.key}`), cookie["second.nwl"]!, {
      intent: "save",
      "ratings.0.indicatorKey": mine.key,
      "ratings.0.revision": "0",
      "ratings.0.choice": "2",
      "ratings.1.indicatorKey": notMine.key,
      "ratings.1.revision": "0",
      "ratings.1.choice": "5",
    });
    expect(sneaky.status).toBe(409);
    expect(sneaky.html).toContain("not assigned to you");
    const current = await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", mine.key).select("revision").executeTakeFirst();
    const saved = await http.post(page(`/domains/${estate.key}`), cookie["second.nwl"]!, { intent: "save", "ratings.0.indicatorKey": mine.key, "ratings.0.revision": String(current?.revision ?? 0), "ratings.0.choice": "2" });
    expect(saved.status).toBe(302);

    const lead = await http.get(page(""), cookie["lead.nwl"]!);
    expect(lead.html).toContain("assigned to Sam Second, due 1 March 2027");
    expect(lead.html).toContain("assigned to Cal Contributor, due 30 November 2026");
    const check = await http.get(page("/check"), cookie["lead.nwl"]!);
    expect(check.html).toContain("Answered by Sam Second");
    expect((await http.get("/notifications", cookie["second.nwl"]!)).html).toContain(`NWL Lead asked you to answer ${mine.title}`);
    const home = await http.get("/partnership", cookie["second.nwl"]!);
    expect(home.html).toContain("Your assigned work");
    expect(home.html).toContain(mine.title);
  });

  it("keeps independent ratings hidden until everyone has rated, then shows where they differ and records the agreed rating", async () => {
    const domain = domainOf("strategy");
    const requested = await http.post(page("/team"), cookie["lead.nwl"]!, [
      ["intent", "request-ratings"],
      ["domainKey", domain.key],
      ["raterIds", ids["contributor.nwl"]!],
      ["raterIds", ids["second.nwl"]!],
    ]);
    expect(requested.status).toBe(302);
    const ratings = requested.location!;
    const rate = (who: string, level: (n: number) => string, why: string) =>
      http.post(
        ratings,
        cookie[who]!,
        domain.indicators.flatMap((i, n) => [
          [`ratings.${n}.indicatorKey`, i.key],
          [`ratings.${n}.choice`, level(n)],
          [`ratings.${n}.rationale`, `${why} ${n}`],
        ]).concat([["intent", "rate"]]) as [string, string][],
      );
    expect((await rate("contributor.nwl", () => "2", "Cal thinks")).status).toBe(302);
    // Before release: the other rater and the lead see who has rated, not what.
    for (const who of ["second.nwl", "lead.nwl"]) {
      const before = await http.get(ratings, cookie[who]!);
      expect(before.status).toBe(200);
      expect(before.html).toContain(`Cal Contributor: ${domain.indicators.length} of ${domain.indicators.length} indicators`);
      expect(before.html).not.toContain("Cal thinks");
    }
    expect((await http.get(ratings, cookie["viewer.nwl"]!)).status).toBe(403);
    // The second rater finishes: released, and both ratings are shown with how far apart they are.
    const released = await rate("second.nwl", (n) => (n === 0 ? "4" : "2"), "Sam thinks");
    expect(released.location).toContain("just=released");
    const after = await http.get(ratings, cookie["lead.nwl"]!);
    expect(after.html).toContain("Cal thinks 0");
    expect(after.html).toContain("Sam thinks 0");
    expect(after.html).toContain("Differ by 2 levels");
    expect(after.html).toContain("Everyone agrees");
    // A rater can no longer change theirs.
    expect((await rate("contributor.nwl", () => "5", "Late")).status).toBe(403);

    const indicator = domain.indicators[0]!;
    const revision = String((await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicator.key).select("revision").executeTakeFirst())?.revision ?? 0);
    const noReason = await http.post(ratings, cookie["lead.nwl"]!, { intent: "agree", indicatorKey: indicator.key, revision, [`${indicator.key}.choice`]: "3", [`${indicator.key}.reason`]: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toContain("Enter the reason for the agreed rating");
    const agreed = await http.post(ratings, cookie["lead.nwl"]!, { intent: "agree", indicatorKey: indicator.key, revision, [`${indicator.key}.choice`]: "3", [`${indicator.key}.reason`]: "Met in the middle: the plan exists, delivery is patchy." });
    expect(agreed.status).toBe(302);
    const rating = await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicator.key).select(["level", "updated_by"]).executeTakeFirstOrThrow();
    expect(rating.level).toBe(3);
    const outcome = await opened.database.db.selectFrom("consensus_outcome").where("indicator_key", "=", indicator.key).select(["level", "reason"]).executeTakeFirstOrThrow();
    expect(outcome).toEqual({ level: 3, reason: "Met in the middle: the plan exists, delivery is patchy." });
    // Someone changes the answer after the lead's page loaded: the agreed rating sent from that page is a conflict.
    const loaded = String((await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicator.key).select("revision").executeTakeFirstOrThrow()).revision);
    const meanwhile = await http.post(page(`/domains/${domain.key}`), cookie["lead.nwl"]!, { intent: "save", "ratings.0.indicatorKey": indicator.key, "ratings.0.revision": loaded, "ratings.0.choice": "5" });
    expect(meanwhile.status).toBe(302);
    const stale = await http.post(ratings, cookie["lead.nwl"]!, { intent: "agree", indicatorKey: indicator.key, revision: loaded, [`${indicator.key}.choice`]: "1", [`${indicator.key}.reason`]: "Stale" });
    expect(stale.status).toBe(409);
    expect(stale.html).toContain("Nothing was overwritten");
    expect((await opened.database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicator.key).select("level").executeTakeFirstOrThrow()).level).toBe(5);

    const history = await http.get(page(`/indicators/${indicator.key}/history`), cookie["lead.nwl"]!);
    expect(history.html).toContain("Independent ratings");
    expect(history.html).toContain("Cal thinks 0");
    expect(history.html).toContain("Met in the middle");
  });

  it("lets the lead close a rating early, showing what was given so far", async () => {
    const domain = domainOf("finance");
    const requested = await http.post(page("/team"), cookie["lead.nwl"]!, [
      ["intent", "request-ratings"],
      ["domainKey", domain.key],
      ["raterIds", ids["contributor.nwl"]!],
      ["raterIds", ids["lead.nwl"]!],
    ]);
    const ratings = requested.location!;
    expect((await http.post(ratings, cookie["lead.nwl"]!, { intent: "rate", "ratings.0.indicatorKey": domain.indicators[0]!.key, "ratings.0.choice": "4", "ratings.0.rationale": "Lead view" })).status).toBe(302);
    expect((await http.post(ratings, cookie["contributor.nwl"]!, { intent: "close", confirm: "yes" })).status).toBe(403);
    expect((await http.post(ratings, cookie["lead.nwl"]!, { intent: "close", confirm: "yes" })).location).toContain("just=closed");
    const shown = await http.get(ratings, cookie["contributor.nwl"]!);
    expect(shown.html).toContain("Lead view");
    expect(shown.html).toContain("Not rated");
    // Network staff of the region read released ratings; they do not rate.
    expect((await http.get(ratings, cookie.network!)).status).toBe(200);
  });
});
