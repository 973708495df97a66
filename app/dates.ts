/** Dates and times as people in England read them, always in Europe/London time. */
const dateFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "long", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h12",
});
const timeFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "numeric", minute: "2-digit", hourCycle: "h12" });

/** "22 November 2026" */
export function formatDate(value: Date | string): string {
  return dateFormat.format(typeof value === "string" ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value);
}

/** "22 November 2026 at 7:45pm" */
export function formatDateTime(value: Date | string): string {
  const parts = dateTimeFormat.formatToParts(typeof value === "string" ? new Date(value) : value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("day")} ${get("month")} ${get("year")} at ${formatTime(value)}`;
}

/** "7:45pm" (GOV.UK style: no space, lower case, midday as 12pm) */
export function formatTime(value: Date | string): string {
  const parts = timeFormat.formatToParts(typeof value === "string" ? new Date(value) : value);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("hour")}:${get("minute")}${get("dayPeriod").toLowerCase().replace(/\s|\./g, "")}`;
}

const isoDateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in England as "YYYY-MM-DD", for rules that take `today` (late work, evidence expiry). */
export function todayInLondon(now: Date = new Date()): string {
  return isoDateFormat.format(now);
}
