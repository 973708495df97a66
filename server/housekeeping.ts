import { todayInLondon } from "../app/dates";
import type { HearthDatabase } from "../db/client";
import { deleteAbandonedUploads } from "../db/evidence";
import { notifyRoundsDueSoon } from "../db/notifications";
import { deleteExpiredSessions } from "../db/sessions";
import { deleteSignInAttemptsBefore } from "../db/sign-in-attempts";

/** Sign-in records are kept for 30 days (see the privacy notice); expired sessions go at once. */
export const SIGN_IN_RECORD_DAYS = 30;
const EVERY_MS = 60 * 60 * 1000;

/** An evidence file received but never made part of any evidence is deleted after a day. */
export const ABANDONED_UPLOAD_HOURS = 24;

export async function tidyDatabase(database: HearthDatabase, now = new Date()): Promise<{ sessions: number; attempts: number; uploads: number; dueSoon: number }> {
  const sessions = await deleteExpiredSessions(database.db, now);
  const attempts = await deleteSignInAttemptsBefore(database.db, new Date(now.getTime() - SIGN_IN_RECORD_DAYS * 86_400_000));
  const uploads = await deleteAbandonedUploads(database.db, new Date(now.getTime() - ABANDONED_UPLOAD_HOURS * 3_600_000));
  // Rounds falling due: organisations that have not submitted are told, once per round.
  const dueSoon = await notifyRoundsDueSoon(database.db, todayInLondon(now));
  return { sessions, attempts, uploads, dueSoon };
}

/** Tidies at start and hourly; any app machine may do it, the deletes are idempotent. Returns a stop function. */
export function startHousekeeping(database: HearthDatabase): () => void {
  const run = () => tidyDatabase(database).catch((error) => console.error("Housekeeping failed:", error));
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
