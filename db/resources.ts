import { sql, type Kysely, type Transaction } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { frameworks as allFrameworks, type Framework, type ResourceSeed } from "../assessment";
import type { Database, Db } from "./schema";

/**
 * The resource library. Its starting content is `resourceSeed` in assessment/; after that it belongs to the
 * database, where network staff keep it.
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

/**
 * Fills an empty library from the seed, with every item's tags, in one transaction (two multi-row inserts).
 * Does nothing when the library already holds any resource, so staff edits and deletions are never undone.
 * Safe when two servers start together: an item another process has just inserted is skipped.
 */
export async function seedResourceLibrary(
  db: Kysely<Database>,
  seed: readonly ResourceSeed[],
  frameworks: readonly Framework[] = allFrameworks,
): Promise<{ seeded: boolean; resources: number; tags: number }> {
  // Resolve every tag before touching the database, so a bad tag fails without writing anything.
  const index = tagIndex(frameworks);
  const tagsBySeedKey = new Map(seed.map((item) => [item.key, tagRows(item, index)]));

  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("resource").select(sql<number>`1`.as("one")).limit(1).executeTakeFirst();
    if (existing || seed.length === 0) return { seeded: false, resources: 0, tags: 0 };

    const inserted = await trx
      .insertInto("resource")
      .values(
        seed.map((item) => ({
          seed_key: item.key,
          title: item.title,
          publisher: item.publisher,
          year: item.year,
          url: item.url,
          summary: item.summary,
          confirmed: item.confirmed,
          note: item.note ?? null,
        })),
      )
      .onConflict((oc) => oc.column("seed_key").doNothing())
      .returning(["id", "seed_key"])
      .execute();

    const tags = inserted.flatMap((row) => (tagsBySeedKey.get(row.seed_key ?? "") ?? []).map((tag) => ({ resource_id: row.id, ...tag })));
    if (tags.length > 0) await trx.insertInto("resource_tag").values(tags).execute();
    return { seeded: inserted.length > 0, resources: inserted.length, tags: tags.length };
  });
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
