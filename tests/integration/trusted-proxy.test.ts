import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/**
 * X-Forwarded-Proto (and the client-address header) are believed only from the host's proxy, named by TRUSTED_PROXY:
 * over HTTPS as the proxy reports it, pages carry Strict-Transport-Security and session cookies are Secure, __Host-.
 * The tests connect from 127.0.0.1, so a proxy at 127.0.0.1 is trusted and one at 10.0.0.0/8 is not.
 */
describe("the host's proxy", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    await seedDemoData(opened.database.db, { hashPassword });
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await opened?.dispose();
  });

  const signInOver = async (url: string, headers: Record<string, string>) =>
    fetch(`${url}/sign-in`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams({ email: "lead.sel@demo.hearth.test", password: "hearth-demo" }),
    });

  it("believes X-Forwarded-Proto from the configured proxy: HSTS, and a Secure __Host- session cookie", async () => {
    const app = await startApp(opened.database, { TRUSTED_PROXY: "127.0.0.1, fdaa::/16" });
    apps.push(app);
    const page = await fetch(`${app.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(page.headers.get("strict-transport-security")).toContain("max-age=31536000");
    expect(page.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    const cookie = (await signInOver(app.url, { "x-forwarded-proto": "https" })).headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    // Plain HTTP through the same proxy: no HSTS.
    expect((await fetch(`${app.url}/`)).headers.get("strict-transport-security")).toBeNull();
  });

  it("ignores it from anywhere else", async () => {
    const app = await startApp(opened.database, { TRUSTED_PROXY: "10.0.0.0/8" });
    apps.push(app);
    const page = await fetch(`${app.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(page.headers.get("strict-transport-security")).toBeNull();
    const cookie = (await signInOver(app.url, { "x-forwarded-proto": "https" })).headers.get("set-cookie") ?? "";
    expect(cookie).not.toMatch(/^__Host-/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});
