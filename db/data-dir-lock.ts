import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Only one process may open an embedded database directory: PGlite is a
 * single-process database and two writers would corrupt it. The lock is a file
 * holding the owner's pid; a lock left by a process that no longer runs is
 * taken over.
 */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another Hearth process (pid ${ownerPid}). ` +
        `Stop that process first (or run this command through it), or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = "DataDirInUseError";
  }
}

export interface DataDirLock {
  release(): void;
}

const LOCK_FILE = "hearth.lock";
const heldHere = new Set<string>();

export function acquireDataDirLock(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  if (heldHere.has(file)) throw new DataDirInUseError(dir, process.pid);

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, "wx", 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      fs.closeSync(fd);
      heldHere.add(file);
      return {
        release() {
          if (!heldHere.delete(file)) return;
          fs.rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = readOwner(file);
      if (owner !== undefined && owner !== process.pid && isRunning(owner)) throw new DataDirInUseError(dir, owner);
      // Stale: the owner has gone (or it was this pid in an earlier life).
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}: another process keeps taking the lock.`);
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(file, "utf8")).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
