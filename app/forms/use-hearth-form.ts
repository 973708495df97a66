import { useSubmit } from "@remix-run/react";
import { useEffect, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldErrors as HookFormErrors, type FieldValues, type Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import type { FieldErrors } from "~/components/error-summary";
import { firstErrorPerField } from "./validation";

/**
 * A form that checks itself in the browser with the same zod/mini schema the server uses, then submits as a normal
 * Remix form (so it also works without JavaScript, when only the server checks). Errors from either side come back
 * as one map keyed by field path ("services.0.capacity") for the error summary and the fields.
 */
export function useHearthForm<S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
  options: { serverErrors?: FieldErrors; defaultValues?: DefaultValues<z.input<S>> } = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: miniResolver(schema),
    defaultValues: options.defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false, // the error summary takes focus instead
  });
  const submit = useSubmit();

  const clientErrors = flattenErrors(form.formState.errors);
  const errors: FieldErrors = form.formState.submitCount > 0 && !form.formState.isSubmitSuccessful ? clientErrors : { ...options.serverErrors, ...clientErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const target = event.currentTarget;
    // The button pressed (e.g. name="intent") goes with the form, as it would without JavaScript.
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void form.handleSubmit(() => submit(submitter ?? target))(event);
  };
  return { register: form.register, control: form.control, errors, onSubmit, form };
}

/** react-hook-form's nested errors as one map keyed by field path. */
export function flattenErrors(errors: HookFormErrors, prefix = ""): FieldErrors {
  const flat: FieldErrors = {};
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string") flat[path] = (value as { message: string }).message;
    else Object.assign(flat, flattenErrors(value as HookFormErrors, path));
  }
  return flat;
}

/**
 * react-hook-form's resolver for a zod/mini schema. (@hookform/resolvers' zod resolver imports zod's full core and
 * costs the browser about 100 KB; this one reuses the server's first-error-per-field rule and costs nothing.)
 */
function miniResolver<S extends z.ZodMiniType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const [path, message] of Object.entries(firstErrorPerField(result.error.issues))) {
      const parts = path.split(".");
      let node = errors;
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
      node[parts[parts.length - 1]!] = { type: "validation", message };
    }
    return { values: {}, errors } as never;
  };
}

/**
 * For a page with several small forms and one error summary at the top: each form tells the page its current errors
 * (keyed by the ids of its fields), so mistakes caught in the browser reach the summary as the server's do.
 * `report` must be stable (useCallback); `form` names the form on the page.
 */
export function useErrorsReported(report: ((form: string, errors: FieldErrors) => void) | undefined, form: string, errors: FieldErrors): void {
  const key = JSON.stringify(errors);
  useEffect(() => {
    report?.(form, JSON.parse(key) as FieldErrors);
  }, [report, form, key]);
}
