import { data } from "@remix-run/node";

/**
 * A page with several form actions names each one in an `intent` field, and its route module exports the list
 * (`export const intents = [...] as const`), so the authorisation matrix can require a row for every action and
 * each action can be authorised on its own.
 */
export function readIntent<I extends string>(form: FormData, intents: readonly I[]): I | null {
  const value = form.get("intent");
  return typeof value === "string" && (intents as readonly string[]).includes(value) ? (value as I) : null;
}

/** The answer to a form post naming no action this page has. */
export function unknownIntent() {
  return data({ errors: { form: "Choose an action on this page" } as Record<string, string> }, { status: 400 });
}
