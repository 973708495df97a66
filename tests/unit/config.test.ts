import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../../server/config";

describe("configuration", () => {
  it("defaults to an embedded database in ./data on port 3000, with demo data", () => {
    const config = readConfig({});
    expect(config.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(config.port).toBe(3000);
    expect(config.seedDemoData).toBe(true);
    expect(config.sessionSecret).toBeNull();
  });

  it("uses PostgreSQL when DATABASE_URL is set, without demo people unless HEARTH_DEMO=true", () => {
    const env = { DATABASE_URL: "postgres://u:p@db:5432/hearth", SESSION_SECRET: "a".repeat(32) };
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
      expect(problems).toMatch(/^CLIENT_IP_HEADER: /m);
    }
  });

  it("reads the client-address header name in lower case", () => {
    expect(readConfig({ CLIENT_IP_HEADER: "Fly-Client-IP" }).clientIpHeader).toBe("fly-client-ip");
  });
});
