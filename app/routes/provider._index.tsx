import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireKind, requireOrganisation } from "~/auth/access.server";
import { ROLE_LABELS } from "~/auth/roles";
import { requireUser } from "~/auth/session.server";
import { OrganisationSummary } from "~/components/organisation-summary";

export const meta: MetaFunction = () => [{ title: "Your organisation – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireKind(user, "provider");
  const organisation = await requireOrganisation(context, user, user.organisation.id, "view");
  return { organisation, role: ROLE_LABELS[user.role] };
}

export default function ProviderHome() {
  const { organisation, role } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{role}</span>
      <h1>{organisation.name}</h1>
      <OrganisationSummary organisation={organisation} />
      <h2>Your offer to the health system</h2>
      <p>
        Set out the services you offer to the NHS and councils in the standard shape, then compare your offer with
        other housing providers, who stay anonymous.
      </p>
      <p>
        <a href="/frameworks">Read the housing provider offer framework</a>
      </p>
    </>
  );
}
