import { PGlite } from "@electric-sql/pglite";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock";
import { PGliteDialect } from "./pglite-dialect";
import { logQuery } from "./query-stats";
import type { Database } from "./schema";

export type DatabaseKind = "pglite" | "postgres";

/** An open database: the Kysely handle, which back-end it is, and how to close it. */
export interface HearthDatabase {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseKind;
  close(): Promise<void>;
}

// Both back-ends return the same JavaScript types: `date` stays a "YYYY-MM-DD"
// string (no time-zone shifts), int8 and numeric (counts, averages) are numbers.
const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const;
const parseNumber = (value: string) => Number(value);
const keepString = (value: string) => value;

export async function openPostgres(connectionString: string, options: { max?: number } = {}): Promise<HearthDatabase> {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => {
        if (oid === OID.DATE) return keepString;
        if (oid === OID.INT8 || oid === OID.NUMERIC) return parseNumber;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection can drop (a server restart, a failover): log it; the pool opens a new one when next needed.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log: logQuery });
  await sql`select 1`.execute(db); // fail fast with a clear error if the server is unreachable
  return { db, kind: "postgres", close: () => db.destroy() };
}

export interface PgliteOptions {
  /** Directory to keep the database in; omit for an in-memory database. */
  dataDir?: string;
  /** A snapshot made by PGlite's dumpDataDir (tests start from a migrated one). */
  loadDataDir?: Blob;
}

export interface EmbeddedDatabase extends HearthDatabase {
  readonly kind: "pglite";
  /** A tarball of the whole database (PGlite's own format), for snapshots. */
  dumpDataDir(): Promise<Blob>;
}

export async function openPglite(options: PgliteOptions = {}): Promise<EmbeddedDatabase> {
  const lock: DataDirLock | undefined = options.dataDir ? acquireDataDirLock(options.dataDir) : undefined;
  try {
    const pglite = new PGlite({
      ...(options.dataDir ? { dataDir: `${options.dataDir.replace(/\/$/, "")}/pgdata` } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      parsers: { [OID.DATE]: keepString, [OID.INT8]: parseNumber, [OID.NUMERIC]: parseNumber },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite), log: logQuery });
    let closed = false;
    return {
      db,
      kind: "pglite",
      dumpDataDir: () => pglite.dumpDataDir("none"),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await db.destroy();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
