import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ROLE_LABELS } from "../../assessment/browser";
import { can, isContributor } from "~/auth/access";
import { requireArea, requireOrganisation } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { organisationRounds } from "~/assessments.server";
import { AssessmentRounds } from "~/components/assessment-rounds";
import { AssignedWork } from "~/components/assigned-work";
import { myAssignments, myRatingRequests } from "~/team.server";
import { MergedFrom } from "~/components/merged-from";
import { OrganisationSummary } from "~/components/organisation-summary";
import { findMerges } from "../../db/organisations";
import { PublicStatusTag } from "~/components/status-tag";
import { formatDate } from "~/dates";
import { publicProgressOf } from "~/public-progress.server";

export const meta: MetaFunction = () => [{ title: "Your partnership – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "partnership");
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
    merges: await findMerges(context.db, organisation.id),
    publicProgress: isContributor(user.role) ? null : await publicProgressOf(context, user.organisation),
  };
}

export default function PartnershipHome() {
  const { organisation, role, canEdit, rounds, merges, contributor, assigned, ratingsAsked, publicProgress } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{role}</span>
      <h1>{organisation.name}</h1>
      {contributor || assigned.length > 0 || ratingsAsked.length > 0 ? <AssignedWork items={assigned} ratings={ratingsAsked} /> : null}
      {contributor ? null : (
        <>
          <h2>Self-assessment</h2>
          <AssessmentRounds rounds={rounds} noun="self-assessment" readOnly={!canEdit} />
        </>
      )}
      <p>
        <a href="/frameworks/partnership-self-assessment">Read the partnership self-assessment framework</a>: what each indicator asks, and the
        evidence expected at each level.
      </p>
      {publicProgress ? (
        <section aria-labelledby="public-progress">
          <h2 id="public-progress">What the public sees</h2>
          <p>
            Anyone can see, without signing in, how far each partnership has got with its latest assessment
            {publicProgress.round ? ` (the ${publicProgress.round.name} round)` : ""}. For {organisation.name} the{" "}
            <Link to={`/progress/${publicProgress.regionKey}`}>public progress page</Link> shows exactly this, and nothing of your answers, scores,
            evidence or plans:
          </p>
          <dl className="nhsuk-summary-list">
            {(
              [
                ["Status", <PublicStatusTag key="tag" status={publicProgress.shown.status} label={publicProgress.shown.statusLabel} />],
                ["Started", publicProgress.shown.startedOn ? formatDate(publicProgress.shown.startedOn) : "Not yet"],
                ["Submitted", publicProgress.shown.submittedOn ? formatDate(publicProgress.shown.submittedOn) : "Not yet"],
                ["Approved", publicProgress.shown.approvedOn ? formatDate(publicProgress.shown.approvedOn) : "Not yet"],
              ] as const
            ).map(([key, value]) => (
              <div className="nhsuk-summary-list__row" key={key}>
                <dt className="nhsuk-summary-list__key">{key}</dt>
                <dd className="nhsuk-summary-list__value">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <h2>About your partnership</h2>
      <OrganisationSummary organisation={organisation} />
      <p>
        <Link to={`/organisations/${organisation.id}/people`}>People in {organisation.name}</Link>
      </p>
      <MergedFrom merges={merges} />
    </>
  );
}
