import { expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { exportData, importData } from "../../db/transfer";
import { availableBackends, openTestDatabase } from "./backends";
import { describe } from "vitest";

const fastHash = async (password: string) => `test$${password}`;

describe("moving data between back-ends (export, then import into an empty database)", () => {
  const kinds = availableBackends();
  const target = kinds.includes("postgres") ? "postgres" : "pglite";

  it(`copies every row from pglite to ${target}, and refuses to import twice`, async () => {
    const source = await openTestDatabase("pglite");
    const destination = await openTestDatabase(target);
    try {
      await seedDemoData(source.database.db, { hashPassword: fastHash });
      await source.database.db
        .insertInto("audit_event")
        .values({ subject_type: "test", subject_id: "1", action: "exported", detail: JSON.stringify({ list: [1, 2], note: "é" }) })
        .execute();
      const exported = await exportData(source.database.db);
      const json = JSON.parse(JSON.stringify(exported));

      const counts = await importData(destination.database.db, json);
      expect(counts.organisation).toBe(exported.tables.organisation!.length);
      const again = await exportData(destination.database.db);
      for (const table of Object.keys(exported.tables)) {
        expect(JSON.parse(JSON.stringify(again.tables[table])), table).toEqual(json.tables[table]);
      }
      expect(again.tables.audit_event![0]!.detail).toEqual({ list: [1, 2], note: "é" });

      await expect(importData(destination.database.db, json)).rejects.toThrow(/already holds data/);
    } finally {
      await source.dispose();
      await destination.dispose();
    }
  });

  it("refuses a file that is not a Hearth export", async () => {
    const db = await openTestDatabase("pglite");
    try {
      await expect(importData(db.database.db, { tables: {} })).rejects.toThrow("not a Hearth export");
    } finally {
      await db.dispose();
    }
  });
});
