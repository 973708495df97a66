import { describe, expect, it } from "vitest";
import { passwordProblem } from "../../app/auth/password-strength.server";

describe("password strength (offline, zxcvbn-ts)", () => {
  const person = { email: "nia.network@london.example", name: "Nia Network" };

  it("refuses common and leaked passwords, keyboard runs, repeats and the person's own details, however long", () => {
    for (const weak of ["password1234", "iloveyou1234", "qwertyuiop12", "Summer2026!!", "x".repeat(40), "nia.network@london.example", "NiaNetwork2026", "Hearth2026Hearth"]) {
      expect(passwordProblem(weak, person), weak).toMatch(/^This password is too easy to guess/);
    }
  });

  it("accepts a few unrelated words together and long random passwords, up to 200 characters, quickly", () => {
    for (const strong of ["fish-kettle-march-lamp", "tangerine orbit velvet", "kT9#vQ2!mZp4", "w".repeat(10) + "q8#Lm!xz2Rv7".repeat(15)]) {
      const started = Date.now();
      expect(passwordProblem(strong, person), strong).toBeNull();
      expect(Date.now() - started).toBeLessThan(1000);
    }
  });
});
