import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { hashAccountToken, issueAccountToken } from "../../db/account-tokens";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";
import { CLI_ENTRY, runToExit, startHearth } from "./hearth-process";

/** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
const text = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "'").replaceAll("&amp;", "&");
const linkIn = (html: string, kind: "join" | "reset-password") => html.match(new RegExp(`https?://[^<"\\s]+/${kind}/([A-Za-z0-9_-]{20,})`))?.[1] ?? null;

describe("people: invitations, reset links, roles and removing access, over HTTP", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    app = await startApp(opened.database);
    for (const [who, email] of Object.entries({ network: "network@demo.hearth.test", lead: "lead.nwl@demo.hearth.test", viewer: "viewer.nwl@demo.hearth.test" })) {
      cookies[who] = await signInCookie(app.url, email);
    }
    const orgs = await db.selectFrom("organisation").where("short_name", "in", ["NWL", "NCL"]).select(["id", "short_name"]).execute();
    for (const o of orgs) ids[o.short_name!] = o.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const request = async (path: string, who: string | null, form?: Record<string, string>) => {
    const res = await fetch(`${app.url}${path}`, {
      method: form ? "POST" : "GET",
      headers: { ...(who ? { Cookie: cookies[who]! } : {}), ...(form ? { "Content-Type": "application/x-www-form-urlencoded", Origin: app.url } : {}) },
      body: form ? new URLSearchParams(form) : undefined,
      redirect: "manual",
    });
    return { status: res.status, html: text(await res.text()), location: res.headers.get("location"), cookie: res.headers.get("set-cookie")?.split(";")[0] ?? null };
  };
  const people = (short: string) => `/organisations/${ids[short]}/people`;
  const membershipOf = async (email: string, short: string) =>
    (
      await opened.database.db
        .selectFrom("membership as m")
        .innerJoin("person as p", "p.id", "m.person_id")
        .where("p.email", "=", email)
        .where("m.organisation_id", "=", ids[short]!)
        .select("m.id")
        .executeTakeFirstOrThrow()
    ).id;

  it("invites someone new with a single-use link kept only as a hash; they join and are signed in", async () => {
    const invalid = await request(people("NWL"), "network", { intent: "invite", name: "", email: "not an email", role: "partnership_viewer" });
    expect(invalid.status).toBe(400);
    expect(invalid.html).toContain("Enter their full name");
    expect(invalid.html).toContain("Enter an email address in the correct format");
    expect(invalid.html).toContain('value="not an email"');

    const invited = await request(people("NWL"), "network", { intent: "invite", name: "Ada Analyst", email: "Ada.Analyst@example.org", role: "partnership_viewer" });
    expect(invited.status).toBe(200);
    expect(invited.html).toContain("Ada Analyst is invited as partnership viewer.");
    const token = linkIn(invited.html, "join")!;
    expect(token).not.toBeNull();
    // Only the hash is stored: no column holds the token itself.
    const stored = await opened.database.db.selectFrom("account_token").selectAll().where("token_hash", "=", hashAccountToken(token)).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await request(people("NWL"), "network")).html).toMatch(/Invited by Nia Network; the link works until/);

    // The same person again: refused, next to the email.
    const twice = await request(people("NWL"), "network", { intent: "invite", name: "Ada Analyst", email: "ada.analyst@example.org", role: "partnership_lead" });
    expect(twice.status).toBe(409);
    expect(twice.html).toContain("This person is already in the organisation");

    const page = await request(`/join/${token}`, null);
    expect(page.html).toContain("Nia Network has invited you, Ada Analyst (ada.analyst@example.org), to work in Hearth for North West London ICS (Partnership viewer)");
    expect((await request(`/join/${token}`, null, { password: "short", confirmPassword: "short" })).status).toBe(400);
    // Long enough but among the commonly used (and leaked) passwords, or made of their own details: refused, never echoed.
    for (const weak of ["password1234", "iloveyou1234", "ada.analyst@example.org"]) {
      const refused = await request(`/join/${token}`, null, { password: weak, confirmPassword: weak });
      expect(refused.status, weak).toBe(400);
      expect(refused.html).toContain("This password is too easy to guess");
      expect(refused.html).not.toMatch(/<input id="(password|confirmPassword)"[^>]*value=/);
      if (weak !== "ada.analyst@example.org") expect(refused.html).not.toContain(weak);
    }
    const joined = await request(`/join/${token}`, null, { password: "correct horse battery", confirmPassword: "correct horse battery" });
    expect(joined.status).toBe(302);
    expect(joined.location).toBe("/partnership");
    const home = await fetch(`${app.url}/partnership`, { headers: { Cookie: joined.cookie! }, redirect: "manual" });
    expect(home.status).toBe(200);

    // Used once: never again.
    expect((await request(`/join/${token}`, null)).html).toContain("This link has already been used.");
    expect((await request(`/join/${token}`, null, { password: "another long password", confirmPassword: "another long password" })).status).toBe(410);
    await signInCookie(app.url, "ada.analyst@example.org", "correct horse battery");
  });

  it("refuses a link after it expires", async () => {
    const db = opened.database.db;
    const person = await db.selectFrom("person").where("email", "=", "ada.analyst@example.org").select("id").executeTakeFirstOrThrow();
    const { token } = await issueAccountToken(db, { personId: person.id, purpose: "password_reset", createdBy: null, now: new Date(Date.now() - 25 * 3_600_000) });
    expect((await request(`/reset-password/${token}`, null)).html).toContain("This link has expired.");
    expect((await request(`/reset-password/${token}`, null, { password: "a fresh long password", confirmPassword: "a fresh long password" })).status).toBe(410);
    expect((await request("/join/not-a-real-link", null)).html).toContain("This link is not right.");
  });

  it("lets a lead invite a colleague to their own partnership, but only network staff change roles or remove access", async () => {
    const invited = await request(people("NWL"), "lead", { intent: "invite", name: "Vic Viewer", email: "vic@example.org", role: "partnership_viewer" });
    expect(invited.status).toBe(200);
    expect(linkIn(invited.html, "join")).not.toBeNull();
    // Not a role of another kind of organisation, and not another partnership.
    expect((await request(people("NWL"), "lead", { intent: "invite", name: "X", email: "x@example.org", role: "network_staff" })).status).toBe(409);
    expect((await request(people("NCL"), "lead", { intent: "invite", name: "X", email: "x@example.org", role: "partnership_viewer" })).status).toBe(404);
    const vic = await membershipOf("vic@example.org", "NWL");
    expect((await request(people("NWL"), "lead", { intent: "change-role", membershipId: vic, role: "partnership_lead" })).status).toBe(403);
    expect((await request(people("NWL"), "lead", { intent: "remove", membershipId: vic })).status).toBe(403);
    expect((await request(people("NWL"), "viewer", { intent: "invite", name: "Y", email: "y@example.org", role: "partnership_viewer" })).status).toBe(403);
    // Network staff see it and can withdraw it.
    expect((await request(people("NWL"), "network")).html).toContain("Invited by NWL Lead");
    expect((await request(people("NWL"), "network", { intent: "remove", membershipId: vic })).status).toBe(200);
  });

  it("changes a role at once, and removing access ends the person's sessions at once", async () => {
    const viewer = await membershipOf("viewer.nwl@demo.hearth.test", "NWL");
    const changed = await request(people("NWL"), "network", { intent: "change-role", membershipId: viewer, role: "partnership_lead" });
    expect(changed.status).toBe(200);
    expect(changed.html).toContain("is now partnership lead.");
    expect((await request("/partnership", "viewer")).html).toContain("Partnership lead");

    const removed = await request(people("NWL"), "network", { intent: "remove", membershipId: viewer });
    expect(removed.status).toBe(200);
    const after = await request("/partnership", "viewer");
    expect(after.status).toBe(302);
    expect(after.location).toMatch(/^\/sign-in/);
    const sessions = await opened.database.db.selectFrom("session as s").innerJoin("person as p", "p.id", "s.person_id").where("p.email", "=", "viewer.nwl@demo.hearth.test").select("s.id").execute();
    expect(sessions).toEqual([]);
    // Network staff cannot remove themselves.
    const network = await opened.database.db
      .selectFrom("membership as m")
      .innerJoin("person as p", "p.id", "m.person_id")
      .where("p.email", "=", "network@demo.hearth.test")
      .select(["m.id", "m.organisation_id"])
      .executeTakeFirstOrThrow();
    expect((await request(`/organisations/${network.organisation_id}/people`, "network", { intent: "remove", membershipId: network.id })).html).toContain("You cannot remove your own access");
  });

  it("lists people in a fixed number of queries, a page at a time, whether the region has a few or hundreds", async () => {
    const queries = async (path: string) => {
      const res = await fetch(`${app.url}${path}`, { headers: { Cookie: cookies.network! } });
      expect(res.status, path).toBe(200);
      const html = text(await res.text());
      return { count: Number(/desc="(\d+) queries"/.exec(res.headers.get("server-timing") ?? "")![1]), html };
    };
    const paths = ["/network/people", "/network/people?q=lead", "/network/people?page=2", people("NWL")];
    const before = await Promise.all(paths.map(async (p) => (await queries(p)).count));
    const db = opened.database.db;
    const many = await db
      .insertInto("person")
      .values(Array.from({ length: 300 }, (_, i) => ({ email: `many-${i}@example.org`, name: `Many ${String(i).padStart(3, "0")}`, password_hash: i % 2 ? "x" : null })))
      .returning("id")
      .execute();
    await db.insertInto("membership").values(many.map((p) => ({ person_id: p.id, organisation_id: ids.NWL!, role: "partnership_viewer" as const }))).execute();
    const after = await Promise.all(paths.map(async (p) => (await queries(p)).count));
    expect(after).toEqual(before);
    const first = await queries("/network/people");
    expect(first.html).toMatch(/\d{3} people; page 1 of \d+\./);
    expect((first.html.match(/<tr class="nhsuk-table__row">/g) ?? []).length).toBe(1 + 25);
    expect((await queries(people("NWL"))).html).toContain("Many 299");
  });

  it("issues a password-reset link that works once and signs the person out everywhere", async () => {
    const lead = await signInCookie(app.url, "lead.ncl@demo.hearth.test");
    const issued = await request(people("NCL"), "network", { intent: "link", membershipId: await membershipOf("lead.ncl@demo.hearth.test", "NCL") });
    expect(issued.status).toBe(200);
    const token = linkIn(issued.html, "reset-password")!;
    expect(token).not.toBeNull();
    await signInCookie(app.url, "lead.ncl@demo.hearth.test"); // the old password works until the link is used
    const reset = await request(`/reset-password/${token}`, null, { password: "a brand new passphrase", confirmPassword: "a brand new passphrase" });
    expect(reset.status).toBe(302);
    expect(reset.location).toBe("/sign-in?passwordReset=1");
    expect((await fetch(`${app.url}/partnership`, { headers: { Cookie: lead }, redirect: "manual" })).status).toBe(302);
    await expect(signInCookie(app.url, "lead.ncl@demo.hearth.test")).rejects.toThrow();
    await signInCookie(app.url, "lead.ncl@demo.hearth.test", "a brand new passphrase");
    expect((await request(`/reset-password/${token}`, null, { password: "yet another passphrase", confirmPassword: "yet another passphrase" })).status).toBe(410);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!serverUrl)("the first network staff member of an empty PostgreSQL deployment", () => {
  it("admin-create prints a link that leads to a working sign-in", async () => {
    const { createDatabase, dropDatabase } = await import("./postgres-admin");
    const { databaseUrl } = await import("./global-setup");
    const name = `hearth_admin_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl!, name);
    const env = { DATABASE_URL: databaseUrl(serverUrl!, name), SESSION_SECRET: "s".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org" };
    try {
      const usage = await runToExit(CLI_ENTRY, ["admin-create", "--email", "first@example.org"], env);
      expect(usage.code).toBe(2);
      const unknownRegion = await runToExit(CLI_ENTRY, ["admin-create", "--email", "first@example.org", "--name", "First Staff", "--region", "north-east"], env);
      expect(unknownRegion.code).toBe(1);
      expect(unknownRegion.output).toContain("give its name with --region-name");
      const created = await runToExit(
        CLI_ENTRY,
        ["admin-create", "--email", "first@example.org", "--name", "First Staff", "--region", "north-east", "--region-name", "North East and North Cumbria", "--base-url", "https://hearth.example/"],
        env,
      );
      expect(created.code, created.output).toBe(0);
      expect(created.output).toContain("First Staff is network staff of North East and North Cumbria Health and Housing Impact Network.");
      const token = created.output.match(/https:\/\/hearth\.example\/join\/([A-Za-z0-9_-]+)/)![1]!;
      expect((await runToExit(CLI_ENTRY, ["admin-create", "--email", "FIRST@example.org", "--name", "Again", "--region", "north-east"], env)).output).toContain("already has a Hearth account");

      const hearth = await startHearth(env);
      try {
        const joined = await fetch(`${hearth.url}/join/${token}`, {
          method: "POST",
          redirect: "manual",
          headers: { Origin: hearth.url, "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ password: "the very first password", confirmPassword: "the very first password" }),
        });
        expect(joined.status).toBe(302);
        expect(joined.headers.get("location")).toBe("/network");
        const cookie = await signInCookie(hearth.url, "first@example.org", "the very first password");
        const region = await fetch(`${hearth.url}/network`, { headers: { Cookie: cookie } });
        expect(region.status).toBe(200);
        expect(text(await region.text())).toContain("North East and North Cumbria Health and Housing Impact Network");
      } finally {
        expect(await hearth.stop()).toBe(0);
      }
    } finally {
      await dropDatabase(serverUrl!, name);
    }
  }, 120_000);
});
