import { isIsoDate } from "./dates";
import { MATURITY_SCALE } from "./scale";
import { SOURCES } from "./sources";
import {
  LONDON_HEALTH_INEQUALITIES_AIMS,
  LONDON_HOUSING_STRATEGY_PRIORITIES,
  MOU_AIMS,
  NETWORK_THEMES,
  REPORT_AREAS,
} from "./taxonomy";
import type { Framework, OfferFieldKind, OfferOption, OfferTemplate, ResourceSeed, Source } from "./types";
import type { SignpostResource } from "./signposting";

/**
 * Checks a framework version for completeness and consistency. Returns a list of problems (empty when sound),
 * each naming where it is, so a maintainer can fix it before publishing.
 */

export const INDICATORS_PER_DOMAIN = { min: 3, max: 6 } as const;

const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface IntegrityOptions {
  sources?: Readonly<Record<string, Source>>;
  /** When given, every domain must have at least one resource tagged to it or to one of its indicators. */
  resources?: readonly SignpostResource[];
}

export function checkFrameworkIntegrity(framework: Framework, options: IntegrityOptions = {}): string[] {
  const sources = options.sources ?? SOURCES;
  const problems: string[] = [];
  const at = (where: string, problem: string) => problems.push(`${where}: ${problem}`);
  const mouAims = new Set(MOU_AIMS.map((a) => a.aim));
  const areas = new Set(REPORT_AREAS.map((a) => a.key));
  const his = new Set(LONDON_HEALTH_INEQUALITIES_AIMS.map((a) => a.key));
  const lhs = new Set(LONDON_HOUSING_STRATEGY_PRIORITIES.map((a) => a.key));
  const themes = new Set<string>(NETWORK_THEMES.map((t) => t.key));
  const genericDescriptions = new Set(MATURITY_SCALE.map((l) => l.description));

  const name = `${framework.key} v${framework.version}`;
  if (!KEY_PATTERN.test(framework.key)) at(name, "framework key must be lower-case words joined by hyphens");
  if (!Number.isInteger(framework.version) || framework.version < 1) at(name, "version must be a whole number from 1");
  if (!isIsoDate(framework.publishedOn)) at(name, `publishedOn "${framework.publishedOn}" is not a YYYY-MM-DD date`);
  if (!framework.title.trim() || !framework.summary.trim()) at(name, "needs a title and a summary");
  if (framework.domains.length === 0) at(name, "has no domains");

  const domainKeys = new Set<string>();
  const indicatorKeys = new Set<string>();
  for (const domain of framework.domains) {
    const where = `${name} / ${domain.key}`;
    if (!KEY_PATTERN.test(domain.key)) at(where, "domain key must be lower-case words joined by hyphens");
    if (domainKeys.has(domain.key)) at(where, "duplicate domain key");
    domainKeys.add(domain.key);
    if (!domain.title.trim() || !domain.summary.trim()) at(where, "needs a title and a summary");
    const count = domain.indicators.length;
    if (count < INDICATORS_PER_DOMAIN.min || count > INDICATORS_PER_DOMAIN.max) {
      at(where, `has ${count} indicators; expected ${INDICATORS_PER_DOMAIN.min} to ${INDICATORS_PER_DOMAIN.max}`);
    }

    for (const indicator of domain.indicators) {
      const iw = `${name} / ${indicator.key}`;
      const [prefix, slug, ...rest] = indicator.key.split(".");
      if (prefix !== domain.key || !slug || rest.length > 0 || !KEY_PATTERN.test(slug)) {
        at(iw, `indicator key must be "${domain.key}.<slug>"`);
      }
      if (indicatorKeys.has(indicator.key)) at(iw, "duplicate indicator key");
      indicatorKeys.add(indicator.key);
      for (const field of ["title", "statement", "guidance"] as const) {
        if (!indicator[field]?.trim()) at(iw, `missing ${field}`);
      }

      if (indicator.levels.length !== 5) at(iw, `has ${indicator.levels.length} levels; expected 5`);
      indicator.levels.forEach((level, i) => {
        if (level.level !== i + 1) at(iw, `level at position ${i + 1} is numbered ${level.level}`);
        if (!level.descriptor?.trim()) at(iw, `level ${level.level} has no descriptor`);
        if (!level.evidenceExpected?.trim()) at(iw, `level ${level.level} has no evidence expected`);
        if (genericDescriptions.has(level.descriptor)) at(iw, `level ${level.level} repeats the generic scale`);
      });
      const descriptors = new Set(indicator.levels.map((l) => l.descriptor));
      if (descriptors.size !== indicator.levels.length) at(iw, "two levels share the same descriptor");

      const tags = indicator.tags;
      if (tags.mouAims.length === 0) at(iw, "needs at least one MoU aim");
      for (const aim of tags.mouAims) if (!mouAims.has(aim)) at(iw, `unknown MoU aim ${aim}`);
      if (tags.reportAreas.length === 0) at(iw, "needs at least one report area");
      for (const area of tags.reportAreas) if (!areas.has(area)) at(iw, `unknown report area "${area}"`);
      for (const aim of tags.londonHealthInequalitiesAims) if (!his.has(aim)) at(iw, `unknown Health Inequalities Strategy aim "${aim}"`);
      for (const p of tags.londonHousingStrategyPriorities) if (!lhs.has(p)) at(iw, `unknown London Housing Strategy priority "${p}"`);
      for (const theme of tags.networkThemes) if (!themes.has(theme)) at(iw, `unknown network theme "${theme}"`);

      if (indicator.sources.length === 0) at(iw, "needs at least one source");
      for (const source of indicator.sources) if (!sources[source]) at(iw, `unknown source "${source}"`);
    }

    if (options.resources) {
      const keys = new Set([domain.key, ...domain.indicators.map((i) => i.key)]);
      const covered = options.resources.some(
        (r) => r.tags.domains.some((k) => keys.has(k)) || r.tags.indicators.some((k) => keys.has(k)),
      );
      if (!covered) at(where, "has no resource in the library");
    }
  }

  if (framework.offerTemplate) {
    const t = framework.offerTemplate;
    const lists: [string, { key: string }[]][] = [
      ["serviceTypes", t.serviceTypes],
      ["serviceFields", t.serviceFields],
      ["capacityUnits", t.capacityUnits],
      ["responseTimeUnits", t.responseTimeUnits],
      ["referralRoutes", t.referralRoutes],
      ["outcomeMeasures", t.outcomeMeasures],
      ["fundingSources", t.fundingSources],
      ["organisationTypes", t.organisationTypes],
      ["sizeBands", t.sizeBands],
    ];
    // Lists added in version 2: checked when present.
    const optional: [string, { key: string }[] | undefined][] = [
      ["offerFields", t.offerFields],
      ["clientGroups", t.clientGroups],
      ["costBases", t.costBases],
      ["tenures", t.tenures],
      ["serviceHours", t.serviceHours],
    ];
    for (const [list, items] of optional) if (items) lists.push([list, items]);
    for (const [list, items] of lists) {
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.key)) at(`${name} / offerTemplate.${list}`, `duplicate key "${item.key}"`);
        seen.add(item.key);
      }
      if (items.length === 0) at(`${name} / offerTemplate.${list}`, "is empty");
    }
    const fieldKeys = new Set<string>();
    for (const field of [...t.serviceFields, ...(t.offerFields ?? [])]) {
      const where = `${name} / offerTemplate field ${field.key}`;
      if (fieldKeys.has(field.key)) at(where, "the same key is used for a service field and an offer field");
      fieldKeys.add(field.key);
      if (!field.label.trim() || !field.hint.trim()) at(where, "needs a label and a hint");
      const options = optionsForKind(t, field.kind);
      if (options !== null && (options === undefined || options.length === 0)) at(where, `is a "${field.kind}" field but its option list is missing or empty`);
    }
    for (const measure of t.outcomeMeasures) {
      if (measure.definitionSource !== undefined && !sources[measure.definitionSource]) {
        at(`${name} / outcomeMeasures.${measure.key}`, `unknown definition source "${measure.definitionSource}"`);
      }
    }
    let expectedMin = 0;
    for (const band of t.sizeBands) {
      if (band.minHomes !== expectedMin) at(`${name} / sizeBands.${band.key}`, `starts at ${band.minHomes}; expected ${expectedMin} (no gaps or overlaps)`);
      if (band.maxHomes !== null && band.maxHomes < band.minHomes) at(`${name} / sizeBands.${band.key}`, "ends before it starts");
      expectedMin = band.maxHomes === null ? Number.POSITIVE_INFINITY : band.maxHomes + 1;
    }
    if (expectedMin !== Number.POSITIVE_INFINITY) at(`${name} / sizeBands`, "the last band must be open-ended");
  }

  return problems;
}

/** The option list a field of this kind chooses from; null for kinds with no list (free text, dates, boroughs). */
export function optionsForKind(template: OfferTemplate, kind: OfferFieldKind): readonly OfferOption[] | undefined | null {
  switch (kind) {
    case "capacity":
      return template.capacityUnits;
    case "referral-routes":
      return template.referralRoutes;
    case "response-time":
      return template.responseTimeUnits;
    case "outcomes":
      return template.outcomeMeasures;
    case "funding":
      return template.fundingSources;
    case "client-groups":
      return template.clientGroups;
    case "cost-basis":
      return template.costBases;
    case "tenures":
      return template.tenures;
    case "hours":
      return template.serviceHours;
    case "organisation-type":
      return template.organisationTypes;
    case "boroughs":
    case "date":
    case "text":
      return null;
  }
}

/** Checks a version's `carriesOverFrom` against the version it names. */
export function checkCarryOver(framework: Framework, previous: Framework | undefined): string[] {
  const carry = framework.carriesOverFrom;
  const name = `${framework.key} v${framework.version}`;
  if (!carry) return [];
  if (!previous) return [`${name}: carries over from version ${carry.version}, which does not exist`];
  const problems: string[] = [];
  if (previous.key !== framework.key || previous.version !== carry.version) {
    problems.push(`${name}: was given ${previous.key} v${previous.version} to check against, but carries over from v${carry.version}`);
  }
  if (carry.version >= framework.version) problems.push(`${name}: carries over from a version that is not older`);
  const newKeys = new Set(framework.domains.flatMap((d) => d.indicators.map((i) => i.key)));
  const oldKeys = new Set(previous.domains.flatMap((d) => d.indicators.map((i) => i.key)));
  const usedOld = new Set<string>();
  for (const [newKey, oldKey] of Object.entries(carry.indicatorKeys)) {
    if (!newKeys.has(newKey)) problems.push(`${name}: carry-over names "${newKey}", which is not in this version`);
    if (!oldKeys.has(oldKey)) problems.push(`${name}: carry-over names "${oldKey}", which is not in version ${carry.version}`);
    if (usedOld.has(oldKey)) problems.push(`${name}: "${oldKey}" carries over to more than one indicator`);
    usedOld.add(oldKey);
  }
  return problems;
}

/** Checks resource keys are unique and every tag names an existing framework, domain or indicator. */
export function checkResources(resources: readonly ResourceSeed[], frameworks: readonly Framework[]): string[] {
  const problems: string[] = [];
  const frameworkKeys = new Set(frameworks.map((f) => f.key));
  const domainKeys = new Set(frameworks.flatMap((f) => f.domains.map((d) => d.key)));
  const indicatorKeys = new Set(frameworks.flatMap((f) => f.domains.flatMap((d) => d.indicators.map((i) => i.key))));
  const seen = new Set<string>();
  for (const r of resources) {
    if (seen.has(r.key)) problems.push(`${r.key}: duplicate resource key`);
    seen.add(r.key);
    if (!KEY_PATTERN.test(r.key)) problems.push(`${r.key}: key must be lower-case words joined by hyphens`);
    if (!r.title.trim() || !r.publisher.trim() || !r.summary.trim()) problems.push(`${r.key}: needs a title, publisher and summary`);
    if (!/^https?:\/\//.test(r.url)) problems.push(`${r.key}: url must start with http:// or https://`);
    if (!r.confirmed && !r.note?.trim()) problems.push(`${r.key}: an unconfirmed resource needs a note saying why`);
    for (const k of r.tags.frameworks) if (!frameworkKeys.has(k)) problems.push(`${r.key}: unknown framework "${k}"`);
    for (const k of r.tags.domains) if (!domainKeys.has(k)) problems.push(`${r.key}: unknown domain "${k}"`);
    for (const k of r.tags.indicators) if (!indicatorKeys.has(k)) problems.push(`${r.key}: unknown indicator "${k}"`);
  }
  return problems;
}
