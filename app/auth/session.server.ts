import crypto from "node:crypto";
import { createCookie, redirect, type AppLoadContext } from "@remix-run/node";
import type { OrganisationKind, Role } from "../../assessment/browser";
import { NEW_NOTIFICATIONS_CAP } from "../../db/notifications";
import { deleteSession, extendSession, findLiveSession, insertSession, type MembershipOfPerson } from "../../db/sessions";

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

/** Someone signed in, whether or not they have chosen which organisation to act for. */
export interface SignedInPerson {
  personId: string;
  sessionId: string;
  name: string;
  email: string;
  /** Every organisation they belong to, oldest membership first. */
  memberships: MembershipOfPerson[];
  /** The membership this session acts for; null while a person with several has not chosen. */
  acting: MembershipOfPerson | null;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
  /** How many notifications are new to them (capped at 99). */
  newNotifications: number;
}

/** Someone signed in and acting for one organisation, with one role there: what pages and access rules use. */
export interface CurrentUser extends SignedInPerson {
  membershipId: string;
  role: Role;
  organisation: { id: string; name: string; kind: OrganisationKind; regionKey: string };
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
export function getSignedInPerson(request: Request, context: AppLoadContext): Promise<SignedInPerson | null> {
  const cached = context.requestCache.get("signedInPerson") as Promise<SignedInPerson | null> | undefined;
  if (cached) return cached;
  const lookup = lookUpSignedInPerson(request, context);
  context.requestCache.set("signedInPerson", lookup);
  return lookup;
}

/** Who is signed in and acting for an organisation, or null (signed out, or not yet chosen). */
export async function getCurrentUser(request: Request, context: AppLoadContext): Promise<CurrentUser | null> {
  const person = await getSignedInPerson(request, context);
  return person?.acting ? actingAs(person, person.acting) : null;
}

function actingAs(person: SignedInPerson, membership: MembershipOfPerson): CurrentUser {
  return {
    ...person,
    membershipId: membership.membershipId,
    role: membership.role,
    organisation: {
      id: membership.organisationId,
      name: membership.organisationName,
      kind: membership.organisationKind,
      regionKey: membership.regionKey,
    },
  };
}

async function lookUpSignedInPerson(request: Request, context: AppLoadContext): Promise<SignedInPerson | null> {
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
  // A session acts for the membership chosen; someone with exactly one membership acts for it without choosing.
  const acting =
    session.memberships.find((m) => m.membershipId === session.membershipId) ??
    (session.memberships.length === 1 ? session.memberships[0]! : null);
  return {
    personId: session.personId,
    sessionId: session.sessionId,
    name: session.name,
    email: session.email,
    memberships: session.memberships,
    acting,
    idleExpiresAt,
    absoluteExpiresAt: session.absoluteExpiresAt,
    newNotifications: Math.min(Number(session.newNotifications), NEW_NOTIFICATIONS_CAP),
  };
}

function backHere(request: Request): string {
  const url = new URL(request.url);
  return request.method === "GET" ? `${url.pathname}${url.search}` : url.pathname;
}

/** The signed-in person (acting for an organisation or not), or a redirect to sign in and come back. */
export async function requireSignedInPerson(request: Request, context: AppLoadContext): Promise<SignedInPerson> {
  const person = await getSignedInPerson(request, context);
  if (person) return person;
  throw redirect(`/sign-in?redirectTo=${encodeURIComponent(backHere(request))}`);
}

/**
 * The signed-in person acting for one organisation; a redirect to sign in when signed out, or to choose an
 * organisation when they belong to several (or none) and have not chosen. Both come back here afterwards.
 */
export async function requireUser(request: Request, context: AppLoadContext): Promise<CurrentUser> {
  const person = await requireSignedInPerson(request, context);
  if (person.acting) return actingAs(person, person.acting);
  throw redirect(`/choose-organisation?redirectTo=${encodeURIComponent(backHere(request))}`);
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
  membershipId: string | null,
): Promise<string> {
  const previous = await readToken(request, context);
  if (previous) await deleteSession(context.db, hashToken(previous));

  const token = crypto.randomBytes(32).toString("base64url");
  const now = Date.now();
  await insertSession(context.db, {
    id: hashToken(token),
    personId,
    membershipId,
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
export async function keepSessionAlive(context: AppLoadContext, user: SignedInPerson): Promise<Date> {
  const now = new Date();
  const extended = new Date(now.getTime() + SESSION_IDLE_MINUTES * 60_000);
  await extendSession(context.db, user.sessionId, now, extended);
  return extended < user.absoluteExpiresAt ? extended : user.absoluteExpiresAt;
}
