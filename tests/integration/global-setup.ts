import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { createDatabase, dropDatabase } from "./postgres-admin";

/**
 * Builds, once per run: a migrated PGlite snapshot (each test file loads it in
 * about a second instead of creating a database in several), and, when
 * TEST_DATABASE_URL is set, a migrated PostgreSQL template database that each
 * test file copies.
 */
export default async function setup(project: TestProject) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-test-"));

  const pglite = await openPglite();
  await migrateToLatest(pglite.db);
  const dump = Buffer.from(await (await pglite.dumpDataDir()).arrayBuffer());
  const snapshotPath = path.join(workDir, "pglite-snapshot.tar");
  fs.writeFileSync(snapshotPath, dump);
  await pglite.close();
  project.provide("pgliteSnapshotPath", snapshotPath);

  let template: string | null = null;
  const serverUrl = process.env.TEST_DATABASE_URL || null;
  if (serverUrl) {
    template = `hearth_template_${process.pid}_${Date.now().toString(36)}`;
    await createDatabase(serverUrl, template);
    const postgres = await openPostgres(databaseUrl(serverUrl, template), { max: 2 });
    await migrateToLatest(postgres.db);
    await postgres.close();
  }
  project.provide("postgres", serverUrl && template ? { serverUrl, template } : null);

  return async () => {
    if (serverUrl && template) await dropDatabase(serverUrl, template);
    fs.rmSync(workDir, { recursive: true, force: true });
  };
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    postgres: { serverUrl: string; template: string } | null;
  }
}
