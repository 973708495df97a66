import type { CarryOver, Framework, MaturityLevel, RatingAnswer } from "../../../assessment";

/** A small, valid framework for rule tests, so they do not depend on the published content. */
export function makeFramework(options: {
  key?: string;
  version?: number;
  status?: "published" | "draft";
  domains: { key: string; indicators: string[] }[];
  carriesOverFrom?: CarryOver;
}): Framework {
  return {
    key: options.key ?? "test-framework",
    version: options.version ?? 1,
    status: options.status ?? "published",
    title: "Test framework",
    summary: "For tests.",
    publishedOn: "2025-01-01",
    ...(options.carriesOverFrom ? { carriesOverFrom: options.carriesOverFrom } : {}),
    domains: options.domains.map((d) => ({
      key: d.key,
      title: `Domain ${d.key}`,
      summary: "A domain.",
      indicators: d.indicators.map((slug) => ({
        key: `${d.key}.${slug}`,
        title: `Indicator ${slug}`,
        statement: `Statement ${slug}`,
        guidance: "Guidance.",
        levels: ([1, 2, 3, 4, 5] as const).map((level) => ({
          level,
          descriptor: `${slug} at level ${level}`,
          evidenceExpected: `evidence for ${level}`,
        })),
        tags: {
          mouAims: [1],
          reportAreas: ["partnership"],
          londonHealthInequalitiesAims: [],
          londonHousingStrategyPriorities: [],
          networkThemes: [],
        },
        sources: ["mou-2018"],
      })),
    })),
  };
}

export function level(indicatorKey: string, value: MaturityLevel, targetLevel?: MaturityLevel | null): RatingAnswer {
  return targetLevel === undefined
    ? { indicatorKey, answer: "level", level: value }
    : { indicatorKey, answer: "level", level: value, targetLevel };
}

export function notApplicable(indicatorKey: string): RatingAnswer {
  return { indicatorKey, answer: "not_applicable", level: null };
}

export function dontKnow(indicatorKey: string): RatingAnswer {
  return { indicatorKey, answer: "dont_know", level: null };
}
