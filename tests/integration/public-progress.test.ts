import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";
import { httpClient } from "./http-client";

/**
 * The public progress page: anyone, without signing in, sees each partnership of a region and the status of its
 * latest assessment with dates, and nothing else: no scores, answers, evidence, actions, comments or people.
 */
describe.each(availableBackends())("public progress on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let http: ReturnType<typeof httpClient>;
  const db = () => opened.database.db;
  const partnerships: { id: string; name: string }[] = [];
  const row = (html: string, name: string) => html.match(new RegExp(`<tr[^>]*><th[^>]*>${name.replace(/[()]/g, "\\$&")}</th>(.*?)</tr>`))?.[1] ?? "";

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    await seedDemoData(db(), { hashPassword });
    partnerships.push(...(await db().selectFrom("organisation").where("kind", "=", "partnership").where("region_key", "=", "london").select(["id", "name"]).orderBy("name").execute()));
    app = await startApp(opened.database);
    http = httpClient(app.url);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it("lists every London partnership with the status of its assessment in the latest round, without signing in", async () => {
    const page = await http.get("/progress/london", "");
    expect(page.status).toBe(200);
    for (const p of partnerships) expect(page.html).toContain(`>${p.name}</th>`);
    // Each partnership's status is the public word for its assessment's state in the latest round.
    const latest = await db()
      .selectFrom("round")
      .where("region_key", "=", "london")
      .where("framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
      .where("status", "<>", "draft")
      .orderBy("opens_on", "desc")
      .select(["id", "name"])
      .executeTakeFirstOrThrow();
    expect(page.html).toContain(`${latest.name} round`);
    const states = await db().selectFrom("assessment").where("round_id", "=", latest.id).select(["organisation_id", "status"]).execute();
    const words = { in_progress: "In progress", returned: "In progress", submitted: "Submitted", approved: "Approved" } as const;
    for (const p of partnerships) {
      const state = states.find((s) => s.organisation_id === p.id)?.status;
      expect(row(page.html, p.name), p.name).toContain(state ? words[state] : "Not started");
    }
    expect((await http.get("/progress", "")).html).toContain('href="/progress/london"');
  });

  it("shows a status and its dates only: a returned assessment is in progress, its earlier submission not shown", async () => {
    const round = await db()
      .selectFrom("round")
      .where("region_key", "=", "london")
      .where("framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
      .where("status", "=", "open")
      .select("id")
      .executeTakeFirstOrThrow();
    const started = await db().selectFrom("assessment").where("round_id", "=", round.id).select("organisation_id").execute();
    const [first, second] = partnerships.filter((p) => started.some((s) => s.organisation_id === p.id));
    expect(second).toBeDefined();
    const set = (organisationId: string, values: { status: "submitted" | "returned" | "approved"; submitted_at: Date; decided_at: Date | null }) =>
      db().updateTable("assessment").set(values).where("organisation_id", "=", organisationId).where("round_id", "=", round.id).execute();
    await set(first!.id, { status: "approved", submitted_at: new Date("2026-11-02T10:00:00Z"), decided_at: new Date("2026-11-20T10:00:00Z") });
    await set(second!.id, { status: "returned", submitted_at: new Date("2026-11-03T10:00:00Z"), decided_at: new Date("2026-11-21T10:00:00Z") });
    const page = await http.get("/progress/london", "");
    const approved = row(page.html, first!.name);
    expect(approved).toContain("Approved");
    expect(approved).toContain("2 November 2026");
    expect(approved).toContain("20 November 2026");
    const returned = row(page.html, second!.name);
    expect(returned).toContain("In progress");
    expect(returned).not.toContain("3 November 2026");
    expect(returned).not.toContain("21 November 2026");

    // Nothing of the assessments themselves, and nobody's name.
    const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
    const visible = page.html.replace(/<script[\s\S]*?<\/script>/g, "");
    for (const d of framework.domains) expect(visible).not.toContain(d.title);
    const people = await db().selectFrom("person").select("name").execute();
    for (const p of people) expect(page.html, p.name).not.toContain(p.name);
    const evidence = await db().selectFrom("evidence").select("title").limit(20).execute();
    for (const e of evidence) expect(page.html).not.toContain(e.title);
    expect(visible).not.toMatch(/Level \d|out of 5|average|rationale/i);
  });

  it("answers 404 for a region that does not exist", async () => {
    expect((await http.get("/progress/atlantis", "")).status).toBe(404);
  });

  it("tells a partnership on its home page exactly what the public page shows about it", async () => {
    const cookie = await signInCookie(app.url, "lead.nwl@demo.hearth.test");
    const home = await http.get("/partnership", cookie);
    expect(home.html).toContain("What the public sees");
    expect(home.html).toContain('href="/progress/london"');
    const nwl = partnerships.find((p) => p.name === "North West London ICS")!;
    const publicRow = row((await http.get("/progress/london", "")).html, nwl.name);
    const status = publicRow.match(/nhsuk-tag[^"]*">([^<]+)</)?.[1];
    expect(status).toBeTruthy();
    expect(home.html).toContain(`>${status}</strong>`);
  });
});
