import type * as z from "zod/mini";
import type { FieldErrors } from "~/components/error-summary";

/**
 * Form schemas are written with zod/mini so the same schema checks a form in
 * the browser (react-hook-form) and, always, on the server: full zod is too
 * big for the browser bundle (see docs/decisions/001).
 */
export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function parseForm<S extends z.ZodMiniType>(schema: S, form: FormData | Record<string, unknown>): FormResult<z.output<S>> {
  const input = form instanceof FormData ? Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) : form;
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, errors: firstErrorPerField(result.error.issues) };
}

export function firstErrorPerField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
