import type { AppLoadContext } from "@remix-run/node";
import { ORGANISATION_KIND_LABELS } from "../assessment/browser";
import { getOfferTemplate } from "../assessment";
import { addOrganisation, findMerges, listOrganisations, listOrganisationsPage, mergePartnerships, updateOrganisation, type OrganisationDetails } from "../db/organisations";
import { listBoroughs } from "../db/places";
import { auditActor } from "./assessments.server";
import { requireAccess, requireOrganisation } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { todayInLondon } from "./dates";
import type { OrganisationFormOptions } from "./forms/organisation-schema";

/**
 * Network staff keep their region's organisations: a paged list of partnerships and housing providers, adding and
 * changing one (name, short name, boroughs; a provider's size band and type), and merging two partnerships.
 */

export const ORGANISATIONS_PER_PAGE = 50;

function requireRegion(user: CurrentUser) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  return user.organisation.regionKey;
}

/** One page of the region's organisations (two queries, whatever the region's size). */
export async function organisationsPage(context: AppLoadContext, user: CurrentUser, search: URLSearchParams) {
  const regionKey = requireRegion(user);
  const kindParam = search.get("kind");
  const kind = kindParam === "partnership" || kindParam === "provider" ? kindParam : undefined;
  const asked = Number(search.get("page") ?? "1");
  const page = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  const { total, rows } = await listOrganisationsPage(context.db, { regionKey, kind, page, perPage: ORGANISATIONS_PER_PAGE });
  const pages = Math.max(1, Math.ceil(total / ORGANISATIONS_PER_PAGE));
  const href = (p: number) => `/network/organisations?${new URLSearchParams({ ...(kind ? { kind } : {}), page: String(p) }).toString()}`;
  return {
    kind: kind ?? null,
    total,
    page,
    pages,
    previous: page > 1 ? { href: href(page - 1), title: `Page ${page - 1} of ${pages}` } : null,
    next: page < pages ? { href: href(page + 1), title: `Page ${page + 1} of ${pages}` } : null,
    organisations: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      kindLabel: ORGANISATION_KIND_LABELS[r.kind],
      name: r.name,
      shortName: r.shortName,
      boroughs: r.boroughs.map((b) => b.name),
      people: r.people,
      mergedFrom: r.mergedFrom.map((m) => m.name),
    })),
  };
}

/** What the add and change forms offer: the region's boroughs, and the offer template's size bands and types. */
async function formChoices(context: AppLoadContext, regionKey: string) {
  const boroughs = await listBoroughs(context.db, regionKey);
  const template = getOfferTemplate();
  const homesBands = (template?.sizeBands ?? []).map((b) => ({ value: b.key, label: b.label }));
  const organisationTypes = (template?.organisationTypes ?? []).map((t) => ({ value: t.key, label: t.label }));
  const formOptions: OrganisationFormOptions = { boroughs: boroughs.map((b) => b.key), homesBands: homesBands.map((b) => b.value), organisationTypes: organisationTypes.map((t) => t.value) };
  return { boroughs: boroughs.map((b) => ({ value: b.key, label: b.name })), homesBands, organisationTypes, formOptions };
}

export async function newOrganisationPage(context: AppLoadContext, user: CurrentUser) {
  const regionKey = requireRegion(user);
  return formChoices(context, regionKey);
}

export interface OrganisationFormValues {
  kind: "partnership" | "provider";
  name: string;
  shortName: string;
  boroughs: string[];
  homesBand: string | null;
  organisationType: string | null;
}

function detailsOf(values: OrganisationFormValues): OrganisationDetails {
  return {
    kind: values.kind,
    name: values.name,
    shortName: values.shortName || null,
    boroughKeys: values.boroughs,
    homesBand: values.homesBand,
    organisationType: values.organisationType,
  };
}

export async function addRegionOrganisation(context: AppLoadContext, user: CurrentUser, values: OrganisationFormValues) {
  const regionKey = requireRegion(user);
  return addOrganisation(context.db, { regionKey, details: detailsOf(values), actor: auditActor(user) });
}

/** A partnership or housing provider of the person's region to administer: 404 elsewhere, 403 for the network itself. */
export async function requireRegionOrganisation(context: AppLoadContext, user: CurrentUser, organisationId: string) {
  const organisation = await requireOrganisation(context, user, organisationId, "administer");
  if (organisation.kind === "network") throw new Response("The network's own details are not changed here.", { status: 403, statusText: "Forbidden" });
  return organisation as typeof organisation & { kind: "partnership" | "provider" };
}

/** The change form for one organisation, with who it merged from (and into). */
export async function editOrganisationPage(context: AppLoadContext, user: CurrentUser, organisationId: string) {
  const organisation = await requireRegionOrganisation(context, user, organisationId);
  const [choices, merges] = await Promise.all([formChoices(context, organisation.regionKey), findMerges(context.db, organisation.id)]);
  return {
    organisation: {
      id: organisation.id,
      kind: organisation.kind,
      kindLabel: ORGANISATION_KIND_LABELS[organisation.kind],
      archived: organisation.archivedAt !== null,
    },
    values: {
      kind: organisation.kind,
      name: organisation.name,
      shortName: organisation.shortName ?? "",
      boroughs: organisation.boroughs.map((b) => b.key),
      homesBand: organisation.homesBand ?? "",
      organisationType: organisation.organisationType ?? "",
    },
    merges,
    ...choices,
  };
}

export async function changeRegionOrganisation(context: AppLoadContext, user: CurrentUser, organisationId: string, values: OrganisationFormValues) {
  const organisation = await requireRegionOrganisation(context, user, organisationId);
  const { kind: _kind, ...details } = detailsOf({ ...values, kind: organisation.kind });
  return updateOrganisation(context.db, { id: organisation.id, regionKey: organisation.regionKey, details, actor: auditActor(user) });
}

/** Merging another partnership into this one: the partnerships that could merge into it, and what would happen. */
export async function mergePage(context: AppLoadContext, user: CurrentUser, organisationId: string) {
  const successor = await requireRegionOrganisation(context, user, organisationId);
  if (successor.kind !== "partnership" || successor.archivedAt !== null) {
    throw new Response(successor.kind !== "partnership" ? "Only partnerships merge." : "This partnership has merged into another.", { status: 403, statusText: "Forbidden" });
  }
  const partnerships = (await listOrganisations(context.db, { regionKey: successor.regionKey, kind: "partnership" })).filter((p) => p.id !== successor.id);
  return {
    successor: { id: successor.id, name: successor.name, boroughs: successor.boroughs.map((b) => b.name) },
    partnerships: partnerships.map((p) => ({ id: p.id, name: p.name, boroughs: p.boroughs.map((b) => b.name) })),
    today: todayInLondon(),
  };
}

export async function mergeInto(context: AppLoadContext, user: CurrentUser, successorId: string, predecessorId: string) {
  const page = await mergePage(context, user, successorId);
  return mergePartnerships(context.db, { regionKey: user.organisation.regionKey, predecessorId, successorId: page.successor.id, actor: auditActor(user), on: page.today });
}
