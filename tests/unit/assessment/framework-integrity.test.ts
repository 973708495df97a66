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
  getFramework,
  latestFramework,
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
});

describe("the partnership framework", () => {
  const partnership = latestFramework(PARTNERSHIP_FRAMEWORK_KEY);

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
    expect(new Set(indicators.flatMap((i) => i.tags.londonHealthInequalitiesAims)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(indicators.flatMap((i) => i.tags.londonHousingStrategyPriorities)).size).toBe(5);
    expect(new Set(indicators.flatMap((i) => i.tags.networkThemes))).toEqual(new Set(["populations", "places", "pathways"]));
  });
});

describe("the provider offer framework", () => {
  const provider = latestFramework(PROVIDER_FRAMEWORK_KEY);

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
