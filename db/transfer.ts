import { sql, type Kysely } from "kysely";
import { latestAppliedMigration } from "./migrate";
import type { Database } from "./schema";

/**
 * Moving a whole Hearth database between back-ends (typically from the
 * embedded database to a PostgreSQL server) as JSON rows. Sessions and sign-in
 * attempts are not moved: people sign in again.
 */
export const EXPORT_FORMAT = "hearth-export";

/** Parents before children, so foreign keys hold at every insert. */
const TABLES = [
  "region",
  "borough",
  "framework_version",
  "organisation",
  "organisation_borough",
  "person",
  "membership",
  "round",
  "assessment",
  "rating",
  "evidence",
  "evidence_link",
  "action",
  "offer_service",
  "offer_service_borough",
  "review",
  "resource",
  "resource_tag",
  "audit_event",
] as const satisfies readonly (keyof Database)[];
type TableName = (typeof TABLES)[number];

/** Reference data that a fresh database may already hold: kept if present. */
const REFERENCE_TABLES = new Set<TableName>(["region", "borough", "framework_version"]);
/** Content a fresh database seeds for itself: replaced by the imported copy. */
const REPLACED_TABLES: TableName[] = ["resource_tag", "resource"];
/** Where a fresh database must hold nothing, or the import would mix two histories. */
const MUST_BE_EMPTY: TableName[] = ["organisation", "person"];
const JSON_COLUMNS: Partial<Record<TableName, string[]>> = { audit_event: ["detail"] };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  migration: string | null;
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

export async function exportData(db: Kysely<Database>): Promise<ExportFile> {
  return db.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const tables: ExportFile["tables"] = {};
    for (const table of TABLES) {
      tables[table] = await trx.selectFrom(table).selectAll().execute() as Record<string, unknown>[];
    }
    return { format: EXPORT_FORMAT, migration: await latestAppliedMigration(trx), exportedAt: new Date().toISOString(), tables };
  });
}

export class ImportError extends Error {}

export async function importData(db: Kysely<Database>, file: unknown): Promise<Record<string, number>> {
  const data = file as Partial<ExportFile>;
  if (data?.format !== EXPORT_FORMAT || typeof data.tables !== "object" || data.tables === null) {
    throw new ImportError("This is not a Hearth export file.");
  }
  const target = await latestAppliedMigration(db);
  if (data.migration !== target) {
    throw new ImportError(
      `The export was made at migration ${data.migration ?? "(none)"} but this database is at ${target ?? "(none)"}. ` +
        "Upgrade both to the same Hearth version first.",
    );
  }
  for (const table of MUST_BE_EMPTY) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    if (row.n > 0) throw new ImportError(`The target database already holds data (${table}); import only into an empty Hearth database.`);
  }

  const counts: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const table of REPLACED_TABLES) await trx.deleteFrom(table).execute();
    for (const table of TABLES) {
      const rows = (data.tables![table] ?? []).map((row) => encodeJson(table, row));
      counts[table] = rows.length;
      for (let start = 0; start < rows.length; start += 500) {
        const batch = rows.slice(start, start + 500);
        const insert = trx.insertInto(table).values(batch as never);
        if (REFERENCE_TABLES.has(table)) await insert.onConflict((oc) => oc.doNothing()).execute();
        else await insert.execute();
      }
    }
    await sql`select 1`.execute(trx);
  });
  return counts;
}

function encodeJson(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const columns = JSON_COLUMNS[table];
  if (!columns) return row;
  const copy = { ...row };
  for (const column of columns) if (copy[column] !== undefined) copy[column] = JSON.stringify(copy[column]);
  return copy;
}
