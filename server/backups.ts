import fs from "node:fs";
import path from "node:path";
import type { HearthDatabase } from "../db/client";
import { exportToFile } from "../db/transfer";

/**
 * Backups: a whole database (evidence files included) as one export file (db/transfer.ts), written to a temporary
 * name and renamed when complete, so a backup file is never half-written. `npm run db:backup` makes one on demand; an
 * embedded database also backs itself up at start and daily (PGlite is one process's files on one disk: see README
 * "Backups"), keeping the newest AUTOMATIC_BACKUPS_KEPT.
 */
export const AUTOMATIC_BACKUPS_KEPT = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export function backupFileName(prefix: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}.json`;
}

export async function writeBackup(database: HearthDatabase, file: string): Promise<{ file: string; rows: number; tables: number }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial`;
  try {
    const counts = await exportToFile(database.db, partial);
    fs.renameSync(partial, file);
    return { file, rows: Object.values(counts).reduce((a, b) => a + b, 0), tables: Object.keys(counts).length };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

/** Deletes all but the newest `keep` automatic backups in the folder. */
export function pruneAutomaticBackups(dir: string, keep = AUTOMATIC_BACKUPS_KEPT): string[] {
  if (!fs.existsSync(dir)) return [];
  const automatic = fs
    .readdirSync(dir)
    .filter((name) => /^hearth-auto-\d{8}T\d{6}Z\.json$/.test(name))
    .sort()
    .reverse();
  const removed = automatic.slice(keep);
  for (const name of removed) fs.rmSync(path.join(dir, name), { force: true });
  return removed;
}

/** At start and then daily: an automatic backup into `dir`, older ones pruned. Returns a stop function. */
export function startAutomaticBackups(database: HearthDatabase, dir: string, log: (line: string) => void = console.log): () => void {
  const run = async () => {
    try {
      const made = await writeBackup(database, path.join(dir, backupFileName("hearth-auto")));
      pruneAutomaticBackups(dir);
      log(`Backed up ${made.rows} rows to ${made.file}`);
    } catch (error) {
      console.error("Automatic backup failed:", error instanceof Error ? error.message : error);
    }
  };
  void run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
