import { Form } from "@remix-run/react";
import type { FieldErrors } from "./error-summary";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./text-field";
import { choosePasswordSchema } from "~/forms/people-schema";
import { MIN_PASSWORD_LENGTH } from "~/forms/account-schemas";
import { useHearthForm } from "~/forms/use-hearth-form";

/** Choosing a password with a link (joining Hearth, or a reset): two boxes, checked in the browser and on the server. */
export function ChoosePasswordForm({ email, serverErrors, button }: { email: string; serverErrors?: FieldErrors; button: string }) {
  const { register, errors, onSubmit } = useHearthForm(choosePasswordSchema, { serverErrors });
  return (
    <>
      <ErrorSummary errors={errors} order={["form", "password", "confirmPassword"]} />
      <Form method="post" noValidate onSubmit={onSubmit}>
        {/* For password managers: the account the password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`${MIN_PASSWORD_LENGTH} characters or more. A few unrelated words together make a strong password that is easy to remember.`}
          error={errors.password}
          widthClass="nhsuk-input--width-20"
          {...register("password")}
        />
        <TextField label="Password again" type="password" autoComplete="new-password" error={errors.confirmPassword} widthClass="nhsuk-input--width-20" {...register("confirmPassword")} />
        <button className="nhsuk-button" type="submit">
          {button}
        </button>
      </Form>
    </>
  );
}

/** A link that no longer works, said plainly, with where to go next. */
export function LinkProblem({ problem }: { problem: string }) {
  return (
    <>
      <h1>This link does not work</h1>
      <p>{problem}</p>
      <p>
        <a href="/sign-in">Sign in</a> if you already have a password.
      </p>
    </>
  );
}
