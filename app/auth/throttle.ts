import type { AttemptCounts } from "../../db/sign-in-attempts";

/**
 * How failed sign-ins are throttled. Counted in the database, so the limits
 * hold across every app machine.
 *
 * - 5 failures for one account from one address in 15 minutes block that
 *   account *from that address* for the rest of the window.
 * - 20 failures for one account from anywhere (a spread-out guessing attack)
 *   block it from addresses it has not signed in from in the last 30 days.
 * - 100 failures from one address (credential stuffing) block that address,
 *   again except for accounts that have signed in from it recently.
 *
 * So one person at a shared NHS or council address cannot lock colleagues out:
 * people who have signed in from that address before are never blocked by the
 * account-wide or address-wide limits, only by their own five mistakes.
 */
export const THROTTLE = {
  windowMinutes: 15,
  knownAddressDays: 30,
  pairLimit: 5,
  accountLimit: 20,
  addressLimit: 100,
} as const;

export type ThrottleDecision = { allowed: true } | { allowed: false; reason: "pair" | "account" | "address"; retryAfterMinutes: number };

export function decideThrottle(counts: AttemptCounts): ThrottleDecision {
  const blocked = (reason: "pair" | "account" | "address"): ThrottleDecision => ({
    allowed: false,
    reason,
    retryAfterMinutes: THROTTLE.windowMinutes,
  });
  if (counts.pairFailures >= THROTTLE.pairLimit) return blocked("pair");
  if (counts.knownAddress) return { allowed: true };
  if (counts.accountFailures >= THROTTLE.accountLimit) return blocked("account");
  if (counts.addressFailures >= THROTTLE.addressLimit) return blocked("address");
  return { allowed: true };
}
