import { describe, expect, it } from "vitest";
import { ConfigError, readConfig, TRIAL_CONTACT_EMAIL } from "../../server/config";

describe("configuration", () => {
  it("defaults to an embedded database in ./data on port 3000, with demo data", () => {
    const config = readConfig({});
    expect(config.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(config.port).toBe(3000);
    expect(config.seedDemoData).toBe(true);
    expect(config.sessionSecret).toBeNull();
  });

  it("uses PostgreSQL when DATABASE_URL is set, without demo people unless HEARTH_DEMO=true", () => {
    const env = { DATABASE_URL: "postgres://u:p@db:5432/hearth", SESSION_SECRET: "a".repeat(32), HEARTH_CONTACT_EMAIL: "hearth@example.org" };
    expect(readConfig(env).database).toEqual({ kind: "postgres", url: env.DATABASE_URL, poolMax: 10 });
    expect(readConfig(env).seedDemoData).toBe(false);
    expect(readConfig({ ...env, HEARTH_DEMO: "true" }).seedDemoData).toBe(true);
  });

  it("treats blank settings as unset", () => {
    expect(readConfig({ DATABASE_URL: "  ", PORT: "" }).database.kind).toBe("pglite");
  });

  it("lists every problem at once", () => {
    try {
      readConfig({ DATABASE_URL: "postgres://db/hearth", PORT: "99999", CLIENT_IP_HEADER: "bad header" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join("\n");
      expect(problems).toMatch(/^PORT: /m);
      expect(problems).toMatch(/^SESSION_SECRET: is required/m);
      expect(problems).toMatch(/^HEARTH_CONTACT_EMAIL: is required when DATABASE_URL is set/m);
      expect(problems).toMatch(/^CLIENT_IP_HEADER: /m);
    }
  });

  it("reads the client-address header name in lower case", () => {
    expect(readConfig({ CLIENT_IP_HEADER: "Fly-Client-IP" }).clientIpHeader).toBe("fly-client-ip");
  });

  it("gives the service team's address for accessibility and privacy too, unless each has its own", () => {
    expect(readConfig({ HEARTH_CONTACT_EMAIL: "hearth@example.org" }).contactEmails).toEqual({
      service: "hearth@example.org",
      accessibility: "hearth@example.org",
      privacy: "hearth@example.org",
    });
    const split = readConfig({ HEARTH_CONTACT_EMAIL: "hearth@example.org", HEARTH_ACCESSIBILITY_EMAIL: "access@example.org", HEARTH_PRIVACY_EMAIL: "dpo@example.org" });
    expect(split.contactEmails).toEqual({ service: "hearth@example.org", accessibility: "access@example.org", privacy: "dpo@example.org" });
  });

  it("shows a placeholder that says what to set in a local trial with no contact address", () => {
    expect(readConfig({}).contactEmails).toEqual({
      service: TRIAL_CONTACT_EMAIL,
      accessibility: TRIAL_CONTACT_EMAIL,
      privacy: TRIAL_CONTACT_EMAIL,
    });
    expect(TRIAL_CONTACT_EMAIL).toMatch(/^set-HEARTH_CONTACT_EMAIL@.+\.invalid$/);
  });

  it("refuses a contact address that is not an email address, and a deployment without one", () => {
    const problems = (env: Record<string, string>) => {
      try {
        readConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ HEARTH_CONTACT_EMAIL: "the service team", HEARTH_ACCESSIBILITY_EMAIL: "a@b", HEARTH_PRIVACY_EMAIL: "dpo@example.org" })).toEqual([
      "HEARTH_CONTACT_EMAIL: must be an email address such as hearth@your-organisation.nhs.uk",
      "HEARTH_ACCESSIBILITY_EMAIL: must be an email address such as hearth@your-organisation.nhs.uk",
    ]);
    const deployment = { DATABASE_URL: "postgres://u:p@db:5432/hearth", SESSION_SECRET: "a".repeat(32) };
    expect(problems(deployment)).toEqual([
      "HEARTH_CONTACT_EMAIL: is required when DATABASE_URL is set: the service team's mailbox, which the accessibility statement and privacy notice give",
    ]);
    // Blank counts as unset.
    expect(problems({ ...deployment, HEARTH_CONTACT_EMAIL: " " })).toHaveLength(1);
    expect(problems({ ...deployment, HEARTH_CONTACT_EMAIL: "hearth@example.org" })).toEqual([]);
  });
});

describe("mail configuration", () => {
  it("logs messages only by default, with links to localhost", () => {
    const config = readConfig({ PORT: "4000" });
    expect(config.mail).toEqual({ kind: "log" });
    expect(config.baseUrl).toBe("http://localhost:4000");
  });

  it("sends by SMTP when SMTP_URL is set, and then needs MAIL_FROM and HEARTH_BASE_URL", () => {
    expect(readConfig({ SMTP_URL: "smtp://u:p@smtp.example.org:587", MAIL_FROM: "hearth@example.org", HEARTH_BASE_URL: "https://Hearth.example.org" })).toMatchObject({
      mail: { kind: "smtp", url: "smtp://u:p@smtp.example.org:587", from: "hearth@example.org" },
      baseUrl: "https://hearth.example.org",
    });
    expect(() => readConfig({ SMTP_URL: "smtp://smtp.example.org" })).toThrow(/MAIL_FROM: is required when SMTP_URL is set[\s\S]*HEARTH_BASE_URL: is required/);
    expect(() => readConfig({ SMTP_URL: "mail.example.org" })).toThrow(/SMTP_URL: must be an SMTP server address/);
    expect(() => readConfig({ HEARTH_BASE_URL: "https://hearth.example.org/app" })).toThrow(/HEARTH_BASE_URL: must be the address/);
  });
});

describe("the host's proxy", () => {
  it("trusts no proxy by default, the listed addresses and ranges when set, or any with *", () => {
    expect(readConfig({}).trustedProxy).toEqual({ kind: "none" });
    expect(readConfig({ TRUSTED_PROXY: "*" }).trustedProxy).toEqual({ kind: "any" });
    expect(readConfig({ TRUSTED_PROXY: "10.0.0.0/8, fdaa::/16,127.0.0.1" }).trustedProxy).toEqual({
      kind: "ranges",
      ranges: [
        { address: "10.0.0.0", prefix: 8, family: "ipv4" },
        { address: "fdaa::", prefix: 16, family: "ipv6" },
        { address: "127.0.0.1", prefix: 32, family: "ipv4" },
      ],
    });
  });

  it("refuses anything that is not an address or range", () => {
    for (const bad of ["proxy.example.org", "10.0.0.0/33", "10.0.0/8", "::1/129"]) {
      expect(() => readConfig({ TRUSTED_PROXY: bad }), bad).toThrow(/TRUSTED_PROXY/);
    }
  });
});
