import { partnershipFrameworkV1 } from "./frameworks/partnership-v1";
import { partnershipFrameworkV2 } from "./frameworks/partnership-v2";
import { providerOfferFrameworkV1 } from "./frameworks/provider-offer-v1";
import { providerOfferFrameworkV2 } from "./frameworks/provider-offer-v2";
import type { Domain, Framework, Indicator, OfferTemplate, SizeBand } from "./types";

export const PARTNERSHIP_FRAMEWORK_KEY = "partnership-self-assessment" as const;
export const PROVIDER_FRAMEWORK_KEY = "provider-offer" as const;
export const FRAMEWORK_KEYS = [PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) deepFreeze(child);
  }
  return value;
}

/**
 * Every version of every framework, published and draft. Frozen: a published version must never change at
 * run time either. To change one, add a new version (see docs/frameworks.md).
 */
export const frameworks: readonly Framework[] = deepFreeze([
  partnershipFrameworkV1,
  partnershipFrameworkV2,
  providerOfferFrameworkV1,
  providerOfferFrameworkV2,
]);

/** All versions of a framework, oldest first. */
export function frameworkVersions(key: string): Framework[] {
  return frameworks.filter((f) => f.key === key).sort((a, b) => a.version - b.version);
}

/** The highest published version of a framework, or undefined. */
export function latestFramework(key: string): Framework | undefined {
  const published = frameworkVersions(key).filter((f) => f.status === "published");
  return published[published.length - 1];
}

/**
 * A framework by key and version (published or draft). Without a version: the latest published one.
 * Undefined when unknown.
 */
export function getFramework(key: string, version?: number): Framework | undefined {
  if (version === undefined) return latestFramework(key);
  return frameworks.find((f) => f.key === key && f.version === version);
}

export interface IndicatorLocation {
  domain: Domain;
  indicator: Indicator;
  /** 0-based position of the domain in the framework. */
  domainIndex: number;
  /** 0-based position of the indicator across the whole framework. */
  position: number;
}

/** Every indicator of a framework, keyed by indicator key, with its domain. */
export function indexIndicators(framework: Framework): Map<string, IndicatorLocation> {
  const index = new Map<string, IndicatorLocation>();
  let position = 0;
  framework.domains.forEach((domain, domainIndex) => {
    for (const indicator of domain.indicators) {
      index.set(indicator.key, { domain, indicator, domainIndex, position });
      position += 1;
    }
  });
  return index;
}

/** The offer template of the provider framework (latest published version unless a version is given). */
export function getOfferTemplate(version?: number): OfferTemplate | undefined {
  return getFramework(PROVIDER_FRAMEWORK_KEY, version)?.offerTemplate;
}

/** The size band for a number of homes managed, or undefined for a negative or non-whole number. */
export function sizeBandFor(homesManaged: number, template: OfferTemplate | undefined = getOfferTemplate()): SizeBand | undefined {
  if (!template || !Number.isInteger(homesManaged) || homesManaged < 0) return undefined;
  return template.sizeBands.find(
    (band) => homesManaged >= band.minHomes && (band.maxHomes === null || homesManaged <= band.maxHomes),
  );
}
