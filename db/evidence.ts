import { createHash, randomUUID } from "node:crypto";
import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { EvidenceStrength } from "../assessment/types";
import { recordAudit, type Actor } from "./audit";
import { successorIdsOf } from "./organisations";
import type { Db } from "./schema";
import { inTransaction } from "./transactions";

/**
 * Evidence: links and files that stand behind ratings. Evidence belongs to an organisation and can support several
 * indicators in several rounds (evidence_link). Files live in the database in chunks of at most 1 MB
 * (docs/decisions/007): they are written and read a chunk at a time. Every function about one organisation's
 * evidence takes the organisation's id.
 */
export const CHUNK_BYTES = 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type StoreFileOutcome =
  | { ok: true; fileId: string; mediaType: string; fileName: string; size: number }
  | { ok: false; message: string }
  | { ok: false; duplicate: { fileId: string; evidenceId: string | null; title: string | null } };

/**
 * Streams an upload into the database: each 1 MB as it arrives, hashing as it goes and keeping only the start and
 * the end of the file for `check` (which decides the type from the bytes). Nothing is held whole in memory. A file
 * that is too big is not read past the limit; a file refused, or already part of this organisation's evidence (same
 * SHA-256), is deleted again. The same file received earlier but never made part of any evidence (an abandoned form)
 * is not a duplicate: that earlier upload is reused. Not one transaction: a slow upload must not hold the embedded database's only connection, so a
 * half-stored upload is marked pending and deleted (here, or by housekeeping if the process dies).
 */
export async function storeEvidenceFile(
  db: Db,
  input: {
    organisationId: string;
    actor: Actor;
    fileName: string;
    data: AsyncIterable<Uint8Array>;
    maxBytes: number;
    headBytes: number;
    tailBytes: number;
    check: (file: { head: Uint8Array; tail: Uint8Array; size: number }) => { ok: true; type: { mediaType: string }; fileName: string } | { ok: false; message: string };
  },
): Promise<StoreFileOutcome> {
  const pending = `pending:${randomUUID()}`;
  const row = await db
    .insertInto("evidence_file")
    .values({ organisation_id: input.organisationId, sha256: pending, media_type: "application/octet-stream", size_bytes: 1, file_name: "upload", created_by: input.actor.personId })
    .returning("id")
    .executeTakeFirstOrThrow();
  const discard = () => db.deleteFrom("evidence_file").where("id", "=", row.id).execute();

  const hash = createHash("sha256");
  let size = 0;
  let seq = 0;
  let buffer = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  const head = new Uint8Array(input.headBytes);
  let headFilled = 0;
  let tail = new Uint8Array(0);
  let tooBig = false;
  const flush = async () => {
    if (filled === 0) return;
    await db.insertInto("evidence_file_chunk").values({ file_id: row.id, seq, bytes: buffer.slice(0, filled) }).execute();
    seq += 1;
    filled = 0;
  };
  try {
    for await (const piece of input.data) {
      if (tooBig) continue; // drain the rest of the upload without keeping it
      size += piece.length;
      if (size > input.maxBytes) {
        tooBig = true;
        continue;
      }
      hash.update(piece);
      if (headFilled < head.length) {
        const take = Math.min(head.length - headFilled, piece.length);
        head.set(piece.subarray(0, take), headFilled);
        headFilled += take;
      }
      const joined = new Uint8Array(Math.min(input.tailBytes, tail.length + piece.length));
      const fromPiece = Math.min(piece.length, joined.length);
      joined.set(tail.subarray(tail.length - (joined.length - fromPiece)), 0);
      joined.set(piece.subarray(piece.length - fromPiece), joined.length - fromPiece);
      tail = joined;
      let offset = 0;
      while (offset < piece.length) {
        const take = Math.min(CHUNK_BYTES - filled, piece.length - offset);
        buffer.set(piece.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === CHUNK_BYTES) {
          await flush();
          buffer = new Uint8Array(CHUNK_BYTES);
        }
      }
    }
    if (!tooBig) await flush();
  } catch (error) {
    await discard();
    throw error;
  }

  const checked = input.check({ head: head.subarray(0, headFilled), tail, size: tooBig ? input.maxBytes + 1 : size });
  if (!checked.ok) {
    await discard();
    return { ok: false, message: checked.message };
  }
  const sha256 = hash.digest("hex");
  const existing = await findFileByHash(db, input.organisationId, sha256);
  if (existing && existing.evidenceId !== null) {
    await discard();
    return { ok: false, duplicate: existing };
  }
  if (existing && (await reuseOrphan(db, existing.fileId, checked.fileName))) {
    await discard();
    return { ok: true, fileId: existing.fileId, mediaType: checked.type.mediaType, fileName: checked.fileName, size };
  }
  try {
    await db
      .updateTable("evidence_file")
      .set({ sha256, media_type: checked.type.mediaType, size_bytes: size, file_name: checked.fileName })
      .where("id", "=", row.id)
      .execute();
  } catch (error) {
    // The same file finished uploading a moment ago (the unique index on organisation and hash).
    const raced = await findFileByHash(db, input.organisationId, sha256);
    await discard();
    if (raced && raced.evidenceId === null && (await reuseOrphan(db, raced.fileId, checked.fileName))) {
      return { ok: true, fileId: raced.fileId, mediaType: checked.type.mediaType, fileName: checked.fileName, size };
    }
    if (raced) return { ok: false, duplicate: raced };
    throw error;
  }
  return { ok: true, fileId: row.id, mediaType: checked.type.mediaType, fileName: checked.fileName, size };
}

/**
 * The same file was received before but never became part of any evidence (its form was left with an error): it is
 * this upload, received again. The stored bytes are reused under the name just given, and its clock restarts so
 * housekeeping does not delete it from under the form now being completed. False when it has meanwhile been used,
 * purged or deleted.
 */
async function reuseOrphan(db: Db, fileId: string, fileName: string): Promise<boolean> {
  const result = await db
    .updateTable("evidence_file as f")
    .set({ file_name: fileName, created_at: new Date() })
    .where("f.id", "=", fileId)
    .where("f.purged_at", "is", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("evidence").whereRef("evidence.file_id", "=", "f.id").select("evidence.id"))))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

async function findFileByHash(db: Db, organisationId: string, sha256: string) {
  const row = await db
    .selectFrom("evidence_file as f")
    .leftJoin("evidence as e", "e.file_id", "f.id")
    .where("f.organisation_id", "=", organisationId)
    .where("f.sha256", "=", sha256)
    .where("f.purged_at", "is", null)
    .select(["f.id as fileId", "e.id as evidenceId", "e.title"])
    .orderBy("e.created_at") // the first evidence made of it, if any: never an empty row beside a used one
    .limit(1)
    .executeTakeFirst();
  return row ?? null;
}

/** A file this organisation uploaded (not purged, not yet part of any evidence), offered again after a form error. */
export async function findKeptUpload(db: Db, { fileId, organisationId }: { fileId: string; organisationId: string }): Promise<boolean> {
  if (!UUID.test(fileId)) return false;
  const row = await db
    .selectFrom("evidence_file as f")
    .where("f.id", "=", fileId)
    .where("f.organisation_id", "=", organisationId)
    .where("f.purged_at", "is", null)
    .where("f.sha256", "not like", "pending:%")
    .where((eb) => eb.not(eb.exists(eb.selectFrom("evidence").whereRef("evidence.file_id", "=", "f.id").select("evidence.id"))))
    .select("f.id")
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Files nobody finished adding: uploads cut off mid-way (the process stopped), and files received with a form that
 * was never completed (no evidence uses them). Deleted by housekeeping once older than `olderThan`.
 */
export async function deleteAbandonedUploads(db: Db, olderThan: Date): Promise<number> {
  const result = await db
    .deleteFrom("evidence_file as f")
    .where("f.created_at", "<", olderThan)
    .where("f.purged_at", "is", null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom("evidence").whereRef("evidence.file_id", "=", "f.id").select("evidence.id"))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface NewEvidence {
  organisationId: string;
  actor: Actor;
  title: string;
  description: string;
  url: string | null;
  fileId: string | null;
  strength: EvidenceStrength;
  datedOn: string;
  reviewBy: string;
  ownerName: string;
  /** Indicators of the organisation's assessments that this evidence supports. */
  links: { assessmentId: string; indicatorKey: string }[];
}

/** Adds a piece of evidence (a link, or an uploaded file) and links it to indicators. */
export async function createEvidence(db: Db, evidence: NewEvidence): Promise<{ id: string }> {
  return inTransaction(db, async (trx) => {
    const created = await trx
      .insertInto("evidence")
      .values({
        organisation_id: evidence.organisationId,
        kind: evidence.fileId ? "file" : "link",
        title: evidence.title,
        description: evidence.description,
        url: evidence.fileId ? null : evidence.url,
        file_id: evidence.fileId,
        strength: evidence.strength,
        dated_on: evidence.datedOn,
        review_by: evidence.reviewBy,
        owner_name: evidence.ownerName,
        created_by: evidence.actor.personId,
        updated_by: evidence.actor.personId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const link of evidence.links) await linkEvidence(trx, { evidenceId: created.id, organisationId: evidence.organisationId, actor: evidence.actor, ...link });
    await recordAudit(trx, {
      actor: evidence.actor,
      organisationId: evidence.organisationId,
      subjectType: "evidence",
      subjectId: created.id,
      action: "evidence-added",
      after: { title: evidence.title, kind: evidence.fileId ? "file" : "link", url: evidence.url, strength: evidence.strength, datedOn: evidence.datedOn, reviewBy: evidence.reviewBy, ownerName: evidence.ownerName },
    });
    return created;
  });
}

/**
 * Links evidence to an indicator of an assessment of the same organisation (only then: the queries require both to
 * belong to it). Linking twice changes nothing.
 */
export async function linkEvidence(
  db: Db,
  { evidenceId, organisationId, assessmentId, indicatorKey, actor }: { evidenceId: string; organisationId: string; assessmentId: string; indicatorKey: string; actor: Actor },
): Promise<boolean> {
  const inserted = await db
    .insertInto("evidence_link")
    .columns(["evidence_id", "assessment_id", "indicator_key"])
    .expression((eb) =>
      eb
        .selectFrom("evidence as e")
        .innerJoin("assessment as a", "a.organisation_id", "e.organisation_id")
        .where("e.id", "=", evidenceId)
        .where("a.id", "=", assessmentId)
        .where("e.organisation_id", "=", organisationId)
        .select([sql.ref<string>("e.id").as("evidence_id"), sql.ref<string>("a.id").as("assessment_id"), sql<string>`${indicatorKey}::text`.as("indicator_key")]),
    )
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  const added = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
  if (added) {
    await recordAudit(db, { actor, organisationId, subjectType: "evidence", subjectId: evidenceId, action: "evidence-linked", after: { assessmentId, indicatorKey } });
  }
  return added;
}

export async function unlinkEvidence(
  db: Db,
  { evidenceId, organisationId, assessmentId, indicatorKey, actor }: { evidenceId: string; organisationId: string; assessmentId: string; indicatorKey: string; actor: Actor },
): Promise<boolean> {
  const result = await db
    .deleteFrom("evidence_link")
    .where("evidence_id", "=", evidenceId)
    .where("assessment_id", "=", assessmentId)
    .where("indicator_key", "=", indicatorKey)
    .where((eb) => eb.exists(eb.selectFrom("evidence").where("evidence.id", "=", evidenceId).where("evidence.organisation_id", "=", organisationId).select("evidence.id")))
    .executeTakeFirst();
  const removed = Number(result.numDeletedRows) > 0;
  if (removed) await recordAudit(db, { actor, organisationId, subjectType: "evidence", subjectId: evidenceId, action: "evidence-unlinked", before: { assessmentId, indicatorKey } });
  return removed;
}

/** What the access rules need to know about a piece of evidence: whose it is. */
export async function findEvidenceAccessFacts(db: Db, id: string) {
  if (!UUID.test(id)) return undefined;
  const row = await db
    .selectFrom("evidence as e")
    .innerJoin("organisation as o", "o.id", "e.organisation_id")
    .where("e.id", "=", id)
    .select(["e.id", "o.id as organisationId", "o.kind", "o.region_key as regionKey", successorIdsOf("o.id").as("successorIds")])
    .executeTakeFirst();
  return row ? { id: row.id, organisation: { id: row.organisationId, kind: row.kind, regionKey: row.regionKey, successorIds: row.successorIds } } : undefined;
}

const evidenceColumns = [
  "e.id",
  "e.title",
  "e.description",
  "e.kind",
  "e.url",
  "e.strength",
  "e.dated_on as datedOn",
  "e.review_by as reviewBy",
  "e.owner_name as ownerName",
  "e.created_at as createdAt",
  "e.updated_at as updatedAt",
  "f.id as fileId",
  "f.file_name as fileName",
  "f.media_type as mediaType",
  "f.size_bytes as sizeBytes",
  "f.purged_at as purgedAt",
] as const;

/** One piece of evidence with its file and every indicator it supports (with the round's name). */
export async function getEvidence(db: Db, { id, organisationId }: { id: string; organisationId: string }) {
  return db
    .selectFrom("evidence as e")
    .leftJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.id", "=", id)
    .where("e.organisation_id", "=", organisationId)
    .select((eb) => [
      ...evidenceColumns,
      "f.purge_reason as purgeReason",
      jsonArrayFrom(
        eb
          .selectFrom("evidence_link as l")
          .innerJoin("assessment as a", "a.id", "l.assessment_id")
          .innerJoin("round as r", "r.id", "a.round_id")
          .whereRef("l.evidence_id", "=", "e.id")
          .select(["l.assessment_id as assessmentId", "l.indicator_key as indicatorKey", "r.name as roundName", "a.framework_key as frameworkKey", "a.framework_version as frameworkVersion", "r.opens_on as opensOn"])
          .orderBy("r.opens_on", "desc")
          .orderBy("l.indicator_key"),
      ).as("links"),
    ])
    .executeTakeFirst();
}

/** The evidence linked to the indicators of one assessment: one query, rows per link. */
export async function listEvidenceForAssessment(db: Db, { assessmentId, organisationId }: { assessmentId: string; organisationId: string }) {
  return db
    .selectFrom("evidence_link as l")
    .innerJoin("evidence as e", "e.id", "l.evidence_id")
    .leftJoin("evidence_file as f", "f.id", "e.file_id")
    .where("l.assessment_id", "=", assessmentId)
    .where("e.organisation_id", "=", organisationId)
    .select(["l.indicator_key as indicatorKey", ...evidenceColumns])
    .orderBy("e.dated_on", "desc")
    .orderBy("e.title")
    .execute();
}
export type LinkedEvidence = Awaited<ReturnType<typeof listEvidenceForAssessment>>[number];

export interface RegisterFilter {
  strength?: EvidenceStrength;
  owner?: string;
  /** "current", "due" (review date within 90 days) or "expired", relative to `today`. */
  review?: "current" | "due" | "expired";
  /** Only evidence linked to these indicators (a domain's). */
  indicatorKeys?: string[];
  today: string;
  limit: number;
  offset: number;
}

/** The organisation's evidence register, newest first, with the indicators each piece supports: one query. */
export async function listEvidenceRegister(db: Db, organisationId: string, filter: RegisterFilter) {
  let query = db
    .selectFrom("evidence as e")
    .leftJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.organisation_id", "=", organisationId);
  if (filter.strength) query = query.where("e.strength", "=", filter.strength);
  if (filter.owner) query = query.where("e.owner_name", "=", filter.owner);
  if (filter.review === "expired") query = query.where("e.review_by", "<", filter.today);
  if (filter.review === "current") query = query.where("e.review_by", ">=", filter.today);
  if (filter.review === "due") {
    query = query.where("e.review_by", ">=", filter.today).where("e.review_by", "<=", sql<string>`(${filter.today}::date + 90)::text`);
  }
  if (filter.indicatorKeys) {
    const keys = filter.indicatorKeys;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom("evidence_link as k").whereRef("k.evidence_id", "=", "e.id").where("k.indicator_key", "in", keys.length ? keys : [""]).select("k.evidence_id")),
    );
  }
  return query
    .select((eb) => [
      ...evidenceColumns,
      eb.fn.count<number>("e.id").over().as("total"),
      jsonArrayFrom(
        eb
          .selectFrom("evidence_link as l")
          .innerJoin("assessment as a", "a.id", "l.assessment_id")
          .innerJoin("round as r", "r.id", "a.round_id")
          .whereRef("l.evidence_id", "=", "e.id")
          .select(["l.assessment_id as assessmentId", "l.indicator_key as indicatorKey", "r.name as roundName", "a.framework_key as frameworkKey", "a.framework_version as frameworkVersion"])
          .orderBy("r.opens_on", "desc"),
      ).as("links"),
    ])
    .orderBy("e.dated_on", "desc")
    .orderBy("e.title")
    .orderBy("e.id")
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
}

/** The different owners named in an organisation's evidence, for the register's filter. */
export async function listEvidenceOwners(db: Db, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("evidence")
    .where("organisation_id", "=", organisationId)
    .where("owner_name", "<>", "")
    .select("owner_name")
    .distinct()
    .orderBy("owner_name")
    .execute();
  return rows.map((r) => r.owner_name);
}

/**
 * Evidence the organisation could link to one indicator of an assessment, newest first: not linked there already,
 * and not a purged file. At most `limit` rows, and `truncated` when there are more (then the page offers a search by
 * title, `title`, so older evidence can be reached). One query.
 */
export async function listLinkableEvidence(
  db: Db,
  { organisationId, assessmentId, indicatorKey, title, limit = 200 }: { organisationId: string; assessmentId: string; indicatorKey: string; title?: string; limit?: number },
) {
  let query = db
    .selectFrom("evidence as e")
    .leftJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.organisation_id", "=", organisationId)
    .where("f.purged_at", "is", null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom("evidence_link as l").whereRef("l.evidence_id", "=", "e.id").where("l.assessment_id", "=", assessmentId).where("l.indicator_key", "=", indicatorKey).select("l.evidence_id"),
        ),
      ),
    );
  const words = title?.trim();
  if (words) query = query.where("e.title", "ilike", `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await query
    .select(["e.id", "e.title", "e.strength", "e.dated_on as datedOn", "e.review_by as reviewBy", "e.kind"])
    .orderBy("e.dated_on", "desc")
    .orderBy("e.title")
    .orderBy("e.id")
    .limit(limit + 1)
    .execute();
  return { items: rows.slice(0, limit), truncated: rows.length > limit };
}

/**
 * Whether one piece of evidence may be linked by this organisation: it is the organisation's, still exists, and is
 * not a purged file. Checked directly, whatever the picker showed.
 */
export async function isLinkableEvidence(db: Db, { id, organisationId }: { id: string; organisationId: string }): Promise<boolean> {
  if (!UUID.test(id)) return false;
  const row = await db
    .selectFrom("evidence as e")
    .leftJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.id", "=", id)
    .where("e.organisation_id", "=", organisationId)
    .where("f.purged_at", "is", null)
    .select("e.id")
    .executeTakeFirst();
  return Boolean(row);
}

export async function updateEvidence(
  db: Db,
  { id, organisationId, actor, changes }: {
    id: string;
    organisationId: string;
    actor: Actor;
    changes: { title: string; description: string; url: string | null; strength: EvidenceStrength; datedOn: string; reviewBy: string; ownerName: string };
  },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom("evidence")
      .where("id", "=", id)
      .where("organisation_id", "=", organisationId)
      .select(["title", "description", "url", "strength", "dated_on as datedOn", "review_by as reviewBy", "owner_name as ownerName", "kind"])
      .forUpdate()
      .executeTakeFirst();
    if (!before) return false;
    await trx
      .updateTable("evidence")
      .set({
        title: changes.title,
        description: changes.description,
        ...(before.kind === "link" ? { url: changes.url } : {}),
        strength: changes.strength,
        dated_on: changes.datedOn,
        review_by: changes.reviewBy,
        owner_name: changes.ownerName,
        updated_at: new Date(),
        updated_by: actor.personId,
      })
      .where("id", "=", id)
      .execute();
    const { kind, ...rest } = before;
    await recordAudit(trx, { actor, organisationId, subjectType: "evidence", subjectId: id, action: "evidence-changed", before: rest, after: { ...changes, url: kind === "link" ? changes.url : null } });
    return true;
  });
}

/**
 * Deletes a piece of evidence and its links. Its file goes with it unless another piece of evidence uses the same file.
 * The audit trail keeps what it was (title, file name and hash).
 */
export async function deleteEvidence(db: Db, { id, organisationId, actor }: { id: string; organisationId: string; actor: Actor }): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom("evidence as e")
      .leftJoin("evidence_file as f", "f.id", "e.file_id")
      .where("e.id", "=", id)
      .where("e.organisation_id", "=", organisationId)
      .select(["e.title", "e.kind", "e.url", "e.strength", "e.dated_on as datedOn", "e.file_id as fileId", "f.file_name as fileName", "f.sha256", "f.size_bytes as sizeBytes"])
      .executeTakeFirst();
    if (!row) return false;
    const links = await trx.selectFrom("evidence_link").where("evidence_id", "=", id).select(["assessment_id as assessmentId", "indicator_key as indicatorKey"]).execute();
    await trx.deleteFrom("evidence").where("id", "=", id).execute(); // links go with it
    if (row.fileId) {
      const shared = await trx.selectFrom("evidence").where("file_id", "=", row.fileId).select("id").executeTakeFirst();
      if (!shared) await trx.deleteFrom("evidence_file").where("id", "=", row.fileId).execute(); // chunks go with it
    }
    await recordAudit(trx, { actor, organisationId, subjectType: "evidence", subjectId: id, action: "evidence-deleted", before: { ...row, links } });
    return true;
  });
}

/** A file's details for a download, when it belongs to the organisation and has not been purged. */
export async function findEvidenceFile(db: Db, { evidenceId, organisationId }: { evidenceId: string; organisationId: string }) {
  return db
    .selectFrom("evidence as e")
    .innerJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.id", "=", evidenceId)
    .where("e.organisation_id", "=", organisationId)
    .where("f.purged_at", "is", null)
    .select(["f.id", "f.file_name as fileName", "f.media_type as mediaType", "f.size_bytes as sizeBytes", "f.sha256"])
    .executeTakeFirst();
}

/** When a piece of evidence's file was purged, and why (undefined when its file was not purged, or it has none). */
export async function findPurgedEvidenceFile(db: Db, { evidenceId, organisationId }: { evidenceId: string; organisationId: string }) {
  return db
    .selectFrom("evidence as e")
    .innerJoin("evidence_file as f", "f.id", "e.file_id")
    .where("e.id", "=", evidenceId)
    .where("e.organisation_id", "=", organisationId)
    .where("f.purged_at", "is not", null)
    .select(["f.purged_at as purgedAt", "f.purge_reason as purgeReason"])
    .executeTakeFirst();
}

/**
 * Purges the file of a piece of evidence uploaded with personal data by mistake: its bytes are deleted, its row stays
 * as a tombstone (who purged it, when, why) with the file's name replaced, and every piece of evidence using the file
 * stays as a record that says so. The audit trail keeps the evidence's title and the reason, never the file's contents
 * or its name. False when there is no such file, or it was purged already.
 */
export async function purgeEvidenceFile(
  db: Db,
  { evidenceId, organisationId, actor, reason }: { evidenceId: string; organisationId: string; actor: Actor; reason: string },
): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const file = await trx
      .selectFrom("evidence as e")
      .innerJoin("evidence_file as f", "f.id", "e.file_id")
      .where("e.id", "=", evidenceId)
      .where("e.organisation_id", "=", organisationId)
      .where("f.purged_at", "is", null)
      .select(["f.id", "e.title", "f.media_type as mediaType", "f.size_bytes as sizeBytes"])
      .forUpdate()
      .executeTakeFirst();
    if (!file) return false;
    const purgedAt = new Date();
    await trx.deleteFrom("evidence_file_chunk").where("file_id", "=", file.id).execute();
    await trx
      .updateTable("evidence_file")
      .set({ purged_at: purgedAt, purged_by: actor.personId, purge_reason: reason, file_name: "purged" })
      .where("id", "=", file.id)
      .execute();
    const sharing = await trx.selectFrom("evidence").where("file_id", "=", file.id).select("id").orderBy("id").execute();
    await recordAudit(trx, {
      actor,
      organisationId,
      subjectType: "evidence",
      subjectId: evidenceId,
      action: "evidence-file-purged",
      before: { title: file.title, file: "kept", mediaType: file.mediaType, sizeBytes: Number(file.sizeBytes) },
      after: { title: file.title, file: "purged", reason },
      detail: { fileId: file.id, evidenceIds: sharing.map((e) => e.id) },
      at: purgedAt,
    });
    return true;
  });
}

/** One chunk of a file (null after the last). */
export async function readFileChunk(db: Db, fileId: string, seq: number): Promise<Uint8Array | null> {
  const row = await db.selectFrom("evidence_file_chunk").where("file_id", "=", fileId).where("seq", "=", seq).select("bytes").executeTakeFirst();
  return row ? row.bytes : null;
}


/**
 * When an assessment starts from the last round's answers, each carried answer keeps its evidence: the previous
 * assessment's links are copied, under each indicator's key in the new version (`keys`: old key → new key).
 */
export async function copyEvidenceLinks(db: Db, { fromAssessmentId, toAssessmentId, keys }: { fromAssessmentId: string; toAssessmentId: string; keys: Map<string, string> }): Promise<number> {
  const links = await db.selectFrom("evidence_link").where("assessment_id", "=", fromAssessmentId).select(["evidence_id", "indicator_key"]).execute();
  const rows = links.flatMap((l) => {
    const key = keys.get(l.indicator_key);
    return key ? [{ evidence_id: l.evidence_id, assessment_id: toAssessmentId, indicator_key: key }] : [];
  });
  if (rows.length === 0) return 0;
  await db.insertInto("evidence_link").values(rows).onConflict((oc) => oc.doNothing()).execute();
  return rows.length;
}
