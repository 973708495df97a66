import crypto from "node:crypto";
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import "../app/load-context";
import type { HearthDatabase } from "../db/client";
import { queryStats } from "../db/query-stats";
import { latestAppliedMigration } from "../db/migrate";
import type { Config, TrustedProxy } from "./config";
import { BlockList, isIP } from "node:net";
import { setSecurityHeaders } from "./security-headers";
import { mailSenderFor } from "./smtp-mail";
import type { MailSender } from "../app/mail.server";

export interface AppOptions {
  build: ServerBuild;
  database: HearthDatabase;
  config: Config;
  sessionSecret: string;
  /** The project folder holding public/. */
  rootDir: string;
  /** How messages are sent; by default as the configuration says (server/smtp-mail.ts). */
  mail?: MailSender;
}

/** The express host around Remix: headers, compression, logging, health check, static files. */
export function createApp({ build, database, config, sessionSecret, rootDir, mail = mailSenderFor(config) }: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  const fromProxy = proxyCheck(config.trustedProxy);

  app.use((req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    const secure = isSecure(req, fromProxy);
    res.locals.cspNonce = nonce;
    res.locals.secure = secure;
    setSecurityHeaders(req, res, nonce, secure);
    next();
  });

  // Every request counts its SQL queries; the count goes out in Server-Timing as the headers are written.
  app.use((_req, res, next) => {
    const stats = { queries: 0, durationMs: 0 };
    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: Parameters<typeof writeHead>) {
      if (!res.headersSent) res.setHeader("Server-Timing", `db;dur=${stats.durationMs.toFixed(1)};desc="${stats.queries} queries"`);
      return writeHead.apply(this, args);
    } as typeof writeHead;
    queryStats.run(stats, next);
  });

  if (config.log === "info") {
    app.use((req, res, next) => {
      const started = process.hrtime.bigint();
      res.on("finish", () => {
        if (req.path === "/healthz") return;
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
      });
      next();
    });
  }

  app.use(compression());
  app.use(refuseCrossOriginWrites);

  app.get("/healthz", async (_req, res) => {
    try {
      const migration = await latestAppliedMigration(database.db);
      res.set("Cache-Control", "no-store").json({ status: "ok", database: database.kind, migration });
    } catch (error) {
      console.error("Health check failed:", error);
      res.status(503).set("Cache-Control", "no-store").json({ status: "error", database: database.kind, migration: null });
    }
  });

  const publicDir = path.join(rootDir, "public");
  app.use("/build", express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static(publicDir, { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: config.nodeEnv,
      getLoadContext: (req, res): AppLoadContext => ({
        db: database.db,
        databaseKind: database.kind,
        cspNonce: res.locals.cspNonce as string,
        secure: res.locals.secure as boolean,
        clientIp: clientIp(req, fromProxy(req) ? config.clientIpHeader : null),
        sessionSecret,
        requestCache: new Map(),
        contactEmails: config.contactEmails,
        mail,
      }),
    }),
  );

  return app;
}

/**
 * The client's address. Behind a host proxy (Fly sets Fly-Client-IP and strips
 * any value a client sent), read its header; otherwise the socket's address.
 * Never X-Forwarded-For, which a client can write.
 */
export function clientIp(req: Request, header: string | null): string {
  const fromProxy = header ? req.get(header)?.trim() : undefined;
  return fromProxy || req.socket.remoteAddress || "unknown";
}

/**
 * Every request that could change something (anything but GET, HEAD, OPTIONS)
 * must come from a page of this site. Browsers say where a request comes from
 * in Origin (and Sec-Fetch-Site); a request from another origin is refused
 * before it reaches any action. SameSite=Lax session cookies are the second line.
 */
export function refuseCrossOriginWrites(req: Request, res: Response, next: NextFunction): void {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  const origin = req.get("origin");
  const host = req.get("host");
  let sameOrigin: boolean;
  if (origin && origin !== "null") {
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
  } else if (origin === "null") {
    sameOrigin = false;
  } else {
    // No Origin (non-browser clients, some older browsers): fall back to Fetch Metadata.
    const site = req.get("sec-fetch-site");
    sameOrigin = !site || site === "same-origin" || site === "none";
  }
  if (sameOrigin) return next();
  res.status(403).type("text/plain").send("This request came from another website, so Hearth refused it.");
}

/** HTTPS, as the socket says or, from the host's proxy alone (TRUSTED_PROXY), as the proxy reports. */
function isSecure(req: Request, fromProxy: (req: Request) => boolean): boolean {
  return req.secure || (fromProxy(req) && req.get("x-forwarded-proto") === "https");
}

/**
 * Whether a request came from the host's proxy, by the address it connected from, so that the headers only the proxy
 * should set (X-Forwarded-Proto, the client-address header) are believed from it and from nobody else.
 */
export function proxyCheck(trusted: TrustedProxy): (req: Request) => boolean {
  if (trusted.kind === "none") return () => false;
  if (trusted.kind === "any") return () => true;
  const list = new BlockList();
  for (const r of trusted.ranges) list.addSubnet(r.address, r.prefix, r.family);
  return (req) => {
    const address = req.socket.remoteAddress ?? "";
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped) return list.check(mapped, "ipv4");
    return isIP(address) === 6 ? list.check(address, "ipv6") : isIP(address) === 4 && list.check(address, "ipv4");
  };
}
