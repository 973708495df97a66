import { createHash } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { frameworks as allFrameworks, type Framework, type ResourceSeed } from "../assessment";
import { stableStringify } from "./frameworks";
import type { Database, Db } from "./schema";

/**
 * The resource library. Its starting content is `resourceSeed` in assessment/, brought up to date at each start
 * (`syncResourceLibrary`) except where network staff have edited it; network staff keep it in the database.
 *
 * A `resource_tag` row ties a resource to one framework at one of three depths:
 *   domain_key ''  and indicator_key ''   the whole framework (background reading)
 *   domain_key 'x' and indicator_key ''   the whole domain x
 *   domain_key 'x' and indicator_key 'x.y' one indicator of domain x
 */
export interface ResourceTagRow {
  /** '' when the resource is tagged to the whole framework. */
  domainKey: string;
  /** '' when the resource is tagged to the whole domain (or framework). */
  indicatorKey: string;
}

export interface LibraryResource {
  id: string;
  seedKey: string | null;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  summary: string;
  confirmed: boolean;
  note: string | null;
  /** Its tags within the framework asked for. */
  tags: ResourceTagRow[];
}

type TagInsert = { framework_key: string; domain_key: string; indicator_key: string };

interface TagIndex {
  frameworks: Set<string>;
  domains: Map<string, string>;
  indicators: Map<string, { framework: string; domain: string }>;
}

/** Where each domain and indicator key lives, across every version of every framework. */
function tagIndex(frameworks: readonly Framework[]): TagIndex {
  const index: TagIndex = { frameworks: new Set(), domains: new Map(), indicators: new Map() };
  for (const framework of frameworks) {
    index.frameworks.add(framework.key);
    for (const domain of framework.domains) {
      index.domains.set(domain.key, framework.key);
      for (const indicator of domain.indicators) index.indicators.set(indicator.key, { framework: framework.key, domain: domain.key });
    }
  }
  return index;
}

/** The tag rows for one seed item: its frameworks, domains and indicators, each placed in its framework. */
function tagRows(item: ResourceSeed, index: TagIndex): TagInsert[] {
  const rows = new Map<string, TagInsert>();
  const add = (row: TagInsert) => rows.set(`${row.framework_key}|${row.domain_key}|${row.indicator_key}`, row);
  const unknown = (what: string) => new Error(`resource ${item.key} is tagged with ${what}, which no framework has`);

  for (const key of item.tags.frameworks) {
    if (!index.frameworks.has(key)) throw unknown(`framework "${key}"`);
    add({ framework_key: key, domain_key: "", indicator_key: "" });
  }
  for (const key of item.tags.domains) {
    const framework = index.domains.get(key);
    if (!framework) throw unknown(`domain "${key}"`);
    add({ framework_key: framework, domain_key: key, indicator_key: "" });
  }
  for (const key of item.tags.indicators) {
    const place = index.indicators.get(key);
    if (!place) throw unknown(`indicator "${key}"`);
    add({ framework_key: place.framework, domain_key: place.domain, indicator_key: key });
  }
  return [...rows.values()];
}

export interface LibrarySync {
  added: number;
  updated: number;
  /** Seeded resources whose starting content has changed, left as they are because network staff edited them. */
  keptEdits: { key: string; title: string }[];
}

/**
 * Brings the library's seeded resources up to date with `resourceSeed` (assessment/resources.ts), matched by seed key:
 * new items are added; an item whose content changed in a new release is updated, unless network staff have edited
 * (or retired) that resource since, in which case it is left alone and reported. Resources staff added are never
 * touched. On an empty library this is three statements. Safe when two servers start together.
 */
export async function syncResourceLibrary(
  db: Kysely<Database>,
  seed: readonly ResourceSeed[],
  frameworks: readonly Framework[] = allFrameworks,
): Promise<LibrarySync> {
  // Resolve every tag before touching the database, so a bad tag fails without writing anything.
  const index = tagIndex(frameworks);
  const items = seed.map((item) => ({ item, tags: tagRows(item, index), hash: seedHash(item) }));

  return db.transaction().execute(async (trx) => {
    const existing = new Map(
      (
        await trx
          .selectFrom("resource")
          .where("seed_key", "is not", null)
          .select(["id", "seed_key", "seed_hash", "edited_at", "title"])
          .execute()
      ).map((r) => [r.seed_key!, r]),
    );
    const fields = (item: ResourceSeed) => ({
      title: item.title,
      publisher: item.publisher,
      year: item.year,
      url: item.url,
      summary: item.summary,
      confirmed: item.confirmed,
      note: item.note ?? null,
    });

    const fresh = items.filter(({ item }) => !existing.has(item.key));
    let added = 0;
    if (fresh.length > 0) {
      const inserted = await trx
        .insertInto("resource")
        .values(fresh.map(({ item, hash }) => ({ seed_key: item.key, seed_hash: hash, ...fields(item) })))
        .onConflict((oc) => oc.column("seed_key").doNothing())
        .returning(["id", "seed_key"])
        .execute();
      const tagsByKey = new Map(fresh.map(({ item, tags }) => [item.key, tags]));
      const tags = inserted.flatMap((row) => (tagsByKey.get(row.seed_key ?? "") ?? []).map((tag) => ({ resource_id: row.id, ...tag })));
      if (tags.length > 0) await trx.insertInto("resource_tag").values(tags).execute();
      added = inserted.length;
    }

    let updated = 0;
    const keptEdits: LibrarySync["keptEdits"] = [];
    for (const { item, tags, hash } of items) {
      const row = existing.get(item.key);
      if (!row || row.seed_hash === hash) continue;
      if (row.edited_at !== null) {
        keptEdits.push({ key: item.key, title: row.title });
        continue;
      }
      await trx.updateTable("resource").set({ ...fields(item), seed_hash: hash, updated_at: new Date() }).where("id", "=", row.id).execute();
      await trx.deleteFrom("resource_tag").where("resource_id", "=", row.id).execute();
      if (tags.length > 0) await trx.insertInto("resource_tag").values(tags.map((tag) => ({ resource_id: row.id, ...tag }))).execute();
      updated += 1;
    }
    return { added, updated, keptEdits };
  });
}

/** The seed content of one resource, as a hash: what was last applied to its row. */
function seedHash(item: ResourceSeed): string {
  return createHash("sha256").update(stableStringify(item)).digest("hex");
}

/**
 * Every resource in the library (not archived) tagged to a framework, with its tags in that framework, in title
 * order: one query. A page groups them by `tags[].domainKey`.
 */
export async function listResourcesByDomain(db: Db, frameworkKey: string): Promise<LibraryResource[]> {
  return db
    .selectFrom("resource as r")
    .where("r.retired_at", "is", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("resource_tag as t")
          .whereRef("t.resource_id", "=", "r.id")
          .where("t.framework_key", "=", frameworkKey)
          .select(sql<number>`1`.as("one")),
      ),
    )
    .select((eb) => [
      "r.id",
      "r.seed_key as seedKey",
      "r.title",
      "r.publisher",
      "r.year",
      "r.url",
      "r.summary",
      "r.confirmed",
      "r.note",
      jsonArrayFrom(
        eb
          .selectFrom("resource_tag as t")
          .whereRef("t.resource_id", "=", "r.id")
          .where("t.framework_key", "=", frameworkKey)
          .select(["t.domain_key as domainKey", "t.indicator_key as indicatorKey"])
          .orderBy("t.domain_key")
          .orderBy("t.indicator_key"),
      ).as("tags"),
    ])
    .orderBy("r.title")
    .orderBy("r.id")
    .execute();
}

export interface LibraryEntry extends Omit<LibraryResource, "tags"> {
  tags: { frameworkKey: string; domainKey: string; indicatorKey: string }[];
}

/** Every current (not retired) resource in the library with all its tags, in title order: one query. */
export async function listLibrary(db: Db): Promise<LibraryEntry[]> {
  return db
    .selectFrom("resource as r")
    .where("r.retired_at", "is", null)
    .select((eb) => [
      "r.id",
      "r.seed_key as seedKey",
      "r.title",
      "r.publisher",
      "r.year",
      "r.url",
      "r.summary",
      "r.confirmed",
      "r.note",
      jsonArrayFrom(
        eb
          .selectFrom("resource_tag as t")
          .whereRef("t.resource_id", "=", "r.id")
          .select(["t.framework_key as frameworkKey", "t.domain_key as domainKey", "t.indicator_key as indicatorKey"])
          .orderBy("t.framework_key")
          .orderBy("t.domain_key")
          .orderBy("t.indicator_key"),
      ).as("tags"),
    ])
    .orderBy("r.title")
    .orderBy("r.id")
    .execute();
}
