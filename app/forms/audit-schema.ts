import * as z from "zod/mini";
import { optionalText } from "./validation";

/**
 * The audit log's filters (a GET form): each may be empty. Dates are "YYYY-MM-DD", as a date field sends them; the
 * range includes both days.
 */
const isoDate = (message: string) =>
  z.pipe(
    optionalText(10),
    z.string().check(z.refine((v) => v === "" || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(new Date(`${v}T12:00:00Z`).getTime()) && new Date(`${v}T12:00:00Z`).toISOString().startsWith(v)), message)),
  );

export const auditFilterSchema = z
  .object({
    action: optionalText(100),
    organisation: optionalText(100),
    person: optionalText(100),
    from: isoDate("The start of the range must be a real date, like 2026-11-01"),
    to: isoDate("The end of the range must be a real date, like 2026-11-30"),
  })
  .check(z.refine((f) => f.from === "" || f.to === "" || f.from <= f.to, { message: "The end of the range must be on or after its start", path: ["to"] }));

export type AuditFilterValues = z.output<typeof auditFilterSchema>;
