import { sql } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Role } from "../assessment/vocabulary";
import { issueAccountToken, redeemAccountToken, type AccountTokenPurpose } from "./account-tokens";
import { recordAudit } from "./audit";
import type { Db } from "./schema";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A person; without a password hash they cannot sign in until they choose a password (an invitation). */
export async function createPerson(
  db: Db,
  person: { email: string; name: string; passwordHash: string | null },
): Promise<{ id: string }> {
  return db
    .insertInto("person")
    .values({ email: normaliseEmail(person.email), name: person.name, password_hash: person.passwordHash })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function addMembership(
  db: Db,
  membership: { personId: string; organisationId: string; role: Role; invitedBy?: string | null },
): Promise<{ id: string }> {
  return db
    .insertInto("membership")
    .values({
      person_id: membership.personId,
      organisation_id: membership.organisationId,
      role: membership.role,
      invited_by: membership.invitedBy ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

/** A person by email, whatever its case, with the ids of their memberships (oldest first), for signing in. */
export async function findPersonByEmail(db: Db, email: string) {
  return db
    .selectFrom("person as p")
    .where((eb) => eb(eb.fn("lower", ["p.email"]), "=", normaliseEmail(email)))
    .select((eb) => [
      "p.id",
      "p.email",
      "p.name",
      "p.password_hash",
      "p.disabled_at",
      jsonArrayFrom(
        eb
          .selectFrom("membership as m")
          .innerJoin("organisation as o", "o.id", "m.organisation_id")
          .whereRef("m.person_id", "=", "p.id")
          .where("o.archived_at", "is", null)
          .select(["m.id", "m.role"])
          .orderBy("m.created_at"),
      ).as("memberships"),
    ])
    .executeTakeFirst();
}

export async function updatePasswordHash(db: Db, personId: string, passwordHash: string): Promise<void> {
  await db.updateTable("person").set({ password_hash: passwordHash, password_changed_at: new Date() }).where("id", "=", personId).execute();
}

export async function getPasswordHash(db: Db, personId: string): Promise<string | null | undefined> {
  const row = await db.selectFrom("person").where("id", "=", personId).select("password_hash").executeTakeFirst();
  return row?.password_hash;
}

/** Whether the person wants reminders of work and rounds falling due (server/reminders.ts). */
export async function getRemindersEnabled(db: Db, personId: string): Promise<boolean> {
  const row = await db.selectFrom("person").where("id", "=", personId).select("reminders_enabled").executeTakeFirst();
  return row?.reminders_enabled ?? false;
}

export async function setRemindersEnabled(db: Db, personId: string, enabled: boolean): Promise<void> {
  await db.updateTable("person").set({ reminders_enabled: enabled }).where("id", "=", personId).execute();
}

/** Withdraws every unused link of a person (their access was removed, or they set a password another way). */
async function withdrawTokens(db: Db, personId: string, now: Date): Promise<void> {
  await db.updateTable("account_token").set({ used_at: now }).where("person_id", "=", personId).where("used_at", "is", null).execute();
}

/**
 * The people of one organisation with their role, who invited them, and whether they have joined (chosen a password)
 * or their invitation is still waiting: one query.
 */
export async function listMembersOfOrganisation(db: Db, organisationId: string, now = new Date()) {
  return db
    .selectFrom("membership as m")
    .innerJoin("person as p", "p.id", "m.person_id")
    .leftJoin("person as inviter", "inviter.id", "m.invited_by")
    .where("m.organisation_id", "=", organisationId)
    .select((eb) => [
      "m.id as membershipId",
      "m.role",
      "m.created_at as since",
      "p.id as personId",
      "p.name",
      "p.email",
      eb("p.password_hash", "is not", null).as("joined"),
      "inviter.name as invitedByName",
      eb
        .selectFrom("account_token as t")
        .whereRef("t.person_id", "=", "p.id")
        .where("t.purpose", "=", "invitation")
        .where("t.used_at", "is", null)
        .where("t.expires_at", ">", now)
        .select((e) => e.fn.max("t.expires_at").as("x"))
        .as("invitationExpiresAt"),
    ])
    .orderBy("p.name")
    .orderBy("p.email")
    .execute();
}
export type OrganisationMember = Awaited<ReturnType<typeof listMembersOfOrganisation>>[number];

/** Everyone with a membership in the region, by name, a page at a time, with their organisations: one query. */
export async function listPeopleOfRegion(db: Db, { regionKey, search, offset, limit }: { regionKey: string; search: string; offset: number; limit: number }) {
  const words = search.trim().toLowerCase();
  const rows = await db
    .selectFrom("person as p")
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("membership as m")
          .innerJoin("organisation as o", "o.id", "m.organisation_id")
          .whereRef("m.person_id", "=", "p.id")
          .where("o.region_key", "=", regionKey)
          .where("o.archived_at", "is", null)
          .select("m.id"),
      ),
    )
    .$if(words !== "", (q) => q.where((eb) => eb.or([eb(eb.fn("lower", ["p.name"]), "like", `%${escapeLike(words)}%`), eb(eb.fn("lower", ["p.email"]), "like", `%${escapeLike(words)}%`)])))
    .select((eb) => [
      "p.id",
      "p.name",
      "p.email",
      eb("p.password_hash", "is not", null).as("joined"),
      sql<number>`count(*) over ()`.as("total"),
      jsonArrayFrom(
        eb
          .selectFrom("membership as m")
          .innerJoin("organisation as o", "o.id", "m.organisation_id")
          .whereRef("m.person_id", "=", "p.id")
          .where("o.region_key", "=", regionKey)
          .where("o.archived_at", "is", null)
          .select(["m.id as membershipId", "m.role", "o.id as organisationId", "o.name as organisationName"])
          .orderBy("o.name"),
      ).as("memberships"),
    ])
    .orderBy("p.name")
    .orderBy("p.email")
    .offset(offset)
    .limit(limit)
    .execute();
  return { total: Number(rows[0]?.total ?? 0), people: rows };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export type InvitationOutcome =
  | { ok: true; personId: string; membershipId: string; link: { token: string; expiresAt: Date } | null }
  | { ok: false; field: "email" | "role"; reason: string };

/**
 * Invites someone to an organisation with a role. Someone new to Hearth gets an account without a password and an
 * invitation link to choose one; someone who already has an account simply gains the organisation (no link: they sign
 * in as before and choose it). Someone already in the organisation is refused.
 */
export async function inviteToOrganisation(
  db: Db,
  input: { email: string; name: string; organisationId: string; role: Role; invitedBy: { personId: string; name: string }; now?: Date },
): Promise<InvitationOutcome> {
  const now = input.now ?? new Date();
  const run = async (trx: Db): Promise<InvitationOutcome> => {
    const existing = await trx
      .selectFrom("person as p")
      .where((eb) => eb(eb.fn("lower", ["p.email"]), "=", normaliseEmail(input.email)))
      .select((eb) => [
        "p.id",
        "p.password_hash",
        eb.selectFrom("membership as m").whereRef("m.person_id", "=", "p.id").where("m.organisation_id", "=", input.organisationId).select("m.id").as("membershipId"),
      ])
      .forUpdate()
      .executeTakeFirst();
    if (existing?.membershipId) return { ok: false, field: "email", reason: "This person is already in the organisation: change their role below instead" };
    const personId = existing?.id ?? (await createPerson(trx, { email: input.email, name: input.name, passwordHash: null })).id;
    const membership = await addMembership(trx, { personId, organisationId: input.organisationId, role: input.role, invitedBy: input.invitedBy.personId });
    const link = existing?.password_hash ? null : await issueAccountToken(trx, { personId, purpose: "invitation", createdBy: input.invitedBy.personId, now });
    await recordAudit(trx, {
      actor: input.invitedBy,
      organisationId: input.organisationId,
      subjectType: "person",
      subjectId: personId,
      action: "person-invited",
      after: { email: normaliseEmail(input.email), role: input.role, newToHearth: !existing, link: link ? "issued" : "not needed" },
      at: now,
    });
    return { ok: true, personId, membershipId: membership.id, link };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** A new invitation link for someone invited who has not joined yet (the first one expired or was lost). */
export async function reissueInvitation(db: Db, input: { personId: string; organisationId: string; actor: { personId: string; name: string }; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom("person").where("id", "=", input.personId).select(["password_hash"]).forUpdate().executeTakeFirst();
    if (!person || person.password_hash !== null) return null;
    const link = await issueAccountToken(trx, { personId: input.personId, purpose: "invitation", createdBy: input.actor.personId, now });
    await recordAudit(trx, { actor: input.actor, organisationId: input.organisationId, subjectType: "person", subjectId: input.personId, action: "invitation-reissued", at: now });
    return link;
  });
}

/** A password-reset link for someone who has joined; their password keeps working until the link is used. */
export async function issuePasswordReset(db: Db, input: { personId: string; organisationId: string; actor: { personId: string; name: string }; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom("person").where("id", "=", input.personId).select(["password_hash"]).forUpdate().executeTakeFirst();
    if (!person || person.password_hash === null) return null;
    const link = await issueAccountToken(trx, { personId: input.personId, purpose: "password_reset", createdBy: input.actor.personId, now });
    await recordAudit(trx, { actor: input.actor, organisationId: input.organisationId, subjectType: "person", subjectId: input.personId, action: "password-reset-issued", at: now });
    return link;
  });
}

/**
 * Chooses a password with a link (joining, or a reset): uses the link, sets the password and, for a reset, ends every
 * session the person had. Returns the person, or null when the link no longer works.
 */
export async function setPasswordWithToken(
  db: Db,
  input: { token: string; purpose: AccountTokenPurpose; passwordHash: string; name?: string; now?: Date },
): Promise<{ personId: string; name: string; firstMembershipId: string | null; firstRole: Role | null; membershipCount: number } | null> {
  const now = input.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const personId = await redeemAccountToken(trx, input.token, input.purpose, now);
    if (!personId) return null;
    await trx
      .updateTable("person")
      .set({ password_hash: input.passwordHash, password_changed_at: now, ...(input.name ? { name: input.name } : {}) })
      .where("id", "=", personId)
      .execute();
    await withdrawTokens(trx, personId, now);
    if (input.purpose === "password_reset") await trx.deleteFrom("session").where("person_id", "=", personId).execute();
    const person = await trx
      .selectFrom("person as p")
      .where("p.id", "=", personId)
      .select((eb) => [
        "p.name",
        jsonArrayFrom(
          eb.selectFrom("membership as m").innerJoin("organisation as o", "o.id", "m.organisation_id").whereRef("m.person_id", "=", "p.id").where("o.archived_at", "is", null).select(["m.id", "m.role"]).orderBy("m.created_at"),
        ).as("memberships"),
      ])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      actor: { personId, name: person.name },
      organisationId: null,
      subjectType: "person",
      subjectId: personId,
      action: input.purpose === "invitation" ? "invitation-accepted" : "password-reset-used",
      at: now,
    });
    return { personId, name: person.name, firstMembershipId: person.memberships[0]?.id ?? null, firstRole: person.memberships[0]?.role ?? null, membershipCount: person.memberships.length };
  });
}

/** Changes someone's role in an organisation; it takes effect on their next page (roles are read at every request). */
export async function changeMembershipRole(db: Db, input: { membershipId: string; organisationId: string; role: Role; actor: { personId: string; name: string }; now?: Date }) {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom("membership").where("id", "=", input.membershipId).where("organisation_id", "=", input.organisationId).select(["role", "person_id"]).forUpdate().executeTakeFirst();
    if (!before) return false;
    if (before.role === input.role) return true;
    await trx.updateTable("membership").set({ role: input.role }).where("id", "=", input.membershipId).execute();
    await recordAudit(trx, { actor: input.actor, organisationId: input.organisationId, subjectType: "person", subjectId: before.person_id, action: "role-changed", before: { role: before.role }, after: { role: input.role }, at: input.now });
    return true;
  });
}

/**
 * Removes someone from an organisation. Their sessions acting for it end at once (the session row goes with the
 * membership); if it was their last organisation, every session of theirs ends and any link waiting for them is withdrawn.
 */
export async function removeMembership(db: Db, input: { membershipId: string; organisationId: string; actor: { personId: string; name: string }; now?: Date }) {
  const now = input.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom("membership")
      .where("id", "=", input.membershipId)
      .where("organisation_id", "=", input.organisationId)
      .returning(["person_id", "role"])
      .executeTakeFirst();
    if (!gone) return false;
    const left = await trx.selectFrom("membership").where("person_id", "=", gone.person_id).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    if (Number(left.n) === 0) {
      await trx.deleteFrom("session").where("person_id", "=", gone.person_id).execute();
      await withdrawTokens(trx, gone.person_id, now);
    }
    await recordAudit(trx, { actor: input.actor, organisationId: input.organisationId, subjectType: "person", subjectId: gone.person_id, action: "access-removed", before: { role: gone.role }, at: now });
    return true;
  });
}

export type FirstStaffOutcome = { ok: true; personId: string; networkName: string; link: { token: string; expiresAt: Date } } | { ok: false; reason: string };

/**
 * The first network staff member of a region, for a deployment that starts empty (`npm run admin:create`): the region
 * (made if new, which needs its name), its network organisation (made if it has none), the person without a password,
 * and an invitation link to choose one. Someone whose email is already in Hearth is refused.
 */
export async function createFirstNetworkStaff(
  db: Db,
  input: { email: string; name: string; regionKey: string; regionName?: string; networkName?: string; now?: Date },
): Promise<FirstStaffOutcome> {
  return db.transaction().execute(async (trx): Promise<FirstStaffOutcome> => {
    const taken = await trx.selectFrom("person").where((eb) => eb(eb.fn("lower", ["email"]), "=", normaliseEmail(input.email))).select("id").executeTakeFirst();
    if (taken) return { ok: false, reason: `${normaliseEmail(input.email)} already has a Hearth account: sign in with it, or ask network staff for a password-reset link.` };
    const region = await trx.selectFrom("region").where("key", "=", input.regionKey).select(["key", "name"]).executeTakeFirst();
    if (!region && !input.regionName) return { ok: false, reason: `There is no region "${input.regionKey}" yet: give its name with --region-name to make it.` };
    if (!region) await trx.insertInto("region").values({ key: input.regionKey, name: input.regionName! }).execute();
    const regionName = region?.name ?? input.regionName!;
    const existing = await trx.selectFrom("organisation").where("region_key", "=", input.regionKey).where("kind", "=", "network").where("archived_at", "is", null).select(["id", "name"]).orderBy("created_at").executeTakeFirst();
    const network =
      existing ??
      (await trx
        .insertInto("organisation")
        .values({ kind: "network", name: input.networkName ?? `${regionName} Health and Housing Impact Network`, region_key: input.regionKey })
        .returning(["id", "name"])
        .executeTakeFirstOrThrow());
    const person = await createPerson(trx, { email: input.email, name: input.name, passwordHash: null });
    await addMembership(trx, { personId: person.id, organisationId: network.id, role: "network_staff" });
    const link = await issueAccountToken(trx, { personId: person.id, purpose: "invitation", createdBy: null, now: input.now });
    await recordAudit(trx, { actor: null, organisationId: network.id, subjectType: "person", subjectId: person.id, action: "first-network-staff-created", after: { email: normaliseEmail(input.email), region: input.regionKey } });
    return { ok: true, personId: person.id, networkName: network.name, link };
  });
}
