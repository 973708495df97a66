import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type * as z from "zod/mini";
import type { FieldErrors } from "~/components/error-summary";
import { firstErrorPerField } from "./validation";

/**
 * A form that checks itself in the browser with the same zod/mini schema the
 * server uses, then submits as a normal Remix form (so it also works without
 * JavaScript, when only the server checks). Errors from either side come back
 * as one map for the error summary and the fields.
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

  const clientErrors: FieldErrors = {};
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (error && typeof error.message === "string") clientErrors[name] = error.message;
  }
  const errors: FieldErrors = form.formState.submitCount > 0 && !form.formState.isSubmitSuccessful ? clientErrors : { ...options.serverErrors, ...clientErrors };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const target = event.currentTarget;
    void form.handleSubmit(() => submit(target))(event);
  };
  return { register: form.register, errors, onSubmit };
}

/**
 * react-hook-form's resolver for a zod/mini schema. (@hookform/resolvers' zod
 * resolver imports zod's full core and costs the browser about 100 KB; this
 * one reuses the server's first-error-per-field rule and costs nothing.)
 */
function miniResolver<S extends z.ZodMiniType<FieldValues, FieldValues>>(schema: S): Resolver<z.input<S>, unknown, z.output<S>> {
  return async (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const messages = firstErrorPerField(result.error.issues);
    const errors = Object.fromEntries(Object.entries(messages).map(([name, message]) => [name, { type: "validation", message }]));
    return { values: {}, errors } as never;
  };
}
