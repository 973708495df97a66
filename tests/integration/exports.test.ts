import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/** A small CSV reader (RFC 4180), to read back what Hearth writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\ufeff/, "");
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (field += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe("downloads of an assessment", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let cookie: string;
  let assessmentId: string;
  let worsened: { indicatorKey: string; level: number; previous: number };

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    app = await startApp(opened.database);
    cookie = await signInCookie(app.url, "lead.nel@demo.hearth.test");
    const nel = await db.selectFrom("organisation").where("short_name", "=", "NEL").select("id").executeTakeFirstOrThrow();
    const [previous, current] = await db
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.organisation_id", "=", nel.id)
      .where("r.name", "in", ["2025/26", "2026/27"])
      .orderBy("r.opens_on")
      .select("a.id")
      .execute();
    assessmentId = current!.id;
    // A formula-looking rationale, and an answer a level lower than last round's.
    const rating = await db
      .selectFrom("rating as now")
      .innerJoin("rating as before", (join) => join.onRef("before.indicator_key", "=", "now.indicator_key").on("before.assessment_id", "=", previous!.id))
      .where("now.assessment_id", "=", assessmentId)
      .where("now.answer", "=", "level")
      .where("before.answer", "=", "level")
      .where("before.level", ">", 1)
      .select(["now.indicator_key", "before.level as previous"])
      .executeTakeFirstOrThrow();
    worsened = { indicatorKey: rating.indicator_key, level: rating.previous! - 1, previous: rating.previous! };
    await db
      .updateTable("rating")
      .set({ level: worsened.level, target_level: null, rationale: '=HYPERLINK("http://example.invalid","Click")' })
      .where("assessment_id", "=", assessmentId)
      .where("indicator_key", "=", worsened.indicatorKey)
      .execute();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const get = (query: string) => fetch(`${app.url}/assessments/${assessmentId}/export?${query}`, { headers: { Cookie: cookie } });

  it("gives the answers as CSV: every indicator, a formula neutralised, and a fall as a negative number", async () => {
    const res = await get("format=csv&table=answers");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="north-east-london-ics-2026-27-answers\.csv"/);
    const rows = parseCsv(await res.text());
    const header = rows[0]!;
    expect(header).toEqual(["Domain", "Indicator", "Answer", "Level", "Level name", "Target", "Level in 2025/26", "Change", "Confidence", "Rationale", "Last changed", "Changed by"]);
    expect(rows.length - 1).toBe(62);
    const row = rows.find((r) => r[9]?.includes("HYPERLINK"))!;
    expect(row[9]).toBe(`'=HYPERLINK("http://example.invalid","Click")`);
    expect(Number(row[3])).toBe(worsened.level);
    expect(Number(row[6])).toBe(worsened.previous);
    expect(row[7]).toBe("-1");
  });

  it("gives evidence and actions as CSV too", async () => {
    const evidence = parseCsv(await (await get("format=csv&table=evidence")).text());
    expect(evidence[0]).toEqual(["Title", "Strength", "Dated", "Review by", "Review date passed", "Owner", "File or web address", "Supports"]);
    expect(evidence.length).toBeGreaterThan(1);
    expect(evidence[1]![2]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const actions = parseCsv(await (await get("format=csv&table=actions")).text());
    expect(actions[0]).toEqual(["Action", "Indicator", "Owner", "Due", "Status", "Overdue", "Detail"]);
    expect((await get("format=csv&table=passwords")).status).toBe(404);
  });

  it("gives an Excel workbook with a sheet each: numbers as numbers, dates as dates, formulas as text", async () => {
    const res = await get("format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/filename="north-east-london-ics-2026-27\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Answers", "Evidence", "Actions"]);
    const answers = workbook.getWorksheet("Answers")!;
    let found = false;
    answers.eachRow((row, n) => {
      if (n === 1 || !String(row.getCell(10).value ?? "").includes("HYPERLINK")) return;
      found = true;
      expect(row.getCell(10).value).toBe(`'=HYPERLINK("http://example.invalid","Click")`);
      expect(row.getCell(10).formula).toBeUndefined();
      expect(row.getCell(4).value).toBe(worsened.level);
      expect(row.getCell(8).value).toBe(-1);
      expect(row.getCell(11).value).toBeInstanceOf(Date);
    });
    expect(found).toBe(true);
    const evidence = workbook.getWorksheet("Evidence")!;
    expect(evidence.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  });

  it("is for people who may read the assessment only", async () => {
    const other = await signInCookie(app.url, "lead.nwl@demo.hearth.test");
    expect((await fetch(`${app.url}/assessments/${assessmentId}/export?format=xlsx`, { headers: { Cookie: other } })).status).toBe(404);
    expect((await fetch(`${app.url}/assessments/${assessmentId}/export?format=xlsx`, { headers: { Cookie: await signInCookie(app.url, "network@demo.hearth.test") } })).status).toBe(200);
  });
});
