import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { historyPage, requireAssessment } from "~/assessments.server";
import { AssessmentHeading } from "~/components/assessment-heading";
import { BackLink } from "~/components/back-link";
import { formatDateTime } from "~/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `History of ${data.indicator.title} – Hearth` : "History – Hearth" }];

/** Who said what and when, for one indicator of one assessment. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read", { indicatorKey: params.indicatorKey ?? "" });
  return historyPage(context, user, facts, params.indicatorKey ?? "");
}

const ACTION_WORDS: Record<string, string> = {
  "rating-saved": "Changed the answer",
  "rating-confirmed": "Confirmed the answer carried over from the last round",
};

type Value = { answer: string; target: string | null; confidence: string | null; rationale: string } | null;

function ValueCell({ value }: { value: Value }) {
  if (!value) return <>No answer</>;
  return (
    <>
      {value.answer}
      {value.target ? <><br />Target: {value.target}</> : null}
      {value.confidence ? <><br />Confidence: {value.confidence}</> : null}
      {value.rationale ? <><br /><span className="hearth-preserve-lines">{value.rationale}</span></> : null}
    </>
  );
}

export default function IndicatorHistory() {
  const { assessment, domain, indicator, events, independent } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={`/assessments/${assessment.id}/domains/${domain.key}#${indicator.key}`}>{`Back to ${domain.title}`}</BackLink>
        <AssessmentHeading assessment={assessment} title={`History of ${indicator.title}`} />
        {events.length === 0 ? (
          <p>Nobody has answered this indicator yet.</p>
        ) : (
          <>
            <p>
              Newest first. Several saves by one person within a few minutes, with nobody else saving in between, are shown as one change.
            </p>
            <ol className="nhsuk-list hearth-history">
              {events.map((event) => (
                <li key={event.id}>
                  <h2 className="nhsuk-heading-s">
                    {formatDateTime(event.at)}: {event.who}
                  </h2>
                  <p>{ACTION_WORDS[event.action] ?? event.action}</p>
                  <dl className="nhsuk-summary-list">
                    <div className="nhsuk-summary-list__row">
                      <dt className="nhsuk-summary-list__key">From</dt>
                      <dd className="nhsuk-summary-list__value">
                        <ValueCell value={event.before} />
                      </dd>
                    </div>
                    <div className="nhsuk-summary-list__row">
                      <dt className="nhsuk-summary-list__key">To</dt>
                      <dd className="nhsuk-summary-list__value">
                        <ValueCell value={event.after} />
                      </dd>
                    </div>
                  </dl>
                </li>
              ))}
            </ol>
          </>
        )}
        {independent.length > 0 ? (
          <>
            <h2>Independent ratings</h2>
            {independent.map((round) => (
              <div key={round.id}>
                <p>Released on {formatDateTime(round.releasedAt)}.</p>
                <dl className="nhsuk-summary-list">
                  {round.ratings.map((r) => (
                    <div className="nhsuk-summary-list__row" key={r.name}>
                      <dt className="nhsuk-summary-list__key">{r.name}</dt>
                      <dd className="nhsuk-summary-list__value">
                        {r.answer}
                        {r.rationale ? <><br /><span className="hearth-preserve-lines">{r.rationale}</span></> : null}
                      </dd>
                    </div>
                  ))}
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Agreed</dt>
                    <dd className="nhsuk-summary-list__value">
                      {round.agreed ? (
                        <>
                          {round.agreed.answer}, by {round.agreed.byName ?? "someone no longer in Hearth"} on {formatDateTime(round.agreed.at)}
                          <br />
                          <span className="hearth-preserve-lines">{round.agreed.reason}</span>
                        </>
                      ) : (
                        "Not agreed yet"
                      )}
                    </dd>
                  </div>
                </dl>
              </div>
            ))}
          </>
        ) : null}
      </div>
    </div>
  );
}
