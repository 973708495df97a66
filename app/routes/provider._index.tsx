import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ROLE_LABELS } from "../../assessment/browser";
import { can, isContributor } from "~/auth/access";
import { requireArea, requireOrganisation } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { organisationRounds } from "~/assessments.server";
import { offerSummary } from "~/offers.server";
import { formatDate, formatDateTime } from "~/dates";
import { AssessmentRounds } from "~/components/assessment-rounds";
import { AssignedWork } from "~/components/assigned-work";
import { myAssignments, myRatingRequests } from "~/team.server";
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
    contributor: isContributor(user.role),
    // A contributor sees their assigned work, not the organisation's assessments as a whole.
    rounds: isContributor(user.role) ? [] : await organisationRounds(context, user),
    assigned: await myAssignments(context, user),
    ratingsAsked: await myRatingRequests(context, user),
    offer: await offerSummary(context, user),
  };
}

export default function ProviderHome() {
  const { organisation, role, canEdit, rounds, offer, contributor, assigned, ratingsAsked } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{role}</span>
      <h1>{organisation.name}</h1>
      {contributor || assigned.length > 0 || ratingsAsked.length > 0 ? <AssignedWork items={assigned} ratings={ratingsAsked} /> : null}
      <h2>Your offer to the health system</h2>
      <p>
        Health partners need to know, in a standard shape, which services you offer, where, for whom and how to refer. Your published offer is
        what partnerships in your region find in the directory.
      </p>
      <OfferStatus offer={offer} />
      <p>
        <Link to="/provider/offer">{offer.published ? "See and change your offer" : offer.draft ? "Carry on with your offer" : "Set out your offer"}</Link>
        {" · "}
        <a href="/frameworks/provider-offer">Read the offer template</a>
      </p>
      {contributor ? null : (
        <>
          <h2>Rating your offer&apos;s maturity</h2>
          <AssessmentRounds rounds={rounds} noun="maturity ratings" readOnly={!canEdit} />
          <p>
            <a href="/provider/benchmark">Benchmark: how your ratings compare with other providers</a>
          </p>
        </>
      )}
      <h2>About your organisation</h2>
      <OrganisationSummary organisation={organisation} />
      <p>
        <Link to={`/organisations/${organisation.id}/people`}>People in {organisation.name}</Link>
      </p>
    </>
  );
}

function OfferStatus({ offer }: { offer: { published: { version: number; publishedAt: string | null; lastReviewedOn: string | null; reviewOverdue: boolean } | null; draft: { updatedAt: string } | null } }) {
  return (
    <ul className="nhsuk-list">
      <li>
        {offer.published
          ? `Published: version ${offer.published.version}${offer.published.publishedAt ? `, ${formatDateTime(offer.published.publishedAt)}` : ""}. Last reviewed ${offer.published.lastReviewedOn ? formatDate(offer.published.lastReviewedOn) : "never"}.`
          : "Not published yet: nobody outside your organisation can see it."}
        {offer.published?.reviewOverdue ? (
          <>
            {" "}
            <strong className="nhsuk-tag nhsuk-tag--orange">Review due</strong>
          </>
        ) : null}
      </li>
      {offer.draft ? <li>A draft with changes was last saved {formatDateTime(offer.draft.updatedAt)}.</li> : null}
    </ul>
  );
}
