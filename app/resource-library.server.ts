/**
 * Server-only: network staff keeping the resource library (add, change, retire, bring back). The options of the
 * form come from the frameworks and the regional vocabularies (assessment/); db/resources.ts does the writing and
 * the audit trail, and marks every change as a staff edit so a later release of the seeded content keeps it.
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  LONDON_HEALTH_INEQUALITIES_AIMS,
  LONDON_HOUSING_STRATEGY_PRIORITIES,
  MOU_AIMS,
  NETWORK_THEMES,
  PARTNERSHIP_FRAMEWORK_KEY,
  PROVIDER_FRAMEWORK_KEY,
  REPORT_AREAS,
  frameworks as allFrameworks,
  latestFramework,
} from "../assessment";
import { RESOURCE_KIND_LABELS, RESOURCE_KINDS } from "../assessment/browser";
import {
  createResource,
  getResourceForStaff,
  listResourcesForStaff,
  setResourceRetired,
  updateResource,
  type ResourceDetails,
  type StaffResourceFilter,
} from "../db/resources";
import type { FieldErrors } from "./components/error-summary";
import type { ResourceFormValues } from "./forms/resource-schema";
import type { CurrentUser } from "./auth/session.server";

export const STAFF_PAGE_SIZE = 25;

/** The choices the resource form offers: the latest version of each framework, and the regional vocabularies. */
export function resourceFormOptions() {
  const frameworks = [PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY].map((key) => {
    const framework = latestFramework(key)!;
    return {
      key: framework.key,
      title: framework.title,
      domains: framework.domains.map((d) => ({ key: d.key, title: d.title, indicators: d.indicators.map((i) => ({ key: i.key, title: i.title })) })),
    };
  });
  return {
    frameworks,
    kinds: RESOURCE_KINDS.map((k) => ({ value: k, label: RESOURCE_KIND_LABELS[k] })),
    reportAreas: REPORT_AREAS.map((a) => ({ value: a.key, label: a.title })),
    mouAims: MOU_AIMS.map((a) => ({ value: String(a.aim), label: `${a.aim}. ${a.title}` })),
    londonAims: [...LONDON_HEALTH_INEQUALITIES_AIMS, ...LONDON_HOUSING_STRATEGY_PRIORITIES].map((a) => ({ value: a.key, label: a.title })),
    networkThemes: NETWORK_THEMES.map((t) => ({ value: t.key, label: t.title })),
  };
}
export type ResourceFormOptions = ReturnType<typeof resourceFormOptions>;

/** Every key a framework has had in any version, so an older tag on a resource stays valid. */
function knownKeys() {
  const frameworks = new Set<string>();
  const domains = new Set<string>();
  const indicators = new Set<string>();
  for (const framework of allFrameworks) {
    frameworks.add(framework.key);
    for (const domain of framework.domains) {
      domains.add(domain.key);
      for (const indicator of domain.indicators) indicators.add(indicator.key);
    }
  }
  return { frameworks, domains, indicators };
}

/** Tags the browser cannot check: every key must be one the frameworks or vocabularies have. */
export function checkResourceTags(values: ResourceFormValues): FieldErrors {
  const known = knownKeys();
  const options = resourceFormOptions();
  const errors: FieldErrors = {};
  const among = (list: string[], allowed: Set<string>, field: string, message: string) => {
    if (list.some((key) => !allowed.has(key))) errors[field] = message;
  };
  among(values.frameworks, known.frameworks, "frameworks", "Select frameworks from the list");
  among(values.domains, known.domains, "domains", "Select domains from the list");
  among(values.indicators, known.indicators, "indicators", "Select indicators from the list");
  among(values.reportAreas, new Set(options.reportAreas.map((o) => o.value)), "reportAreas", "Select report areas from the list");
  among(values.mouAims, new Set(options.mouAims.map((o) => o.value)), "mouAims", "Select MoU aims from the list");
  among(values.londonAims, new Set(options.londonAims.map((o) => o.value)), "londonAims", "Select London strategy aims from the list");
  among(values.networkThemes, new Set(options.networkThemes.map((o) => o.value)), "networkThemes", "Select network themes from the list");
  return errors;
}

function detailsOf(values: ResourceFormValues): ResourceDetails {
  const unique = (list: string[]) => [...new Set(list)];
  return {
    title: values.title,
    publisher: values.publisher,
    year: values.year,
    url: values.url,
    summary: values.summary,
    kind: values.kind,
    tags: { frameworks: unique(values.frameworks), domains: unique(values.domains), indicators: unique(values.indicators) },
    reportAreas: unique(values.reportAreas),
    mouAims: unique(values.mouAims),
    londonAims: unique(values.londonAims),
    networkThemes: unique(values.networkThemes),
  };
}

/** A resource as the form's values (the same shape the form sends). */
export function formValuesOf(details: ResourceDetails) {
  return {
    title: details.title,
    publisher: details.publisher,
    year: details.year === null ? "" : String(details.year),
    url: details.url,
    summary: details.summary,
    kind: details.kind,
    frameworks: details.tags.frameworks,
    domains: details.tags.domains,
    indicators: details.tags.indicators,
    reportAreas: details.reportAreas,
    mouAims: details.mouAims,
    londonAims: details.londonAims,
    networkThemes: details.networkThemes,
  };
}
export type ResourceFormState = ReturnType<typeof formValuesOf>;

const actorOf = (user: CurrentUser) => ({ personId: user.personId, name: user.name });

export async function addResource(context: AppLoadContext, user: CurrentUser, values: ResourceFormValues) {
  return createResource(context.db, { actor: actorOf(user), organisationId: user.organisation.id, details: detailsOf(values) });
}

export async function changeResource(context: AppLoadContext, user: CurrentUser, id: string, values: ResourceFormValues) {
  return updateResource(context.db, { id, actor: actorOf(user), organisationId: user.organisation.id, details: detailsOf(values) });
}

export async function retireResource(context: AppLoadContext, user: CurrentUser, id: string, retired: boolean) {
  return setResourceRetired(context.db, { id, actor: actorOf(user), organisationId: user.organisation.id, retired });
}

/** One resource for its page, or a 404. */
export async function requireStaffResource(context: AppLoadContext, id: string) {
  const resource = await getResourceForStaff(context.db, id);
  if (!resource) throw new Response("Not found", { status: 404, statusText: "Not Found" });
  return resource;
}

/** The library as network staff see it: current and retired resources, a page at a time, filtered by words. */
export async function staffLibraryPage(context: AppLoadContext, search: URLSearchParams) {
  const status = search.get("status");
  const filter: StaffResourceFilter = {
    q: (search.get("q") ?? "").trim().slice(0, 100),
    status: status === "retired" || status === "all" ? status : "current",
    page: Math.max(1, Math.min(10_000, Number.parseInt(search.get("page") ?? "1", 10) || 1)),
    pageSize: STAFF_PAGE_SIZE,
  };
  const { items, total } = await listResourcesForStaff(context.db, filter);
  const pages = Math.max(1, Math.ceil(total / filter.pageSize));
  const hrefFor = (page: number) => {
    const params = new URLSearchParams();
    if (filter.q) params.set("q", filter.q);
    if (filter.status !== "current") params.set("status", filter.status);
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return `/network/resources${query ? `?${query}` : ""}`;
  };
  return {
    filters: { q: filter.q, status: filter.status },
    page: filter.page,
    pages,
    total,
    previous: filter.page > 1 ? { href: hrefFor(filter.page - 1), title: `Page ${filter.page - 1} of ${pages}` } : null,
    next: filter.page < pages ? { href: hrefFor(filter.page + 1), title: `Page ${filter.page + 1} of ${pages}` } : null,
    items: items.map((r) => ({
      id: r.id,
      title: r.title,
      publisher: r.publisher,
      year: r.year,
      kind: RESOURCE_KIND_LABELS[r.kind],
      retired: r.retiredAt !== null,
      seeded: r.seedKey !== null,
      editedByStaff: r.editedAt !== null,
    })),
  };
}
