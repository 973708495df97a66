import crypto from "node:crypto";
import type { AppLoadContext } from "@remix-run/node";
import { findPersonByEmail, normaliseEmail, updatePasswordHash } from "../../db/people";
import { countSignInAttempts, recordSignInAttempt } from "../../db/sign-in-attempts";
import { decoyPasswordHash, hashPassword, needsRehash, verifyPassword } from "./password.server";
import { decideThrottle, THROTTLE } from "./throttle";
import type { Role } from "../../assessment/browser";

export type SignInOutcome =
  | { ok: true; personId: string; memberships: { id: string; role: Role }[] }
  | { ok: false; reason: "wrong-credentials" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/** Email addresses are kept in the throttle table only as a hash. */
export function emailKey(email: string): string {
  return crypto.createHash("sha256").update(normaliseEmail(email)).digest("hex");
}

/**
 * Checks an email and password. Takes the same time and gives the same answer
 * whether or not the email belongs to anyone; throttles repeated failures (see
 * ./throttle.ts) before it checks the password at all.
 */
export async function attemptSignIn(context: AppLoadContext, email: string, password: string): Promise<SignInOutcome> {
  const now = new Date();
  const key = emailKey(email);
  const counts = await countSignInAttempts(context.db, {
    emailKey: key,
    clientIp: context.clientIp,
    windowStart: new Date(now.getTime() - THROTTLE.windowMinutes * 60_000),
    knownSince: new Date(now.getTime() - THROTTLE.knownAddressDays * 86_400_000),
  });
  const decision = decideThrottle(counts);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterMinutes: decision.retryAfterMinutes };

  const person = await findPersonByEmail(context.db, email);
  // A person invited who has not chosen a password yet has no hash: checked against the decoy, so never valid.
  const valid = await verifyPassword(password, person?.password_hash ?? (await decoyPasswordHash()));
  const succeeded = Boolean(person?.password_hash && valid && !person.disabled_at);
  await recordSignInAttempt(context.db, { emailKey: key, clientIp: context.clientIp, succeeded, at: now });
  if (!succeeded || !person?.password_hash) return { ok: false, reason: "wrong-credentials" };

  if (needsRehash(person.password_hash)) {
    await updatePasswordHash(context.db, person.id, await hashPassword(password));
  }
  return { ok: true, personId: person.id, memberships: person.memberships };
}
