import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { homePathFor } from "~/auth/roles";
import { attemptSignIn } from "~/auth/sign-in.server";
import { getCurrentUser, safeRedirectPath, startSession } from "~/auth/session.server";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/text-field";
import { signInSchema } from "~/forms/account-schemas";
import { useHearthForm } from "~/forms/use-hearth-form";
import { parseForm } from "~/forms/validation";

export const meta: MetaFunction = () => [{ title: "Sign in – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getCurrentUser(request, context);
  if (user) throw redirect(safeRedirectPath(url.searchParams.get("redirectTo"), homePathFor(user.role)));
  return { redirectTo: url.searchParams.get("redirectTo") ?? "", signedOut: url.searchParams.has("signedOut"), passwordReset: url.searchParams.has("passwordReset") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email") ?? "");
  const parsed = parseForm(signInSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, email }, { status: 400 });

  const outcome = await attemptSignIn(context, parsed.data.email, parsed.data.password);
  if (!outcome.ok) {
    const message =
      outcome.reason === "throttled"
        ? `There have been too many attempts to sign in. Wait ${outcome.retryAfterMinutes} minutes, then try again.`
        : "Enter a correct email address and password";
    return data({ errors: { email: message }, email }, { status: outcome.reason === "throttled" ? 429 : 400 });
  }

  // Someone who belongs to one organisation acts for it; someone with several (or none) chooses next.
  const only = outcome.memberships.length === 1 ? outcome.memberships[0]! : null;
  const cookie = await startSession(request, context, outcome.personId, only?.id ?? null);
  const next = only
    ? safeRedirectPath(parsed.data.redirectTo, homePathFor(only.role))
    : `/choose-organisation?redirectTo=${encodeURIComponent(safeRedirectPath(parsed.data.redirectTo, "/"))}`;
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function SignIn() {
  const { redirectTo, signedOut, passwordReset } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { register, errors, onSubmit } = useHearthForm(signInSchema, {
    serverErrors: result?.errors,
    defaultValues: { email: result?.email ?? "", password: "", redirectTo },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {signedOut ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>You have been signed out.</p>
          </div>
        ) : null}
        {passwordReset ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>Your new password is saved. Sign in with it.</p>
          </div>
        ) : null}
        <ErrorSummary errors={errors} order={["email", "password"]} />
        <h1>Sign in to Hearth</h1>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" {...register("redirectTo")} />
          <TextField
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={errors.email}
            defaultValue={result?.email}
            {...register("email")}
          />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password}
            {...register("password")}
          />
          <button className="nhsuk-button" type="submit" disabled={navigation.state === "submitting"}>
            Sign in
          </button>
        </Form>
        <p>
          <a href="/forgot-password">Forgotten your password?</a>
        </p>
        <p>To get an account, ask a lead of your organisation or your network&apos;s staff to invite you.</p>
      </div>
    </div>
  );
}
