import type { AppLoadContext } from "@remix-run/node";
import type { OrganisationKind } from "../../db/schema";
import { findOrganisation } from "../../db/organisations";
import { decideKindAccess, decideOrganisationAccess, type Ability, type AccessDecision } from "./access";
import type { CurrentUser } from "./session.server";

export function throwFor(decision: AccessDecision): never {
  if (decision === "not-found") throw new Response("Not found", { status: 404, statusText: "Not Found" });
  throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

/** Loads an organisation the user may act on in this way, or answers 404/403. */
export async function requireOrganisation(context: AppLoadContext, user: CurrentUser, organisationId: string, ability: Ability) {
  const organisation = await findOrganisation(context.db, organisationId);
  if (!organisation) throwFor("not-found");
  const decision = decideOrganisationAccess(user, organisation, ability);
  if (decision !== "allowed") throwFor(decision);
  return organisation;
}

/** For pages that belong to one kind of user (e.g. the regional view for network staff). */
export function requireKind(user: CurrentUser, ...kinds: OrganisationKind[]): void {
  const decision = decideKindAccess(user, kinds);
  if (decision !== "allowed") throwFor(decision);
}
