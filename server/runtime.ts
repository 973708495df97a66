import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { frameworks, resourceSeed } from "../assessment";
import { openPglite, openPostgres, type HearthDatabase } from "../db/client";
import { syncFrameworkVersions } from "../db/frameworks";
import { latestAppliedMigration, migrateToLatest } from "../db/migrate";
import { syncResourceLibrary, type LibrarySync } from "../db/resources";
import { seedDemoData, type SeedResult } from "../db/seed";
import { hashPassword } from "../app/auth/password.server";
import type { Config } from "./config";

/** Opens the database the configuration names (taking the data directory's lock in embedded mode). */
export async function openConfiguredDatabase(config: Config): Promise<HearthDatabase> {
  if (config.database.kind === "postgres") {
    return openPostgres(config.database.url, { max: config.database.poolMax });
  }
  return openPglite({ dataDir: config.database.dataDir });
}

export interface PreparedDatabase {
  migration: string | null;
  appliedMigrations: string[];
  demo: SeedResult | null;
  library: LibrarySync;
}

/**
 * Everything that runs before the first request: migrations, the published framework versions and the resource
 * library's starting content (content, so on every database), then the demo seed when allowed.
 */
export async function prepareDatabase(database: HearthDatabase, config: Config): Promise<PreparedDatabase> {
  const applied = await migrateToLatest(database.db);
  await syncFrameworkVersions(database.db, frameworks);
  const library = await syncResourceLibrary(database.db, resourceSeed);
  const demo = config.seedDemoData ? await seedDemoData(database.db, { hashPassword }) : null;
  return {
    migration: await latestAppliedMigration(database.db),
    appliedMigrations: applied.map((r) => r.migrationName),
    demo,
    library,
  };
}

/**
 * The secret that signs session cookies. A server deployment sets
 * SESSION_SECRET; an embedded one generates a secret once and keeps it in its
 * data directory, so sessions survive restarts.
 */
export function loadSessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.database.kind !== "pglite") throw new Error("SESSION_SECRET is required with DATABASE_URL");
  const file = path.join(config.database.dataDir, "session-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.database.dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
