import type { Kysely, Transaction } from "kysely";
import type { Database, Role } from "./schema";

type Db = Kysely<Database> | Transaction<Database>;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createPerson(
  db: Db,
  person: { email: string; name: string; passwordHash: string },
): Promise<{ id: string }> {
  return db
    .insertInto("person")
    .values({ email: normaliseEmail(person.email), name: person.name, password_hash: person.passwordHash })
    .returning("id")
    .executeTakeFirstOrThrow();
}

export async function addMembership(db: Db, membership: { personId: string; organisationId: string; role: Role }) {
  await db
    .insertInto("membership")
    .values({ person_id: membership.personId, organisation_id: membership.organisationId, role: membership.role })
    .execute();
}

/** A person by email, whatever its case, with the role of their (first) membership, for signing in. */
export async function findPersonByEmail(db: Db, email: string) {
  return db
    .selectFrom("person as p")
    .leftJoin("membership as m", "m.person_id", "p.id")
    .where((eb) => eb(eb.fn("lower", ["p.email"]), "=", normaliseEmail(email)))
    .select(["p.id", "p.email", "p.name", "p.password_hash", "p.disabled_at", "m.role", "m.organisation_id"])
    .orderBy("m.created_at")
    .limit(1)
    .executeTakeFirst();
}

export async function updatePasswordHash(db: Db, personId: string, passwordHash: string): Promise<void> {
  await db.updateTable("person").set({ password_hash: passwordHash, password_changed_at: new Date() }).where("id", "=", personId).execute();
}

export async function getPasswordHash(db: Db, personId: string): Promise<string | undefined> {
  const row = await db.selectFrom("person").where("id", "=", personId).select("password_hash").executeTakeFirst();
  return row?.password_hash;
}
