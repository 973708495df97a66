import { describe, expect, it } from "vitest";
import { decideThrottle, THROTTLE } from "../../app/auth/throttle";

const none = { pairFailures: 0, accountFailures: 0, addressFailures: 0, knownAddress: false };

describe("sign-in throttle rules", () => {
  it("allows four mistakes for an account from one address, and blocks the fifth onwards", () => {
    expect(decideThrottle({ ...none, pairFailures: THROTTLE.pairLimit - 1, accountFailures: 4, addressFailures: 4 }).allowed).toBe(true);
    expect(decideThrottle({ ...none, pairFailures: THROTTLE.pairLimit, accountFailures: 5, addressFailures: 5 })).toEqual({
      allowed: false,
      reason: "pair",
      retryAfterMinutes: THROTTLE.windowMinutes,
    });
  });

  it("blocks an account under a spread-out attack, except from an address it has signed in from before", () => {
    const attacked = { ...none, accountFailures: THROTTLE.accountLimit };
    expect(decideThrottle(attacked)).toMatchObject({ allowed: false, reason: "account" });
    expect(decideThrottle({ ...attacked, knownAddress: true }).allowed).toBe(true);
  });

  it("blocks a busy address for new accounts, but not for people who already sign in from it", () => {
    const shared = { ...none, addressFailures: THROTTLE.addressLimit };
    expect(decideThrottle(shared)).toMatchObject({ allowed: false, reason: "address" });
    expect(decideThrottle({ ...shared, knownAddress: true }).allowed).toBe(true);
    expect(decideThrottle({ ...shared, addressFailures: THROTTLE.addressLimit - 1 }).allowed).toBe(true);
  });

  it("still blocks a known address after five mistakes of its own", () => {
    expect(decideThrottle({ ...none, pairFailures: 5, knownAddress: true }).allowed).toBe(false);
  });
});
