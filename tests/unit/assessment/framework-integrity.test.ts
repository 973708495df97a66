import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FRAMEWORK_KEYS,
  PARTNERSHIP_FRAMEWORK_KEY,
  PROVIDER_FRAMEWORK_KEY,
  REPORT_AREAS,
  checkFrameworkIntegrity,
  checkResources,
  frameworks,
  frameworkVersions,
  getFramework,
  latestFramework,
  type Framework,
  resourceSeed,
  sizeBandFor,
  sourceList,
} from "../../../assessment";
import { makeFramework } from "./fixtures";

/** Document-sharing and copy sites: a link there is never the publisher's own. */
const MIRRORS = /dokumen\.tips|slidelegend|pdfslide|vdocuments|readkong|scribd|paperzz|fdocuments|govwire|issuu|docslib|1library/;

describe.each(frameworks.map((f) => [`${f.key} v${f.version}`, f] as const))("framework %s", (_name, framework) => {
  it("passes every integrity check, including a resource for every domain", () => {
    expect(checkFrameworkIntegrity(framework, { resources: resourceSeed })).toEqual([]);
  });

  it("has five levels, numbered 1 to 5 in order, for every indicator", () => {
    for (const indicator of framework.domains.flatMap((d) => d.indicators)) {
      expect(indicator.levels.map((l) => l.level), indicator.key).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it("has 3 to 6 indicators in every domain", () => {
    for (const domain of framework.domains) {
      expect(domain.indicators.length, domain.key).toBeGreaterThanOrEqual(3);
      expect(domain.indicators.length, domain.key).toBeLessThanOrEqual(6);
    }
  });

  it("cites at least one source for every indicator, and only sources that exist", () => {
    for (const indicator of framework.domains.flatMap((d) => d.indicators)) {
      expect(indicator.sources.length, indicator.key).toBeGreaterThan(0);
      for (const key of indicator.sources) expect(sourceList.some((s) => s.key === key), `${indicator.key} → ${key}`).toBe(true);
    }
  });

  it("has five distinct descriptors for every indicator", () => {
    for (const indicator of framework.domains.flatMap((d) => d.indicators)) {
      expect(new Set(indicator.levels.map((l) => l.descriptor)).size, indicator.key).toBe(5);
    }
  });
});

/** Published versions of a framework, oldest first. */
const publishedVersions = (key: string) => frameworkVersions(key).filter((f) => f.status === "published");
const indicatorsOf = (framework: Framework) => framework.domains.flatMap((d) => d.indicators);

/**
 * Rules for descriptors and tags from version 2 on. Version 1 is published and cannot change; these are the
 * problems version 2 corrected (docs/frameworks.md, "Version 2").
 */
describe.each(frameworks.filter((f) => f.version >= 2).map((f) => [`${f.key} v${f.version}`, f] as const))(
  "framework %s, under the rules from version 2",
  (_name, framework) => {
    it("describes level 4 as something measured against a baseline", () => {
      for (const indicator of indicatorsOf(framework)) expect(indicator.levels[3]!.descriptor, indicator.key).toMatch(/baseline/);
    });

    it("names outcome evidence with a baseline or a comparison at level 4, never activity alone", () => {
      for (const indicator of indicatorsOf(framework)) {
        expect(indicator.levels[3]!.evidenceExpected, indicator.key).toMatch(/baseline|compared with|against|trend/);
      }
    });

    it("says at level 5 what is happening to inequalities, as the generic level 5 requires", () => {
      for (const indicator of indicatorsOf(framework)) expect(indicator.levels[4]!.descriptor, indicator.key).toMatch(/inequalit/);
    });

    it("uses no level 5 wording that nobody could observe", () => {
      const unobservable = /accepted place|routine and trusted|is trusted|widely recognised|culture of/i;
      for (const indicator of indicatorsOf(framework)) {
        for (const level of indicator.levels) expect(level.descriptor, `${indicator.key} level ${level.level}`).not.toMatch(unobservable);
      }
    });

    it("asks one thing in each statement (no 'and is/are … and' double statements)", () => {
      const double = /\b(and|, and) (is|are) (reviewed|falling|acted on|monitored|used)\b|\btracked(,)? and (falling|reported)\b/;
      for (const indicator of indicatorsOf(framework)) expect(indicator.statement, indicator.key).not.toMatch(double);
    });

    it("tags every indicator with a London Health Inequalities Strategy aim", () => {
      for (const indicator of indicatorsOf(framework)) {
        expect(indicator.tags.londonHealthInequalitiesAims.length, indicator.key).toBeGreaterThan(0);
      }
    });

    it("serves every aim of the Health Inequalities Strategy, including Healthy Living", () => {
      const aims = new Set(indicatorsOf(framework).flatMap((i) => i.tags.londonHealthInequalitiesAims));
      expect(aims.has("healthy-living")).toBe(true);
    });
  },
);

describe.each(publishedVersions(PARTNERSHIP_FRAMEWORK_KEY).map((f) => [f.version, f] as const))(
  "the partnership framework, version %i",
  (_version, partnership) => {

  it("exists and has 10 to 12 domains", () => {
    expect(partnership).toBeDefined();
    expect(partnership!.domains.length).toBeGreaterThanOrEqual(10);
    expect(partnership!.domains.length).toBeLessThanOrEqual(12);
  });

  it("covers all five MoU aims", () => {
    const aims = new Set(partnership!.domains.flatMap((d) => d.indicators.flatMap((i) => i.tags.mouAims)));
    expect([...aims].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("covers every area of the King's Fund report", () => {
    const areas = new Set(partnership!.domains.flatMap((d) => d.indicators.flatMap((i) => i.tags.reportAreas)));
    expect([...areas].sort()).toEqual(REPORT_AREAS.map((a) => a.key).sort());
  });

  it("tags every London aim, priority and network theme at least once", () => {
    const indicators = partnership!.domains.flatMap((d) => d.indicators);
    expect(new Set(indicators.flatMap((i) => i.tags.londonHealthInequalitiesAims)).size).toBeGreaterThanOrEqual(partnership.version >= 2 ? 5 : 4);
    expect(new Set(indicators.flatMap((i) => i.tags.londonHousingStrategyPriorities)).size).toBe(5);
    expect(new Set(indicators.flatMap((i) => i.tags.networkThemes))).toEqual(new Set(["populations", "places", "pathways"]));
  });
  },
);

describe.each(publishedVersions(PROVIDER_FRAMEWORK_KEY).map((f) => [f.version, f] as const))(
  "the provider offer framework, version %i",
  (_version, provider) => {

  it("has an offer template with the service types the report and brief name", () => {
    const keys = provider!.offerTemplate!.serviceTypes.map((s) => s.key);
    for (const expected of [
      "hospital-discharge-support",
      "step-down-homes",
      "adaptations-handyperson",
      "supported-housing-mental-health",
      "homelessness-prevention",
      "warm-safe-homes",
      "falls-prevention",
    ]) {
      expect(keys).toContain(expected);
    }
  });

  it("asks each service for boroughs, capacity, referral route, response time and outcomes", () => {
    const kinds = provider!.offerTemplate!.serviceFields.map((f) => f.kind);
    expect(kinds).toEqual(expect.arrayContaining(["boroughs", "capacity", "referral-routes", "response-time", "outcomes"]));
  });

  it("links each service type to partnership domains that exist", () => {
    const partnershipDomains = new Set(latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!.domains.map((d) => d.key));
    for (const service of provider!.offerTemplate!.serviceTypes) {
      expect(service.partnershipDomains.length, service.key).toBeGreaterThan(0);
      for (const d of service.partnershipDomains) expect(partnershipDomains.has(d), `${service.key} → ${d}`).toBe(true);
    }
  });

  it("puts every number of homes in exactly one size band", () => {
    expect(sizeBandFor(0)?.key).toBe("no-homes");
    expect(sizeBandFor(1)?.key).toBe("under-1000");
    expect(sizeBandFor(999)?.key).toBe("under-1000");
    expect(sizeBandFor(1000)?.key).toBe("1000-4999");
    expect(sizeBandFor(4999)?.key).toBe("1000-4999");
    expect(sizeBandFor(5000)?.key).toBe("5000-14999");
    expect(sizeBandFor(49999)?.key).toBe("15000-49999");
    expect(sizeBandFor(50000)?.key).toBe("50000-plus");
    expect(sizeBandFor(250000)?.key).toBe("50000-plus");
    expect(sizeBandFor(-1)).toBeUndefined();
    expect(sizeBandFor(10.5)).toBeUndefined();
    expect(sizeBandFor(4999, provider.offerTemplate)?.key).toBe("1000-4999");
  });
  },
);

describe("the provider offer framework from version 2", () => {
  const v1 = getFramework(PROVIDER_FRAMEWORK_KEY, 1)!;
  const v2 = getFramework(PROVIDER_FRAMEWORK_KEY, 2)!;
  const template = v2.offerTemplate!;

  it("keeps every version 1 service field, and adds the new ones in the agreed order with the agreed keys", () => {
    expect(template.serviceFields.map((f) => f.key)).toEqual([
      "boroughs",
      "eligibility",
      "clientGroups",
      "capacity",
      "referralRoutes",
      "responseTime",
      "outcomesMeasured",
      "funding",
      "costBasis",
      "tenures",
      "hours",
      "contractEndOn",
    ]);
    for (const field of v1.offerTemplate!.serviceFields) {
      expect(template.serviceFields.find((f) => f.key === field.key), field.key).toEqual(field);
    }
  });

  it("gives each new field the right kind, and makes only the contract end date and funding optional", () => {
    const kinds = Object.fromEntries(template.serviceFields.map((f) => [f.key, f.kind]));
    expect(kinds).toMatchObject({ clientGroups: "client-groups", costBasis: "cost-basis", tenures: "tenures", hours: "hours", contractEndOn: "date" });
    expect(template.serviceFields.filter((f) => !f.required).map((f) => f.key)).toEqual(["funding", "contractEndOn"]);
  });

  it("asks once for the organisation's type, a contact route and the date the offer was last reviewed", () => {
    expect(template.offerFields?.map((f) => [f.key, f.kind])).toEqual([
      ["organisationType", "organisation-type"],
      ["contactRoute", "text"],
      ["lastReviewedOn", "date"],
    ]);
  });

  it("has the client groups, cost bases, tenures and service hours partners expect", () => {
    expect(template.clientGroups?.map((o) => o.key)).toEqual([
      "older-people",
      "mental-health",
      "leaving-hospital",
      "homeless-or-at-risk",
      "families-in-temporary-accommodation",
      "learning-disabilities-autism",
      "disabled-people",
      "young-people",
      "domestic-abuse",
      "other",
    ]);
    expect(template.costBases?.map((o) => o.key)).toEqual([
      "free-to-person",
      "commissioned-block",
      "spot-purchase",
      "rent-and-service-charge",
      "means-tested-charge",
      "other",
    ]);
    expect(template.tenures?.map((o) => o.key)).toEqual([
      "social-rent",
      "affordable-rent",
      "shared-ownership",
      "private-rented",
      "owner-occupier",
      "temporary-accommodation",
      "supported-housing-licence",
    ]);
    expect(template.serviceHours?.map((o) => o.key)).toEqual(["office-hours-weekdays", "extended-hours", "all-hours", "other"]);
  });

  it("defines every outcome measure: what is counted, and over what period", () => {
    expect(template.outcomeMeasures.map((o) => o.key)).toEqual(v1.offerTemplate!.outcomeMeasures.map((o) => o.key));
    for (const measure of template.outcomeMeasures) {
      expect(measure.definition, measure.key).toMatch(/year|months|days/);
    }
  });

  it("has indicators on mental health supported housing and on the NHS estate, matching its service types", () => {
    const areas = new Set(v2.domains.flatMap((d) => d.indicators.flatMap((i) => i.tags.reportAreas)));
    expect(areas.has("mental-health")).toBe(true);
    expect(areas.has("nhs-estate")).toBe(true);
  });

  it("leaves version 1's template exactly as it was published", () => {
    expect(v1.offerTemplate!.offerFields).toBeUndefined();
    expect(v1.offerTemplate!.serviceFields).toHaveLength(7);
  });
});

describe("the report areas", () => {
  it("do not count the partnership and population health as barriers", () => {
    const group = (key: string) => REPORT_AREAS.find((a) => a.key === key)?.group;
    expect(group("partnership")).toBe("system");
    expect(group("population-health")).toBe("system");
  });
});

describe("keys across both frameworks", () => {
  it("are unique for domains and indicators across every framework's latest version", () => {
    const latest = FRAMEWORK_KEYS.map((k) => latestFramework(k)!);
    const domainKeys = latest.flatMap((f) => f.domains.map((d) => d.key));
    const indicatorKeys = latest.flatMap((f) => f.domains.flatMap((d) => d.indicators.map((i) => i.key)));
    expect(new Set(domainKeys).size).toBe(domainKeys.length);
    expect(new Set(indicatorKeys).size).toBe(indicatorKeys.length);
  });

  it("are unique for framework versions", () => {
    const ids = frameworks.map((f) => `${f.key}@${f.version}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("sources and resources", () => {
  it("define every source once, with an address", () => {
    const keys = sourceList.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of sourceList) expect(s.url, s.key).toMatch(/^https?:\/\//);
  });

  it("cite every source from at least one indicator (no dead entries)", () => {
    const cited = new Set(frameworks.flatMap((f) => f.domains.flatMap((d) => d.indicators.flatMap((i) => i.sources))));
    const uncited = sourceList.map((s) => s.key).filter((k) => !cited.has(k));
    expect(uncited).toEqual([]);
  });

  it("tag only existing frameworks, domains and indicators, with unique keys", () => {
    expect(checkResources(resourceSeed, frameworks)).toEqual([]);
  });

  it("mark every link to a document-sharing site as unconfirmed", () => {
    for (const r of [...resourceSeed, ...sourceList].filter((r) => MIRRORS.test(r.url))) {
      expect(r.confirmed, r.key).toBe(false);
      expect(r.note, r.key).toBeTruthy();
    }
  });

  it("say why whenever a source is not confirmed", () => {
    for (const s of sourceList.filter((s) => !s.confirmed)) expect(s.note?.trim(), s.key).toBeTruthy();
  });

  it("are counted correctly in docs/frameworks.md", () => {
    const docs = readFileSync(new URL("../../../docs/frameworks.md", import.meta.url), "utf8");
    const words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    const stated = /(\w+) resources are marked unconfirmed/i.exec(docs)?.[1]?.toLowerCase();
    expect(stated, "docs/frameworks.md should say how many resources are marked unconfirmed").toBeDefined();
    expect(words.indexOf(stated!)).toBe(resourceSeed.filter((r) => !r.confirmed).length);
  });
});

describe("the integrity check itself", () => {
  it("catches a missing level, an unknown source, an untagged indicator and a domain with too few indicators", () => {
    const broken = makeFramework({ domains: [{ key: "alpha", indicators: ["a1", "a2"] }] });
    const first = broken.domains[0]!.indicators[0]!;
    first.levels.pop();
    first.sources = ["no-such-source"];
    first.tags.mouAims = [];
    first.tags.reportAreas = ["not-an-area"];
    const problems = checkFrameworkIntegrity(broken).join("\n");
    expect(problems).toMatch(/has 2 indicators/);
    expect(problems).toMatch(/has 4 levels/);
    expect(problems).toMatch(/unknown source "no-such-source"/);
    expect(problems).toMatch(/needs at least one MoU aim/);
    expect(problems).toMatch(/unknown report area "not-an-area"/);
  });

  it("catches a domain with no resources", () => {
    const lonely = makeFramework({ domains: [{ key: "alpha", indicators: ["a1", "a2", "a3"] }] });
    expect(checkFrameworkIntegrity(lonely, { resources: [] })).toEqual([expect.stringMatching(/has no resource/)]);
  });

  it("catches duplicate keys and descriptors copied between levels", () => {
    const dup = makeFramework({ domains: [{ key: "alpha", indicators: ["a1", "a1", "a2"] }] });
    dup.domains[0]!.indicators[2]!.levels[1]!.descriptor = dup.domains[0]!.indicators[2]!.levels[0]!.descriptor;
    const problems = checkFrameworkIntegrity(dup).join("\n");
    expect(problems).toMatch(/duplicate indicator key/);
    expect(problems).toMatch(/share the same descriptor/);
  });
});

describe("looking up frameworks", () => {
  it("returns the latest published version when no version is given", () => {
    expect(getFramework(PARTNERSHIP_FRAMEWORK_KEY)).toBe(latestFramework(PARTNERSHIP_FRAMEWORK_KEY));
    expect(getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)?.version).toBe(1);
  });

  it("returns undefined for unknown keys and versions", () => {
    expect(getFramework("nope")).toBeUndefined();
    expect(getFramework(PARTNERSHIP_FRAMEWORK_KEY, 999)).toBeUndefined();
    expect(latestFramework("nope")).toBeUndefined();
  });

  it("cannot be changed at run time", () => {
    const framework = getFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.domains[0]!.indicators[0]!.levels[0])).toBe(true);
  });
});
