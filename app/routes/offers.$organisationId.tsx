import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { OfferDetails } from "~/components/offer-details";
import { formatDateTime } from "~/dates";
import { publishedOfferPage } from "~/offers.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.organisation.name}: offer to the health system – Hearth` : "Offer – Hearth" }];

/** A provider's published offer, as everyone in its region sees it. Drafts never show here. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await publishedOfferPage(context, user, params.organisationId ?? "");
  return { ...page, own: page.organisation.id === user.organisation.id };
}

export default function PublishedOffer() {
  const { organisation, published, own } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="hearth-no-print">
          <BackLink to="/directory">Back to the directory</BackLink>
        </div>
        <span className="nhsuk-caption-l">Offer to the health system</span>
        <h1>{organisation.name}</h1>
        {own ? (
          <p className="hearth-no-print">
            This is what others in your region see. <Link to="/provider/offer">Change your offer</Link>
          </p>
        ) : null}
        {published ? (
          <>
            <p className="nhsuk-body-s">
              Version {published.version}, published {published.publishedAt ? formatDateTime(published.publishedAt) : ""}.
            </p>
            <OfferDetails offer={published} />
          </>
        ) : (
          <p>This provider has not published an offer yet.</p>
        )}
      </div>
    </div>
  );
}
