import type { IsoDate } from "./types";

/**
 * Calendar dates as `YYYY-MM-DD` strings, handled without `Date` so results never depend on the time zone
 * of the machine. ISO dates of this form compare correctly as strings.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses a `YYYY-MM-DD` date, or returns null if it is malformed or not a real date (e.g. 2023-02-29). */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && parseIsoDate(value) !== null;
}

function requireDate(value: string, name: string): CalendarDate {
  const parsed = parseIsoDate(value);
  if (!parsed) throw new RangeError(`${name} must be a real date written YYYY-MM-DD; got "${value}"`);
  return parsed;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Adds whole calendar months. When the target month is shorter, the day is clamped to its last day,
 * so 2024-02-29 + 24 months = 2026-02-28 and 2025-01-31 + 1 month = 2025-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number; got ${months}`);
  const { year, month, day } = requireDate(date, "date");
  const zeroBased = year * 12 + (month - 1) + months;
  const newYear = Math.floor(zeroBased / 12);
  const newMonth = zeroBased - newYear * 12 + 1;
  return formatIsoDate({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Negative if a is before b, 0 if the same day, positive if after. Throws on malformed dates. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  requireDate(a, "first date");
  requireDate(b, "second date");
  return a < b ? -1 : a > b ? 1 : 0;
}

export function assertIsoDate(value: string, name = "date"): IsoDate {
  requireDate(value, name);
  return value;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date as people write it: "12 June 2026". */
export function dateInWords(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return `${parsed.day} ${MONTH_NAMES[parsed.month - 1]} ${parsed.year}`;
}
