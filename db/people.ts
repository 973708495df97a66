import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Role } from "../assessment/vocabulary";
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
