import { Migrator, sql, type Kysely, type MigrationResult } from "kysely";
import { migrationProvider, migrations } from "./migrations/index";

/** Runs every pending migration; several app machines may call it at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === "Error");
    throw new Error(`Migration ${failed?.migrationName ?? "(unknown)"} failed: ${String((error as Error).message ?? error)}`, {
      cause: error,
    });
  }
  return results;
}

/** The name of the newest migration applied, or null on an empty database. */
export async function latestAppliedMigration(db: Kysely<any>): Promise<string | null> {
  const exists = await sql<{ exists: boolean }>`select to_regclass('public.kysely_migration') is not null as exists`.execute(db);
  if (!exists.rows[0]?.exists) return null;
  const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db);
  return row.rows[0]?.name ?? null;
}

export const latestKnownMigration = Object.keys(migrations).sort().at(-1)!;
