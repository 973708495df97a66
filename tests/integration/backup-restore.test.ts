import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres, type HearthDatabase } from "../../db/client";
import { TRANSFER_TABLES } from "../../db/transfer";
import { pruneAutomaticBackups } from "../../server/backups";
import { databaseUrl } from "./global-setup";
import { CLI_ENTRY, runToExit, startHearth } from "./hearth-process";
import { createDatabase, dropDatabase } from "./postgres-admin";

const dirs: string[] = [];
const temp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hearth-${name}-`));
  dirs.push(dir, `${dir}-backups`);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Every table's row count, and a fingerprint of every evidence file's bytes: what a restore must bring back. */
async function contents(database: HearthDatabase) {
  const counts: Record<string, number> = {};
  for (const table of TRANSFER_TABLES) {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(database.db);
    counts[table] = rows[0]!.n;
  }
  const chunks = await database.db.selectFrom("evidence_file_chunk").select(["file_id", "seq", "bytes"]).orderBy("file_id").orderBy("seq").execute();
  const files = createHash("sha256");
  for (const c of chunks) files.update(`${c.file_id}/${c.seq}/`).update(c.bytes);
  return { counts, evidenceBytes: chunks.reduce((n, c) => n + c.bytes.length, 0), evidenceHash: files.digest("hex") };
}

describe("backing up and restoring", () => {
  it("backs an embedded database up by itself at start, and a backup restores every row and evidence file on both back-ends", async () => {
    const source = temp("backup-source");
    const hearth = await startHearth({ HEARTH_DATA_DIR: source });
    // The automatic backup at start, beside the data directory.
    const autoDir = `${source}-backups`;
    let automatic: string[] = [];
    for (let i = 0; i < 100 && automatic.length === 0; i += 1) {
      automatic = fs.existsSync(autoDir) ? fs.readdirSync(autoDir).filter((f) => /^hearth-auto-.*\.json$/.test(f)) : [];
      if (automatic.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(automatic).toHaveLength(1);
    expect(await hearth.stop("SIGTERM")).toBe(0);

    const file = path.join(temp("backup-file"), "hearth.json");
    const backup = await runToExit(CLI_ENTRY, ["backup", file], { HEARTH_DATA_DIR: source });
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/Backed up \d+ rows from \d+ tables \(evidence files included\)/);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const original = await (async () => {
      const db = await openPglite({ dataDir: source });
      try {
        return await contents(db);
      } finally {
        await db.close();
      }
    })();
    expect(original.evidenceBytes).toBeGreaterThan(0);
    expect(original.counts.assessment).toBeGreaterThan(0);

    // Into a new embedded database…
    const target = temp("backup-target");
    const restored = await runToExit(CLI_ENTRY, ["restore", file], { HEARTH_DATA_DIR: target });
    expect(restored.code, restored.output).toBe(0);
    expect(restored.output).toMatch(/Restored \d+ rows into pglite/);
    const embedded = await openPglite({ dataDir: target });
    try {
      expect(await contents(embedded)).toEqual(original);
    } finally {
      await embedded.close();
    }
    // …and never over data already there.
    const again = await runToExit(CLI_ENTRY, ["restore", file], { HEARTH_DATA_DIR: target });
    expect(again.code).toBe(1);
    expect(again.output).toContain("already holds data");

    // Into PostgreSQL, when the suite has one.
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const name = `hearth_restore_${process.pid}_${Date.now().toString(36)}`;
      await createDatabase(serverUrl, name);
      try {
        const env = { DATABASE_URL: databaseUrl(serverUrl, name), SESSION_SECRET: "s".repeat(40), HEARTH_CONTACT_EMAIL: "hearth@example.org" };
        const intoPostgres = await runToExit(CLI_ENTRY, ["restore", file], env);
        expect(intoPostgres.code, intoPostgres.output).toBe(0);
        const postgres = await openPostgres(env.DATABASE_URL, { max: 2 });
        try {
          expect(await contents(postgres)).toEqual(original);
        } finally {
          await postgres.close();
        }
      } finally {
        await dropDatabase(serverUrl, name);
      }
    }
  }, 180_000);

  it("keeps the newest seven automatic backups and nothing else of its own", () => {
    const dir = temp("prune");
    const names = Array.from({ length: 10 }, (_, i) => `hearth-auto-202612${String(i + 1).padStart(2, "0")}T030000Z.json`);
    for (const name of [...names, "hearth-20261201T030000Z.json", "notes.txt"]) fs.writeFileSync(path.join(dir, name), "{}");
    pruneAutomaticBackups(dir);
    expect(fs.readdirSync(dir).sort()).toEqual([...names.slice(3), "hearth-20261201T030000Z.json", "notes.txt"].sort());
  });
});
