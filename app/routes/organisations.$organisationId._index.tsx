import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOrganisation } from "~/auth/access.server";
import { ORGANISATION_KIND_OF_ROLE } from "../../assessment/browser";
import { homePathFor } from "~/auth/roles";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { MergedFrom } from "~/components/merged-from";
import { OrganisationSummary } from "~/components/organisation-summary";
import { findMerges } from "../../db/organisations";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "Organisation"} – Hearth` }];

/** Where the viewer came from: network staff from their region's list, a member from their own home page. */
const BACK_TO = { network: "Back to your region", partnership: "Back to your partnership", provider: "Back to your organisation" } as const;

/**
 * One organisation's page: its own members and network staff of its region; anyone else gets 404. A partnership
 * merged into another is read here by the successor's members too, and its successor's page leads to it.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const organisation = await requireOrganisation(context, user, params.organisationId ?? "", "read");
  return {
    organisation,
    merges: await findMerges(context.db, organisation.id),
    back: { href: homePathFor(user.role), label: BACK_TO[ORGANISATION_KIND_OF_ROLE[user.role]] },
  };
}

export default function OrganisationPage() {
  const { organisation, merges, back } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={back.href}>{back.label}</BackLink>
      <h1>{organisation.name}</h1>
      <OrganisationSummary organisation={organisation} />
      <p>
        <Link to={`/organisations/${organisation.id}/people`}>People in {organisation.name}</Link>
      </p>
      {organisation.kind !== "network" ? (
        <ul className="nhsuk-list">
          {organisation.kind === "partnership" ? (
            <li>
              <Link to={`/organisations/${organisation.id}/progress`}>Progress and assessments</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/organisations/${organisation.id}/evidence`}>Evidence register</Link>
          </li>
          <li>
            <Link to={`/organisations/${organisation.id}/actions`}>Actions</Link>
          </li>
        </ul>
      ) : null}
      <MergedFrom merges={merges} />
    </>
  );
}
