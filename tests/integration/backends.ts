import fs from "node:fs";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { openPglite, openPostgres, type DatabaseKind, type HearthDatabase } from "../../db/client";
import type { Database } from "../../db/schema";
import { databaseUrl } from "./global-setup";
import { createDatabase, dropDatabase } from "./postgres-admin";

export interface BackendContext {
  readonly kind: DatabaseKind;
  /** The migrated database for this file's tests (shared by its tests: create your own rows). */
  readonly db: Kysely<Database>;
}

/** The back-ends every repository test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function availableBackends(): DatabaseKind[] {
  return inject("postgres") ? ["pglite", "postgres"] : ["pglite"];
}

/** Opens a fresh, migrated database of the given kind; the caller closes it with `dispose`. */
export async function openTestDatabase(kind: DatabaseKind): Promise<{ database: HearthDatabase; dispose(): Promise<void> }> {
  if (kind === "pglite") {
    const snapshot = new Blob([fs.readFileSync(inject("pgliteSnapshotPath"))]);
    const database = await openPglite({ loadDataDir: snapshot });
    return { database, dispose: () => database.close() };
  }
  const postgres = inject("postgres");
  if (!postgres) throw new Error("TEST_DATABASE_URL is not set");
  const name = `hearth_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await createDatabase(postgres.serverUrl, name, postgres.template);
  const database = await openPostgres(databaseUrl(postgres.serverUrl, name), { max: 4 });
  return {
    database,
    async dispose() {
      await database.close();
      await dropDatabase(postgres.serverUrl, name);
    },
  };
}

/** Runs the same suite on every available back-end. */
export function describeEachBackend(name: string, suite: (ctx: BackendContext) => void): void {
  for (const kind of availableBackends()) {
    describe(`${name} [${kind}]`, () => {
      let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
      beforeAll(async () => {
        opened = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      suite({
        kind,
        get db() {
          if (!opened) throw new Error("database not open yet");
          return opened.database.db;
        },
      });
    });
  }
}
