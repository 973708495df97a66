/**
 * Downloads people take to a board: CSV files and an Excel workbook of an assessment's answers, evidence and actions.
 * Text that a spreadsheet would read as a formula (starting =, +, -, @, a tab or a carriage return) is neutralised
 * with a leading apostrophe, so a download can never run one; numbers stay numbers and dates stay dates.
 */
import ExcelJS from "exceljs";

export type ColumnType = "text" | "number" | "date" | "datetime";

export interface Column<R> {
  header: string;
  type: ColumnType;
  value: (row: R) => string | number | null;
  width?: number;
}

export interface Table<R> {
  name: string;
  columns: Column<R>[];
  rows: R[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet will take it literally. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null, type: ColumnType): string {
  if (value === null || value === "") return "";
  if (type === "number" && typeof value === "number") return String(value);
  if ((type === "date" || type === "datetime") && typeof value === "string") return value;
  const text = neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, with a byte-order mark so spreadsheets read it as UTF-8. */
export function toCsv<R>(table: Table<R>): string {
  const lines = [table.columns.map((c) => csvField(c.header, "text")).join(",")];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(c.value(row), c.type)).join(","));
  return `\ufeff${lines.join("\r\n")}\r\n`;
}

/** An Excel workbook with one sheet per table: numbers as numbers, dates as dates, text neutralised. */
export async function toXlsx(tables: Table<unknown>[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hearth";
  workbook.title = title;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31));
    sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? (c.type === "text" ? 30 : 14) }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((c) => {
          const value = c.value(row);
          if (value === null || value === "") return null;
          if (c.type === "number") return typeof value === "number" ? value : Number(value);
          if (c.type === "date" && typeof value === "string") return new Date(`${value.slice(0, 10)}T00:00:00Z`);
          if (c.type === "datetime" && typeof value === "string") return new Date(value);
          return neutralise(String(value));
        }),
      );
    }
    table.columns.forEach((c, i) => {
      if (c.type === "date") sheet.getColumn(i + 1).numFmt = "dd mmm yyyy";
      if (c.type === "datetime") sheet.getColumn(i + 1).numFmt = "dd mmm yyyy hh:mm";
      if (c.type === "text") sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A file name made of safe parts: letters, digits and hyphens. */
export function downloadName(parts: string[], extension: string): string {
  return `${parts.map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")).filter(Boolean).join("-")}.${extension}`;
}
