import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ORGANISATION_KIND_LABELS, ROLE_LABELS } from "../../assessment/browser";
import { homePathFor } from "~/auth/roles";
import { requireSignedInPerson, safeRedirectPath } from "~/auth/session.server";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { RadioGroup } from "~/components/choice-fields";
import { setSessionMembership } from "../../db/sessions";

export const meta: MetaFunction = () => [{ title: "Choose which organisation you are working for – Hearth" }];

/** A person who belongs to several organisations chooses which one this session acts for (and can change it). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireSignedInPerson(request, context);
  return {
    redirectTo: new URL(request.url).searchParams.get("redirectTo") ?? "",
    acting: person.acting?.membershipId ?? null,
    memberships: person.memberships.map((m) => ({
      id: m.membershipId,
      label: m.organisationName,
      hint: `${ROLE_LABELS[m.role]} · ${ORGANISATION_KIND_LABELS[m.organisationKind]}`,
    })),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireSignedInPerson(request, context);
  const form = await request.formData();
  const membershipId = String(form.get("membershipId") ?? "");
  const chosen = person.memberships.find((m) => m.membershipId === membershipId);
  if (!chosen || !(await setSessionMembership(context.db, person.sessionId, person.personId, membershipId))) {
    return data({ errors: { membershipId: "Select the organisation you are working for" } }, { status: 400 });
  }
  const redirectTo = safeRedirectPath(form.get("redirectTo"), "/");
  // After switching, a page of the previous organisation would answer "not found": start at the new home.
  return redirect(redirectTo === "/" || person.acting ? homePathFor(chosen.role) : redirectTo);
}

export default function ChooseOrganisation() {
  const { memberships, acting, redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: FieldErrors = result?.errors ?? {};
  if (memberships.length === 0) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>You are not a member of any organisation</h1>
          <p>Your account is not linked to a partnership, housing provider or network at the moment, so there is nothing to show.</p>
          <p>Ask your network&apos;s Hearth administrator to add you to your organisation.</p>
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} order={["membershipId"]} />
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <RadioGroup
            name="membershipId"
            legend="Which organisation are you working for?"
            legendAsHeading
            hint="You belong to more than one organisation. Hearth shows and changes the work of the one you choose. You can change this at any time from the top of the page."
            options={memberships.map((m) => ({ value: m.id, label: m.label, hint: m.hint }))}
            defaultValue={acting ?? undefined}
            error={errors.membershipId}
          />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </Form>
      </div>
    </div>
  );
}
