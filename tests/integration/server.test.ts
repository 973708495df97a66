import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestKnownMigration } from "../../db/migrate";
import { TRANSFER_TABLES } from "../../db/transfer";
import { CLI_ENTRY, SERVER_ENTRY, runToExit, startHearth, type HearthProcess } from "./hearth-process";

const tmpDirs: string[] = [];
function tempDataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-data-"));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tmpDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe("the Hearth server on an embedded database", () => {
  let dataDir: string;
  let hearth: HearthProcess;

  beforeAll(async () => {
    dataDir = tempDataDir();
    hearth = await startHearth({ HEARTH_DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await hearth?.stop("SIGKILL");
  });

  it("reports its health, database kind and latest migration", async () => {
    const res = await fetch(`${hearth.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ status: "ok", database: "pglite", migration: latestKnownMigration });
  });

  it("creates the database and prints the demo sign-ins on first start", () => {
    expect(fs.existsSync(path.join(dataDir, "pgdata"))).toBe(true);
    expect(hearth.output()).toContain("Demo sign-ins");
    expect(hearth.output()).toContain("lead.nwl@demo.hearth.test");
  });

  it("says at start that no contact address is set, and the statements show the placeholder that says what to set", async () => {
    expect(hearth.output()).toContain("HEARTH_CONTACT_EMAIL is not set");
    const html = await (await fetch(`${hearth.url}/accessibility`)).text();
    expect(html).toContain('href="mailto:set-HEARTH_CONTACT_EMAIL@hearth.invalid"');
  });

  it("sends security headers, with a fresh CSP nonce that the page's scripts carry", async () => {
    const first = await fetch(`${hearth.url}/`);
    const html = await first.text();
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(html).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    expect(first.headers.get("x-powered-by")).toBeNull();

    const second = await fetch(`${hearth.url}/`);
    expect(second.headers.get("content-security-policy")).not.toContain(`'nonce-${nonce}'`);
  });

  it("ignores X-Forwarded-Proto when no proxy is configured: anyone could send it", async () => {
    const claimed = await fetch(`${hearth.url}/`, { headers: { "x-forwarded-proto": "https" } });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
    expect(claimed.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });

  it("compresses pages for clients that accept it", async () => {
    const res = await fetch(`${hearth.url}/styles/nhsuk-frontend.css`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
  });

  it("refuses a second process on the same data directory with a clear message, and keeps serving", async () => {
    const second = await runToExit(SERVER_ENTRY, [], { HEARTH_DATA_DIR: dataDir, PORT: "0" });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/in use by another Hearth process \(pid \d+\)/);
    const migrate = await runToExit(CLI_ENTRY, ["migrate"], { HEARTH_DATA_DIR: dataDir });
    expect(migrate.code).toBe(1);
    expect(migrate.output).toMatch(/in use by another Hearth process/);
    expect((await fetch(`${hearth.url}/healthz`)).status).toBe(200);
  });

  it("shuts down gracefully on SIGTERM, and a restart reuses the data without re-creating anything", async () => {
    expect(await hearth.stop("SIGTERM")).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "hearth.lock"))).toBe(false);
    const secret = fs.readFileSync(path.join(dataDir, "session-secret"), "utf8");

    hearth = await startHearth({ HEARTH_DATA_DIR: dataDir });
    expect(hearth.output()).not.toContain("Applied migrations");
    expect(fs.readFileSync(path.join(dataDir, "session-secret"), "utf8")).toBe(secret);
    expect(await (await fetch(`${hearth.url}/healthz`)).json()).toMatchObject({ status: "ok", migration: latestKnownMigration });
  });
});

describe("configuration errors stop the server with a message saying what to fix", () => {
  it.each([
    [{ DATABASE_URL: "postgres://hearth@127.0.0.1:1/hearth" }, /SESSION_SECRET: is required when DATABASE_URL is set/],
    [{ DATABASE_URL: "postgres://h@127.0.0.1:1/h", SESSION_SECRET: "x".repeat(32) }, /HEARTH_CONTACT_EMAIL: is required when DATABASE_URL is set/],
    [{ HEARTH_PRIVACY_EMAIL: "dpo at example.org" }, /HEARTH_PRIVACY_EMAIL: must be an email address/],
    [{ DATABASE_URL: "mysql://somewhere/db", SESSION_SECRET: "x".repeat(32) }, /DATABASE_URL: must be a PostgreSQL connection URL/],
    [{ DATABASE_URL: "postgres://h@127.0.0.1:1/h", SESSION_SECRET: "short" }, /SESSION_SECRET: must be at least 32 characters/],
    [{ PORT: "not-a-port" }, /PORT: /],
    [{ HEARTH_DEMO: "yes" }, /HEARTH_DEMO: must be "true" or "false"/],
  ])("%o", async (env, message) => {
    const result = await runToExit(SERVER_ENTRY, [], { HEARTH_DATA_DIR: tempDataDir(), ...env });
    expect(result.code).toBe(1);
    expect(result.output).toContain("Hearth cannot start. Fix these settings:");
    expect(result.output).toMatch(message);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!serverUrl)("the Hearth server on PostgreSQL", () => {
  it("migrates a server database, reports it in /healthz, and seeds no demo people unless asked", async () => {
    const { createDatabase, dropDatabase } = await import("./postgres-admin");
    const { databaseUrl } = await import("./global-setup");
    const name = `hearth_server_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl!, name);
    try {
      const hearth = await startHearth({ DATABASE_URL: databaseUrl(serverUrl!, name), SESSION_SECRET: "s".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org" });
      try {
        expect(await (await fetch(`${hearth.url}/healthz`)).json()).toEqual({
          status: "ok",
          database: "postgres",
          migration: latestKnownMigration,
        });
        expect(hearth.output()).not.toContain("Demo sign-ins");
      } finally {
        expect(await hearth.stop()).toBe(0);
      }
    } finally {
      await dropDatabase(serverUrl!, name);
    }
  });
});

describe("moving an embedded database's data with the command line", () => {
  it("exports from a stopped embedded database and imports into an empty one", async () => {
    const source = tempDataDir();
    const first = await startHearth({ HEARTH_DATA_DIR: source });
    expect(await first.stop()).toBe(0);
    const file = path.join(tempDataDir(), "export.json");

    const exported = await runToExit(CLI_ENTRY, ["export", file], { HEARTH_DATA_DIR: source });
    expect(exported.code).toBe(0);
    expect(exported.output).toMatch(new RegExp(`Exported \\d+ rows from ${TRANSFER_TABLES.length} tables`));

    const target = serverUrl
      ? await (async () => {
          const { createDatabase } = await import("./postgres-admin");
          const { databaseUrl } = await import("./global-setup");
          const name = `hearth_import_${process.pid}_${Date.now().toString(36)}`;
          await createDatabase(serverUrl, name);
          return { DATABASE_URL: databaseUrl(serverUrl, name), SESSION_SECRET: "s".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org", name };
        })()
      : { HEARTH_DATA_DIR: tempDataDir() };
    try {
      const { name: _name, ...env } = target as Record<string, string>;
      const imported = await runToExit(CLI_ENTRY, ["import", file], env);
      expect(imported.code, imported.output).toBe(0);
      expect(imported.output).toMatch(/Imported \d+ rows into (postgres|pglite)/);
      const again = await runToExit(CLI_ENTRY, ["import", file], env);
      expect(again.code).toBe(1);
      expect(again.output).toContain("already holds data");
    } finally {
      if ("name" in target) {
        const { dropDatabase } = await import("./postgres-admin");
        await dropDatabase(serverUrl!, target.name as string);
      }
    }
  });

  it("explains its usage when called wrongly", async () => {
    const result = await runToExit(CLI_ENTRY, ["export"], { HEARTH_DATA_DIR: tempDataDir() });
    expect(result.code).toBe(2);
    expect(result.output).toContain("Usage:");
  });
});
