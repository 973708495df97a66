import type { Kysely, Transaction } from "kysely";
import type { Database, OrganisationKind, Role } from "./schema";

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

export async function findPersonByEmail(db: Db, email: string) {
  return db
    .selectFrom("person")
    .where((eb) => eb(eb.fn("lower", ["email"]), "=", normaliseEmail(email)))
    .selectAll()
    .executeTakeFirst();
}

export interface PersonWithMembership {
  id: string;
  email: string;
  name: string;
  disabledAt: Date | null;
  membership: {
    role: Role;
    organisationId: string;
    organisationName: string;
    organisationKind: OrganisationKind;
    regionKey: string;
  } | null;
}

/** A person with their (first) membership, in one query. */
export async function getPersonWithMembership(db: Db, personId: string): Promise<PersonWithMembership | undefined> {
  const row = await db
    .selectFrom("person as p")
    .leftJoin("membership as m", "m.person_id", "p.id")
    .leftJoin("organisation as o", "o.id", "m.organisation_id")
    .where("p.id", "=", personId)
    .select([
      "p.id",
      "p.email",
      "p.name",
      "p.disabled_at as disabledAt",
      "m.role",
      "o.id as organisationId",
      "o.name as organisationName",
      "o.kind as organisationKind",
      "o.region_key as regionKey",
    ])
    .orderBy("m.created_at")
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  const { role, organisationId, organisationName, organisationKind, regionKey, ...person } = row;
  return {
    ...person,
    membership:
      role && organisationId && organisationName && organisationKind && regionKey
        ? { role, organisationId, organisationName, organisationKind, regionKey }
        : null,
  };
}

export async function updatePasswordHash(db: Db, personId: string, passwordHash: string): Promise<void> {
  await db.updateTable("person").set({ password_hash: passwordHash, password_changed_at: new Date() }).where("id", "=", personId).execute();
}

export async function getPasswordHash(db: Db, personId: string): Promise<string | undefined> {
  const row = await db.selectFrom("person").where("id", "=", personId).select("password_hash").executeTakeFirst();
  return row?.password_hash;
}
