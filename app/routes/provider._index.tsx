import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ROLE_LABELS } from "../../assessment/browser";
import { can } from "~/auth/access";
import { requireArea, requireOrganisation } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { organisationRounds } from "~/assessments.server";
import { AssessmentRounds } from "~/components/assessment-rounds";
import { OrganisationSummary } from "~/components/organisation-summary";

export const meta: MetaFunction = () => [{ title: "Your organisation – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const organisation = await requireOrganisation(context, user, user.organisation.id, "read");
  return {
    organisation,
    role: ROLE_LABELS[user.role],
    canEdit: can(user, { type: "organisation", organisation }, "edit"),
    rounds: await organisationRounds(context, user),
  };
}

export default function ProviderHome() {
  const { organisation, role, canEdit, rounds } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{role}</span>
      <h1>{organisation.name}</h1>
      <h2>Your offer to the health system</h2>
      <p>
        Health partners need to know, in a standard shape, which services you offer, where, for whom and how to refer. Start by reading the
        offer template: the services it lists and what it asks about each one.
      </p>
      <p>
        <a href="/frameworks/provider-offer">Read the housing provider offer framework</a>
      </p>
      <h2>Rating your offer&apos;s maturity</h2>
      <AssessmentRounds rounds={rounds} noun="maturity ratings" readOnly={!canEdit} />
      <p>
        <a href="/provider/benchmark">Benchmark: how your ratings compare with other providers</a>
      </p>
      <h2>About your organisation</h2>
      <OrganisationSummary organisation={organisation} />
    </>
  );
}
