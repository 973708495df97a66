/**
 * Server-only: housing providers' offers as the pages need them — the provider's own offer (draft and published),
 * the form's options and defaults, the directory of published offers for partnerships, the side-by-side comparison,
 * and the region's spread for network staff. Rules from assessment/offers.ts; storage in db/offers.ts.
 */
import type { AppLoadContext } from "@remix-run/node";
import {
  latestFramework,
  offerOptions,
  offerProblems,
  offerReviewOverdue,
  optionLabel,
  PROVIDER_FRAMEWORK_KEY,
  quantityInWords,
  type OfferContent,
  type OfferOptions,
} from "../assessment";
import {
  getOfferVersions,
  hasPublishedOffer,
  listProviderOffers,
  listPublishedOffers,
  offerSpread,
  publishOffer,
  saveOfferDraft,
  type OfferServiceInput,
  type OfferVersionView,
} from "../db/offers";
import { findOrganisation } from "../db/organisations";
import { listBoroughs, listPartnershipAreas } from "../db/places";
import { notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { todayInLondon } from "./dates";
import type { OfferFormData, OfferFormOptions } from "./forms/offer-schema";

/** The latest provider framework: its template decides the offer's shape. */
export function offerFramework() {
  const framework = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
  return { framework, template: framework.offerTemplate! };
}

/** The option lists, with the region's boroughs, for the form and for putting keys into words. */
export async function offerFormOptions(context: AppLoadContext, regionKey: string) {
  const { template } = offerFramework();
  const boroughs = await listBoroughs(context.db, regionKey);
  const options = offerOptions(template);
  const keys = (list: { key: string }[]) => list.map((o) => o.key);
  const formOptions: OfferFormOptions = {
    serviceTypes: keys(options.serviceTypes),
    boroughs: keys(boroughs),
    clientGroups: keys(options.clientGroups),
    capacityUnits: keys(options.capacityUnits),
    referralRoutes: keys(options.referralRoutes),
    responseTimeUnits: keys(options.responseTimeUnits),
    outcomeMeasures: keys(options.outcomeMeasures),
    fundingSources: keys(options.fundingSources),
    costBases: keys(options.costBases),
    tenures: keys(options.tenures),
    serviceHours: keys(options.serviceHours),
    organisationTypes: keys(options.organisationTypes),
  };
  return { options, boroughs, formOptions, template };
}

/** A service in words, for reading (not editing). */
function describeService(service: OfferVersionView["services"][number], options: OfferOptions, boroughNames: Map<string, string>) {
  const labels = (list: OfferOptions[keyof OfferOptions], keys: readonly string[]) => keys.map((k) => optionLabel(list, k));
  return {
    serviceKey: service.serviceKey,
    name: optionLabel(options.serviceTypes, service.serviceKey),
    boroughs: service.boroughKeys.map((k) => boroughNames.get(k) ?? k),
    eligibility: service.eligibility,
    clientGroups: labels(options.clientGroups, service.clientGroups),
    capacity: service.capacity !== null ? quantityInWords(service.capacity, optionLabel(options.capacityUnits, service.capacityUnit)) : "",
    referralRoutes: labels(options.referralRoutes, service.referralRoutes),
    referralDetail: service.referralDetail,
    responseTime: service.responseTime !== null ? quantityInWords(service.responseTime, optionLabel(options.responseTimeUnits, service.responseTimeUnit)) : "",
    outcomes: [...labels(options.outcomeMeasures, service.outcomes), ...(service.outcomesOther ? [service.outcomesOther] : [])],
    funding: labels(options.fundingSources, service.funding),
    cost: [optionLabel(options.costBases, service.costBasis), service.costDetail].filter(Boolean).join(": "),
    tenures: labels(options.tenures, service.tenures),
    hours: [optionLabel(options.serviceHours, service.hours), service.hoursDetail].filter(Boolean).join(": "),
    contractEndOn: service.contractEndOn,
  };
}
export type ServiceView = ReturnType<typeof describeService>;

function describeVersion(version: OfferVersionView, options: OfferOptions, boroughNames: Map<string, string>, today: string) {
  return {
    version: version.version,
    status: version.status,
    revision: version.revision,
    organisationType: optionLabel(options.organisationTypes, version.organisationType),
    contactRoute: version.contactRoute,
    lastReviewedOn: version.lastReviewedOn,
    reviewOverdue: offerReviewOverdue(version.lastReviewedOn, today),
    publishedAt: version.publishedAt?.toISOString() ?? null,
    publishedByName: version.publishedByName,
    updatedAt: version.updatedAt.toISOString(),
    services: version.services.map((s) => describeService(s, options, boroughNames)),
  };
}
export type OfferView = ReturnType<typeof describeVersion>;

function contentOf(version: OfferVersionView): OfferContent {
  return { organisationType: version.organisationType, contactRoute: version.contactRoute, lastReviewedOn: version.lastReviewedOn, services: version.services };
}

/** The provider's own offer: the published version, the draft, and what stops the draft being published. */
export async function ownOfferPage(context: AppLoadContext, user: CurrentUser) {
  requireAccess(user, { type: "offer", organisation: user.organisation, published: false }, "read");
  const today = todayInLondon();
  const [{ draft, published }, { options, boroughs, template }] = await Promise.all([getOfferVersions(context.db, user.organisation.id), offerFormOptions(context, user.organisation.regionKey)]);
  const names = new Map(boroughs.map((b) => [b.key, b.name]));
  return {
    draft: draft ? describeVersion(draft, options, names, today) : null,
    published: published ? describeVersion(published, options, names, today) : null,
    problems: draft ? offerProblems(contentOf(draft), template, today) : [],
  };
}

/** A line or two for the provider's home page: is the offer published, reviewed, with a draft under way. */
export async function offerSummary(context: AppLoadContext, user: CurrentUser) {
  requireAccess(user, { type: "offer", organisation: user.organisation, published: false }, "read");
  const { draft, published } = await getOfferVersions(context.db, user.organisation.id);
  return {
    published: published
      ? {
          version: published.version,
          publishedAt: published.publishedAt?.toISOString() ?? null,
          lastReviewedOn: published.lastReviewedOn,
          reviewOverdue: offerReviewOverdue(published.lastReviewedOn, todayInLondon()),
        }
      : null,
    draft: draft ? { updatedAt: draft.updatedAt.toISOString() } : null,
  };
}

/** The form's starting values: the draft, else the published version, else one empty service. */
export async function offerFormPage(context: AppLoadContext, user: CurrentUser) {
  requireAccess(user, { type: "offer", organisation: user.organisation, published: false }, "edit");
  const [{ draft, published }, { options, boroughs, formOptions }] = await Promise.all([getOfferVersions(context.db, user.organisation.id), offerFormOptions(context, user.organisation.regionKey)]);
  const from = draft ?? published;
  const toParts = (date: string | null) => (date ? { day: String(Number(date.slice(8, 10))), month: String(Number(date.slice(5, 7))), year: date.slice(0, 4) } : { day: "", month: "", year: "" });
  const service = (s: OfferServiceInput | null) => ({
    serviceKey: s?.serviceKey ?? "",
    boroughs: s?.boroughKeys ?? [],
    eligibility: s?.eligibility ?? "",
    clientGroups: s?.clientGroups ?? [],
    capacity: s?.capacity === null || s?.capacity === undefined ? "" : String(s.capacity),
    capacityUnit: s?.capacityUnit ?? "",
    referralRoutes: s?.referralRoutes ?? [],
    referralDetail: s?.referralDetail ?? "",
    responseTime: s?.responseTime === null || s?.responseTime === undefined ? "" : String(s.responseTime),
    responseTimeUnit: s?.responseTimeUnit ?? "",
    outcomesMeasured: s?.outcomes ?? [],
    outcomesOther: s?.outcomesOther ?? "",
    funding: s?.funding ?? [],
    costBasis: s?.costBasis ?? "",
    costDetail: s?.costDetail ?? "",
    tenures: s?.tenures ?? [],
    hours: s?.hours ?? "",
    hoursDetail: s?.hoursDetail ?? "",
    contractEndOn: toParts(s?.contractEndOn ?? null),
  });
  return {
    options,
    boroughs: boroughs.map((b) => ({ key: b.key, label: b.name })),
    formOptions,
    revision: draft?.revision ?? 0,
    startedFrom: draft ? "draft" : published ? "published" : "new",
    values: {
      organisationType: from?.organisationType ?? "",
      contactRoute: from?.contactRoute ?? "",
      lastReviewedOn: toParts(from?.lastReviewedOn ?? null),
      services: from && from.services.length > 0 ? from.services.map(service) : [service(null)],
    },
  };
}
export type OfferFormValues = Awaited<ReturnType<typeof offerFormPage>>["values"];
export type OfferFormService = OfferFormValues["services"][number];
export { EMPTY_SERVICE } from "./components/offer-service-fields";

/** Saves the form as the provider's draft. */
export async function saveOffer(context: AppLoadContext, user: CurrentUser, data: OfferFormData) {
  requireAccess(user, { type: "offer", organisation: user.organisation, published: false }, "edit");
  const { framework } = offerFramework();
  return saveOfferDraft(context.db, {
    organisationId: user.organisation.id,
    actor: { personId: user.personId, name: user.name },
    frameworkKey: framework.key,
    frameworkVersion: framework.version,
    expectedRevision: Number(data.revision ?? "0") || 0,
    offer: {
      organisationType: data.organisationType,
      contactRoute: data.contactRoute,
      lastReviewedOn: data.lastReviewedOn,
      services: data.services.map((s) => ({
        serviceKey: s.serviceKey,
        boroughKeys: [...new Set(s.boroughs)],
        eligibility: s.eligibility,
        clientGroups: [...new Set(s.clientGroups)],
        capacity: s.capacity,
        capacityUnit: s.capacityUnit,
        referralRoutes: [...new Set(s.referralRoutes)],
        referralDetail: s.referralDetail,
        responseTime: s.responseTime,
        responseTimeUnit: s.responseTimeUnit,
        outcomes: [...new Set(s.outcomesMeasured)],
        outcomesOther: s.outcomesOther,
        funding: [...new Set(s.funding)],
        costBasis: s.costBasis,
        costDetail: s.costDetail,
        tenures: [...new Set(s.tenures)],
        hours: s.hours,
        hoursDetail: s.hoursDetail,
        contractEndOn: s.contractEndOn,
      })),
    },
  });
}

/** Publishes the draft if nothing stops it. */
export async function publish(context: AppLoadContext, user: CurrentUser, expectedRevision: number) {
  requireAccess(user, { type: "offer", organisation: user.organisation, published: false }, "publish");
  const { template } = offerFramework();
  const { draft } = await getOfferVersions(context.db, user.organisation.id);
  if (!draft) return { ok: false as const, problems: ["There is no draft to publish: change the offer first."] };
  const problems = offerProblems(contentOf(draft), template, todayInLondon());
  if (problems.length > 0) return { ok: false as const, problems: problems.map((p) => p.message) };
  const outcome = await publishOffer(context.db, { organisationId: user.organisation.id, actor: { personId: user.personId, name: user.name }, expectedRevision });
  if (!outcome.ok) return { ok: false as const, problems: [outcome.reason === "conflict" ? "Someone else changed the draft a moment ago: check it, then publish." : "There is no draft to publish."] };
  return { ok: true as const, version: outcome.version };
}

/** Another organisation's offer as the region sees it: the published version only (its own members see the draft on their own page). */
export async function publishedOfferPage(context: AppLoadContext, user: CurrentUser, organisationId: string) {
  const organisation = await findOrganisation(context.db, organisationId);
  if (!organisation || organisation.kind !== "provider") notFound();
  requireAccess(user, { type: "offer", organisation, published: await hasPublishedOffer(context.db, organisation.id) }, "read");
  const today = todayInLondon();
  const [{ published }, { options, boroughs }] = await Promise.all([getOfferVersions(context.db, organisation.id), offerFormOptions(context, organisation.regionKey)]);
  return {
    organisation: { id: organisation.id, name: organisation.name },
    published: published ? describeVersion(published, options, new Map(boroughs.map((b) => [b.key, b.name])), today) : null,
  };
}

const DIRECTORY_PAGE = 25;
/** The printable list is one page; past this many offers it asks for narrower filters. */
export const PRINTABLE_OFFERS = 300;

/**
 * The directory of published offers in the person's region, filtered by service, borough, ICS area and client group,
 * a page at a time (or, for printing, everything up to PRINTABLE_OFFERS).
 */
export async function directoryPage(context: AppLoadContext, user: CurrentUser, search: URLSearchParams, { printable = false } = {}) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "read");
  const regionKey = user.organisation.regionKey;
  const today = todayInLondon();
  const [{ options, boroughs }, areas] = await Promise.all([offerFormOptions(context, regionKey), listPartnershipAreas(context.db, regionKey)]);
  const pick = <T extends { key: string }>(list: readonly T[], value: string | null) => list.find((x) => x.key === value)?.key ?? "";
  const filters = {
    service: pick(options.serviceTypes, search.get("service")),
    borough: pick(boroughs, search.get("borough")),
    area: areas.find((a) => a.id === search.get("area"))?.id ?? "",
    group: pick(options.clientGroups, search.get("group")),
  };
  const area = areas.find((a) => a.id === filters.area);
  const boroughKeys = filters.borough ? [filters.borough] : area ? (area.boroughs as unknown as { key: string }[]).map((b) => b.key) : undefined;
  const pageSize = printable ? PRINTABLE_OFFERS : DIRECTORY_PAGE;
  const page = printable ? 1 : Math.max(1, Math.min(10_000, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const rows = await listPublishedOffers(context.db, {
    regionKey,
    serviceKey: filters.service || undefined,
    boroughKeys,
    clientGroup: filters.group || undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const names = new Map(boroughs.map((b) => [b.key, b.name]));
  const total = Number(rows[0]?.total ?? 0);
  return {
    maxCompared: MAX_COMPARED,
    printableLimit: PRINTABLE_OFFERS,
    filters,
    choices: {
      services: options.serviceTypes.map((s) => ({ value: s.key, label: s.label })),
      boroughs: boroughs.map((b) => ({ value: b.key, label: b.name })),
      areas: areas.map((a) => ({ value: a.id, label: a.name })),
      groups: options.clientGroups.map((g) => ({ value: g.key, label: g.label })),
    },
    page,
    beyondEnd: page > 1 && rows.length === 0,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    filterWords: [
      filters.service && optionLabel(options.serviceTypes, filters.service),
      filters.borough && names.get(filters.borough),
      area?.name,
      filters.group && optionLabel(options.clientGroups, filters.group),
    ].filter((w): w is string => Boolean(w)),
    total,
    offers: rows.map((r) => ({
      organisationId: r.organisationId,
      name: r.organisationName,
      organisationType: optionLabel(options.organisationTypes, r.organisationType),
      contactRoute: r.contactRoute,
      lastReviewedOn: r.lastReviewedOn,
      reviewOverdue: offerReviewOverdue(r.lastReviewedOn, today),
      services: (r.services as unknown as (OfferVersionView["services"][number] & { boroughs: { key: string }[] })[]).map(({ boroughs: b, ...s }) =>
        describeService({ ...s, boroughKeys: b.map((x) => x.key) }, options, names),
      ),
    })),
  };
}

export const MAX_COMPARED = 4;

/** Up to four published offers side by side. */
export async function comparePage(context: AppLoadContext, user: CurrentUser, ids: string[]) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "read");
  const chosen = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, MAX_COMPARED);
  const today = todayInLondon();
  const [{ options, boroughs }, rows] = await Promise.all([
    offerFormOptions(context, user.organisation.regionKey),
    listPublishedOffers(context.db, { regionKey: user.organisation.regionKey, organisationIds: chosen, limit: MAX_COMPARED, offset: 0 }),
  ]);
  const names = new Map(boroughs.map((b) => [b.key, b.name]));
  const offers = rows.map((r) => ({
    organisationId: r.organisationId,
    name: r.organisationName,
    organisationType: optionLabel(options.organisationTypes, r.organisationType),
    contactRoute: r.contactRoute,
    lastReviewedOn: r.lastReviewedOn,
    reviewOverdue: offerReviewOverdue(r.lastReviewedOn, today),
    services: (r.services as unknown as (OfferVersionView["services"][number] & { boroughs: { key: string }[] })[]).map(({ boroughs: b, ...s }) =>
      describeService({ ...s, boroughKeys: b.map((x) => x.key) }, options, names),
    ),
  }));
  const serviceKeys = options.serviceTypes.filter((t) => offers.some((o) => o.services.some((s) => s.serviceKey === t.key)));
  return { offers, services: serviceKeys.map((s) => ({ key: s.key, name: s.label })), tooMany: ids.length > MAX_COMPARED, maxCompared: MAX_COMPARED };
}

/** For network staff: every provider's offer (named), and the region's spread of services by borough, with its gaps. */
export async function networkOffersPage(context: AppLoadContext, user: CurrentUser) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  const regionKey = user.organisation.regionKey;
  const today = todayInLondon();
  const [providers, spread, { options, boroughs }] = await Promise.all([listProviderOffers(context.db, regionKey), offerSpread(context.db, regionKey), offerFormOptions(context, regionKey)]);
  const count = new Map(spread.map((s) => [`${s.serviceKey}|${s.boroughKey}`, Number(s.providers)]));
  return {
    providers: providers.map((p) => ({
      id: p.id,
      name: p.name,
      publishedVersion: p.publishedVersion,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      lastReviewedOn: p.lastReviewedOn,
      reviewOverdue: p.publishedVersion !== null && offerReviewOverdue(p.lastReviewedOn, today),
      draftUpdatedAt: p.draftUpdatedAt?.toISOString() ?? null,
      services: Number(p.services ?? 0),
    })),
    boroughs: boroughs.map((b) => ({ key: b.key, name: b.name })),
    services: options.serviceTypes.map((s) => {
      const per = boroughs.map((b) => ({ key: b.key, name: b.name, providers: count.get(`${s.key}|${b.key}`) ?? 0 }));
      return { key: s.key, name: s.label, covered: per.filter((p) => p.providers > 0).length, gaps: per.filter((p) => p.providers === 0).map((p) => p.name), perBorough: per };
    }),
  };
}

