import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireKind, requireOrganisation } from "~/auth/access.server";
import { ROLE_LABELS } from "~/auth/roles";
import { requireUser } from "~/auth/session.server";
import { OrganisationSummary } from "~/components/organisation-summary";

export const meta: MetaFunction = () => [{ title: "Your partnership – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireKind(user, "partnership");
  const organisation = await requireOrganisation(context, user, user.organisation.id, "view");
  return { organisation, role: ROLE_LABELS[user.role], canEdit: user.role === "partnership_lead" };
}

export default function PartnershipHome() {
  const { organisation, role, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{role}</span>
      <h1>{organisation.name}</h1>
      <OrganisationSummary organisation={organisation} />
      <h2>Self-assessment</h2>
      <p>
        {canEdit
          ? "When the network opens an assessment round, your partnership's self-assessment starts here. You can rate each indicator, attach evidence and plan actions."
          : "When the network opens an assessment round, you will be able to read your partnership's self-assessment here."}
      </p>
      <p>
        <a href="/frameworks">Read the self-assessment framework and its sources</a>
      </p>
    </>
  );
}
