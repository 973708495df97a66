import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Db } from "./schema";

export async function recordSignInAttempt(
  db: Db,
  attempt: { emailKey: string; clientIp: string; succeeded: boolean; at: Date },
): Promise<void> {
  await db
    .insertInto("sign_in_attempt")
    .values({ email_key: attempt.emailKey, client_ip: attempt.clientIp, succeeded: attempt.succeeded, attempted_at: attempt.at })
    .execute();
}

export interface AttemptCounts {
  /** Failures for this account from this address in the window. */
  pairFailures: number;
  /** Failures for this account from any address in the window. */
  accountFailures: number;
  /** Failures from this address for any account in the window. */
  addressFailures: number;
  /** Whether this account has signed in successfully from this address recently. */
  knownAddress: boolean;
}

/** Everything the throttle needs, in one query. */
export async function countSignInAttempts(
  db: Db,
  { emailKey, clientIp, windowStart, knownSince }: { emailKey: string; clientIp: string; windowStart: Date; knownSince: Date },
): Promise<AttemptCounts> {
  const row = await db
    .selectFrom("sign_in_attempt")
    .where((eb) => eb.or([eb("email_key", "=", emailKey), eb("client_ip", "=", clientIp)]))
    .where("attempted_at", ">", knownSince < windowStart ? knownSince : windowStart)
    .select([
      sql<number>`count(*) filter (where email_key = ${emailKey} and client_ip = ${clientIp} and not succeeded and attempted_at > ${windowStart})`.as("pairFailures"),
      sql<number>`count(*) filter (where email_key = ${emailKey} and not succeeded and attempted_at > ${windowStart})`.as("accountFailures"),
      sql<number>`count(*) filter (where client_ip = ${clientIp} and not succeeded and attempted_at > ${windowStart})`.as("addressFailures"),
      sql<boolean>`coalesce(bool_or(email_key = ${emailKey} and client_ip = ${clientIp} and succeeded and attempted_at > ${knownSince}), false)`.as("knownAddress"),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

export async function deleteSignInAttemptsBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom("sign_in_attempt").where("attempted_at", "<", before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
