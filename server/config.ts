import { isIP } from "node:net";
import { z } from "zod";

/**
 * Hearth's configuration, read from the environment once at start. Anything
 * missing or malformed stops the process with a message that says what to fix.
 */
const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUndefined, schema.optional());
const email = z.email("must be an email address such as hearth@your-organisation.nhs.uk");

const environment = z
  .object({
    NODE_ENV: z.preprocess(blankAsUndefined, z.enum(["production", "development", "test"]).default("production")),
    PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
    HOST: z.preprocess(blankAsUndefined, z.string().default("0.0.0.0")),
    DATABASE_URL: optional(
      z
        .string()
        .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL connection URL such as postgres://user:password@host:5432/hearth"),
    ),
    DATABASE_POOL_MAX: z.preprocess(blankAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
    HEARTH_DATA_DIR: z.preprocess(blankAsUndefined, z.string().default("./data")),
    HEARTH_BACKUP_DIR: optional(z.string()),
    SESSION_SECRET: optional(z.string().min(32, "must be at least 32 characters (try: openssl rand -hex 32)")),
    HEARTH_DEMO: optional(z.enum(["true", "false"], { error: 'must be "true" or "false"' })),
    CLIENT_IP_HEADER: optional(
      z
        .string()
        .regex(/^[A-Za-z0-9-]+$/, "must be a header name such as Fly-Client-IP")
        .transform((name) => name.toLowerCase()),
    ),
    TRUSTED_PROXY: optional(
      z
        .string()
        .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
        .pipe(z.array(z.string().refine((part) => part === "*" || parseAddressRange(part) !== null, "must list IP addresses or ranges such as 10.0.0.0/8 or fdaa::/16, or be *"))),
    ),
    HEARTH_LOG: z.preprocess(blankAsUndefined, z.enum(["info", "quiet"]).default("info")),
    HEARTH_CONTACT_EMAIL: optional(email),
    HEARTH_ACCESSIBILITY_EMAIL: optional(email),
    HEARTH_PRIVACY_EMAIL: optional(email),
    HEARTH_BASE_URL: optional(
      z
        .string()
        .regex(/^https?:\/\/[^\s/]+$/, "must be the address people use to reach Hearth, without a path, such as https://hearth.example.nhs.uk")
        .transform((url) => url.toLowerCase()),
    ),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\/\S+$/, "must be an SMTP server address such as smtp://user:password@smtp.example.org:587 (or smtps:// for port 465)")),
    MAIL_FROM: optional(email),
  })
  .superRefine((env, ctx) => {
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set: the address Hearth's messages come from" });
    }
    if (env.SMTP_URL && !env.HEARTH_BASE_URL) {
      ctx.addIssue({ code: "custom", path: ["HEARTH_BASE_URL"], message: "is required when SMTP_URL is set: messages link to pages at this address" });
    }
    // A server database means a real deployment: it must not run on a generated secret or a placeholder address.
    if (env.DATABASE_URL && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required when DATABASE_URL is set (try: openssl rand -hex 32)",
      });
    }
    if (env.DATABASE_URL && !env.HEARTH_CONTACT_EMAIL) {
      ctx.addIssue({
        code: "custom",
        path: ["HEARTH_CONTACT_EMAIL"],
        message: "is required when DATABASE_URL is set: the service team's mailbox, which the accessibility statement and privacy notice give",
      });
    }
  });

/**
 * A placeholder for local trials (embedded database) that set no HEARTH_CONTACT_EMAIL: the accessibility statement
 * and privacy notice show it. The address says what to do, and the `.invalid` domain can never receive mail.
 * A deployment (DATABASE_URL set) refuses to start without a real address.
 */
export const TRIAL_CONTACT_EMAIL = "set-HEARTH_CONTACT_EMAIL@hearth.invalid";

/** Where people write to about the service. */
export interface ContactEmails {
  /** The service team: anything about Hearth. */
  service: string;
  /** Accessibility problems and requests for another format (the accessibility statement). */
  accessibility: string;
  /** Questions about personal data and requests under UK GDPR (the privacy notice). */
  privacy: string;
}

export type DatabaseConfig =
  | { kind: "postgres"; url: string; poolMax: number }
  | { kind: "pglite"; dataDir: string };

export interface Config {
  nodeEnv: "production" | "development" | "test";
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Null in embedded mode: a secret is generated once and kept in the data directory. */
  sessionSecret: string | null;
  /** Seed demo organisations and people into an empty database. */
  seedDemoData: boolean;
  /** Lower-cased name of the header the host's proxy sets to the client address, if any. */
  clientIpHeader: string | null;
  /**
   * Where the host's proxy connects from: only its X-Forwarded-Proto and client-address header are believed. "any"
   * when every connection comes through it (a host whose machines are reachable only through its proxy); none: no
   * proxy, the headers are ignored.
   */
  trustedProxy: TrustedProxy;
  log: "info" | "quiet";
  contactEmails: ContactEmails;
  /** Where `npm run db:backup` and an embedded database's automatic backups go. */
  backupDir: string;
  /** Where people reach Hearth: the links in messages start with it. */
  baseUrl: string;
  /** How messages (reminders, invitations) are sent: logged only, unless an SMTP server is configured. */
  mail: MailConfig;
}

export type TrustedProxy = { kind: "none" } | { kind: "any" } | { kind: "ranges"; ranges: AddressRange[] };

export interface AddressRange {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

/** "10.0.0.0/8", "fdaa::/16" or a single address; null when it is neither. */
export function parseAddressRange(text: string): AddressRange | null {
  const [address, prefixText, extra] = text.split("/");
  if (!address || extra !== undefined) return null;
  const family = isIP(address) === 4 ? "ipv4" : isIP(address) === 6 ? "ipv6" : null;
  if (!family) return null;
  const max = family === "ipv4" ? 32 : 128;
  const prefix = prefixText === undefined ? max : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family };
}

export type MailConfig = { kind: "log" } | { kind: "smtp"; url: string; from: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Hearth cannot start. Fix these settings:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function readConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environment.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? { kind: "postgres", url: e.DATABASE_URL, poolMax: e.DATABASE_POOL_MAX }
    : { kind: "pglite", dataDir: e.HEARTH_DATA_DIR };
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database,
    sessionSecret: e.SESSION_SECRET ?? null,
    // Demo people go into an embedded database by default, into a server database only when asked.
    seedDemoData: e.HEARTH_DEMO ? e.HEARTH_DEMO === "true" : database.kind === "pglite",
    clientIpHeader: e.CLIENT_IP_HEADER ?? null,
    trustedProxy: !e.TRUSTED_PROXY || e.TRUSTED_PROXY.length === 0
      ? { kind: "none" }
      : e.TRUSTED_PROXY.includes("*")
        ? { kind: "any" }
        : { kind: "ranges", ranges: e.TRUSTED_PROXY.map((part) => parseAddressRange(part)!) },
    log: e.HEARTH_LOG,
    contactEmails: contactEmails(e),
    baseUrl: e.HEARTH_BASE_URL ?? `http://localhost:${e.PORT}`,
    // Beside the embedded database by default (./data-backups), never inside it.
    backupDir: e.HEARTH_BACKUP_DIR ?? `${e.HEARTH_DATA_DIR.replace(/[\\/]+$/, "")}-backups`,
    mail: e.SMTP_URL && e.MAIL_FROM ? { kind: "smtp", url: e.SMTP_URL, from: e.MAIL_FROM } : { kind: "log" },
  };
}

/** The service team's address stands in for the accessibility and privacy ones when they are not set. */
function contactEmails(e: { HEARTH_CONTACT_EMAIL?: string; HEARTH_ACCESSIBILITY_EMAIL?: string; HEARTH_PRIVACY_EMAIL?: string }): ContactEmails {
  const service = e.HEARTH_CONTACT_EMAIL ?? TRIAL_CONTACT_EMAIL;
  return {
    service,
    accessibility: e.HEARTH_ACCESSIBILITY_EMAIL ?? service,
    privacy: e.HEARTH_PRIVACY_EMAIL ?? service,
  };
}
