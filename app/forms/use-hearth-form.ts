import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import type { FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod/mini";
import type { FieldErrors } from "~/components/error-summary";

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
    resolver: zodResolver(schema as never) as never,
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
