import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORISATION_MATRIX, SUBJECTS, type Answer, type Subject } from "../../app/auth/authorisation-matrix";
import { hashPassword } from "../../app/auth/password.server";
import { addMembership, createPerson } from "../../db/people";
import { seedDemoData } from "../../db/seed";
import type { Role } from "../../db/schema";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/**
 * Walks every route of the real app build against the declared matrix, as each
 * kind of person, for their own organisation and another one.
 */
describe("the authorisation matrix", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const people: Record<Exclude<Subject, "anonymous">, { email: string; own: string; other: string }> = {} as never;
  const cookies = new Map<Subject, string>();

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    // The demo has no view-only provider: add one, so every role is walked.
    const provider1 = await db.selectFrom("organisation").where("name", "like", "Example Homes%").select("id").executeTakeFirstOrThrow();
    const { id } = await createPerson(db, { email: "viewer.provider1@demo.hearth.test", name: "Pia Viewer", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: id, organisationId: provider1.id, role: "provider_viewer" });

    const org = async (name: string) => (await db.selectFrom("organisation").where("name", "=", name).select("id").executeTakeFirstOrThrow()).id;
    const nwl = await org("North West London ICS");
    const ncl = await org("North Central London ICS");
    const p1 = provider1.id;
    const p2 = await org("Sample Street Housing (demo)");
    const network = await org("London Health and Housing Impact Network (demo)");
    Object.assign(people, {
      network_staff: { email: "network@demo.hearth.test", own: network, other: ncl },
      partnership_lead: { email: "lead.nwl@demo.hearth.test", own: nwl, other: ncl },
      partnership_viewer: { email: "viewer.nwl@demo.hearth.test", own: nwl, other: ncl },
      provider_editor: { email: "provider1@demo.hearth.test", own: p1, other: p2 },
      provider_viewer: { email: "viewer.provider1@demo.hearth.test", own: p1, other: nwl },
    } satisfies Record<Role, unknown>);

    app = await startApp(opened.database);
    for (const role of Object.keys(people) as Role[]) cookies.set(role, await signInCookie(app.url, people[role].email));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it("declares every route of the app, and nothing that is not a route", () => {
    const routeIds = Object.keys(app.build.routes).filter((id) => id !== "root").sort();
    expect(Object.keys(AUTHORISATION_MATRIX).sort()).toEqual(routeIds);
  });

  it("declares every method a route answers, for every kind of person", () => {
    const missing: string[] = [];
    for (const [id, route] of Object.entries(app.build.routes)) {
      if (id === "root") continue;
      const rule = AUTHORISATION_MATRIX[id];
      const module = route.module as unknown as Record<string, unknown>;
      const methods: ("GET" | "POST")[] = [...(module.loader || module.default ? ["GET" as const] : []), ...(module.action ? ["POST" as const] : [])];
      for (const method of methods) {
        const row = rule?.[method];
        for (const subject of SUBJECTS) if (!row?.[subject]) missing.push(`${method} ${id} for ${subject}`);
      }
      if (rule?.POST && !module.action) missing.push(`${id} declares POST but has no action`);
    }
    expect(missing).toEqual([]);
  });

  it("answers every route as the matrix says, for each person, for their own organisation and another", async () => {
    const mismatches: string[] = [];
    for (const [id, rule] of Object.entries(AUTHORISATION_MATRIX)) {
      for (const method of ["GET", "POST"] as const) {
        const row = rule[method];
        if (!row) continue;
        for (const subject of SUBJECTS) {
          const expectation = row[subject];
          const cases: [string, Answer][] =
            typeof expectation === "object"
              ? [
                  ["own", expectation.own],
                  ["other", expectation.other],
                ]
              : [["own", expectation]];
          for (const [which, expected] of cases) {
            const person = subject === "anonymous" ? people.partnership_lead : people[subject];
            const path = typeof rule.path === "function" ? rule.path(which === "own" ? person.own : person.other) : rule.path;
            const actual = await request(method, path, cookies.get(subject));
            if (actual !== expected) mismatches.push(`${method} ${path} (${id}) as ${subject}, ${which}: expected ${expected}, got ${actual}`);
            if (method === "POST" && rule.postEndsSession && subject !== "anonymous") {
              cookies.set(subject, await signInCookie(app.url, people[subject].email));
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  async function request(method: "GET" | "POST", path: string, cookie: string | undefined): Promise<Answer | number> {
    const res = await fetch(`${app.url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        ...(method === "POST" ? { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      body: method === "POST" ? "" : undefined,
    });
    await res.arrayBuffer();
    if (res.status >= 300 && res.status < 400) {
      return (res.headers.get("location") ?? "").startsWith("/sign-in?redirectTo=") ? "sign-in" : "redirect";
    }
    return res.status as Answer;
  }
});
