import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ChoosePasswordForm, LinkProblem } from "~/components/choose-password-form";
import type { FieldErrors } from "~/components/error-summary";
import { formatDateTime } from "~/dates";
import { choosePasswordSchema } from "~/forms/people-schema";
import { parseForm } from "~/forms/validation";
import { accountLinkPage, choosePasswordWithLink } from "~/people.server";

export const meta: MetaFunction = () => [{ title: "Choose a new password – Hearth" }];

/** A new password with a reset link from network staff; every session the person had ends. Public: the link is the proof. */
export async function loader({ context, params }: LoaderFunctionArgs) {
  return accountLinkPage(context, params.token ?? "", "password_reset");
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = parseForm(choosePasswordSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors as FieldErrors }, { status: 400 });
  const reset = await choosePasswordWithLink(context, params.token ?? "", "password_reset", parsed.data.password);
  if (!reset) return data({ errors: { form: "This link no longer works: it has been used or has expired. Ask for a new one." } as FieldErrors }, { status: 410 });
  if (reset.weak !== null) return data({ errors: { password: reset.weak } as FieldErrors }, { status: 400 });
  return redirect("/sign-in?passwordReset=1");
}

export default function ResetPassword() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!page.ok) return <LinkProblem problem={page.problem} />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Choose a new password</h1>
        <p>
          For {page.name} ({page.email}). This link works once, until {formatDateTime(page.expiresAt)}. Choosing a new password signs you out everywhere you are
          signed in.
        </p>
        <ChoosePasswordForm email={page.email} serverErrors={result?.errors} button="Save the new password" />
      </div>
    </div>
  );
}
