import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { recordAudit, type Actor } from "./audit";
import { notifyOfferPublished } from "./notifications";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Housing providers' offers to the health system: a standing record per provider, kept as numbered versions. The
 * provider edits a draft; publishing makes the draft the published version (the previous one is superseded) and
 * everyone in the region can then find it. The last published version stays visible while a new draft is edited;
 * drafts stay with the provider (and network staff).
 */

export interface OfferServiceInput {
  serviceKey: string;
  boroughKeys: string[];
  eligibility: string;
  clientGroups: string[];
  capacity: number | null;
  capacityUnit: string | null;
  referralRoutes: string[];
  referralDetail: string;
  responseTime: number | null;
  responseTimeUnit: string | null;
  outcomes: string[];
  outcomesOther: string;
  funding: string[];
  costBasis: string | null;
  costDetail: string;
  tenures: string[];
  hours: string | null;
  hoursDetail: string;
  contractEndOn: string | null;
}

export interface OfferInput {
  organisationType: string | null;
  contactRoute: string;
  lastReviewedOn: string | null;
  services: OfferServiceInput[];
}

const serviceColumns = [
  "s.id",
  "s.position",
  "s.service_key as serviceKey",
  "s.eligibility",
  "s.client_groups as clientGroups",
  "s.capacity",
  "s.capacity_unit as capacityUnit",
  "s.referral_routes as referralRoutes",
  "s.referral_detail as referralDetail",
  "s.response_time as responseTime",
  "s.response_time_unit as responseTimeUnit",
  "s.outcomes",
  "s.outcomes_other as outcomesOther",
  "s.funding",
  "s.cost_basis as costBasis",
  "s.cost_detail as costDetail",
  "s.tenures",
  "s.hours",
  "s.hours_detail as hoursDetail",
  "s.contract_end_on as contractEndOn",
] as const;

/** The draft and the published version of a provider's offer (either may be missing), with their services: one query. */
export async function getOfferVersions(db: Db, organisationId: string) {
  const rows = await db
    .selectFrom("offer_version as v")
    .leftJoin("person as p", "p.id", "v.published_by")
    .where("v.organisation_id", "=", organisationId)
    .where("v.status", "in", ["draft", "published"])
    .select((eb) => [
      "v.id",
      "v.version",
      "v.status",
      "v.framework_version as frameworkVersion",
      "v.organisation_type as organisationType",
      "v.contact_route as contactRoute",
      "v.last_reviewed_on as lastReviewedOn",
      "v.revision",
      "v.updated_at as updatedAt",
      "v.published_at as publishedAt",
      "p.name as publishedByName",
      jsonArrayFrom(
        eb
          .selectFrom("offer_service as s")
          .whereRef("s.offer_version_id", "=", "v.id")
          .select((e) => [
            ...serviceColumns,
            jsonArrayFrom(e.selectFrom("offer_service_borough as b").whereRef("b.offer_service_id", "=", "s.id").select("b.borough_key as key").orderBy("b.borough_key")).as("boroughs"),
          ])
          .orderBy("s.position"),
      ).as("services"),
    ])
    .execute();
  const shape = (row: (typeof rows)[number] | undefined) =>
    row ? { ...row, services: (row.services as unknown as (ServiceRow & { boroughs: { key: string }[] })[]).map(({ boroughs, ...s }) => ({ ...s, boroughKeys: boroughs.map((b) => b.key) })) } : null;
  return { draft: shape(rows.find((r) => r.status === "draft")), published: shape(rows.find((r) => r.status === "published")) };
}
type ServiceRow = Omit<OfferServiceInput, "boroughKeys"> & { id: string; position: number };
export type OfferVersionView = NonNullable<Awaited<ReturnType<typeof getOfferVersions>>["draft"]>;

export type SaveOfferOutcome = { ok: true; revision: number; versionId: string } | { ok: false; reason: "conflict"; currentRevision: number };

/**
 * Saves the provider's draft: the whole offer at once (its services replaced), made from the published version the
 * first time. `expectedRevision` is the draft's revision the person's page showed (0 when there was no draft): if
 * someone else has saved since, nothing is written and the person is told.
 */
export async function saveOfferDraft(
  db: Db,
  input: {
    organisationId: string;
    /** Who saved it; null for data loaded by Hearth itself (the demo). */
    actor: Actor | null;
    frameworkKey: string;
    frameworkVersion: number;
    expectedRevision: number;
    offer: OfferInput;
    /** When, if not now (the demo's history). */
    at?: Date;
  },
): Promise<SaveOfferOutcome> {
  return inTransaction(db, async (trx) => {
    // One writer at a time per provider: lock the organisation's row.
    await trx.selectFrom("organisation").where("id", "=", input.organisationId).select("id").forUpdate().executeTakeFirstOrThrow();
    let draft = await trx
      .selectFrom("offer_version")
      .where("organisation_id", "=", input.organisationId)
      .where("status", "=", "draft")
      .select(["id", "revision"])
      .executeTakeFirst();
    if ((draft?.revision ?? 0) !== input.expectedRevision) return { ok: false as const, reason: "conflict" as const, currentRevision: draft?.revision ?? 0 };
    const now = input.at ?? new Date();
    const fields = {
      organisation_type: input.offer.organisationType,
      contact_route: input.offer.contactRoute,
      last_reviewed_on: input.offer.lastReviewedOn,
      framework_key: input.frameworkKey,
      framework_version: input.frameworkVersion,
      updated_at: now,
      updated_by: input.actor?.personId ?? null,
    };
    if (!draft) {
      const next = await trx
        .selectFrom("offer_version")
        .where("organisation_id", "=", input.organisationId)
        .select((eb) => eb.fn.coalesce(eb.fn.max("version"), sql<number>`0`).as("max"))
        .executeTakeFirstOrThrow();
      draft = await trx
        .insertInto("offer_version")
        .values({ organisation_id: input.organisationId, version: Number(next.max) + 1, status: "draft", ...fields })
        .returning(["id", "revision"])
        .executeTakeFirstOrThrow();
    } else {
      draft = await trx
        .updateTable("offer_version")
        .set((eb) => ({ ...fields, revision: eb("revision", "+", 1) }))
        .where("id", "=", draft.id)
        .returning(["id", "revision"])
        .executeTakeFirstOrThrow();
    }
    await trx.deleteFrom("offer_service").where("offer_version_id", "=", draft.id).execute();
    await insertServices(trx, draft.id, input.offer.services);
    await recordAudit(trx, {
      actor: input.actor,
      organisationId: input.organisationId,
      subjectType: "offer",
      subjectId: draft.id,
      action: "offer-draft-saved",
      after: { ...input.offer, services: input.offer.services.map((s) => ({ serviceKey: s.serviceKey, boroughs: s.boroughKeys.length })) },
    });
    return { ok: true as const, revision: draft.revision, versionId: draft.id };
  });
}

async function insertServices(db: Db, versionId: string, services: OfferServiceInput[]) {
  if (services.length === 0) return;
  const inserted = await db
    .insertInto("offer_service")
    .values(
      services.map((s, position) => ({
        offer_version_id: versionId,
        position,
        service_key: s.serviceKey,
        eligibility: s.eligibility,
        client_groups: s.clientGroups,
        capacity: s.capacity,
        capacity_unit: s.capacityUnit,
        referral_routes: s.referralRoutes,
        referral_detail: s.referralDetail,
        response_time: s.responseTime,
        response_time_unit: s.responseTimeUnit,
        outcomes: s.outcomes,
        outcomes_other: s.outcomesOther,
        funding: s.funding,
        cost_basis: s.costBasis,
        cost_detail: s.costDetail,
        tenures: s.tenures,
        hours: s.hours,
        hours_detail: s.hoursDetail,
        contract_end_on: s.contractEndOn,
      })),
    )
    .returning(["id", "position"])
    .execute();
  const boroughs = inserted.flatMap((row) => services[row.position]!.boroughKeys.map((key) => ({ offer_service_id: row.id, borough_key: key })));
  if (boroughs.length > 0) await db.insertInto("offer_service_borough").values(boroughs).execute();
}

/** Publishes the draft: it becomes the version everyone in the region finds; the previous one is superseded. */
export async function publishOffer(
  db: Db,
  { organisationId, actor, expectedRevision, at }: { organisationId: string; actor: Actor | null; expectedRevision: number; at?: Date },
) {
  return inTransaction(db, async (trx) => {
    await trx.selectFrom("organisation").where("id", "=", organisationId).select("id").forUpdate().executeTakeFirstOrThrow();
    const draft = await trx.selectFrom("offer_version").where("organisation_id", "=", organisationId).where("status", "=", "draft").select(["id", "version", "revision"]).executeTakeFirst();
    if (!draft) return { ok: false as const, reason: "no-draft" as const };
    if (draft.revision !== expectedRevision) return { ok: false as const, reason: "conflict" as const };
    const now = at ?? new Date();
    const previous = await trx
      .updateTable("offer_version")
      .set({ status: "superseded" })
      .where("organisation_id", "=", organisationId)
      .where("status", "=", "published")
      .returning("version")
      .executeTakeFirst();
    await trx.updateTable("offer_version").set({ status: "published", published_at: now, published_by: actor?.personId ?? null }).where("id", "=", draft.id).execute();
    // The organisation's type (which benchmark peer groups use) is what its published offer says.
    await trx
      .updateTable("organisation")
      .set((eb) => ({ organisation_type: eb.selectFrom("offer_version").where("id", "=", draft.id).select("organisation_type") }))
      .where("id", "=", organisationId)
      .execute();
    await notifyOfferPublished(trx, { organisationId, versionId: draft.id, at: now });
    await recordAudit(trx, {
      actor,
      organisationId,
      subjectType: "offer",
      subjectId: draft.id,
      action: "offer-published",
      before: previous ? { publishedVersion: previous.version } : null,
      after: { publishedVersion: draft.version },
    });
    return { ok: true as const, version: draft.version };
  });
}

export interface DirectoryFilter {
  regionKey: string;
  serviceKey?: string;
  boroughKeys?: string[];
  clientGroup?: string;
  /** Only these providers (for comparing). */
  organisationIds?: string[];
  limit: number;
  offset: number;
}

/**
 * Published offers in a region whose services match the filter (any borough of the list), each provider with its
 * matching services and their boroughs: one query, paged by provider.
 */
export async function listPublishedOffers(db: Db, filter: DirectoryFilter) {
  let query = db
    .selectFrom("offer_version as v")
    .innerJoin("organisation as o", "o.id", "v.organisation_id")
    .where("v.status", "=", "published")
    .where("o.region_key", "=", filter.regionKey)
    .where("o.archived_at", "is", null);
  if (filter.organisationIds) query = query.where("o.id", "in", filter.organisationIds.length ? filter.organisationIds : ["00000000-0000-0000-0000-000000000000"]);
  const serviceMatches = (s: string) => {
    const parts = [sql`${sql.ref(`${s}.offer_version_id`)} = v.id`];
    if (filter.serviceKey) parts.push(sql`${sql.ref(`${s}.service_key`)} = ${filter.serviceKey}`);
    if (filter.clientGroup) parts.push(sql`${filter.clientGroup} = any(${sql.ref(`${s}.client_groups`)})`);
    if (filter.boroughKeys) {
      const keys = filter.boroughKeys.length ? filter.boroughKeys : [""];
      parts.push(sql`exists (select 1 from offer_service_borough fb where fb.offer_service_id = ${sql.ref(`${s}.id`)} and fb.borough_key in (${sql.join(keys)}))`);
    }
    return sql.join(parts, sql` and `);
  };
  query = query.where(sql<boolean>`exists (select 1 from offer_service ms where ${serviceMatches("ms")})`);
  return query
    .select((eb) => [
      "o.id as organisationId",
      "o.name as organisationName",
      "o.homes_band as homesBand",
      "v.id as versionId",
      "v.version",
      "v.organisation_type as organisationType",
      "v.contact_route as contactRoute",
      "v.last_reviewed_on as lastReviewedOn",
      "v.published_at as publishedAt",
      eb.fn.count<number>("v.id").over().as("total"),
      jsonArrayFrom(
        eb
          .selectFrom("offer_service as s")
          .where(sql<boolean>`${serviceMatches("s")}`)
          .select((e) => [
            ...serviceColumns,
            jsonArrayFrom(e.selectFrom("offer_service_borough as b").whereRef("b.offer_service_id", "=", "s.id").select("b.borough_key as key").orderBy("b.borough_key")).as("boroughs"),
          ])
          .orderBy("s.position"),
      ).as("services"),
    ])
    .orderBy("o.name")
    .orderBy("o.id")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/**
 * The region's spread of published offers: how many providers offer each service in each borough (pairs with none
 * are gaps). One query.
 */
export async function offerSpread(db: Db, regionKey: string) {
  return db
    .selectFrom("offer_service_borough as b")
    .innerJoin("offer_service as s", "s.id", "b.offer_service_id")
    .innerJoin("offer_version as v", "v.id", "s.offer_version_id")
    .innerJoin("organisation as o", "o.id", "v.organisation_id")
    .where("v.status", "=", "published")
    .where("o.region_key", "=", regionKey)
    .where("o.archived_at", "is", null)
    .groupBy(["s.service_key", "b.borough_key"])
    .select((eb) => ["s.service_key as serviceKey", "b.borough_key as boroughKey", eb.fn.count<number>("o.id").distinct().as("providers")])
    .execute();
}

/** Every provider of a region with the state of its offer (published version and date, a draft, last reviewed): one query. */
export async function listProviderOffers(db: Db, regionKey: string) {
  return db
    .selectFrom("organisation as o")
    .leftJoin("offer_version as pv", (join) => join.onRef("pv.organisation_id", "=", "o.id").on("pv.status", "=", "published"))
    .leftJoin("offer_version as dv", (join) => join.onRef("dv.organisation_id", "=", "o.id").on("dv.status", "=", "draft"))
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "=", "provider")
    .where("o.archived_at", "is", null)
    .select((eb) => [
      "o.id",
      "o.name",
      "pv.version as publishedVersion",
      "pv.published_at as publishedAt",
      "pv.last_reviewed_on as lastReviewedOn",
      "dv.updated_at as draftUpdatedAt",
      eb.selectFrom("offer_service as s").whereRef("s.offer_version_id", "=", "pv.id").select((e) => e.fn.countAll<number>().as("n")).as("services"),
    ])
    .orderBy("o.name")
    .execute();
}

/** Whether a provider has a published offer: what the access rules need to know. */
export async function hasPublishedOffer(db: Db, organisationId: string): Promise<boolean> {
  const row = await db.selectFrom("offer_version").where("organisation_id", "=", organisationId).where("status", "=", "published").select("id").executeTakeFirst();
  return Boolean(row);
}

