import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resourceSeed } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { syncResourceLibrary } from "../../db/resources";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/** Pages for people not signed in are rendered once a minute at most (app/signed-out-pages.server.ts). */
describe("pages kept for people who are not signed in", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const page = "/frameworks/partnership-self-assessment/leadership";

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
    await syncResourceLibrary(opened.database.db, resourceSeed);
    app = await startApp(opened.database);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = async (path: string, cookie?: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
    expect(res.status).toBe(200);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1] ?? "";
    return { html: await res.text(), nonce };
  };

  it("gives each copy its own request's CSP nonce, and nothing else of another request", async () => {
    const first = await get(page);
    const second = await get(page);
    expect(second.nonce).not.toBe(first.nonce);
    for (const copy of [first, second]) {
      expect(copy.html).toContain(`nonce="${copy.nonce}"`);
      expect(copy.html.match(/nonce="([^"]+)"/g)!.every((attribute) => attribute === `nonce="${copy.nonce}"`)).toBe(true);
    }
    expect(second.html.replaceAll(second.nonce, first.nonce)).toBe(first.html);
  });

  it("never gives a signed-in person the signed-out page, nor the reverse", async () => {
    await get(page);
    const cookie = await signInCookie(app.url, "lead.nwl@demo.hearth.test");
    const signedIn = await get(page, cookie);
    expect(signedIn.html).toContain("Sign out");
    expect((await get(page)).html).not.toContain("Sign out");
  });

  it("shows a change to what the page shows at once", async () => {
    const db = opened.database.db;
    const tagged = await db
      .selectFrom("resource_tag as t")
      .innerJoin("resource as r", "r.id", "t.resource_id")
      .where("t.framework_key", "=", "partnership-self-assessment")
      .where("t.domain_key", "=", "leadership")
      .where("r.retired_at", "is", null)
      .select("r.id")
      .executeTakeFirstOrThrow();
    expect((await get(page)).html).not.toContain("A retitled resource");
    await db.updateTable("resource").set({ title: "A retitled resource for the leadership domain" }).where("id", "=", tagged.id).execute();
    const after = await get(page);
    expect(after.html).toContain("A retitled resource for the leadership domain");
  });
});
