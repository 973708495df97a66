import { sql, type ExpressionBuilder, type RawBuilder } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { OrganisationKind } from "../assessment/vocabulary";
import { recordAudit, type Actor } from "./audit";
import type { Database, Db, NewOrganisation } from "./schema";
import { inTransaction } from "./transactions";

/**
 * The organisations an organisation was merged into, its successor's successor and so on (empty for most): the access
 * rules let their members read its history (app/auth/access.ts). `id` is the SQL reference to the organisation's id.
 */
export function successorIdsOf(id: string): RawBuilder<string[]> {
  return sql<string[]>`array(
    with recursive chain(id) as (
      select m.successor_id from organisation_merge m where m.predecessor_id = ${sql.ref(id)}
      union
      select m.successor_id from organisation_merge m join chain c on m.predecessor_id = c.id
    )
    select id::text from chain)`;
}

/** An organisation's boroughs, by name, as a JSON array inside the organisation's row. */
function boroughsOf(eb: ExpressionBuilder<Database & { o: Database["organisation"] }, "o">) {
  return jsonArrayFrom(
    eb
      .selectFrom("organisation_borough as ob")
      .innerJoin("borough as b", "b.key", "ob.borough_key")
      .whereRef("ob.organisation_id", "=", "o.id")
      .select(["b.key", "b.name"])
      .orderBy("b.name"),
  );
}

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  shortName: string | null;
  regionKey: string;
  boroughs: { key: string; name: string }[];
}

export async function createOrganisation(
  db: Db,
  organisation: NewOrganisation & { boroughKeys?: string[] },
): Promise<{ id: string }> {
  const { boroughKeys = [], ...row } = organisation;
  const created = await db.insertInto("organisation").values(row).returning("id").executeTakeFirstOrThrow();
  if (boroughKeys.length > 0) {
    await db
      .insertInto("organisation_borough")
      .values(boroughKeys.map((borough_key) => ({ organisation_id: created.id, borough_key })))
      .execute();
  }
  return created;
}

/** Organisations of a region (optionally of one kind), each with its boroughs, in one query. */
export async function listOrganisations(
  db: Db,
  filter: { regionKey: string; kind?: OrganisationKind },
): Promise<OrganisationSummary[]> {
  let query = db
    .selectFrom("organisation as o")
    .where("o.region_key", "=", filter.regionKey)
    .where("o.archived_at", "is", null)
    .select((eb) => [
      "o.id",
      "o.kind",
      "o.name",
      "o.short_name as shortName",
      "o.region_key as regionKey",
      boroughsOf(eb).as("boroughs"),
    ])
    .orderBy("o.kind")
    .orderBy("o.name");
  if (filter.kind) query = query.where("o.kind", "=", filter.kind);
  return query.execute();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One organisation with its boroughs; undefined when there is none (or the id is malformed). */
export async function findOrganisation(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom("organisation as o")
    .where("o.id", "=", id)
    .select((eb) => [
      "o.id",
      "o.kind",
      "o.name",
      "o.short_name as shortName",
      "o.region_key as regionKey",
      "o.homes_band as homesBand",
      "o.note",
      "o.organisation_type as organisationType",
      "o.archived_at as archivedAt",
      boroughsOf(eb).as("boroughs"),
      successorIdsOf("o.id").as("successorIds"),
    ])
    .executeTakeFirst();
}

// Administration (network staff) ------------------------------------------------------------------------------

/**
 * A page of a region's organisations (partnerships and housing providers, archived ones left out), by kind then
 * name, with each one's boroughs, who it merged from, and how many people it has; and how many there are in all.
 * Two queries whatever the region's size.
 */
export async function listOrganisationsPage(db: Db, { regionKey, kind, page, perPage }: { regionKey: string; kind?: "partnership" | "provider"; page: number; perPage: number }) {
  const base = db
    .selectFrom("organisation as o")
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "in", kind ? [kind] : ["partnership", "provider"])
    .where("o.archived_at", "is", null);
  const [total, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow(),
    base
      .select((eb) => [
        "o.id",
        "o.kind",
        "o.name",
        "o.short_name as shortName",
        boroughsOf(eb).as("boroughs"),
        eb.selectFrom("membership as m").whereRef("m.organisation_id", "=", "o.id").select((e) => e.fn.countAll<string>().as("n")).as("people"),
        jsonArrayFrom(
          eb
            .selectFrom("organisation_merge as mg")
            .innerJoin("organisation as p", "p.id", "mg.predecessor_id")
            .whereRef("mg.successor_id", "=", "o.id")
            .select(["p.id", "p.name", "mg.merged_on as mergedOn"])
            .orderBy("mg.merged_on"),
        ).as("mergedFrom"),
      ])
      .orderBy("o.kind")
      .orderBy("o.name")
      .orderBy("o.id")
      .limit(perPage)
      .offset((page - 1) * perPage)
      .execute(),
  ]);
  return { total: Number(total.n), rows: rows.map((r) => ({ ...r, people: Number(r.people ?? 0) })) };
}

/** Who an organisation merged from, and into: for its page and the access rules' history (one query). */
export async function findMerges(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom("organisation_merge as mg")
    .innerJoin("organisation as p", "p.id", "mg.predecessor_id")
    .innerJoin("organisation as s", "s.id", "mg.successor_id")
    .where((eb) => eb.or([eb("mg.successor_id", "=", organisationId), eb("mg.predecessor_id", "=", organisationId)]))
    .select(["mg.predecessor_id as predecessorId", "p.name as predecessorName", "mg.successor_id as successorId", "s.name as successorName", "mg.merged_on as mergedOn"])
    .orderBy("mg.merged_on")
    .execute();
  return {
    from: rows.filter((r) => r.successorId === organisationId).map((r) => ({ id: r.predecessorId, name: r.predecessorName, mergedOn: r.mergedOn })),
    into: rows.filter((r) => r.predecessorId === organisationId).map((r) => ({ id: r.successorId, name: r.successorName, mergedOn: r.mergedOn }))[0] ?? null,
  };
}

export interface OrganisationDetails {
  kind: "partnership" | "provider";
  name: string;
  shortName: string | null;
  boroughKeys: string[];
  homesBand: string | null;
  organisationType: string | null;
}

export type SaveOrganisationOutcome = { ok: true; id: string } | { ok: false; field: "name" | "boroughs"; reason: string };

const KIND_WORDS = { partnership: "partnership", provider: "housing provider" } as const;

/** Checks the boroughs are the region's, and that no organisation of the kind already has the name (Hearth-wide). */
async function problemWith(db: Db, { regionKey, details, exceptId }: { regionKey: string; details: OrganisationDetails; exceptId?: string }) {
  if (details.boroughKeys.length > 0) {
    const known = await db.selectFrom("borough").where("region_key", "=", regionKey).where("key", "in", details.boroughKeys).select("key").execute();
    if (known.length !== new Set(details.boroughKeys).size) return { field: "boroughs" as const, reason: "Choose boroughs of your region" };
  }
  let clash = db.selectFrom("organisation").where("kind", "=", details.kind).where(sql<boolean>`lower(name) = lower(${details.name})`).select("id");
  if (exceptId) clash = clash.where("id", "<>", exceptId);
  if (await clash.executeTakeFirst()) return { field: "name" as const, reason: `There is already a ${KIND_WORDS[details.kind]} called ${details.name} in Hearth: choose another name` };
  return null;
}

function rowOf(details: OrganisationDetails) {
  return {
    name: details.name,
    short_name: details.kind === "partnership" ? details.shortName : null,
    homes_band: details.kind === "provider" ? details.homesBand : null,
    organisation_type: details.kind === "provider" ? details.organisationType : null,
  };
}

/** Adds a partnership or housing provider to a region with its boroughs, audited. */
export async function addOrganisation(db: Db, { regionKey, details, actor }: { regionKey: string; details: OrganisationDetails; actor: Actor }): Promise<SaveOrganisationOutcome> {
  return inTransaction(db, async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`organisation-name:${details.kind}`}))`.execute(trx);
    const problem = await problemWith(trx, { regionKey, details });
    if (problem) return { ok: false as const, ...problem };
    const created = await createOrganisation(trx, { kind: details.kind, region_key: regionKey, ...rowOf(details), boroughKeys: [...new Set(details.boroughKeys)] });
    await recordAudit(trx, {
      actor,
      organisationId: created.id,
      subjectType: "organisation",
      subjectId: created.id,
      action: "organisation-added",
      after: { kind: details.kind, ...rowOf(details), boroughs: [...details.boroughKeys].sort() },
      detail: { regionKey },
    });
    return { ok: true as const, id: created.id };
  });
}

/** Changes an organisation's name, short name, boroughs, size band and type, audited with before and after. */
export async function updateOrganisation(
  db: Db,
  { id, regionKey, details, actor }: { id: string; regionKey: string; details: Omit<OrganisationDetails, "kind">; actor: Actor },
): Promise<SaveOrganisationOutcome> {
  return inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("organisation as o")
      .where("o.id", "=", id)
      .where("o.region_key", "=", regionKey)
      .where("o.kind", "in", ["partnership", "provider"])
      .where("o.archived_at", "is", null)
      .select((eb) => ["o.kind", "o.name", "o.short_name", "o.homes_band", "o.organisation_type", boroughsOf(eb).as("boroughs")])
      .forUpdate("o")
      .executeTakeFirst();
    if (!current) return { ok: false as const, field: "name" as const, reason: "This organisation cannot be changed here." };
    const kind = current.kind as "partnership" | "provider";
    const full: OrganisationDetails = { ...details, kind };
    await sql`select pg_advisory_xact_lock(hashtext(${`organisation-name:${kind}`}))`.execute(trx);
    const problem = await problemWith(trx, { regionKey, details: full, exceptId: id });
    if (problem) return { ok: false as const, ...problem };
    const boroughKeys = [...new Set(details.boroughKeys)].sort();
    await trx.updateTable("organisation").set(rowOf(full)).where("id", "=", id).execute();
    await trx.deleteFrom("organisation_borough").where("organisation_id", "=", id).execute();
    if (boroughKeys.length > 0) await trx.insertInto("organisation_borough").values(boroughKeys.map((borough_key) => ({ organisation_id: id, borough_key }))).execute();
    await recordAudit(trx, {
      actor,
      organisationId: id,
      subjectType: "organisation",
      subjectId: id,
      action: "organisation-changed",
      before: { name: current.name, short_name: current.short_name, homes_band: current.homes_band, organisation_type: current.organisation_type, boroughs: current.boroughs.map((b) => b.key).sort() },
      after: { ...rowOf(full), boroughs: boroughKeys },
    });
    return { ok: true as const, id };
  });
}

export type MergeOutcome = { ok: true; moved: number; alreadyMembers: number } | { ok: false; reason: string };

/**
 * Merges one partnership (the predecessor) into another (the successor), which keeps its id: the predecessor's people
 * become the successor's (someone already in both keeps their place in the successor), the successor takes on its
 * boroughs, and the predecessor is archived with its assessments, evidence and actions as its own history (readable
 * by the successor's members). Recorded in `organisation_merge`, audited.
 */
export async function mergePartnerships(
  db: Db,
  { regionKey, predecessorId, successorId, actor, on, at = new Date() }: { regionKey: string; predecessorId: string; successorId: string; actor: Actor; on: string; at?: Date },
): Promise<MergeOutcome> {
  if (predecessorId === successorId) return { ok: false, reason: "Choose another partnership: a partnership cannot merge into itself" };
  return inTransaction(db, async (trx) => {
    const both = await trx
      .selectFrom("organisation")
      .where("id", "in", [predecessorId, successorId])
      .select(["id", "name", "kind", "region_key as regionKey", "archived_at as archivedAt"])
      .orderBy("id")
      .forUpdate()
      .execute();
    const predecessor = both.find((o) => o.id === predecessorId);
    const successor = both.find((o) => o.id === successorId);
    const usable = (o: typeof predecessor) => o && o.kind === "partnership" && o.regionKey === regionKey && o.archivedAt === null;
    if (!usable(predecessor) || !usable(successor)) return { ok: false as const, reason: "Choose a partnership of your region that has not already merged" };
    const alreadyMembers = await trx
      .deleteFrom("membership")
      .where("organisation_id", "=", predecessorId)
      .where("person_id", "in", (eb) => eb.selectFrom("membership").where("organisation_id", "=", successorId).select("person_id"))
      .returning("person_id")
      .execute();
    // Moving a membership keeps its id, so the sessions acting for it carry on, now for the successor.
    const moved = await trx.updateTable("membership").set({ organisation_id: successorId }).where("organisation_id", "=", predecessorId).returning("id").execute();
    await sql`insert into organisation_borough (organisation_id, borough_key)
      select ${successorId}, borough_key from organisation_borough where organisation_id = ${predecessorId}
      on conflict do nothing`.execute(trx);
    await trx.insertInto("organisation_merge").values({ predecessor_id: predecessorId, successor_id: successorId, merged_on: on, merged_by: actor.personId }).execute();
    await trx.updateTable("organisation").set({ archived_at: at }).where("id", "=", predecessorId).execute();
    const detail = { predecessor: predecessor!.name, successor: successor!.name, mergedOn: on, membershipsMoved: moved.length, alreadyMembers: alreadyMembers.length };
    await recordAudit(trx, { actor, organisationId: successorId, subjectType: "organisation", subjectId: successorId, action: "organisation-merged-into", detail, at });
    await recordAudit(trx, { actor, organisationId: predecessorId, subjectType: "organisation", subjectId: predecessorId, action: "organisation-merged", before: { archivedAt: null }, after: { archivedAt: at.toISOString(), successorId }, detail, at });
    return { ok: true as const, moved: moved.length, alreadyMembers: alreadyMembers.length };
  });
}

