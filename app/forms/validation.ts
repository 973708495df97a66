import * as z from "zod/mini";
import type { FieldErrors } from "~/components/error-summary";

/**
 * Form schemas are written with zod/mini so the same schema checks a form in the browser (react-hook-form) and,
 * always, on the server: full zod is too big for the browser bundle (docs/decisions/001 and 008).
 *
 * Field names follow react-hook-form's paths, so browser and server read a form the same way:
 *   "title"                     a value
 *   "boroughs" (several times)  a repeated field, such as a group of checkboxes: a list of values
 *   "services.0.capacity"       a nested field: services[0].capacity
 * An error is keyed by the same path, so it lands next to its field and in the error summary.
 */
export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseForm<S extends z.ZodMiniType>(schema: S, form: FormData | Record<string, unknown>): FormResult<z.output<S>> {
  const input = form instanceof FormData ? formDataToObject(form) : form;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: firstErrorPerField(result.error.issues) };
}

/**
 * FormData as nested values: dotted names become objects (or arrays, for numeric parts) and a name sent more than
 * once becomes a list. Files are left out (uploads are read separately, as streams).
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const path = name.split(".");
    if (path.some((part) => part === "" || part === "__proto__" || part === "constructor" || part === "prototype")) continue;
    let node: Record<string, unknown> | unknown[] = root;
    for (let i = 0; i < path.length - 1; i += 1) {
      const part = path[i]!;
      const key: string | number = Array.isArray(node) ? Number(part) : part;
      const nextIsIndex = /^\d+$/.test(path[i + 1]!);
      const existing = (node as Record<string | number, unknown>)[key];
      if (existing === undefined || typeof existing !== "object" || existing === null) {
        (node as Record<string | number, unknown>)[key] = nextIsIndex ? [] : {};
      }
      node = (node as Record<string | number, unknown>)[key] as Record<string, unknown> | unknown[];
    }
    const last = path[path.length - 1]!;
    const key: string | number = Array.isArray(node) && /^\d+$/.test(last) ? Number(last) : last;
    const target = node as Record<string | number, unknown>;
    if (seen.has(name)) {
      const current = target[key];
      target[key] = Array.isArray(current) ? [...current, value] : [current, value];
    } else {
      target[key] = value;
      seen.add(name);
    }
  }
  return root;
}

/** The first message for each field, keyed by its path ("services.0.capacity"); "form" for the form as a whole. */
export function firstErrorPerField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

// Building blocks shared by the forms' schemas ------------------------------------------------------------------

/** A repeated field (checkbox group): nothing ticked arrives as no field at all (or false), one as a single value. */
export function repeated<T extends z.ZodMiniType>(item: T) {
  return z.pipe(
    z.transform((value: unknown) => (value === undefined || value === null || value === "" || value === false ? [] : Array.isArray(value) ? value : [value])),
    z.array(item),
  );
}

/** A list of nested groups (e.g. services): sparse or missing indices are dropped. */
export function groups<T extends z.ZodMiniType>(item: T, atLeastOne?: string) {
  return z.pipe(
    z.transform((value: unknown) => (Array.isArray(value) ? value.filter((v) => v !== undefined && v !== null) : [])),
    atLeastOne ? z.array(item).check(z.minLength(1, atLeastOne)) : z.array(item),
  );
}

const asText = (value: unknown): string => (typeof value === "string" ? value : value === undefined || value === null ? "" : String(value));

/** Trimmed text, required, with a message for when it is empty, and a maximum length. */
export function requiredText(message: string, max = 2000) {
  return z.pipe(
    z.transform(asText),
    z.string().check(z.trim(), z.minLength(1, message), z.maxLength(max, `Enter ${max.toLocaleString("en-GB")} characters or fewer`)),
  );
}

/** Trimmed text that may be empty. */
export function optionalText(max = 5000) {
  return z.pipe(z.transform(asText), z.string().check(z.trim(), z.maxLength(max, `Enter ${max.toLocaleString("en-GB")} characters or fewer`)));
}

/** One of a fixed list of values (radios or a select), with a message when none or another was sent. */
export function oneOf<const V extends string>(values: readonly V[], message: string) {
  return z.pipe(
    z.transform(asText),
    z.custom<V>((value) => typeof value === "string" && (values as readonly string[]).includes(value), { message }),
  );
}

/** A whole number typed into a text field, within bounds; an empty field is null. */
export function optionalWholeNumber(message: string, { min = 0, max = 1_000_000 }: { min?: number; max?: number } = {}) {
  return z.pipe(
    z.transform((value: unknown) => asText(value).trim().replace(/,/g, "")),
    z.pipe(
      z.string().check(z.refine((text) => text === "" || (/^-?\d+$/.test(text) && Number(text) >= min && Number(text) <= max), message)),
      z.transform((text: string) => (text === "" ? null : Number(text))),
    ),
  );
}

/**
 * A date typed into the NHS.UK date input (three fields: `<name>.day`, `.month`, `.year`), as "YYYY-MM-DD". Empty
 * is null when the date is optional. Any other problem is one message for the whole date, as the pattern asks.
 */
export function dateFromParts(messages: { required?: string; invalid: string }) {
  return z.pipe(
    z.transform((value: unknown): string | null | false => {
      const parts = (value && typeof value === "object" ? value : {}) as Record<string, unknown>;
      const text = (key: string) => (typeof parts[key] === "string" ? (parts[key] as string).trim() : "");
      const [day, month, year] = [text("day"), text("month"), text("year")];
      if (!day && !month && !year) return null;
      if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return false;
      const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
      const date = new Date(`${iso}T12:00:00Z`);
      return date.getUTCDate() === Number(day) && date.getUTCMonth() + 1 === Number(month) ? iso : false;
    }),
    z.custom<string | null>((value) => (value as unknown) !== false && (value !== null || !messages.required), {
      error: (issue) => (issue.input === null ? (messages.required ?? messages.invalid) : messages.invalid),
    }),
  );
}

/** One of a fixed list of values, or nothing chosen (null). */
export function optionalOneOf<const V extends string>(values: readonly V[], message: string) {
  return z.pipe(
    z.transform(asText),
    z.pipe(
      z.custom<V | "">((value) => value === "" || (typeof value === "string" && (values as readonly string[]).includes(value)), { message }),
      z.transform((value: V | "") => (value === "" ? null : value)),
    ),
  );
}
