import { describe, expect, it } from "vitest";
import { downloadName, neutralise, toCsv, type Table } from "../../app/exports.server";

describe("downloads a spreadsheet can open safely", () => {
  it("turns text that looks like a formula into plain text", () => {
    for (const risky of ["=1+1", "+44 20 7946 0000", "-2", "@SUM(A1)", "\tcmd", "\rcmd"]) expect(neutralise(risky)).toBe(`'${risky}`);
    expect(neutralise("A plan agreed in 2025")).toBe("A plan agreed in 2025");
  });

  it("writes CSV with quoting, numbers as numbers (negative ones too) and dates as dates", () => {
    const table: Table<{ text: string; n: number | null; d: string | null }> = {
      name: "Test",
      rows: [
        { text: 'Says "hello", twice\nover two lines', n: -0.5, d: "2025-03-14" },
        { text: "=HYPERLINK(\"http://evil\")", n: null, d: null },
      ],
      columns: [
        { header: "Text", type: "text", value: (r) => r.text },
        { header: "Number", type: "number", value: (r) => r.n },
        { header: "Date", type: "date", value: (r) => r.d },
      ],
    };
    expect(toCsv(table)).toBe('\ufeffText,Number,Date\r\n"Says ""hello"", twice\nover two lines",-0.5,2025-03-14\r\n"\'=HYPERLINK(""http://evil"")",,\r\n');
  });

  it("names downloads from safe parts", () => {
    expect(downloadName(["North West London ICS", "2026/27", "Answers"], "csv")).toBe("north-west-london-ics-2026-27-answers.csv");
  });
});
