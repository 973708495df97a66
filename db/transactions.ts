import type { Db } from "./schema";

/** Runs fn in the caller's transaction when there is one, else in a new transaction. */
export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}
