import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireOrganisation } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { OrganisationSummary } from "~/components/organisation-summary";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.organisation.name ?? "Organisation"} – Hearth` }];

/** One organisation's page: its own members and network staff of its region; anyone else gets 404. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const organisation = await requireOrganisation(context, user, params.organisationId ?? "", "read");
  return { organisation };
}

export default function OrganisationPage() {
  const { organisation } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{organisation.name}</h1>
      <OrganisationSummary organisation={organisation} />
    </>
  );
}
