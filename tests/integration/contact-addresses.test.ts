import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

describe("the contact addresses on the accessibility statement and privacy notice", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  const apps: Awaited<ReturnType<typeof startApp>>[] = [];

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await opened?.dispose();
  });

  async function page(env: Record<string, string>, path: string): Promise<string> {
    const app = await startApp(opened.database, env);
    apps.push(app);
    return (await fetch(`${app.url}${path}`)).text();
  }
  const mailtos = (html: string) => [...new Set([...html.matchAll(/href="mailto:([^"]+)"/g)].map((m) => m[1]))];

  it("come from the configuration: the service team's address, unless one is set for the page", async () => {
    const team = { HEARTH_CONTACT_EMAIL: "hearth@network.example.org" };
    expect(mailtos(await page(team, "/accessibility"))).toEqual(["hearth@network.example.org"]);
    expect(mailtos(await page(team, "/privacy"))).toEqual(["hearth@network.example.org"]);

    const split = { ...team, HEARTH_ACCESSIBILITY_EMAIL: "access@network.example.org", HEARTH_PRIVACY_EMAIL: "dpo@network.example.org" };
    expect(mailtos(await page(split, "/accessibility"))).toEqual(["access@network.example.org"]);
    // Personal data questions go to the privacy address; removing an account is the service team's job.
    expect(mailtos(await page(split, "/privacy")).sort()).toEqual(["dpo@network.example.org", "hearth@network.example.org"]);
  });
});
