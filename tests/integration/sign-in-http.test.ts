import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/** Sign-in over HTTP, through the express host, as it runs behind Fly's proxy. */
describe("sign-in behind the host's proxy", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
    app = await startApp(opened.database, { CLIENT_IP_HEADER: "Fly-Client-IP", TRUSTED_PROXY: "127.0.0.1" });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const signIn = (password: string, headers: Record<string, string>) =>
    fetch(`${app.url}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ email: "lead.swl@demo.hearth.test", password }),
    });

  it("throttles by the address Fly reports, which a client cannot change with X-Forwarded-For", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await signIn("wrong", { "Fly-Client-IP": "203.0.113.7", "X-Forwarded-For": `198.51.100.${i}` });
      expect(res.status).toBe(400);
    }
    const blocked = await signIn("hearth-demo", { "Fly-Client-IP": "203.0.113.7", "X-Forwarded-For": "198.51.100.99" });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain("too many attempts to sign in");

    const elsewhere = await signIn("hearth-demo", { "Fly-Client-IP": "203.0.113.8" });
    expect(elsewhere.status).toBe(302);
    expect(elsewhere.headers.get("location")).toBe("/partnership");
  });

  it("refuses a sign-in posted from another origin, and one with an opaque origin", async () => {
    for (const origin of ["https://elsewhere.example", "null"]) {
      const res = await fetch(`${app.url}/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: origin, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "lead.swl@demo.hearth.test", password: "hearth-demo" }),
      });
      expect(res.status).toBe(403);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    const crossSite = await fetch(`${app.url}/sign-out`, { method: "POST", redirect: "manual", headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSite.status).toBe(403);
  });

  it("never sends a signed-in page to another browser from a cache", async () => {
    const res = await fetch(`${app.url}/sign-in`);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });
});
