import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { homePathFor } from "~/auth/roles";
import { startSession } from "~/auth/session.server";
import { ChoosePasswordForm, LinkProblem } from "~/components/choose-password-form";
import type { FieldErrors } from "~/components/error-summary";
import { formatDateTime } from "~/dates";
import { choosePasswordSchema } from "~/forms/people-schema";
import { parseForm } from "~/forms/validation";
import { accountLinkPage, choosePasswordWithLink } from "~/people.server";

export const meta: MetaFunction = () => [{ title: "Join Hearth – Hearth" }];

/** Someone invited chooses their password with the link, and is signed in. Public: the link is the proof. */
export async function loader({ context, params }: LoaderFunctionArgs) {
  return accountLinkPage(context, params.token ?? "", "invitation");
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = parseForm(choosePasswordSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors as FieldErrors }, { status: 400 });
  const joined = await choosePasswordWithLink(context, params.token ?? "", "invitation", parsed.data.password);
  if (!joined) return data({ errors: { form: "This link no longer works: it has been used or has expired. Ask for a new one." } as FieldErrors }, { status: 410 });
  if (joined.weak !== null) return data({ errors: { password: joined.weak } as FieldErrors }, { status: 400 });
  const cookie = await startSession(request, context, joined.personId, joined.membershipCount === 1 ? joined.firstMembershipId : null);
  const next = joined.membershipCount === 1 && joined.firstRole ? homePathFor(joined.firstRole) : "/choose-organisation";
  return redirect(next, { headers: { "Set-Cookie": cookie } });
}

export default function Join() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (!page.ok) return <LinkProblem problem={page.problem} />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Join Hearth</h1>
        <p>
          {page.invitedByName ? `${page.invitedByName} has invited you` : "You have been invited"}, {page.name} ({page.email}), to work in Hearth for{" "}
          {page.organisations.join(" and ")}.
        </p>
        <p>Choose a password to finish joining. This link works once, until {formatDateTime(page.expiresAt)}.</p>
        <ChoosePasswordForm email={page.email} serverErrors={result?.errors} button="Join Hearth" />
      </div>
    </div>
  );
}
