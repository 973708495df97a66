import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { changePassword, signOutEverywhere } from "~/auth/account.server";
import { passwordProblem } from "~/auth/password-strength.server";
import { ROLE_LABELS } from "../../assessment/browser";
import { endSession, requireUser } from "~/auth/session.server";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/text-field";
import { formatDateTime } from "~/dates";
import { changePasswordSchema, MIN_PASSWORD_LENGTH, remindersSchema } from "~/forms/account-schemas";
import { RadioGroup } from "~/components/choice-fields";
import { getRemindersEnabled, setRemindersEnabled } from "../../db/people";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { useHearthForm } from "~/forms/use-hearth-form";
import { parseForm } from "~/forms/validation";

export const meta: MetaFunction = () => [{ title: "Your account – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const url = new URL(request.url);
  return {
    name: user.name,
    email: user.email,
    role: ROLE_LABELS[user.role],
    organisation: user.organisation.name,
    absoluteExpiresAt: user.absoluteExpiresAt.toISOString(),
    passwordChanged: url.searchParams.has("passwordChanged"),
    remindersSaved: url.searchParams.has("remindersSaved"),
    remindersEnabled: await getRemindersEnabled(context.db, user.personId),
  };
}

export const intents = ["change-password", "sign-out-everywhere", "reminders"] as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  switch (readIntent(form, intents)) {
    case "sign-out-everywhere": {
      await signOutEverywhere(context, user);
      const cookie = await endSession(request, context);
      return redirect("/sign-in?signedOut=1", { headers: { "Set-Cookie": cookie } });
    }
    case "reminders": {
      const parsed = parseForm(remindersSchema, form);
      if (!parsed.ok) return data({ errors: parsed.errors, form: "reminders" as const }, { status: 400 });
      await setRemindersEnabled(context.db, user.personId, parsed.data.reminders === "on");
      return redirect("/account?remindersSaved=1#reminders");
    }
    case "change-password": {
      const parsed = parseForm(changePasswordSchema, form);
      if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
      const weak = passwordProblem(parsed.data.newPassword, user);
      if (weak) return data({ errors: { newPassword: weak } as Partial<Record<string, string>> }, { status: 400 });
      const result = await changePassword(context, user, parsed.data.currentPassword, parsed.data.newPassword);
      if (!result.ok) return data({ errors: { currentPassword: "Your current password is not correct" } }, { status: 400 });
      return redirect("/account?passwordChanged=1");
    }
    default:
      return unknownIntent();
  }
}

export default function Account() {
  const account = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const reminderErrors: Partial<Record<string, string>> = result && "form" in result ? result.errors : {};
  const { register, errors, onSubmit } = useHearthForm(changePasswordSchema, { serverErrors: result && !("form" in result) ? result.errors : undefined });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={{ ...reminderErrors, ...errors }} order={["reminders", "currentPassword", "newPassword", "confirmPassword", "form"]} />
        {account.passwordChanged ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Your password has been changed. You have been signed out everywhere else.</p>
          </div>
        ) : null}
        <h1>Your account</h1>
        <dl className="nhsuk-summary-list">
          {[
            ["Name", account.name],
            ["Email address", account.email],
            ["Organisation", account.organisation],
            ["Role", account.role],
            ["This session ends by", formatDateTime(account.absoluteExpiresAt)],
          ].map(([key, value]) => (
            <div className="nhsuk-summary-list__row" key={key}>
              <dt className="nhsuk-summary-list__key">{key}</dt>
              <dd className="nhsuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>

        <h2 id="reminders">Reminders</h2>
        {account.remindersSaved ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{account.remindersEnabled ? "Reminders are on." : "Reminders are off."}</p>
          </div>
        ) : null}
        <p>
          Hearth can remind you, in your list of what has changed and by email, when work assigned to you is due within 3 days or overdue, and, if you
          lead your organisation&apos;s assessment, when a round is due within 14 days or overdue and not yet submitted. Each reminder is sent once.
          News for your whole organisation, such as a round falling due, still appears in its list either way.
        </p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="reminders" />
          <RadioGroup
            name="reminders"
            legend="Send me reminders"
            inline
            options={[
              { value: "on", label: "Yes" },
              { value: "off", label: "No" },
            ]}
            defaultValue={account.remindersEnabled ? "on" : "off"}
            error={reminderErrors.reminders}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Save reminder choice
          </button>
        </Form>

        <h2>Change your password</h2>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" name="intent" value="change-password" />
          <TextField label="Current password" type="password" autoComplete="current-password" error={errors.currentPassword} {...register("currentPassword")} />
          <TextField
            label="New password"
            hint={`Use ${MIN_PASSWORD_LENGTH} characters or more. A few unrelated words together make a strong password.`}
            type="password"
            autoComplete="new-password"
            error={errors.newPassword}
            {...register("newPassword")}
          />
          <TextField label="Confirm new password" type="password" autoComplete="new-password" error={errors.confirmPassword} {...register("confirmPassword")} />
          <button className="nhsuk-button" type="submit">
            Change password
          </button>
        </Form>

        <h2>Sign out everywhere</h2>
        <p>If you signed in on a shared or lost device, sign out of Hearth on every device and browser, including this one.</p>
        <Form method="post">
          <input type="hidden" name="intent" value="sign-out-everywhere" />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Sign out everywhere
          </button>
        </Form>
      </div>
    </div>
  );
}
