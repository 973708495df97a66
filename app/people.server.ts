/**
 * Server-only: who is in an organisation and bringing people in. Network staff invite anyone to any organisation of
 * their region, change roles, remove access and issue password-reset links; an organisation's leads or editors invite
 * colleagues to their own organisation. Links are shown once, to the person who made them (and sent, if a mail service
 * is plugged in); the database keeps only their hash. Storage in db/people.ts and db/account-tokens.ts.
 */
import type { AppLoadContext } from "@remix-run/node";
import { ORGANISATION_KIND_OF_ROLE, ROLE_LABELS, ROLES, type OrganisationKind, type Role } from "../assessment/browser";
import { lookUpAccountToken, type AccountTokenPurpose } from "../db/account-tokens";
import { findOrganisation } from "../db/organisations";
import {
  changeMembershipRole,
  inviteToOrganisation,
  issuePasswordReset,
  listMembersOfOrganisation,
  listPeopleOfRegion,
  reissueInvitation,
  removeMembership,
  setPasswordWithToken,
} from "../db/people";
import { can } from "./auth/access";
import { notFound, requireAccess } from "./auth/access.server";
import { hashPassword } from "./auth/password.server";
import type { CurrentUser } from "./auth/session.server";
import { auditActor } from "./assessments.server";
import type { MailSender } from "./mail.server";
import { passwordProblem } from "./auth/password-strength.server";

/** The roles someone in an organisation of this kind can have. */
export function rolesFor(kind: OrganisationKind): Role[] {
  return ROLES.filter((r) => ORGANISATION_KIND_OF_ROLE[r] === kind);
}

/** The organisation whose people these are, if this person may do this to them (404 or 403 otherwise). */
export async function requirePeople(context: AppLoadContext, user: CurrentUser, organisationId: string, ability: "read" | "invite" | "administer") {
  const organisation = await findOrganisation(context.db, organisationId);
  if (!organisation) notFound();
  requireAccess(user, { type: "people", organisation: { id: organisation.id, kind: organisation.kind, regionKey: organisation.regionKey } }, ability);
  return { id: organisation.id, name: organisation.name, kind: organisation.kind, regionKey: organisation.regionKey };
}
export type PeopleOrganisation = Awaited<ReturnType<typeof requirePeople>>;

/** A link to give to someone, with where it leads and until when. */
export interface IssuedLink {
  purpose: AccountTokenPurpose;
  name: string;
  email: string;
  url: string;
  expiresAt: string;
  sent: boolean;
}

/** The organisation's people page: its members, and what this person may do about them. Two queries. */
export async function organisationPeoplePage(context: AppLoadContext, user: CurrentUser, organisationId: string) {
  const organisation = await requirePeople(context, user, organisationId, "read");
  const members = await listMembersOfOrganisation(context.db, organisation.id);
  const thing = { type: "people" as const, organisation: { id: organisation.id, kind: organisation.kind, regionKey: organisation.regionKey } };
  return {
    organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
    isOwn: user.organisation.id === organisation.id,
    may: { invite: can(user, thing, "invite"), administer: can(user, thing, "administer") },
    roles: rolesFor(organisation.kind).map((r) => ({ value: r, label: ROLE_LABELS[r] })),
    members: members.map((m) => ({
      membershipId: m.membershipId,
      personId: m.personId,
      name: m.name,
      email: m.email,
      role: m.role,
      roleLabel: ROLE_LABELS[m.role],
      since: m.since.toISOString(),
      joined: Boolean(m.joined),
      invitedByName: m.invitedByName,
      invitationExpiresAt: m.invitationExpiresAt ? new Date(m.invitationExpiresAt).toISOString() : null,
      isYou: m.personId === user.personId,
    })),
  };
}

/** Everyone in the region's organisations, for network staff: 25 a page, searchable by name or email. One query. */
export const PEOPLE_PAGE_SIZE = 25;
export async function regionPeoplePage(context: AppLoadContext, user: CurrentUser, search: URLSearchParams) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  const words = (search.get("q") ?? "").slice(0, 200);
  const page = Math.max(1, Math.floor(Number(search.get("page")) || 1));
  const { total, people } = await listPeopleOfRegion(context.db, { regionKey: user.organisation.regionKey, search: words, offset: (page - 1) * PEOPLE_PAGE_SIZE, limit: PEOPLE_PAGE_SIZE });
  return {
    q: words,
    page,
    pages: Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE)),
    total,
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      email: p.email,
      joined: Boolean(p.joined),
      memberships: p.memberships.map((m) => ({ organisationId: m.organisationId, organisationName: m.organisationName, roleLabel: ROLE_LABELS[m.role] })),
    })),
  };
}

function linkUrl(origin: string, purpose: AccountTokenPurpose, token: string): string {
  return `${origin}/${purpose === "invitation" ? "join" : "reset-password"}/${token}`;
}

async function deliver(mail: MailSender, link: Omit<IssuedLink, "sent">, organisationName: string): Promise<IssuedLink> {
  if (!mail.delivers) return { ...link, sent: false };
  await mail.send({
    to: link.email,
    subject: link.purpose === "invitation" ? `You are invited to ${organisationName} on Hearth` : "Choose a new Hearth password",
    text:
      link.purpose === "invitation"
        ? `You have been invited to work for ${organisationName} on Hearth. Choose your password here before ${link.expiresAt}:\n\n${link.url}\n`
        : `Choose a new Hearth password here before ${link.expiresAt}:\n\n${link.url}\n\nIf you did not ask for this, tell your network's staff.`,
  });
  return { ...link, sent: true };
}

export type PeopleOutcome = { ok: true; link: IssuedLink | null; message: string } | { ok: false; field: string; reason: string };

export async function invitePerson(
  context: AppLoadContext,
  user: CurrentUser,
  organisation: PeopleOrganisation,
  origin: string,
  input: { name: string; email: string; role: Role },
): Promise<PeopleOutcome> {
  if (!rolesFor(organisation.kind).includes(input.role)) return { ok: false, field: "role", reason: "Choose what they may do" };
  const outcome = await inviteToOrganisation(context.db, { ...input, organisationId: organisation.id, invitedBy: auditActor(user) });
  if (!outcome.ok) return { ok: false, field: outcome.field, reason: outcome.reason };
  if (!outcome.link) return { ok: true, link: null, message: `${input.name} already has a Hearth account: ${organisation.name} is now among their organisations, and they sign in as before.` };
  const link = await deliver(context.mail, { purpose: "invitation", name: input.name, email: input.email, url: linkUrl(origin, "invitation", outcome.link.token), expiresAt: outcome.link.expiresAt.toISOString() }, organisation.name);
  return { ok: true, link, message: `${input.name} is invited as ${ROLE_LABELS[input.role].toLowerCase()}.` };
}

async function memberOf(context: AppLoadContext, organisationId: string, membershipId: string) {
  const members = await listMembersOfOrganisation(context.db, organisationId);
  return members.find((m) => m.membershipId === membershipId) ?? null;
}

export async function changeRole(context: AppLoadContext, user: CurrentUser, organisation: PeopleOrganisation, input: { membershipId: string; role: Role }): Promise<PeopleOutcome> {
  if (!rolesFor(organisation.kind).includes(input.role)) return { ok: false, field: `role-${input.membershipId}`, reason: "Choose what they may do" };
  const member = await memberOf(context, organisation.id, input.membershipId);
  if (!member) return { ok: false, field: "form", reason: "That person is no longer in the organisation." };
  if (member.personId === user.personId) return { ok: false, field: `role-${input.membershipId}`, reason: "You cannot change your own role: ask a colleague" };
  await changeMembershipRole(context.db, { ...input, organisationId: organisation.id, actor: auditActor(user) });
  return { ok: true, link: null, message: `${member.name} is now ${ROLE_LABELS[input.role].toLowerCase()}.` };
}

export async function removeAccess(context: AppLoadContext, user: CurrentUser, organisation: PeopleOrganisation, membershipId: string): Promise<PeopleOutcome> {
  const member = await memberOf(context, organisation.id, membershipId);
  if (!member) return { ok: false, field: "form", reason: "That person is no longer in the organisation." };
  if (member.personId === user.personId) return { ok: false, field: "form", reason: "You cannot remove your own access: ask a colleague." };
  await removeMembership(context.db, { membershipId, organisationId: organisation.id, actor: auditActor(user) });
  return { ok: true, link: null, message: `${member.name} no longer has access to ${organisation.name}. Any session of theirs for it has ended.` };
}

/** A new invitation link for someone who has not joined, or a password-reset link for someone who has. */
export async function issueLink(context: AppLoadContext, user: CurrentUser, organisation: PeopleOrganisation, origin: string, membershipId: string): Promise<PeopleOutcome> {
  const member = await memberOf(context, organisation.id, membershipId);
  if (!member) return { ok: false, field: "form", reason: "That person is no longer in the organisation." };
  const purpose: AccountTokenPurpose = member.joined ? "password_reset" : "invitation";
  const made =
    purpose === "invitation"
      ? await reissueInvitation(context.db, { personId: member.personId, organisationId: organisation.id, actor: auditActor(user) })
      : await issuePasswordReset(context.db, { personId: member.personId, organisationId: organisation.id, actor: auditActor(user) });
  if (!made) return { ok: false, field: "form", reason: "Their account changed meanwhile: look again." };
  const link = await deliver(context.mail, { purpose, name: member.name, email: member.email, url: linkUrl(origin, purpose, made.token), expiresAt: made.expiresAt.toISOString() }, organisation.name);
  return { ok: true, link, message: purpose === "invitation" ? `A new invitation for ${member.name}: the earlier link no longer works.` : `A password-reset link for ${member.name}. Their password works until they use it.` };
}

const LINK_PROBLEMS = {
  unknown: "This link is not right. Check you copied all of it, or ask for a new one.",
  used: "This link has already been used. If you have chosen your password, sign in; otherwise ask for a new link.",
  expired: "This link has expired. Ask the person who sent it for a new one.",
} as const;

/** What a joining or reset link is for, or why it does not work. One query. */
export async function accountLinkPage(context: AppLoadContext, token: string, purpose: AccountTokenPurpose) {
  const found = await lookUpAccountToken(context.db, token, purpose);
  if (!found.ok) return { ok: false as const, problem: LINK_PROBLEMS[found.reason] };
  return {
    ok: true as const,
    name: found.person.name,
    email: found.person.email,
    invitedByName: found.invitedByName,
    expiresAt: found.expiresAt.toISOString(),
    organisations: found.memberships.map((m) => `${m.organisationName} (${ROLE_LABELS[m.role as Role] ?? m.role})`),
  };
}

/**
 * Chooses the password with the link; the person is then signed in (by the route). "weak" with what to tell them
 * when the password is too easy to guess; null when the link no longer works.
 */
export async function choosePasswordWithLink(context: AppLoadContext, token: string, purpose: AccountTokenPurpose, password: string) {
  const found = await lookUpAccountToken(context.db, token, purpose);
  if (!found.ok) return null;
  const weak = passwordProblem(password, found.person);
  if (weak) return { weak };
  const chosen = await setPasswordWithToken(context.db, { token, purpose, passwordHash: await hashPassword(password) });
  return chosen ? { weak: null, ...chosen } : null;
}
