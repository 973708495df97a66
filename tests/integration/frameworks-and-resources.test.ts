import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from "kysely";
import { expect, it } from "vitest";
import { frameworks, resourceSeed, type Framework, type ResourceSeed } from "../../assessment";
import { frameworkContentHash, syncFrameworkVersions } from "../../db/frameworks";
import { listResourcesByDomain, syncResourceLibrary } from "../../db/resources";
import { describeEachBackend, openTestDatabase } from "./backends";

/** Counts the SQL statements a piece of code sends (transaction begin/commit are not counted). */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count += 1;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const published = frameworks.filter((f) => f.status === "published");

/** A small published framework of our own, so changing it cannot disturb the real ones. */
function testFramework(statement: string): Framework {
  const real = structuredClone(frameworks[0]!) as Framework;
  return { ...real, key: "test-framework", version: 1, status: "published", domains: [{ ...real.domains[0]!, indicators: [{ ...real.domains[0]!.indicators[0]!, statement }] }] };
}

/** The (framework, domain, indicator) rows the seed should produce for one item. */
function expectedTagCount(items: readonly ResourceSeed[]): number {
  return items.reduce((n, r) => n + new Set(r.tags.frameworks).size + new Set(r.tags.domains).size + new Set(r.tags.indicators).size, 0);
}

describeEachBackend("framework versions and the resource library", (ctx) => {
  it("records one row per published framework version, with its content hash, and does nothing the second time", async () => {
    const draft = { ...structuredClone(published[0]!), version: 99, status: "draft" } as Framework;
    const first = await syncFrameworkVersions(ctx.db, [...frameworks, draft]);
    expect(first.added.sort()).toEqual(published.map((f) => `${f.key}@${f.version}`).sort());

    const rows = await ctx.db.selectFrom("framework_version").selectAll().orderBy("key").orderBy("version").execute();
    expect(rows).toEqual(
      [...published]
        .sort((a, b) => a.key.localeCompare(b.key) || a.version - b.version)
        .map((f) => ({ key: f.key, version: f.version, title: f.title, published_on: f.publishedOn, content_hash: frameworkContentHash(f) })),
    );

    const second = await syncFrameworkVersions(ctx.db, frameworks);
    expect(second.added).toEqual([]);
    expect(await ctx.db.selectFrom("framework_version").selectAll().orderBy("key").orderBy("version").execute()).toEqual(rows);
  });

  it("refuses a published version whose content has changed since it was recorded, and keeps the recorded hash", async () => {
    const original = testFramework("The original wording.");
    await syncFrameworkVersions(ctx.db, [original]);

    const reworded = testFramework("The original wording, quietly improved.");
    await expect(syncFrameworkVersions(ctx.db, [reworded])).rejects.toThrow(
      "framework test-framework v1 changed after publication: publish a new version",
    );
    const stored = await ctx.db.selectFrom("framework_version").select("content_hash").where("key", "=", "test-framework").execute();
    expect(stored).toEqual([{ content_hash: frameworkContentHash(original) }]);
  });

  it("fills an empty library with every item and tag once, in a constant number of statements", async () => {
    const counter = new QueryCounter();
    const first = await syncResourceLibrary(ctx.db.withPlugin(counter), resourceSeed);
    expect(first).toEqual({ added: resourceSeed.length, updated: 0, keptEdits: [] });
    expect(counter.count).toBeLessThanOrEqual(3); // what is there?, the resources, their tags
    const tagCount = await ctx.db.selectFrom("resource_tag").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(tagCount.n).toBe(expectedTagCount(resourceSeed));

    const resources = await ctx.db.selectFrom("resource").selectAll().execute();
    expect(resources.map((r) => r.seed_key).sort()).toEqual(resourceSeed.map((r) => r.key).sort());
    const mou = resources.find((r) => r.seed_key === "national-mou-2018")!;
    const seedMou = resourceSeed.find((r) => r.key === "national-mou-2018")!;
    expect(mou).toMatchObject({ title: seedMou.title, publisher: seedMou.publisher, year: 2018, url: seedMou.url, confirmed: true, note: seedMou.note });
    const unconfirmed = resourceSeed.filter((r) => !r.confirmed).map((r) => r.key).sort();
    expect(resources.filter((r) => !r.confirmed).map((r) => r.seed_key).sort()).toEqual(unconfirmed);

    const tags = await ctx.db
      .selectFrom("resource_tag as t")
      .innerJoin("resource as r", "r.id", "t.resource_id")
      .where("r.seed_key", "=", "national-mou-2014")
      .select(["t.framework_key", "t.domain_key", "t.indicator_key"])
      .orderBy("t.framework_key")
      .orderBy("t.domain_key")
      .orderBy("t.indicator_key")
      .execute();
    expect(tags).toEqual([
      { framework_key: "partnership-self-assessment", domain_key: "", indicator_key: "" },
      { framework_key: "partnership-self-assessment", domain_key: "leadership", indicator_key: "" },
      { framework_key: "partnership-self-assessment", domain_key: "leadership", indicator_key: "leadership.local-mou" },
      { framework_key: "provider-offer", domain_key: "", indicator_key: "" },
    ]);

    // Nothing changed: a second start writes nothing.
    expect(await syncResourceLibrary(ctx.db, resourceSeed)).toEqual({ added: 0, updated: 0, keptEdits: [] });
  });

  it("brings seeded resources up to date in a new release, except those network staff have edited, which it reports", async () => {
    // A database of its own: this test changes the library the others look at.
    const own = await openTestDatabase(ctx.kind);
    const db = own.database.db;
    try {
      await syncFrameworkVersions(db, frameworks);
      await syncResourceLibrary(db, resourceSeed);
      // Three resources the other tests here do not look at.
      const [corrected, edited, retired] = resourceSeed.slice(-3);
      // Staff edit one resource and retire another.
      await db.updateTable("resource").set({ summary: "Staff wording.", edited_at: new Date() }).where("seed_key", "=", edited!.key).execute();
      await db.updateTable("resource").set({ retired_at: new Date(), edited_at: new Date() }).where("seed_key", "=", retired!.key).execute();
      // Staff add one of their own.
      await db.insertInto("resource").values({ title: "Staff's own", publisher: "Network", url: "https://example.org/own", summary: "Ours." }).execute();

      const release: ResourceSeed[] = resourceSeed.map((item) =>
        item.key === corrected!.key || item.key === edited!.key || item.key === retired!.key ? { ...item, title: `${item.title} (corrected)` } : item,
      );
      release.push({ ...resourceSeed[resourceSeed.length - 4]!, key: "new-in-this-release", title: "New in this release" });
      const sync = await syncResourceLibrary(db, release);
      expect(sync.added).toBe(1);
      expect(sync.updated).toBe(1);
      expect(sync.keptEdits.map((k) => k.key).sort()).toEqual([edited!.key, retired!.key].sort());

      const byKey = async (key: string) => db.selectFrom("resource").where("seed_key", "=", key).selectAll().executeTakeFirstOrThrow();
      expect((await byKey(corrected!.key)).title).toBe(`${corrected!.title} (corrected)`);
      expect(await byKey(edited!.key)).toMatchObject({ title: edited!.title, summary: "Staff wording." });
      expect((await byKey(retired!.key)).retired_at).not.toBeNull();
      expect((await byKey("new-in-this-release")).title).toBe("New in this release");
      expect(await db.selectFrom("resource").where("title", "=", "Staff's own").select("summary").executeTakeFirst()).toEqual({ summary: "Ours." });
    } finally {
      await own.dispose();
    }
  });

  it("refuses a seed item tagged with a domain no framework has, before writing anything", async () => {
    const bad: ResourceSeed = { ...resourceSeed[0]!, key: "bad-tag", tags: { frameworks: [], domains: ["nowhere"], indicators: [] } };
    await expect(syncResourceLibrary(ctx.db, [bad])).rejects.toThrow('resource bad-tag is tagged with domain "nowhere"');
  });

  it("lists a framework's resources with their tags in that framework, in one query, leaving out archived ones", async () => {
    const counter = new QueryCounter();
    const provider = await listResourcesByDomain(ctx.db.withPlugin(counter), "provider-offer");
    expect(counter.count).toBe(1);

    const kingsFund = provider.find((r) => r.seedKey === "kings-fund-stps-2018");
    expect(kingsFund).toMatchObject({ publisher: "The King's Fund, supported by the National Housing Federation", year: 2018, confirmed: true });
    expect(kingsFund?.tags).toEqual([
      { domainKey: "", indicatorKey: "" },
      { domainKey: "offer-clarity", indicatorKey: "" },
      { domainKey: "offer-clarity", indicatorKey: "offer-clarity.published-offer" },
    ]);
    // Only the provider framework's tags, and only resources tagged to it.
    expect(provider.every((r) => r.tags.length > 0)).toBe(true);
    const providerSeedKeys = resourceSeed.filter((r) => r.tags.frameworks.includes("provider-offer")).map((r) => r.key);
    expect(provider.map((r) => r.seedKey).filter((key) => !providerSeedKeys.includes(key ?? ""))).toEqual([]);

    await ctx.db.updateTable("resource").set({ retired_at: new Date() }).where("seed_key", "=", "kings-fund-stps-2018").execute();
    const afterArchiving = await listResourcesByDomain(ctx.db, "provider-offer");
    expect(afterArchiving.map((r) => r.seedKey)).not.toContain("kings-fund-stps-2018");
    expect(afterArchiving).toHaveLength(provider.length - 1);
    expect(await listResourcesByDomain(ctx.db, "no-such-framework")).toEqual([]);
  });
});
