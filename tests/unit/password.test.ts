import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyPassword } from "../../app/auth/password.server";

describe("password hashing", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("never stores the password, and salts every hash differently", async () => {
    const a = await hashPassword("same password");
    const b = await hashPassword("same password");
    expect(a).not.toBe(b);
    expect(a).not.toContain("same password");
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it("is slow on purpose: at least a few milliseconds of memory-hard work per hash", async () => {
    const started = performance.now();
    await hashPassword("timing");
    expect(performance.now() - started).toBeGreaterThan(5);
  });

  it("asks for a rehash when a stored hash uses weaker settings, and rejects malformed hashes", async () => {
    expect(needsRehash(await hashPassword("x"))).toBe(false);
    expect(needsRehash("scrypt$1024$8$1$c2FsdA==$aGFzaA==")).toBe(true);
    expect(await verifyPassword("x", "not-a-hash")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
  });
});
