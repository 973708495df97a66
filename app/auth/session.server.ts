import crypto from "node:crypto";
import { createCookie, redirect, type AppLoadContext } from "@remix-run/node";
import { deleteSession, extendSession, findLiveSession, insertSession } from "../../db/sessions";
import type { OrganisationKind, Role } from "../../db/schema";

/**
 * Sessions live in the database; the browser holds only a random token in an
 * httpOnly, SameSite=Lax cookie (`__Host-` prefixed and Secure over HTTPS),
 * signed with the session secret. The database keeps the token's SHA-256, so a
 * copy of the database cannot be used to sign in.
 */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
/** Extend the idle expiry at most once a minute, to spare the database a write per request. */
const EXTEND_AFTER_MS = 60_000;

export interface CurrentUser {
  personId: string;
  sessionId: string;
  name: string;
  email: string;
  role: Role;
  organisation: { id: string; name: string; kind: OrganisationKind; regionKey: string };
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

function sessionCookie(context: AppLoadContext) {
  return createCookie(context.secure ? "__Host-hearth_session" : "hearth_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: context.secure,
    path: "/",
    secrets: [context.sessionSecret],
    maxAge: SESSION_ABSOLUTE_HOURS * 60 * 60,
  });
}

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

async function readToken(request: Request, context: AppLoadContext): Promise<string | null> {
  const value = await sessionCookie(context).parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Who is signed in, or null. Looked up once per request, however many loaders ask. */
export function getCurrentUser(request: Request, context: AppLoadContext): Promise<CurrentUser | null> {
  const cached = context.requestCache.get("currentUser") as Promise<CurrentUser | null> | undefined;
  if (cached) return cached;
  const lookup = lookUpCurrentUser(request, context);
  context.requestCache.set("currentUser", lookup);
  return lookup;
}

async function lookUpCurrentUser(request: Request, context: AppLoadContext): Promise<CurrentUser | null> {
  const token = await readToken(request, context);
  if (!token) return null;
  const now = new Date();
  const session = await findLiveSession(context.db, hashToken(token), now);
  if (!session) return null;

  let idleExpiresAt = session.idleExpiresAt;
  if (now.getTime() - session.lastSeenAt.getTime() > EXTEND_AFTER_MS) {
    const extended = new Date(now.getTime() + SESSION_IDLE_MINUTES * 60_000);
    await extendSession(context.db, session.sessionId, now, extended);
    idleExpiresAt = extended < session.absoluteExpiresAt ? extended : session.absoluteExpiresAt;
  }
  return {
    personId: session.personId,
    sessionId: session.sessionId,
    name: session.name,
    email: session.email,
    role: session.role,
    organisation: {
      id: session.organisationId,
      name: session.organisationName,
      kind: session.organisationKind,
      regionKey: session.regionKey,
    },
    idleExpiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
  };
}

/** The signed-in person, or a redirect to the sign-in page that returns here afterwards. */
export async function requireUser(request: Request, context: AppLoadContext): Promise<CurrentUser> {
  const user = await getCurrentUser(request, context);
  if (user) return user;
  const url = new URL(request.url);
  const back = request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
  throw redirect(`/sign-in?redirectTo=${encodeURIComponent(back)}`);
}

/**
 * Starts a new session for a person and returns the Set-Cookie header. Any
 * session the browser already had is ended, so the session id always changes
 * at sign-in.
 */
export async function startSession(
  request: Request,
  context: AppLoadContext,
  personId: string,
): Promise<string> {
  const previous = await readToken(request, context);
  if (previous) await deleteSession(context.db, hashToken(previous));

  const token = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  await insertSession(context.db, {
    id: hashToken(token),
    personId,
    idleExpiresAt: new Date(now + SESSION_IDLE_MINUTES * 60_000),
    absoluteExpiresAt: new Date(now + SESSION_ABSOLUTE_HOURS * 3_600_000),
    clientIp: context.clientIp,
    userAgent: request.headers.get("User-Agent"),
  });
  return sessionCookie(context).serialize(token);
}

/** Ends this browser's session and returns the Set-Cookie header that clears the cookie. */
export async function endSession(request: Request, context: AppLoadContext): Promise<string> {
  const token = await readToken(request, context);
  if (token) await deleteSession(context.db, hashToken(token));
  return sessionCookie(context).serialize("", { maxAge: 0 });
}

/** A path on this site to go to after sign-in; anything else falls back. */
export function safeRedirectPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (value.startsWith("/sign-in") || value.startsWith("/sign-out")) return fallback;
  return value;
}

/** Moves the idle expiry on now, whatever the last request was. */
export async function keepSessionAlive(context: AppLoadContext, user: CurrentUser): Promise<Date> {
  const now = new Date();
  const extended = new Date(now.getTime() + SESSION_IDLE_MINUTES * 60_000);
  await extendSession(context.db, user.sessionId, now, extended);
  return extended < user.absoluteExpiresAt ? extended : user.absoluteExpiresAt;
}
