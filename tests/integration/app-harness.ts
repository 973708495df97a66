import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AppLoadContext, ServerBuild } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { HearthDatabase } from "../../db/client";
import { createApp } from "../../server/app";
import { readConfig } from "../../server/config";
import { logOnlyMail, type MailSender } from "../../app/mail.server";
import { assertBuilt } from "./hearth-process";

const ROOT = path.resolve(import.meta.dirname, "../..");

export async function loadBuild(): Promise<ServerBuild> {
  assertBuilt();
  return (await import(pathToFileURL(path.join(ROOT, "build/index.js")).href)) as ServerBuild;
}

/** The real app (express host + Remix build) on a test database, listening on a free port in this process. */
export async function startApp(
  database: HearthDatabase,
  env: Record<string, string> = {},
  options: { mail?: MailSender } = {},
): Promise<{ url: string; build: ServerBuild; close(): Promise<void> }> {
  const build = await loadBuild();
  const app = createApp({
    build,
    database,
    config: readConfig({ HEARTH_LOG: "quiet", ...env }),
    sessionSecret: "test-session-secret-of-at-least-32-characters",
    rootDir: ROOT,
    mail: options.mail,
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as import("node:net").AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    build,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A load context for calling server modules directly, as the express host would build it. */
export function testContext(db: Kysely<Database>, overrides: Partial<AppLoadContext> = {}): AppLoadContext {
  return {
    db,
    databaseKind: "pglite",
    cspNonce: "test",
    clientIp: "192.0.2.1",
    sessionSecret: "test-session-secret-of-at-least-32-characters",
    secure: false,
    requestCache: new Map(),
    contactEmails: { service: "hearth@test.example", accessibility: "accessibility@test.example", privacy: "privacy@test.example" },
    mail: logOnlyMail("quiet"),
    ...overrides,
  };
}

/** Signs in through the real sign-in form and returns the session cookie ("name=value"). */
export async function signInCookie(url: string, email: string, password = "hearth-demo"): Promise<string> {
  const res = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  const cookie = res.headers.get("set-cookie");
  if (res.status !== 302 || !cookie) throw new Error(`Sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  return cookie.split(";")[0]!;
}
