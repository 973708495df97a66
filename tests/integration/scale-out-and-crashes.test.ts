import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { openPglite, openPostgres, type HearthDatabase } from "../../db/client";
import { databaseUrl } from "./global-setup";
import { startHearth, type HearthProcess } from "./hearth-process";
import { createDatabase, dropDatabase } from "./postgres-admin";
import { signInCookie } from "./app-harness";

const serverUrl = process.env.TEST_DATABASE_URL;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
const domain = framework.domains.find((d) => d.key === "homelessness")!;
const indicatorKey = domain.indicators[0]!.key;

async function sweAssessment(database: HearthDatabase): Promise<string> {
  const swl = await database.db.selectFrom("organisation").where("short_name", "=", "SWL").select("id").executeTakeFirstOrThrow();
  const round = await database.db
    .selectFrom("round")
    .where("region_key", "=", "london")
    .where("framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
    .where("status", "=", "open")
    .select(["id", "framework_version"])
    .executeTakeFirstOrThrow();
  const existing = await database.db.selectFrom("assessment").where("organisation_id", "=", swl.id).where("round_id", "=", round.id).select("id").executeTakeFirst();
  if (existing) return existing.id;
  const made = await database.db
    .insertInto("assessment")
    .values({ round_id: round.id, organisation_id: swl.id, framework_key: PARTNERSHIP_FRAMEWORK_KEY, framework_version: round.framework_version })
    .returning("id")
    .executeTakeFirstOrThrow();
  return made.id;
}

/** An autosave as the browser sends it; resolves to the HTTP status. */
async function autosave(hearth: HearthProcess, cookie: string, assessmentId: string, revision: number, level: number): Promise<number> {
  const res = await fetch(`${hearth.url}/assessments/${assessmentId}/domains/${domain.key}.data`, {
    method: "POST",
    headers: { Origin: hearth.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "autosave", "ratings.0.indicatorKey": indicatorKey, "ratings.0.revision": String(revision), "ratings.0.choice": String(level) }),
  });
  await res.text();
  return res.status;
}

async function storedRating(database: HearthDatabase, assessmentId: string) {
  return database.db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicatorKey).select(["level", "revision"]).executeTakeFirst();
}

/**
 * Saves one after another until the server is killed with SIGKILL part-way; then every acknowledged save must be in
 * the database (the one in flight may or may not be), and the server must start again on the same data.
 */
async function killMidSave(embedded: boolean, start: () => Promise<HearthProcess>, open: () => Promise<HearthDatabase>) {
  // The first start seeds the demo. PGlite allows one process at a time, so the test reads it between runs.
  let hearth = await start();
  let database: HearthDatabase;
  if (embedded) await hearth.stop();
  database = await open();
  const assessmentId = await sweAssessment(database);
  const before = (await storedRating(database, assessmentId))?.revision ?? 0;
  if (embedded) {
    await database.close();
    hearth = await start();
  }
  const cookie = await signInCookie(hearth.url, "lead.swl@demo.hearth.test");

  let acknowledged = before;
  let lastLevel = 0;
  const killAt = Date.now() + 1500;
  let killed = false;
  setTimeout(() => {
    killed = true;
    hearth.child.kill("SIGKILL");
  }, 1500);
  for (let n = 0; Date.now() < killAt + 1000; n += 1) {
    const level = (n % 5) + 1;
    try {
      const status = await autosave(hearth, cookie, assessmentId, acknowledged, level);
      if (status !== 200) throw new Error(`save answered ${status}`);
      acknowledged += 1;
      lastLevel = level;
    } catch (error) {
      if (killed) break;
      throw error;
    }
  }
  await hearth.stop("SIGKILL");
  expect(acknowledged - before).toBeGreaterThan(5);

  if (embedded) database = await open();
  const stored = await storedRating(database, assessmentId);
  // Nothing acknowledged is lost; at most the one save in flight went in unacknowledged, whole.
  expect(stored!.revision).toBeGreaterThanOrEqual(acknowledged);
  expect(stored!.revision).toBeLessThanOrEqual(acknowledged + 1);
  if (stored!.revision === acknowledged) expect(stored!.level).toBe(lastLevel);
  // The audit trail ends with what is stored.
  const audit = await database.db
    .selectFrom("audit_event")
    .where("subject_id", "=", `${assessmentId}/${indicatorKey}`)
    .orderBy("occurred_at", "desc")
    .select("after")
    .executeTakeFirstOrThrow();
  expect((audit.after as { level: number }).level).toBe(stored!.level);
  if (embedded) await database.close();

  // And it starts again on the same data, and carries on.
  hearth = await start();
  try {
    const again = await signInCookie(hearth.url, "lead.swl@demo.hearth.test");
    expect(await autosave(hearth, again, assessmentId, stored!.revision, 3)).toBe(200);
  } finally {
    await hearth.stop();
  }
  if (!embedded) {
    expect((await storedRating(database, assessmentId))!.revision).toBe(stored!.revision + 1);
    await database.close();
  }
}

describe("a server killed in the middle of saving", () => {
  it("on the embedded database loses nothing acknowledged and starts again on the same data", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-sigkill-"));
    cleanups.push(() => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(`${dataDir}-backups`, { recursive: true, force: true });
    });
    await killMidSave(
      true,
      () => startHearth({ HEARTH_DATA_DIR: dataDir }),
      () => openPglite({ dataDir }),
    );
  }, 180_000);

  it.skipIf(!serverUrl)("on PostgreSQL loses nothing acknowledged and starts again on the same data", async () => {
    const name = `hearth_sigkill_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl!, name);
    cleanups.push(() => dropDatabase(serverUrl!, name));
    const env = { DATABASE_URL: databaseUrl(serverUrl!, name), SESSION_SECRET: "k".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org", HEARTH_DEMO: "true" };
    await killMidSave(
      false,
      () => startHearth(env),
      () => openPostgres(env.DATABASE_URL, { max: 2 }),
    );
  }, 180_000);
});

describe.skipIf(!serverUrl)("two app processes on one PostgreSQL, as two Fly machines run", () => {
  it("share sessions, sign-in throttles and conflict detection", async () => {
    const name = `hearth_scaleout_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl!, name);
    cleanups.push(() => dropDatabase(serverUrl!, name));
    const env = { DATABASE_URL: databaseUrl(serverUrl!, name), SESSION_SECRET: "m".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org", HEARTH_DEMO: "true" };
    const first = await startHearth(env);
    cleanups.push(async () => void (await first.stop()));
    const second = await startHearth(env);
    cleanups.push(async () => void (await second.stop()));
    const database = await openPostgres(env.DATABASE_URL, { max: 2 });
    cleanups.push(() => database.close());

    // Signed in on the first, recognised on the second.
    const cookie = await signInCookie(first.url, "lead.swl@demo.hearth.test");
    const home = await fetch(`${second.url}/partnership`, { headers: { Cookie: cookie }, redirect: "manual" });
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("South West London ICS");

    // A save on the second, then a stale save on the first (a page that had not seen it) meets a conflict.
    const assessmentId = await sweAssessment(database);
    const start = (await storedRating(database, assessmentId))?.revision ?? 0;
    expect(await autosave(second, cookie, assessmentId, start, 4)).toBe(200);
    expect(await autosave(first, cookie, assessmentId, start, 1)).toBe(409); // answered with the conflict, not stored
    expect(await storedRating(database, assessmentId)).toEqual({ level: 4, revision: start + 1 });

    // Five wrong passwords on the first: the right one on the second still waits.
    const attempt = (hearth: HearthProcess, password: string) =>
      fetch(`${hearth.url}/sign-in`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: hearth.url, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: "lead.ncl@demo.hearth.test", password }),
      });
    for (let i = 0; i < 5; i += 1) expect((await attempt(first, "not the password")).status).toBe(400);
    const throttled = await attempt(second, "hearth-demo");
    expect(throttled.status).not.toBe(302);
    expect(await throttled.text()).toContain("too many attempts to sign in");
  }, 180_000);
});
