import { sql } from "kysely";
import { recordAudit, type Actor } from "./audit";
import { closeRound as closeProviderRound } from "./benchmark";
import { notifyOrganisationsOfKind } from "./notifications";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Running a region's rounds (network staff): opening one for every partnership or every housing provider of the
 * region at once, seeing who has started, closing it, and deleting one opened by mistake while nothing is in it.
 * Each change is one transaction and audited.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type RoundAudience = "partnership" | "provider";

/** Which kind of organisation a framework's rounds are for (the SQL twin of app/assessments.server.ts FRAMEWORK_OF_KIND). */
const audienceOf = sql<RoundAudience>`case r.framework_key when 'provider-offer' then 'provider' else 'partnership' end`;

/**
 * Every round of the region, both frameworks, newest first, with how many organisations of its kind there are and how
 * many have started, submitted and had approved their assessment in it: one query.
 */
export async function listRegionRoundsWithProgress(db: Db, regionKey: string) {
  return db
    .selectFrom("round as r")
    .where("r.region_key", "=", regionKey)
    .select((eb) => [
      "r.id",
      "r.name",
      "r.status",
      "r.framework_key as frameworkKey",
      "r.framework_version as frameworkVersion",
      "r.opens_on as opensOn",
      "r.due_on as dueOn",
      eb
        .selectFrom("organisation as o")
        .whereRef("o.region_key", "=", "r.region_key")
        .where(sql<boolean>`o.kind = ${audienceOf}`)
        .where("o.archived_at", "is", null)
        .select((e) => e.fn.countAll<string>().as("n"))
        .as("organisations"),
      eb.selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").select((e) => e.fn.countAll<string>().as("n")).as("started"),
      eb.selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").where("a.status", "in", ["submitted", "approved"]).select((e) => e.fn.countAll<string>().as("n")).as("submitted"),
      eb.selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").where("a.status", "=", "approved").select((e) => e.fn.countAll<string>().as("n")).as("approved"),
    ])
    .orderBy("r.opens_on", "desc")
    .orderBy("r.name", "desc")
    .execute()
    .then((rows) =>
      rows.map((r) => ({ ...r, organisations: Number(r.organisations ?? 0), started: Number(r.started ?? 0), submitted: Number(r.submitted ?? 0), approved: Number(r.approved ?? 0) })),
    );
}

/** One round with what the access rules need (its region) and what its page shows; undefined when there is none. */
export async function findRegionRound(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom("round as r")
    .leftJoin("person as c", "c.id", "r.closed_by")
    .where("r.id", "=", id)
    .select([
      "r.id",
      "r.name",
      "r.status",
      "r.region_key as regionKey",
      "r.framework_key as frameworkKey",
      "r.framework_version as frameworkVersion",
      "r.opens_on as opensOn",
      "r.due_on as dueOn",
      "r.closed_at as closedAt",
      "c.name as closedByName",
      audienceOf.as("audience"),
    ])
    .executeTakeFirst();
}

/**
 * Every organisation the round is for (of its kind in its region, archived ones left out unless they took part), with
 * its assessment in the round if it has one: one query, ordered by name.
 */
export async function listRoundOrganisations(db: Db, { roundId, regionKey, audience }: { roundId: string; regionKey: string; audience: RoundAudience }) {
  return db
    .selectFrom("organisation as o")
    .leftJoin("assessment as a", (join) => join.onRef("a.organisation_id", "=", "o.id").on("a.round_id", "=", roundId))
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "=", audience)
    .where((eb) => eb.or([eb("o.archived_at", "is", null), eb("a.id", "is not", null)]))
    .select(["o.id as organisationId", "o.name", "a.id as assessmentId", "a.status", "a.submitted_at as submittedAt", "a.updated_at as updatedAt"])
    .orderBy("o.name")
    .execute();
}

/** The open rounds of a framework in a region, newest first. */
export async function listOpenRounds(db: Db, { regionKey, frameworkKey }: { regionKey: string; frameworkKey: string }) {
  return db
    .selectFrom("round")
    .where("region_key", "=", regionKey)
    .where("framework_key", "=", frameworkKey)
    .where("status", "=", "open")
    .select(["id", "name"])
    .orderBy("opens_on", "desc")
    .execute();
}

export interface NewRound {
  regionKey: string;
  audience: RoundAudience;
  frameworkKey: string;
  frameworkVersion: number;
  name: string;
  opensOn: string;
  dueOn: string;
  actor: Actor;
  at?: Date;
}

export type OpenRoundOutcome = { ok: true; id: string } | { ok: false; field: "name"; reason: string };

/**
 * Opens a round for every organisation of its kind in the region and tells each of them ("The 2027/28 round has
 * opened"), audited. Refused when the region already has a round of that framework with that name. Another open
 * round of the framework does not stop it: each organisation starts, answers and submits each round on its own, and
 * the pages that choose a round (the regional overview) take the latest open one unless asked for another, so a
 * round may stay open for latecomers while the next opens. The form says so before it is sent.
 */
export async function openRound(db: Db, round: NewRound): Promise<OpenRoundOutcome> {
  return inTransaction(db, async (trx) => {
    // One opening at a time per region and framework, so two people opening the same name at once cannot both succeed.
    await sql`select pg_advisory_xact_lock(hashtext(${`round:${round.regionKey}:${round.frameworkKey}`}))`.execute(trx);
    const clash = await trx
      .selectFrom("round")
      .where("region_key", "=", round.regionKey)
      .where("framework_key", "=", round.frameworkKey)
      .where(sql<boolean>`lower(name) = lower(${round.name})`)
      .select("id")
      .executeTakeFirst();
    if (clash) return { ok: false as const, field: "name" as const, reason: `There is already a round called ${round.name}: choose another name` };
    const at = round.at ?? new Date();
    const created = await trx
      .insertInto("round")
      .values({
        region_key: round.regionKey,
        framework_key: round.frameworkKey,
        framework_version: round.frameworkVersion,
        name: round.name,
        opens_on: round.opensOn,
        due_on: round.dueOn,
        status: "open",
        created_by: round.actor.personId,
        created_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await notifyOrganisationsOfKind(trx, { regionKey: round.regionKey, kind: round.audience }, { kind: "round-opened", title: openedTitle(round.name), link: `/${round.audience}`, at });
    await recordAudit(trx, {
      actor: round.actor,
      organisationId: null,
      subjectType: "round",
      subjectId: created.id,
      action: "round-opened",
      after: { name: round.name, frameworkKey: round.frameworkKey, frameworkVersion: round.frameworkVersion, opensOn: round.opensOn, dueOn: round.dueOn, status: "open" },
      detail: { regionKey: round.regionKey, audience: round.audience },
      at,
    });
    return { ok: true as const, id: created.id };
  });
}

/** The notice of a round opening; its home page link is where each organisation starts (viewers read it there too). */
const openedTitle = (name: string) => `The ${name} round has opened`;

export type CloseOutcome = { ok: true; peers: number | null } | { ok: false; reason: string };

/**
 * Closes an open round of the region, audited. A housing providers' round closes through db/benchmark.ts closeRound,
 * which also fixes its benchmark peer set (docs/decisions/019).
 */
export async function closeRegionRound(db: Db, { roundId, regionKey, actor, at = new Date() }: { roundId: string; regionKey: string; actor: Actor; at?: Date }): Promise<CloseOutcome> {
  return inTransaction(db, async (trx) => {
    const round = await trx.selectFrom("round").where("id", "=", roundId).where("region_key", "=", regionKey).select(["id", "status", "framework_key as frameworkKey", "name"]).forUpdate().executeTakeFirst();
    if (!round) return { ok: false as const, reason: "There is no such round." };
    if (round.status !== "open") return { ok: false as const, reason: "This round is not open, so it cannot be closed." };
    if (round.frameworkKey === "provider-offer") {
      const closed = await closeProviderRound(trx, { roundId, actor, at });
      return closed.ok ? { ok: true as const, peers: closed.peers } : { ok: false as const, reason: "This round is not open, so it cannot be closed." };
    }
    await trx.updateTable("round").set({ status: "closed", closed_at: at, closed_by: actor.personId }).where("id", "=", roundId).execute();
    await recordAudit(trx, {
      actor,
      organisationId: null,
      subjectType: "round",
      subjectId: roundId,
      action: "round-closed",
      before: { status: "open" },
      after: { status: "closed", closedAt: at.toISOString() },
      detail: { regionKey, name: round.name },
      at,
    });
    return { ok: true as const, peers: null };
  });
}

export type DeleteOutcome = { ok: true; name: string } | { ok: false; reason: string };

/**
 * Deletes a round opened by mistake, with the notifications that announced it, audited; refused once any
 * organisation has an assessment in it (that work is kept: close the round instead).
 */
export async function deleteRegionRound(db: Db, { roundId, regionKey, actor, at = new Date() }: { roundId: string; regionKey: string; actor: Actor; at?: Date }): Promise<DeleteOutcome> {
  return inTransaction(db, async (trx) => {
    const round = await trx
      .selectFrom("round")
      .where("id", "=", roundId)
      .where("region_key", "=", regionKey)
      .select(["id", "name", "status", "framework_key as frameworkKey", "framework_version as frameworkVersion", "opens_on as opensOn", "due_on as dueOn"])
      .forUpdate()
      .executeTakeFirst();
    if (!round) return { ok: false as const, reason: "There is no such round." };
    // An assessment started between this count and the delete would make the delete fail (its foreign key), not vanish.
    const inIt = await trx.selectFrom("assessment").where("round_id", "=", roundId).select((e) => e.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
    const count = Number(inIt.n);
    if (count > 0) {
      return {
        ok: false as const,
        reason: `This round cannot be deleted: ${count === 1 ? "1 organisation has" : `${count} organisations have`} started an assessment in it, and their work is kept. Close the round instead.`,
      };
    }
    await trx
      .deleteFrom("notification")
      .where("kind", "=", "round-opened")
      .where("title", "=", openedTitle(round.name))
      .where("organisation_id", "in", (eb) => eb.selectFrom("organisation").where("region_key", "=", regionKey).where(sql<boolean>`kind = case ${round.frameworkKey} when 'provider-offer' then 'provider' else 'partnership' end`).select("id"))
      .execute();
    await trx.deleteFrom("round").where("id", "=", roundId).execute();
    await recordAudit(trx, {
      actor,
      organisationId: null,
      subjectType: "round",
      subjectId: roundId,
      action: "round-deleted",
      before: { name: round.name, status: round.status, frameworkKey: round.frameworkKey, frameworkVersion: round.frameworkVersion, opensOn: round.opensOn, dueOn: round.dueOn },
      detail: { regionKey },
      at,
    });
    return { ok: true as const, name: round.name };
  });
}

