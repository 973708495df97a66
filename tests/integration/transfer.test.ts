import { describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import { SCHEMA_COLUMNS, type Database, type TableName } from "../../db/schema";
import { exportData, importData, NOT_TRANSFERRED, TRANSFER_TABLES } from "../../db/transfer";
import { seedDemoData } from "../../db/seed";
import { availableBackends, openTestDatabase } from "./backends";
import { countRows, fillEveryTable } from "./fill-every-table";

const fastHash = async (password: string) => `test$${password}`;

async function exportLines(db: Kysely<Database>): Promise<string[]> {
  const lines: string[] = [];
  await exportData(db, (line) => lines.push(line));
  return lines;
}

/** Every row of a table as comparable JSON, in a stable order (bytes as base64). */
async function tableContents(db: Kysely<Database>, table: TableName): Promise<string[]> {
  const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
  return rows
    .map((row) =>
      JSON.stringify(row, (_key, value) => (value instanceof Uint8Array || (value && value.type === "Buffer") ? Buffer.from(value.data ?? value).toString("base64") : value)),
    )
    .sort();
}

describe("moving data between back-ends (export, then import into an empty database)", () => {
  const kinds = availableBackends();
  const target = kinds.includes("postgres") ? "postgres" : "pglite";

  it("moves every table of the schema except sessions and sign-in attempts", () => {
    const all = Object.keys(SCHEMA_COLUMNS).sort();
    expect([...TRANSFER_TABLES, ...NOT_TRANSFERRED].sort()).toEqual(all);
  });

  it(`round-trips a database with a row in every table, from pglite to ${target}, without live reset links`, async () => {
    const source = await openTestDatabase("pglite");
    const destination = await openTestDatabase(target);
    try {
      const { liveTokenHash } = await fillEveryTable(source.database.db);
      const before = await countRows(source.database.db);
      const empty = Object.entries(before).filter(([, n]) => n === 0).map(([t]) => t);
      expect(empty, "fillEveryTable leaves these tables empty").toEqual([]);

      const lines = await exportLines(source.database.db);
      expect(lines.join("\n")).not.toContain(liveTokenHash);
      const counts = await importData(destination.database.db, lines);
      expect(Object.keys(counts).sort()).toEqual([...TRANSFER_TABLES].sort());

      for (const table of TRANSFER_TABLES) {
        const expected = await tableContents(source.database.db, table);
        const actual = await tableContents(destination.database.db, table);
        if (table === "account_token") {
          expect(actual, table).toEqual(expected.filter((row) => !row.includes(liveTokenHash)));
        } else if (table === "resource" || table === "resource_tag" || table === "framework_version") {
          // Replaced or reference content: the source's rows are all there.
          for (const row of expected) expect(actual, table).toContain(row);
        } else {
          expect(actual, table).toEqual(expected);
        }
      }
      for (const table of NOT_TRANSFERRED) expect(await tableContents(destination.database.db, table), table).toEqual([]);

      await expect(importData(destination.database.db, lines)).rejects.toThrow(/already holds data/);
    } finally {
      await source.dispose();
      await destination.dispose();
    }
  }, 60_000);

  it("round-trips the demo data and keeps the demo sign-ins", async () => {
    const source = await openTestDatabase("pglite");
    const destination = await openTestDatabase("pglite");
    try {
      await seedDemoData(source.database.db, { hashPassword: fastHash });
      await importData(destination.database.db, await exportLines(source.database.db));
      for (const table of ["organisation", "person", "membership"] as const) {
        expect(await tableContents(destination.database.db, table), table).toEqual(await tableContents(source.database.db, table));
      }
    } finally {
      await source.dispose();
      await destination.dispose();
    }
  }, 60_000);

  it("refuses a file that is not a Hearth export, and one that was cut short, writing nothing", async () => {
    const source = await openTestDatabase("pglite");
    const db = await openTestDatabase("pglite");
    try {
      await expect(importData(db.database.db, ['{"tables":{}}'])).rejects.toThrow("not a Hearth export");
      await expect(importData(db.database.db, ["not json"])).rejects.toThrow("damaged");

      await seedDemoData(source.database.db, { hashPassword: fastHash });
      const lines = await exportLines(source.database.db);
      await expect(importData(db.database.db, lines.slice(0, -1))).rejects.toThrow("incomplete");
      expect((await countRows(db.database.db)).organisation).toBe(0);
    } finally {
      await source.dispose();
      await db.dispose();
    }
  }, 60_000);
});
