import { todayInLondon } from "../app/dates";
import type { HearthDatabase } from "../db/client";
import { deleteAbandonedUploads } from "../db/evidence";
import { notifyRoundsDueSoon } from "../db/notifications";
import { deleteExpiredSessions } from "../db/sessions";
import { deleteSignInAttemptsBefore } from "../db/sign-in-attempts";
import { logOnlyMail, type MailSender } from "../app/mail.server";
import { sendDueReminders, type ReminderRun } from "./reminders";

export interface HousekeepingOptions {
  mail: MailSender;
  /** Where people reach Hearth, for the links in reminders. */
  baseUrl: string;
}

/** Sign-in records are kept for 30 days (see the privacy notice); expired sessions go at once. */
export const SIGN_IN_RECORD_DAYS = 30;
const EVERY_MS = 60 * 60 * 1000;

/** An evidence file received but never made part of any evidence is deleted after a day. */
export const ABANDONED_UPLOAD_HOURS = 24;

export async function tidyDatabase(
  database: HearthDatabase,
  now = new Date(),
  options: HousekeepingOptions = { mail: logOnlyMail("quiet"), baseUrl: "http://localhost:3000" },
): Promise<{ sessions: number; attempts: number; uploads: number; dueSoon: number; reminders: ReminderRun }> {
  const sessions = await deleteExpiredSessions(database.db, now);
  const attempts = await deleteSignInAttemptsBefore(database.db, new Date(now.getTime() - SIGN_IN_RECORD_DAYS * 86_400_000));
  const uploads = await deleteAbandonedUploads(database.db, new Date(now.getTime() - ABANDONED_UPLOAD_HOURS * 3_600_000));
  // Rounds falling due: organisations that have not submitted are told, once per round.
  const dueSoon = await notifyRoundsDueSoon(database.db, todayInLondon(now));
  // Reminders of assigned work and rounds near or past their due dates, to people who want them, each once.
  const reminders = await sendDueReminders(database.db, { today: todayInLondon(now), now, ...options });
  return { sessions, attempts, uploads, dueSoon, reminders };
}

/** Tidies at start and hourly; any app machine may do it: the deletes are idempotent and each reminder is claimed once. Returns a stop function. */
export function startHousekeeping(database: HearthDatabase, options: HousekeepingOptions): () => void {
  const run = () => tidyDatabase(database, new Date(), options).catch((error) => console.error("Housekeeping failed:", error));
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
