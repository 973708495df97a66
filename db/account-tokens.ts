import crypto from "node:crypto";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Db } from "./schema";

/**
 * Invitation and password-reset links. The link carries a random token; the database keeps only its SHA-256, so a
 * copy of the database cannot be used to take over an account. A token works once, until it expires; issuing a new
 * one of the same purpose for a person withdraws the earlier ones.
 */

export type AccountTokenPurpose = "invitation" | "password_reset";

/** How long a link works. An invitation waits for someone to find it; a reset is asked for and used at once. */
export const ACCOUNT_TOKEN_HOURS: Record<AccountTokenPurpose, number> = { invitation: 7 * 24, password_reset: 24 };

export function hashAccountToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Makes a new link's token for a person, withdrawing any earlier unused one of the same purpose. */
export async function issueAccountToken(
  db: Db,
  input: { personId: string; purpose: AccountTokenPurpose; createdBy: string | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_HOURS[input.purpose] * 3_600_000);
  await db
    .updateTable("account_token")
    .set({ used_at: now })
    .where("person_id", "=", input.personId)
    .where("purpose", "=", input.purpose)
    .where("used_at", "is", null)
    .execute();
  await db
    .insertInto("account_token")
    .values({ token_hash: hashAccountToken(token), purpose: input.purpose, person_id: input.personId, created_by: input.createdBy, created_at: now, expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

export type AccountTokenLookup =
  | {
      ok: true;
      tokenId: string;
      person: { id: string; name: string; email: string; hasPassword: boolean };
      /** The organisations the person belongs to, with their role, for the page to say what they are joining. */
      memberships: { organisationName: string; role: string }[];
      invitedByName: string | null;
      expiresAt: Date;
    }
  | { ok: false; reason: "unknown" | "used" | "expired" };

/** What a link is for, if it still works: one query. */
export async function lookUpAccountToken(db: Db, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<AccountTokenLookup> {
  const row = await db
    .selectFrom("account_token as t")
    .innerJoin("person as p", "p.id", "t.person_id")
    .leftJoin("person as by", "by.id", "t.created_by")
    .where("t.token_hash", "=", hashAccountToken(token))
    .where("t.purpose", "=", purpose)
    .select((eb) => [
      "t.id",
      "t.expires_at as expiresAt",
      "t.used_at as usedAt",
      "p.id as personId",
      "p.name",
      "p.email",
      "p.password_hash as passwordHash",
      "by.name as invitedByName",
      jsonArrayFrom(
        eb
          .selectFrom("membership as m")
          .innerJoin("organisation as o", "o.id", "m.organisation_id")
          .whereRef("m.person_id", "=", "p.id")
          .where("o.archived_at", "is", null)
          .select(["o.name as organisationName", "m.role"])
          .orderBy("m.created_at"),
      ).as("memberships"),
    ])
    .executeTakeFirst();
  if (!row) return { ok: false, reason: "unknown" };
  if (row.usedAt) return { ok: false, reason: "used" };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  return {
    ok: true,
    tokenId: row.id,
    person: { id: row.personId, name: row.name, email: row.email, hasPassword: row.passwordHash !== null },
    memberships: row.memberships,
    invitedByName: row.invitedByName,
    expiresAt: row.expiresAt,
  };
}

/**
 * Uses a link: marks it used if it is still unused and in date, in one statement, so two tabs cannot both use it.
 * Returns the person it was for, or null.
 */
export async function redeemAccountToken(db: Db, token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<string | null> {
  const row = await db
    .updateTable("account_token")
    .set({ used_at: now })
    .where("token_hash", "=", hashAccountToken(token))
    .where("purpose", "=", purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", now)
    .returning("person_id")
    .executeTakeFirst();
  return row?.person_id ?? null;
}
