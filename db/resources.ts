import { createHash } from "node:crypto";
import { sql, type ExpressionBuilder, type Kysely } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { frameworks as allFrameworks, type Framework, type ResourceSeed, type ResourceTags } from "../assessment";
import type { ResourceKind } from "../assessment/vocabulary";
import { recordAudit, type Actor } from "./audit";
import { stableStringify } from "./frameworks";
import type { Database, Db } from "./schema";

/** A resource's framework tags (every framework), in a stable order, as a JSON array subquery of `resource as r`. */
function allTagsOf(eb: ExpressionBuilder<Database & { r: Database["resource"] }, "r">) {
  return jsonArrayFrom(
    eb
      .selectFrom("resource_tag as t")
      .whereRef("t.resource_id", "=", "r.id")
      .select(["t.framework_key as frameworkKey", "t.domain_key as domainKey", "t.indicator_key as indicatorKey"])
      .orderBy("t.framework_key")
      .orderBy("t.domain_key")
      .orderBy("t.indicator_key"),
  );
}

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
  return resourceTagRows(item.tags, item.key, index);
}

function resourceTagRows(tags: ResourceTags, name: string, index: TagIndex): TagInsert[] {
  const rows = new Map<string, TagInsert>();
  const add = (row: TagInsert) => rows.set(`${row.framework_key}|${row.domain_key}|${row.indicator_key}`, row);
  const unknown = (what: string) => new Error(`resource ${name} is tagged with ${what}, which no framework has`);
  const item = { tags };

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
  kind: ResourceKind;
  /** Tagged straight to the regional vocabularies, beside what its indicators carry. */
  reportAreas: string[];
  mouAims: string[];
  londonAims: string[];
  networkThemes: string[];
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
      "r.kind",
      "r.report_areas as reportAreas",
      "r.mou_aims as mouAims",
      "r.london_aims as londonAims",
      "r.network_themes as networkThemes",
      allTagsOf(eb).as("tags"),
    ])
    .orderBy("r.title")
    .orderBy("r.id")
    .execute();
}

// Network staff keep the library ---------------------------------------------------------------------------------

/** What network staff give for a resource: its details, its tags in the frameworks, and its regional tags. */
export interface ResourceDetails {
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  summary: string;
  kind: ResourceKind;
  tags: ResourceTags;
  reportAreas: string[];
  mouAims: string[];
  londonAims: string[];
  networkThemes: string[];
}

export interface StaffResource extends ResourceDetails {
  id: string;
  seedKey: string | null;
  retiredAt: Date | null;
  editedAt: Date | null;
  updatedAt: Date;
}

export interface StaffResourceFilter {
  /** Words in the title, publisher or summary. */
  q: string;
  status: "current" | "retired" | "all";
  page: number;
  pageSize: number;
}

const staffColumns = [
  "r.id",
  "r.seed_key as seedKey",
  "r.title",
  "r.publisher",
  "r.year",
  "r.url",
  "r.summary",
  "r.kind",
  "r.report_areas as reportAreas",
  "r.mou_aims as mouAims",
  "r.london_aims as londonAims",
  "r.network_themes as networkThemes",
  "r.retired_at as retiredAt",
  "r.edited_at as editedAt",
  "r.updated_at as updatedAt",
] as const;

/** Every resource, current or retired, for network staff: one page of them in title order, and how many match. Two queries. */
export async function listResourcesForStaff(db: Db, filter: StaffResourceFilter) {
  let query = db.selectFrom("resource as r");
  if (filter.status === "current") query = query.where("r.retired_at", "is", null);
  if (filter.status === "retired") query = query.where("r.retired_at", "is not", null);
  const words = filter.q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  for (const word of words) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb("r.title", "ilike", like), eb("r.publisher", "ilike", like), eb("r.summary", "ilike", like)]));
  }
  const [items, count] = await Promise.all([
    query
      .select([...staffColumns])
      .orderBy("r.title")
      .orderBy("r.id")
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("total")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.total) };
}

/** One resource with all its tags, for network staff (retired or not). */
export async function getResourceForStaff(db: Db, id: string): Promise<StaffResource | undefined> {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("resource as r")
    .where("r.id", "=", id)
    .select((eb) => [
      ...staffColumns,
      allTagsOf(eb).as("tagRows"),
    ])
    .executeTakeFirst();
  if (!row) return undefined;
  const { tagRows: rows, ...rest } = row;
  return { ...rest, tags: tagsOf(rows) };
}

function tagsOf(rows: readonly { frameworkKey: string; domainKey: string; indicatorKey: string }[]): ResourceTags {
  return {
    frameworks: rows.filter((t) => !t.domainKey).map((t) => t.frameworkKey),
    domains: rows.filter((t) => t.domainKey && !t.indicatorKey).map((t) => t.domainKey),
    indicators: rows.filter((t) => t.indicatorKey).map((t) => t.indicatorKey),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function columnsOf(details: ResourceDetails) {
  return {
    title: details.title,
    publisher: details.publisher,
    year: details.year,
    url: details.url,
    summary: details.summary,
    kind: details.kind,
    report_areas: details.reportAreas,
    mou_aims: details.mouAims,
    london_aims: details.londonAims,
    network_themes: details.networkThemes,
  };
}

/** What the audit trail keeps of a resource. */
function audited(details: ResourceDetails) {
  return { ...details, tags: { frameworks: [...details.tags.frameworks], domains: [...details.tags.domains], indicators: [...details.tags.indicators] } };
}

/**
 * Adds a resource network staff wrote (no seed key, so content updates never touch it), with its tags, and records
 * it in the audit trail under the staff's organisation.
 */
export async function createResource(
  db: Kysely<Database>,
  { actor, organisationId, details, frameworks = allFrameworks }: { actor: Actor; organisationId: string; details: ResourceDetails; frameworks?: readonly Framework[] },
): Promise<{ id: string }> {
  const tags = resourceTagRows(details.tags, details.title, tagIndex(frameworks));
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const created = await trx
      .insertInto("resource")
      .values({ ...columnsOf(details), confirmed: true, edited_at: now, edited_by: actor.personId })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (tags.length > 0) await trx.insertInto("resource_tag").values(tags.map((tag) => ({ resource_id: created.id, ...tag }))).execute();
    await recordAudit(trx, { actor, organisationId, subjectType: "resource", subjectId: created.id, action: "resource-added", after: audited(details) });
    return created;
  });
}

/**
 * Changes a resource and its tags. It is marked as edited by staff (`edited_at`), so later releases of the seeded
 * content leave it as staff made it (syncResourceLibrary). False when there is no such resource.
 */
export async function updateResource(
  db: Kysely<Database>,
  { id, actor, organisationId, details, frameworks = allFrameworks }: { id: string; actor: Actor; organisationId: string; details: ResourceDetails; frameworks?: readonly Framework[] },
): Promise<boolean> {
  const tags = resourceTagRows(details.tags, details.title, tagIndex(frameworks));
  return db.transaction().execute(async (trx) => {
    const locked = await trx.selectFrom("resource").where("id", "=", id).select("id").forUpdate().executeTakeFirst();
    if (!locked) return false;
    const before = await getResourceForStaff(trx, id);
    const now = new Date();
    await trx.updateTable("resource").set({ ...columnsOf(details), edited_at: now, edited_by: actor.personId, updated_at: now }).where("id", "=", id).execute();
    await trx.deleteFrom("resource_tag").where("resource_id", "=", id).execute();
    if (tags.length > 0) await trx.insertInto("resource_tag").values(tags.map((tag) => ({ resource_id: id, ...tag }))).execute();
    const { id: _id, seedKey: _seed, retiredAt: _retired, editedAt: _edited, updatedAt: _updated, ...was } = before!;
    await recordAudit(trx, { actor, organisationId, subjectType: "resource", subjectId: id, action: "resource-changed", before: audited(was), after: audited(details) });
    return true;
  });
}

/**
 * Retires a resource (it leaves the library and signposting, and stays listed for staff) or brings it back. Either
 * counts as a staff edit, so a later release of seeded content does not overwrite it. False when nothing changed.
 */
export async function setResourceRetired(
  db: Kysely<Database>,
  { id, actor, organisationId, retired }: { id: string; actor: Actor; organisationId: string; retired: boolean },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const now = new Date();
    const changed = await trx
      .updateTable("resource")
      .set({ retired_at: retired ? now : null, edited_at: now, edited_by: actor.personId, updated_at: now })
      .where("id", "=", id)
      .where("retired_at", retired ? "is" : "is not", null)
      .returning(["title"])
      .executeTakeFirst();
    if (!changed) return false;
    await recordAudit(trx, {
      actor,
      organisationId,
      subjectType: "resource",
      subjectId: id,
      action: retired ? "resource-retired" : "resource-restored",
      before: { title: changed.title, retired: !retired },
      after: { title: changed.title, retired },
    });
    return true;
  });
}
