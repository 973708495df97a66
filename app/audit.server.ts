/**
 * Server-only: the region's audit log for network staff: what happened, who did it, to what, from what to what; the
 * same filters for the page and its downloads (CSV and Excel through app/exports.server.ts, formulas neutralised).
 */
import type { AppLoadContext } from "@remix-run/node";
import { listAuditEvents, listAuditEventsForExport, listAuditFilterOptions, type AuditEventRow, type AuditFilter } from "../db/audit";
import type { CurrentUser } from "./auth/session.server";
import type { FieldErrors } from "./components/error-summary";
import type { Table } from "./exports.server";
import { auditFilterSchema, type AuditFilterValues } from "./forms/audit-schema";
import { parseForm } from "./forms/validation";

export const AUDIT_PAGE_SIZE = 50;

const EMPTY: AuditFilterValues = { action: "", organisation: "", person: "", from: "", to: "" };

/** Midnight at the start of a day in England, as an instant. */
export function startOfLondonDay(iso: string): Date {
  const utc = new Date(`${iso}T00:00:00Z`);
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" }).format(utc));
  return new Date(utc.getTime() - hour * 3_600_000);
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The filters asked for in the address, checked; a mistake in one is reported and that filter left out. */
export function readAuditFilter(user: CurrentUser, search: URLSearchParams): { values: AuditFilterValues; errors: FieldErrors; filter: AuditFilter } {
  const sent = Object.fromEntries(["action", "organisation", "person", "from", "to"].map((k) => [k, search.get(k) ?? ""]));
  const parsed = parseForm(auditFilterSchema, sent);
  const errors = parsed.ok ? {} : parsed.errors;
  const values: AuditFilterValues = parsed.ok ? parsed.data : { ...EMPTY, ...(sent as AuditFilterValues) };
  const usable = (key: keyof AuditFilterValues) => (errors[key] ? "" : values[key].trim());
  const from = usable("from");
  const to = usable("to");
  return {
    values,
    errors,
    filter: {
      regionKey: user.organisation.regionKey,
      action: usable("action") || null,
      organisationId: usable("organisation") || null,
      personId: usable("person") || null,
      from: from ? startOfLondonDay(from) : null,
      before: to ? startOfLondonDay(nextDay(to)) : null,
    },
  };
}

/** "evidence-file-purged" as "Evidence file purged". */
export function actionLabel(action: string): string {
  const words = action.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "reviewBy" as "review by". */
function fieldLabel(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_]+/g, " ").toLowerCase();
}

function shown(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "(empty)";
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 297)}…` : text;
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/**
 * What changed, field by field: for a change, the fields whose values differ; for something added or removed, every
 * field it had. Nested values are compared whole.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const asObject = (value: unknown): Record<string, unknown> | null => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : value === null || value === undefined ? null : { value });
  const was = asObject(before);
  const now = asObject(after);
  const keys = [...new Set([...Object.keys(was ?? {}), ...Object.keys(now ?? {})])];
  return keys
    .filter((key) => !was || !now || JSON.stringify(was[key]) !== JSON.stringify(now[key]))
    .map((key) => ({ field: fieldLabel(key), before: was ? shown(was[key]) : "", after: now ? shown(now[key]) : "" }));
}

/** "title: was A, now B"; "title: B" for something added; "title: was A" for something removed. */
function changeInWords(c: FieldChange): string {
  if (!c.before) return `${c.field}: ${c.after}`;
  if (!c.after) return `${c.field}: was ${c.before}`;
  return `${c.field}: was ${c.before}, now ${c.after}`;
}

/** Where the thing an event is about can be seen, for those that have a page. */
function subjectHref(type: string, id: string): string | null {
  switch (type) {
    case "resource":
      return `/network/resources/${id}`;
    case "evidence":
      return `/evidence/${id}`;
    case "assessment":
      return `/assessments/${id}`;
    case "action":
      return `/actions/${id}`;
    case "organisation":
      return `/organisations/${id}`;
    default:
      return null;
  }
}

function eventView(e: AuditEventRow) {
  return {
    id: e.id,
    occurredAt: e.occurredAt,
    actorName: e.actorName || (e.personId ? "Someone" : "Hearth"),
    organisationName: e.organisationName,
    action: actionLabel(e.action),
    subject: { type: e.subjectType, id: e.subjectId, href: subjectHref(e.subjectType, e.subjectId) },
    changes: changedFields(e.before, e.after),
  };
}

function filterQuery(values: AuditFilterValues, page?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
  if (page && page > 1) params.set("page", String(page));
  return params.toString();
}

/** The audit log page: the filters and their choices, one page of events newest first. Five queries whatever the log's size. */
export async function auditLogPage(context: AppLoadContext, user: CurrentUser, search: URLSearchParams) {
  const { values, errors, filter } = readAuditFilter(user, search);
  const page = Math.max(1, Math.min(100_000, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const [{ events, total }, options] = await Promise.all([listAuditEvents(context.db, filter, { page, pageSize: AUDIT_PAGE_SIZE }), listAuditFilterOptions(context.db, user.organisation.regionKey)]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const href = (n: number) => {
    const query = filterQuery(values, n);
    return `/network/audit${query ? `?${query}` : ""}`;
  };
  const exportQuery = filterQuery(values);
  return {
    values,
    errors,
    total,
    page,
    pages,
    previous: page > 1 ? { href: href(page - 1), title: `Page ${page - 1} of ${pages}` } : null,
    next: page < pages ? { href: href(page + 1), title: `Page ${page + 1} of ${pages}` } : null,
    downloads: {
      csv: `/network/audit/export?format=csv${exportQuery ? `&${exportQuery}` : ""}`,
      xlsx: `/network/audit/export?format=xlsx${exportQuery ? `&${exportQuery}` : ""}`,
    },
    options: {
      actions: options.actions.map((a) => ({ value: a, label: actionLabel(a) })),
      organisations: options.organisations.map((o) => ({ value: o.id, label: o.name })),
      people: options.people.map((p) => ({ value: p.id, label: p.name })),
    },
    events: events.map(eventView),
  };
}

/** The events under the page's filters, as one table for a CSV file or an Excel sheet. */
export async function auditTable(context: AppLoadContext, user: CurrentUser, search: URLSearchParams): Promise<Table<AuditEventRow>> {
  const { filter } = readAuditFilter(user, search);
  const rows = await listAuditEventsForExport(context.db, filter);
  const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));
  return {
    name: "Audit log",
    columns: [
      { header: "When", type: "datetime", value: (e) => new Date(e.occurredAt).toISOString(), width: 20 },
      { header: "Who", type: "text", value: (e) => e.actorName || (e.personId ? "Someone" : "Hearth") },
      { header: "Organisation", type: "text", value: (e) => e.organisationName },
      { header: "Action", type: "text", value: (e) => actionLabel(e.action) },
      { header: "About", type: "text", value: (e) => e.subjectType },
      { header: "About (id)", type: "text", value: (e) => e.subjectId },
      { header: "What changed", type: "text", value: (e) => changedFields(e.before, e.after).map(changeInWords).join("; "), width: 60 },
      { header: "Before", type: "text", value: (e) => json(e.before), width: 40 },
      { header: "After", type: "text", value: (e) => json(e.after), width: 40 },
    ],
    rows,
  };
}
