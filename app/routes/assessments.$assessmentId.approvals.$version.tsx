import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { formatDate, formatDateTime } from "~/dates";
import { approvalPage } from "~/reviews.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `What was approved: ${data.assessment.organisationName}, ${data.assessment.roundName} – Hearth` : "What was approved – Hearth" },
];

/** The record of an approval: the answers and evidence as they were approved. Nothing later changes it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read");
  const version = Number.parseInt(params.version ?? "", 10);
  if (!Number.isInteger(version) || version < 1) throw new Response("Not found", { status: 404 });
  return approvalPage(context, facts, version);
}

export default function Approval() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/assessments/${page.assessment.id}`}>Back to the assessment</BackLink>
        <span className="nhsuk-caption-l">
          {page.assessment.organisationName}, {page.assessment.roundName}
        </span>
        <h1>What was approved{page.version > 1 || page.assessment.currentVersion > 1 ? ` (version ${page.version})` : ""}</h1>
        <p>
          Approved by {page.approvedByName} on {formatDateTime(page.approvedAt)}, against {page.framework.title} version {page.framework.version}. This is the
          record of the answers and evidence as they were approved: it does not change, even if evidence has since passed its review date or the assessment was
          reopened.
        </p>
        {page.comment ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p className="hearth-preserve-lines">{page.comment}</p>
          </div>
        ) : null}
        {page.domains.map((d) => (
          <section key={d.key} aria-labelledby={`domain-${d.key}`}>
            <h2 id={`domain-${d.key}`}>{d.title}</h2>
            <dl className="nhsuk-summary-list">
              {d.indicators.map((i) => (
                <div className="nhsuk-summary-list__row" key={i.key}>
                  <dt className="nhsuk-summary-list__key">{i.title}</dt>
                  <dd className="nhsuk-summary-list__value">
                    <strong>{i.answer}</strong>
                    {i.rationale ? <p className="hearth-preserve-lines nhsuk-body-s nhsuk-u-margin-bottom-1">{i.rationale}</p> : null}
                    {i.evidence.length > 0 ? (
                      <ul className="nhsuk-list nhsuk-body-s">
                        {i.evidence.map((e) => (
                          <li key={e.id}>
                            {e.title}: {e.strengthLabel}, dated {formatDate(e.datedOn)}, review by {formatDate(e.reviewBy)}
                            {e.expiredSince ? " (since passed)" : ""}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">No evidence linked.</p>
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
