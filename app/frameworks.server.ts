/**
 * Server-only: what the public framework pages show, assembled from assessment/ (the frameworks as data) and the
 * resource library in the database. Kept out of the route modules so the frameworks' data never reaches the
 * browser bundle (the pages are rendered on the server).
 */
import type { Kysely } from "kysely";
import {
  EVIDENCE_STRENGTH_INFO,
  FRAMEWORK_KEYS,
  LONDON_HEALTH_INEQUALITIES_AIMS,
  LONDON_HOUSING_STRATEGY_PRIORITIES,
  MATURITY_SCALE,
  MOU_AIMS,
  NETWORK_THEMES,
  PARTNERSHIP_FRAMEWORK_KEY,
  REPORT_AREAS,
  frameworkVersions,
  getSource,
  latestFramework,
  maturityLabel,
  type Framework,
  type IndicatorTags,
  type OfferTemplate,
} from "../assessment";
import { listResourcesByDomain, type LibraryResource } from "../db/resources";
import type { Database } from "../db/schema";

/** The latest published version of each framework, in short, for /frameworks. */
export function frameworkSummaries() {
  return FRAMEWORK_KEYS.flatMap((key) => {
    const framework = latestFramework(key);
    if (!framework) return [];
    return [
      {
        key: framework.key,
        title: framework.title,
        version: framework.version,
        publishedOn: framework.publishedOn,
        summary: framework.summary,
        domains: framework.domains.length,
        indicators: framework.domains.reduce((n, d) => n + d.indicators.length, 0),
      },
    ];
  });
}

/**
 * The overview of a published framework, for /frameworks/:key: what it is, its versions, the five levels, the offer
 * template (provider framework), its domains with their indicators' titles (each domain has its own page), the
 * background reading and every source cited. Undefined for an unknown key, a draft, or a version that does not exist
 * (`version` is the raw `?version=` value, or null for the latest).
 */
export async function frameworkOverview(db: Kysely<Database>, key: string, version: string | null) {
  const framework = findPublishedFramework(key, version);
  if (!framework) return undefined;
  const resources = await listResourcesByDomain(db, framework.key);

  return {
    framework: describeFramework(framework, version),
    versions: frameworkVersions(framework.key)
      .filter((f) => f.status === "published")
      .map((f) => ({ version: f.version, publishedOn: f.publishedOn })),
    scale: MATURITY_SCALE.map((s) => ({
      level: s.level,
      label: s.label,
      description: s.description,
      evidence: s.requiredStrength
        ? `${EVIDENCE_STRENGTH_INFO[s.requiredStrength].label} (${EVIDENCE_STRENGTH_INFO[s.requiredStrength].code})${s.level < 5 ? " or stronger" : ""}`
        : "None",
    })),
    offerTemplate: framework.offerTemplate ? describeOfferTemplate(framework.offerTemplate) : null,
    domains: framework.domains.map((domain) => ({
      key: domain.key,
      title: domain.title,
      summary: domain.summary,
      indicators: domain.indicators.map((indicator) => ({ key: indicator.key, title: indicator.title })),
    })),
    background: resources.filter((r) => r.tags.every((t) => t.domainKey === "")).map((r) => describeResource(r)),
    sources: citedSources(framework).map(citeSource),
  };
}

/**
 * One domain of a published framework in full, for /frameworks/:key/:domainKey: its indicators with their levels,
 * tags in words and sources, the library's resources for it, and the domains before and after it. Undefined when
 * the framework, version or domain does not exist.
 */
export async function frameworkDomainPage(db: Kysely<Database>, key: string, domainKey: string, version: string | null) {
  const framework = findPublishedFramework(key, version);
  const index = framework?.domains.findIndex((d) => d.key === domainKey) ?? -1;
  if (!framework || index < 0) return undefined;
  const domain = framework.domains[index]!;
  const resources = await listResourcesByDomain(db, framework.key);
  const neighbour = (d: Framework["domains"][number] | undefined) => (d ? { key: d.key, title: d.title } : null);

  return {
    framework: describeFramework(framework, version),
    domain: {
      key: domain.key,
      title: domain.title,
      summary: domain.summary,
      number: index + 1,
      indicators: domain.indicators.map((indicator) => ({
        key: indicator.key,
        title: indicator.title,
        statement: indicator.statement,
        guidance: indicator.guidance,
        levels: indicator.levels.map((l) => ({ ...l, label: maturityLabel(l.level) })),
        tags: describeTags(indicator.tags),
        sources: indicator.sources.map(citeSource),
      })),
      resources: resourcesForDomain(resources, domain),
    },
    domainCount: framework.domains.length,
    previous: neighbour(framework.domains[index - 1]),
    next: neighbour(framework.domains[index + 1]),
    /** Whether the latest version still has this domain, so an earlier version's page can link to it. */
    latestHasDomain: latestFramework(framework.key)!.domains.some((d) => d.key === domain.key),
  };
}

/** A published version: the one asked for with `?version=N`, else the latest. Drafts are not shown. */
function findPublishedFramework(key: string, version: string | null): Framework | undefined {
  if (version === null) return latestFramework(key);
  if (!/^[1-9]\d{0,5}$/.test(version)) return undefined;
  return frameworkVersions(key).find((f) => f.version === Number(version) && f.status === "published");
}

/**
 * What every framework page says about the version shown. `pinnedVersion` is set when the reader asked for a
 * version (`?version=N`), so the page's links to the framework's other pages keep to it.
 */
function describeFramework(framework: Framework, version: string | null) {
  return {
    key: framework.key,
    version: framework.version,
    title: framework.title,
    summary: framework.summary,
    publishedOn: framework.publishedOn,
    latestVersion: latestFramework(framework.key)!.version,
    pinnedVersion: version === null ? null : framework.version,
  };
}

function describeTags(tags: IndicatorTags): { label: string; values: string[] }[] {
  const titles = <T extends { key: string; title: string }>(list: readonly T[], keys: readonly string[]) =>
    keys.map((key) => list.find((item) => item.key === key)?.title ?? key);
  return [
    { label: "National MoU aims", values: tags.mouAims.map((aim) => `${aim}. ${MOU_AIMS.find((a) => a.aim === aim)?.title ?? ""}`) },
    { label: "King's Fund report areas", values: titles(REPORT_AREAS, tags.reportAreas) },
    { label: "London Health Inequalities Strategy aims", values: titles(LONDON_HEALTH_INEQUALITIES_AIMS, tags.londonHealthInequalitiesAims) },
    { label: "London Housing Strategy priorities", values: titles(LONDON_HOUSING_STRATEGY_PRIORITIES, tags.londonHousingStrategyPriorities) },
    { label: "Network themes", values: titles(NETWORK_THEMES, tags.networkThemes) },
  ].filter((row) => row.values.length > 0);
}

function citeSource(key: string) {
  const source = getSource(key);
  if (!source) throw new Error(`unknown source ${key}`);
  return { key, title: source.title, publisher: source.publisher, year: source.year, url: source.url, confirmed: source.confirmed, note: source.note ?? null };
}

/** Every source the framework cites, in the order they first appear. */
/** Every source a framework cites, as citations, in the order they first appear. */
export function frameworkSources(framework: Framework) {
  return citedSources(framework).map(citeSource);
}

function citedSources(framework: Framework): string[] {
  return [...new Set(framework.domains.flatMap((d) => d.indicators.flatMap((i) => i.sources)))];
}

function describeResource(resource: LibraryResource, about: string[] = []) {
  const { title, publisher, year, url, summary, confirmed, note } = resource;
  return { id: resource.id, title, publisher, year, url, summary, confirmed, note, about };
}

/** Library resources tagged to the domain or one of its indicators, with the indicators they are about. */
function resourcesForDomain(resources: LibraryResource[], domain: Framework["domains"][number]) {
  return resources
    .filter((r) => r.tags.some((t) => t.domainKey === domain.key))
    .map((r) =>
      describeResource(
        r,
        r.tags
          .filter((t) => t.domainKey === domain.key && t.indicatorKey !== "")
          .map((t) => domain.indicators.find((i) => i.key === t.indicatorKey)?.title ?? t.indicatorKey),
      ),
    );
}

function describeOfferTemplate(template: OfferTemplate) {
  const partnershipDomains = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)?.domains ?? [];
  const optionsFor: Record<string, { label: string }[]> = {
    capacity: template.capacityUnits,
    "referral-routes": template.referralRoutes,
    "response-time": template.responseTimeUnits,
    outcomes: template.outcomeMeasures,
    funding: template.fundingSources,
    "client-groups": template.clientGroups ?? [],
    "cost-basis": template.costBases ?? [],
    tenures: template.tenures ?? [],
    hours: template.serviceHours ?? [],
    "organisation-type": template.organisationTypes,
  };
  return {
    serviceTypes: template.serviceTypes.map((s) => ({
      key: s.key,
      name: s.name,
      description: s.description,
      partnershipDomains: s.partnershipDomains.map((key) => partnershipDomains.find((d) => d.key === key)?.title ?? key),
    })),
    serviceFields: template.serviceFields.map((f) => ({
      key: f.key,
      label: f.label,
      hint: f.hint,
      required: f.required,
      options: (optionsFor[f.kind] ?? []).map((o) => o.label),
    })),
    organisationTypes: template.organisationTypes.map((o) => o.label),
    sizeBands: template.sizeBands.map((b) => b.label),
  };
}

