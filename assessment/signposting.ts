import { indexIndicators } from "./registry";
import { maturityLabel } from "./scale";
import type { FrameworkScore } from "./scoring";
import type { Framework, MaturityLevel, ResourceTags } from "./types";

/**
 * Signposting: which resources to show first, and why.
 *
 * Each resource is matched to the domains and indicators it is tagged with that have a score below 5.
 * (A resource tagged only to a whole framework is background reading and is not signposted.)
 * Its best match decides its place, by these rules in turn:
 *   1. the biggest gap to target first (no target, or at or above target, counts as a gap of 0);
 *   2. then the lowest score (a domain's mean, or an indicator's level);
 *   3. then an indicator match before a domain match (more specific);
 *   4. then the order of the framework;
 *   5. then the resource key, so the order is always the same for the same input.
 */

export const DEFAULT_SIGNPOST_LIMIT = 10;

/** The part of a resource signposting needs; library rows from the database fit this too. */
export interface SignpostResource {
  key: string;
  title: string;
  tags: ResourceTags;
}

export interface Signpost<R extends SignpostResource = SignpostResource> {
  resource: R;
  /** A sentence for people, e.g. "Your score for Data and information sharing is 1.5, 2 below your target." */
  reason: string;
  domainKey: string;
  /** Set when the match was to a single indicator. */
  indicatorKey: string | null;
  /** The domain score or the indicator level that matched. */
  score: number;
  /** Positive when below target; null when there is no target. */
  gap: number | null;
}

interface Need {
  domainKey: string;
  indicatorKey: string | null;
  score: number;
  gap: number | null;
  order: number;
  reason: string;
}

/** "2" for 2, "0.5" for 0.5. */
function formatGap(gap: number): string {
  return Number.isInteger(gap) ? String(gap) : gap.toFixed(1);
}

function domainReason(title: string, score: number, gap: number | null): string {
  const base = `Your score for ${title} is ${score.toFixed(1)}`;
  return gap !== null && gap > 0 ? `${base}, ${formatGap(gap)} below your target.` : `${base} out of 5.`;
}

function indicatorReason(title: string, level: MaturityLevel, target: MaturityLevel | null): string {
  const base = `You rated "${title}" at level ${level} (${maturityLabel(level)})`;
  return target !== null && target > level ? `${base}, ${target - level} below your target of ${target}.` : `${base}.`;
}

function effectiveGap(gap: number | null): number {
  return gap !== null && gap > 0 ? gap : 0;
}

function compareNeeds(a: Need, b: Need): number {
  return (
    effectiveGap(b.gap) - effectiveGap(a.gap) ||
    a.score - b.score ||
    (a.indicatorKey === null ? 1 : 0) - (b.indicatorKey === null ? 1 : 0) ||
    a.order - b.order
  );
}

export function signpost<R extends SignpostResource>(input: {
  framework: Framework;
  score: FrameworkScore;
  resources: readonly R[];
  limit?: number;
}): Signpost<R>[] {
  const { framework, score, resources } = input;
  const limit = input.limit ?? DEFAULT_SIGNPOST_LIMIT;
  const index = indexIndicators(framework);

  const domainNeeds = new Map<string, Need>();
  const indicatorNeeds = new Map<string, Need>();
  const indicatorsPerDomain = 100; // keeps domain and indicator order on one scale
  score.domains.forEach((domain, domainIndex) => {
    if (domain.score !== null && domain.score < 5) {
      domainNeeds.set(domain.domainKey, {
        domainKey: domain.domainKey,
        indicatorKey: null,
        score: domain.score,
        gap: domain.gap,
        order: domainIndex * indicatorsPerDomain,
        reason: domainReason(domain.title, domain.score, domain.gap),
      });
    }
    domain.indicators.forEach((result, indicatorIndex) => {
      const location = index.get(result.indicatorKey);
      if (!location || result.level === null || result.level >= 5) return;
      const gap = result.targetLevel === null ? null : result.targetLevel - result.level;
      indicatorNeeds.set(result.indicatorKey, {
        domainKey: domain.domainKey,
        indicatorKey: result.indicatorKey,
        score: result.level,
        gap,
        order: domainIndex * indicatorsPerDomain + indicatorIndex + 1,
        reason: indicatorReason(location.indicator.title, result.level, result.targetLevel),
      });
    });
  });

  const matched: { resource: R; need: Need }[] = [];
  for (const resource of resources) {
    const needs: Need[] = [];
    for (const key of resource.tags.domains) {
      const need = domainNeeds.get(key);
      if (need) needs.push(need);
    }
    for (const key of resource.tags.indicators) {
      const need = indicatorNeeds.get(key);
      if (need) needs.push(need);
    }
    const best = needs.sort(compareNeeds)[0];
    if (best) matched.push({ resource, need: best });
  }

  matched.sort(
    (a, b) => compareNeeds(a.need, b.need) || (a.resource.key < b.resource.key ? -1 : a.resource.key > b.resource.key ? 1 : 0),
  );

  return matched.slice(0, Math.max(0, limit)).map(({ resource, need }) => ({
    resource,
    reason: need.reason,
    domainKey: need.domainKey,
    indicatorKey: need.indicatorKey,
    score: need.score,
    gap: need.gap,
  }));
}
