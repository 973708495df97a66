import { sql } from "kysely";
import { recordAudit, type Actor } from "./audit";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Benchmark peer sets and taking part (docs/decisions/019-benchmark-peer-sets.md).
 *
 * A round's peer set is fixed when the round closes: `closeRound` writes one `benchmark_peer` row for every provider
 * of the region with a submitted or approved assessment in the round that had not opted out at that moment, with
 * what its figures are worked out from as it was then (size band, organisation type, ICS areas, levels). Nothing
 * changes those rows afterwards, so a closed round's figures are the same whoever opts out, joins, moves size band or
 * changes an answer later, and comparing them before and after reveals nothing.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type CloseRoundOutcome = { ok: true; peers: number } | { ok: false; reason: "not-found" | "not-open" };

/**
 * Closes an open round and fixes its benchmark peer set, in one transaction, audited. `at` is the moment it closes
 * (now, unless the demo seed is recreating history): a provider counts as opted out if it had opted out by then.
 */
export async function closeRound(db: Db, { roundId, actor, at = new Date() }: { roundId: string; actor: Actor; at?: Date }): Promise<CloseRoundOutcome> {
  if (!UUID.test(roundId)) return { ok: false, reason: "not-found" };
  return inTransaction(db, async (trx) => {
    const round = await trx.selectFrom("round").where("id", "=", roundId).select(["id", "status", "region_key as regionKey", "name"]).forUpdate().executeTakeFirst();
    if (!round) return { ok: false as const, reason: "not-found" as const };
    if (round.status !== "open") return { ok: false as const, reason: "not-open" as const };
    await trx.updateTable("round").set({ status: "closed", closed_at: at, closed_by: actor.personId }).where("id", "=", roundId).execute();
    const peers = await sql<{ organisation_id: string }>`
      insert into benchmark_peer (round_id, organisation_id, homes_band, organisation_type, partnership_ids, levels)
      select a.round_id, o.id, o.homes_band, o.organisation_type,
        array(
          select distinct p.id::text from organisation_borough ob
          join organisation_borough pb on pb.borough_key = ob.borough_key
          join organisation p on p.id = pb.organisation_id and p.kind = 'partnership' and p.archived_at is null
          where ob.organisation_id = o.id order by 1),
        coalesce((
          select jsonb_object_agg(g.indicator_key, g.level) from rating g
          where g.assessment_id = a.id and g.answer = 'level' and g.level is not null), '{}'::jsonb)
      from assessment a
      join organisation o on o.id = a.organisation_id
      where a.round_id = ${roundId}
        and a.status in ('submitted', 'approved')
        and o.kind = 'provider'
        and o.region_key = ${round.regionKey}
        and o.archived_at is null
        and (o.benchmark_opted_out_at is null or o.benchmark_opted_out_at > ${at})
      returning organisation_id`.execute(trx);
    await recordAudit(trx, {
      actor,
      organisationId: null,
      subjectType: "round",
      subjectId: roundId,
      action: "round-closed",
      before: { status: "open" },
      after: { status: "closed", closedAt: at.toISOString() },
      detail: { regionKey: round.regionKey, name: round.name, benchmarkPeers: peers.rows.length },
      at,
    });
    return { ok: true as const, peers: peers.rows.length };
  });
}

/** A provider's facts for the benchmark pages and the access rules: one small query. */
export async function findBenchmarkOrganisation(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  return db
    .selectFrom("organisation")
    .where("id", "=", id)
    .select(["id", "kind", "name", "region_key as regionKey", "benchmark_opted_out_at as optedOutAt"])
    .executeTakeFirst();
}

export type ParticipationOutcome = { changed: boolean; optedOutAt: Date | null };

/**
 * Opts a provider out of the benchmark, or back in. It takes effect for rounds that close afterwards; rounds already
 * closed keep their peer sets. Audited with before and after. Only a provider's own row, and only providers.
 */
export async function setBenchmarkParticipation(
  db: Db,
  { organisationId, takePart, actor, at = new Date() }: { organisationId: string; takePart: boolean; actor: Actor; at?: Date },
): Promise<ParticipationOutcome> {
  return inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("organisation")
      .where("id", "=", organisationId)
      .where("kind", "=", "provider")
      .select("benchmark_opted_out_at as optedOutAt")
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (takePart === (current.optedOutAt === null)) return { changed: false, optedOutAt: current.optedOutAt };
    const optedOutAt = takePart ? null : at;
    await trx.updateTable("organisation").set({ benchmark_opted_out_at: optedOutAt }).where("id", "=", organisationId).execute();
    await recordAudit(trx, {
      actor,
      organisationId,
      subjectType: "organisation",
      subjectId: organisationId,
      action: takePart ? "benchmark-opted-in" : "benchmark-opted-out",
      before: { benchmarkOptedOutAt: current.optedOutAt?.toISOString() ?? null },
      after: { benchmarkOptedOutAt: optedOutAt?.toISOString() ?? null },
      at,
    });
    return { changed: true, optedOutAt };
  });
}

/**
 * The closed rounds of a region for one framework, newest first, each with how many providers are in its benchmark,
 * whether this organisation is one of them, and the status of its assessment there (if any). One query.
 */
export async function listBenchmarkRounds(db: Db, { regionKey, frameworkKey, organisationId }: { regionKey: string; frameworkKey: string; organisationId: string }) {
  return db
    .selectFrom("round as r")
    .leftJoin("assessment as a", (join) => join.onRef("a.round_id", "=", "r.id").on("a.organisation_id", "=", organisationId))
    .where("r.region_key", "=", regionKey)
    .where("r.framework_key", "=", frameworkKey)
    .where("r.status", "=", "closed")
    .select((eb) => [
      "r.id",
      "r.name",
      "r.framework_version as frameworkVersion",
      "r.closed_at as closedAt",
      "a.status as assessmentStatus",
      eb.selectFrom("benchmark_peer as bp").whereRef("bp.round_id", "=", "r.id").select((e) => e.fn.countAll<number>().as("n")).as("peerCount"),
      eb.exists(eb.selectFrom("benchmark_peer as mine").whereRef("mine.round_id", "=", "r.id").where("mine.organisation_id", "=", organisationId).select("mine.round_id")).as("inBenchmark"),
    ])
    .orderBy("r.opens_on", "desc")
    .orderBy("r.name", "desc")
    .execute();
}
export type BenchmarkRound = Awaited<ReturnType<typeof listBenchmarkRounds>>[number];

export interface BenchmarkPeer {
  roundId: string;
  organisationId: string;
  homesBand: string | null;
  organisationType: string | null;
  partnershipIds: string[];
  levels: Record<string, number>;
}

/** Every provider in the benchmark of these rounds, as fixed when each closed. One query (none for no rounds). */
export async function listBenchmarkPeers(db: Db, { roundIds }: { roundIds: string[] }): Promise<BenchmarkPeer[]> {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom("benchmark_peer")
    .where("round_id", "in", roundIds)
    .select([
      "round_id as roundId",
      "organisation_id as organisationId",
      "homes_band as homesBand",
      "organisation_type as organisationType",
      "partnership_ids as partnershipIds",
      "levels",
    ])
    .execute();
}

/**
 * Every provider of a region for one closed round, by name, for network staff: whether it is in the round's
 * benchmark (with its levels as fixed then) and the status of its assessment. One query.
 */
export async function listRoundProviders(db: Db, { roundId, regionKey }: { roundId: string; regionKey: string }) {
  return db
    .selectFrom("organisation as o")
    .leftJoin("benchmark_peer as bp", (join) => join.onRef("bp.organisation_id", "=", "o.id").on("bp.round_id", "=", roundId))
    .leftJoin("assessment as a", (join) => join.onRef("a.organisation_id", "=", "o.id").on("a.round_id", "=", roundId))
    .where("o.region_key", "=", regionKey)
    .where("o.kind", "=", "provider")
    .where((eb) => eb.or([eb("o.archived_at", "is", null), eb("bp.organisation_id", "is not", null)]))
    .select(["o.id", "o.name", "bp.organisation_id as peerId", "bp.levels", "a.id as assessmentId", "a.status as assessmentStatus"])
    .orderBy("o.name")
    .orderBy("o.id")
    .execute();
}

