import type { OrganisationKind, Role } from "../../db/schema";
import { ORGANISATION_KIND_OF_ROLE } from "./roles";

/**
 * Who may do what to which organisation's things: the one place that answers.
 * Pure, so the rules are tested directly; access.server.ts loads and enforces.
 *
 * - Network staff see everything in their region, and administer it.
 * - Partnership leads edit their own partnership's things; viewers read them.
 * - Housing provider editors edit their own organisation's things; viewers read them.
 * Another organisation's things are "not-found" (answered 404), so their
 * existence does not leak; "forbidden" (403) is only for things the person may
 * see but not change.
 */
export type Ability = "view" | "edit" | "review" | "administer";
export type AccessDecision = "allowed" | "forbidden" | "not-found";

export interface Actor {
  role: Role;
  organisation: { id: string; kind: OrganisationKind; regionKey: string };
}

export interface TargetOrganisation {
  id: string;
  kind: OrganisationKind;
  regionKey: string;
}

export function decideOrganisationAccess(actor: Actor, target: TargetOrganisation, ability: Ability): AccessDecision {
  const own = actor.organisation.id === target.id;
  if (actor.role === "network_staff") {
    if (target.regionKey !== actor.organisation.regionKey) return "not-found";
    if (ability === "view" || ability === "review" || ability === "administer") return "allowed";
    return own ? "allowed" : "forbidden"; // network staff review others' work, they do not edit it
  }
  if (!own) return "not-found";
  if (ability === "view") return "allowed";
  if (ability === "edit") return isEditor(actor.role) ? "allowed" : "forbidden";
  return "forbidden";
}

export function isEditor(role: Role): boolean {
  return role === "partnership_lead" || role === "provider_editor" || role === "network_staff";
}

/** Pages for one kind of organisation (e.g. the regional view for network staff). */
export function decideKindAccess(actor: Actor, kinds: OrganisationKind[]): AccessDecision {
  return kinds.includes(ORGANISATION_KIND_OF_ROLE[actor.role]) ? "allowed" : "forbidden";
}
