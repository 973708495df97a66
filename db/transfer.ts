import fs from "node:fs";
import readline from "node:readline";
import { sql, type Kysely } from "kysely";
import { latestAppliedMigration } from "./migrate";
import type { Database, TableName } from "./schema";

/**
 * Moving a whole Hearth database between back-ends (the embedded database to a PostgreSQL server, or into a backup)
 * as newline-delimited JSON, written and read a line at a time so a national-size database with its evidence files
 * never sits whole in memory:
 *
 *   {"format":"hearth-export","formatVersion":2,"migration":"0002-…","exportedAt":"…"}
 *   {"table":"region","columns":{"key":"text","name":"text"}}
 *   {"row":{"key":"london","name":"London"}}
 *   …
 *   {"end":true,"rows":12345}
 *
 * Bytes (evidence file chunks) are written as {"$base64":"…"}. Sessions, sign-in attempts and invitation or reset
 * links that could still be used are never exported: people sign in again, and live links stay on the old database.
 */
export const EXPORT_FORMAT = "hearth-export";
export const EXPORT_FORMAT_VERSION = 2;

/** Every table that moves, parents before children so foreign keys hold at every insert. */
export const TRANSFER_TABLES = [
  "region",
  "borough",
  "framework_version",
  "organisation",
  "organisation_borough",
  "organisation_merge",
  "person",
  "membership",
  "account_token",
  "recovery_code",
  "round",
  "assessment",
  "rating",
  "evidence_file",
  "evidence_file_chunk",
  "evidence",
  "evidence_link",
  "action",
  "offer_version",
  "offer_service",
  "offer_service_borough",
  "benchmark_peer",
  "review_comment",
  "review_decision",
  "assignment",
  "consensus_request",
  "consensus_rater",
  "independent_rating",
  "consensus_outcome",
  "notification",
  "notification_seen",
  "reminder_sent",
  "resource",
  "resource_tag",
  "audit_event",
] as const satisfies readonly TableName[];
type TransferTable = (typeof TRANSFER_TABLES)[number];

/** Tables that never move (see above). */
export const NOT_TRANSFERRED: readonly TableName[] = ["session", "sign_in_attempt"];

/** Reference data that a fresh database may already hold: kept if present. */
const REFERENCE_TABLES = new Set<TransferTable>(["region", "borough", "framework_version"]);
/** Content a fresh database seeds for itself: replaced by the imported copy. */
const REPLACED_TABLES: TransferTable[] = ["resource_tag", "resource"];
/** Where a fresh database must hold nothing, or the import would mix two histories. */
const MUST_BE_EMPTY: TransferTable[] = ["organisation", "person"];
/** Columns that point at another row of the same table: filled in after the whole table is in. */
const SELF_REFERENCES: Partial<Record<TransferTable, string[]>> = { assessment: ["started_from_id"] };
/** Rows per batch; chunk rows are up to 1 MB each, so they go a few at a time. */
const BATCH_ROWS: Partial<Record<TransferTable, number>> = { evidence_file_chunk: 4 };
const DEFAULT_BATCH_ROWS = 500;

type Row = Record<string, unknown>;
type ColumnTypes = Record<string, string>;

export interface TransferHeader {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  migration: string | null;
  exportedAt: string;
}

export class ImportError extends Error {}

/** Writes every transferable row, a line at a time, through `write` (which may return a promise to apply backpressure). */
export async function exportData(db: Kysely<Database>, write: (line: string) => unknown): Promise<Record<string, number>> {
  return db.transaction().setIsolationLevel("repeatable read").execute(async (trx) => {
    const header: TransferHeader = {
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      migration: await latestAppliedMigration(trx),
      exportedAt: new Date().toISOString(),
    };
    await write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    let total = 0;
    for (const table of TRANSFER_TABLES) {
      const columns = await columnTypes(trx, table);
      const keys = await primaryKey(trx, table);
      await write(JSON.stringify({ table, columns }));
      counts[table] = 0;
      const batch = BATCH_ROWS[table] ?? DEFAULT_BATCH_ROWS;
      let after: unknown[] | null = null;
      for (;;) {
        const rows: Row[] = await pageOf(trx, table, keys, after, batch);
        for (const row of rows) await write(JSON.stringify({ row: encodeRow(row, columns) }));
        counts[table] += rows.length;
        if (rows.length < batch) break;
        const last: Row = rows[rows.length - 1]!;
        after = keys.map((key) => last[key]);
      }
      total += counts[table];
    }
    await write(JSON.stringify({ end: true, rows: total }));
    return counts;
  });
}

/** Writes an export file, respecting the disk's pace. */
export async function exportToFile(db: Kysely<Database>, file: string): Promise<Record<string, number>> {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  try {
    const counts = await exportData(db, (line) =>
      out.write(`${line}\n`) ? undefined : new Promise<void>((resolve) => out.once("drain", resolve)),
    );
    out.end();
    await finished;
    return counts;
  } catch (error) {
    out.destroy();
    throw error;
  }
}

/**
 * Loads an export into an empty Hearth database at the same migration, in one transaction: all of it or nothing.
 * `lines` yields the file's lines in order.
 */
export async function importData(db: Kysely<Database>, lines: AsyncIterable<string> | Iterable<string>): Promise<Record<string, number>> {
  const iterator = (Symbol.asyncIterator in lines ? lines[Symbol.asyncIterator]() : toAsync(lines as Iterable<string>)) as AsyncIterator<string>;
  const next = async (): Promise<Record<string, unknown> | null> => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return null;
      if (value.trim() === "") continue;
      try {
        return JSON.parse(value) as Record<string, unknown>;
      } catch {
        throw new ImportError("The export file is damaged: a line is not valid JSON.");
      }
    }
  };

  const header = await next();
  if (header?.format !== EXPORT_FORMAT || header.formatVersion !== EXPORT_FORMAT_VERSION) {
    throw new ImportError("This is not a Hearth export file (or it was made by a different version of Hearth).");
  }
  const target = await latestAppliedMigration(db);
  if (header.migration !== target) {
    throw new ImportError(
      `The export was made at migration ${String(header.migration ?? "(none)")} but this database is at ${target ?? "(none)"}. ` +
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
    let table: TransferTable | null = null;
    let columns: ColumnTypes = {};
    let pending: Row[] = [];
    let deferred: { id: unknown; values: Row }[] = [];

    const flush = async () => {
      if (!table || pending.length === 0) return;
      const insert = trx.insertInto(table).values(pending as never);
      if (REFERENCE_TABLES.has(table)) await insert.onConflict((oc) => oc.doNothing()).execute();
      else await insert.execute();
      pending = [];
    };
    const finishTable = async () => {
      await flush();
      if (!table) return;
      for (const { id, values } of deferred) await trx.updateTable(table).set(values as never).where("id" as never, "=", id as never).execute();
      deferred = [];
    };

    for (;;) {
      const line = await next();
      if (!line) throw new ImportError("The export file is incomplete: it ends before its last line. Export again.");
      if (line.end === true) break;
      if (typeof line.table === "string") {
        await finishTable();
        if (!(TRANSFER_TABLES as readonly string[]).includes(line.table)) throw new ImportError(`The export holds an unknown table, ${line.table}.`);
        table = line.table as TransferTable;
        columns = (line.columns ?? {}) as ColumnTypes;
        counts[table] = 0;
        continue;
      }
      if (!table || typeof line.row !== "object" || line.row === null) throw new ImportError("The export file is damaged: a row comes before its table.");
      const row = decodeRow(line.row as Row, columns);
      const selfRefs = SELF_REFERENCES[table];
      if (selfRefs && selfRefs.some((column) => row[column] != null)) {
        const values: Row = {};
        for (const column of selfRefs) {
          values[column] = row[column];
          row[column] = null;
        }
        deferred.push({ id: row.id, values });
      }
      pending.push(row);
      counts[table] = (counts[table] ?? 0) + 1;
      if (pending.length >= (BATCH_ROWS[table] ?? DEFAULT_BATCH_ROWS)) await flush();
    }
    await finishTable();
  });
  return counts;
}

/** Reads an export file a line at a time. */
export async function importFromFile(db: Kysely<Database>, file: string): Promise<Record<string, number>> {
  const input = fs.createReadStream(file, { encoding: "utf8" });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    return await importData(db, lines);
  } finally {
    lines.close();
    input.destroy();
  }
}

async function* toAsync(lines: Iterable<string>): AsyncIterable<string> {
  yield* lines;
}

async function columnTypes(db: Kysely<Database>, table: TransferTable): Promise<ColumnTypes> {
  const rows = await sql<{ column_name: string; data_type: string }>`
    select column_name, data_type from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}
    order by ordinal_position`.execute(db);
  return Object.fromEntries(rows.rows.map((r) => [r.column_name, r.data_type]));
}

async function primaryKey(db: Kysely<Database>, table: TransferTable): Promise<string[]> {
  const rows = await sql<{ column_name: string }>`
    select k.column_name from information_schema.table_constraints c
    join information_schema.key_column_usage k on k.constraint_name = c.constraint_name and k.table_schema = c.table_schema
    where c.table_schema = current_schema() and c.table_name = ${table} and c.constraint_type = 'PRIMARY KEY'
    order by k.ordinal_position`.execute(db);
  if (rows.rows.length === 0) throw new Error(`table ${table} has no primary key, so it cannot be exported in pages`);
  return rows.rows.map((r) => r.column_name);
}

/** One page of a table in primary-key order, after the given key (keyset paging: the same cost at any depth). */
async function pageOf(db: Kysely<Database>, table: TransferTable, keys: string[], after: unknown[] | null, limit: number): Promise<Row[]> {
  const keyList = sql.join(keys.map((k) => sql.ref(k)));
  const where = after ? sql`where (${keyList}) > (${sql.join(after.map((v) => sql`${v}`))})` : sql``;
  const live = table === "account_token" ? sql`${after ? sql`and` : sql`where`} (used_at is not null or expires_at <= now())` : sql``;
  const result = await sql<Row>`select * from ${sql.table(table)} ${where} ${live} order by ${keyList} limit ${limit}`.execute(db);
  return result.rows;
}

function encodeRow(row: Row, columns: ColumnTypes): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    out[column] = columns[column] === "bytea" && value instanceof Uint8Array ? { $base64: Buffer.from(value).toString("base64") } : value;
  }
  return out;
}

function decodeRow(row: Row, columns: ColumnTypes): Row {
  const out: Row = {};
  for (const [column, value] of Object.entries(row)) {
    const type = columns[column];
    if (type === "bytea" && value && typeof value === "object" && "$base64" in value) {
      out[column] = Buffer.from(String((value as { $base64: string }).$base64), "base64");
    } else if ((type === "jsonb" || type === "json") && value !== null && value !== undefined) {
      out[column] = JSON.stringify(value);
    } else {
      out[column] = value;
    }
  }
  return out;
}
