import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openPglite } from "../../db/client";
import { migrations } from "../../db/migrations/index";
import { latestAppliedMigration, latestKnownMigration, migrateToLatest } from "../../db/migrate";
import { SCHEMA_COLUMNS } from "../../db/schema";
import { availableBackends, openTestDatabase } from "./backends";

describe("migrations", () => {
  it("bring an empty embedded database up to the latest migration, and a second run does nothing", async () => {
    const database = await openPglite();
    try {
      expect(await latestAppliedMigration(database.db)).toBeNull();
      const first = await migrateToLatest(database.db);
      expect(first.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
      expect(await latestAppliedMigration(database.db)).toBe(latestKnownMigration);
      expect(await migrateToLatest(database.db)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it(`leave identical tables, columns and constraints on every back-end (${availableBackends().join(", ")})`, async () => {
    const shapes: Record<string, unknown> = {};
    for (const kind of availableBackends()) {
      const { database, dispose } = await openTestDatabase(kind);
      try {
        expect(await latestAppliedMigration(database.db)).toBe(latestKnownMigration);
        const columns = await sql<{ table_name: string; column_name: string; data_type: string; is_nullable: string }>`
          select table_name, column_name, data_type, is_nullable from information_schema.columns
          where table_schema = 'public' order by table_name, column_name`.execute(database.db);
        const constraints = await sql<{ conname: string; contype: string }>`
          select conname, contype from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname = 'public' and contype <> 'n' order by conname`.execute(database.db);
        shapes[kind] = { columns: columns.rows, constraints: constraints.rows };
      } finally {
        await dispose();
      }
    }
    const [first, ...rest] = Object.values(shapes);
    for (const other of rest) expect(other).toEqual(first);
  });
});

describe("db/schema.ts", () => {
  it(`says exactly what the migrations made: every table, every column and whether it may be null (${availableBackends().join(", ")})`, async () => {
    const declared = Object.entries(SCHEMA_COLUMNS)
      .flatMap(([table, columns]) => Object.entries(columns).map(([column, nullability]) => `${table}.${column} ${nullability}`))
      .sort();
    for (const kind of availableBackends()) {
      const { database, dispose } = await openTestDatabase(kind);
      try {
        const columns = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
          select table_name, column_name, is_nullable from information_schema.columns
          where table_schema = 'public' and table_name not like 'kysely_%'`.execute(database.db);
        const actual = columns.rows.map((c) => `${c.table_name}.${c.column_name} ${c.is_nullable === "YES" ? "null" : "not null"}`).sort();
        expect(actual, kind).toEqual(declared);
      } finally {
        await dispose();
      }
    }
  });
});
