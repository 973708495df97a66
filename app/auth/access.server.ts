import type { AppLoadContext } from "@remix-run/node";
import type { OrganisationKind } from "../../assessment/browser";
import { findOrganisation } from "../../db/organisations";
import { decide, type Ability, type Actor, type Decision, type Thing } from "./access";

/**
 * Enforcing app/auth/access.ts in loaders and actions: "not found" becomes a 404 (the thing's existence does not
 * leak), "forbidden" a 403 whose body says why in words (the error page shows it).
 */
export function enforce(decision: Decision): void {
  if (decision.outcome === "allowed") return;
  if (decision.outcome === "not-found") throw new Response("Not found", { status: 404, statusText: "Not Found" });
  throw new Response(decision.reason, { status: 403, statusText: "Forbidden" });
}

/** A page or thing that does not exist, or that this person may not learn exists: 404. */
export function notFound(): never {
  throw new Response("Not found", { status: 404, statusText: "Not Found" });
}

/** Throws 404 or 403 unless the person may do this to this thing. */
export function requireAccess(actor: Actor, thing: Thing, ability: Ability): void {
  enforce(decide(actor, thing, ability));
}

/** For the pages of one kind of organisation (e.g. /network for network staff). */
export function requireArea(actor: Actor, kind: OrganisationKind): void {
  requireAccess(actor, { type: "area", kind }, "read");
}

/** Loads an organisation whose records as a whole (progress, evidence register, actions) the person may read. */
export async function requireOrganisationRecords(context: AppLoadContext, actor: Actor, organisationId: string) {
  const organisation = await findOrganisation(context.db, organisationId);
  if (!organisation) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  requireAccess(actor, { type: "records", organisation }, "read");
  return organisation;
}

/** Loads an organisation the person may act on in this way, or answers 404/403. */
export async function requireOrganisation(context: AppLoadContext, actor: Actor, organisationId: string, ability: Ability) {
  const organisation = await findOrganisation(context.db, organisationId);
  if (!organisation) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  requireAccess(actor, { type: "organisation", organisation }, ability);
  return organisation;
}
