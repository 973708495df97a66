import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOrganisationRecords } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ChartFigure } from "~/components/chart-figure";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate } from "~/dates";
import type { PageHandle } from "~/page-kind";
import { progressPage } from "~/results.server";

export const handle: PageHandle = { pageKind: "chart" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Progress: ${data.organisation.name} – Hearth` : "Progress – Hearth" }];

/** A partnership's progress across every round: scores, what changed since the last round, and its actions. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const organisation = await requireOrganisationRecords(context, user, params.organisationId ?? "");
  return { organisation: { id: organisation.id, name: organisation.name }, own: organisation.id === user.organisation.id, ...(await progressPage(context, organisation)) };
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? "None" : value.toFixed(1));

export default function Progress() {
  const { organisation, own, assessments, progress, chart, actions } = useLoaderData<typeof loader>();
  const since = progress.sinceLast;
  return (
    <>
      <BackLink to={own ? "/" : `/organisations/${organisation.id}`}>Back</BackLink>
      <span className="nhsuk-caption-l">{organisation.name}</span>
      <h1>Progress across rounds</h1>
      {progress.rounds.length === 0 ? <p>No assessments yet.</p> : null}
      {chart ? (
        <ChartFigure
          id="progress"
          title={chart.title}
          summary={chart.summary}
          svg={chart.svg}
          legend={chart.legend}
          table={
            <ScrollingTable label="Scores by round as a table">
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption nhsuk-table__caption--s">Scores by round as a table</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">Domain</th>
                    {progress.rounds.map((r) => (
                      <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" key={r.roundName}>
                        {r.roundName}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  <tr className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header">Overall</th>
                    {progress.rounds.map((r) => (
                      <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={r.roundName}>
                        {score(r.overall)}
                      </td>
                    ))}
                  </tr>
                  {progress.domains.map((d) => (
                    <tr className="nhsuk-table__row" key={d.domainKey}>
                      <th scope="row" className="nhsuk-table__header">{d.title}</th>
                      {progress.rounds.map((r) => (
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={r.roundName}>
                          {score(r.domains[d.domainKey])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollingTable>
          }
        />
      ) : null}

      {since ? (
        <>
          <h2>
            What changed from {since.fromRound} to {since.toRound}
          </h2>
          <p>
            Overall: {since.overall.text.toLowerCase()} {since.overall.differenceText}. Indicators: {since.summary.improved} improved, {since.summary.worsened} worsened,{" "}
            {since.summary.unchanged} unchanged, {since.summary.new} new or newly rated.
          </p>
          {since.domains.map((d) => (
            <details className="nhsuk-details" key={d.domainKey}>
              <summary className="nhsuk-details__summary">
                <span className="nhsuk-details__summary-text">
                  {d.title}: {d.text.toLowerCase()} {d.differenceText ? `(${score(d.previousScore)} to ${score(d.currentScore)}, ${d.differenceText})` : ""}
                </span>
              </summary>
              <div className="nhsuk-details__text">
                <ul className="nhsuk-list">
                  {(since.indicators[d.domainKey] ?? []).map((i) => (
                    <li key={i.indicatorKey}>
                      {i.title}: {i.text.toLowerCase()}
                      {i.previousLevel !== null || i.currentLevel !== null ? ` (${i.previousLevel ?? "–"} to ${i.currentLevel ?? "–"})` : ""}
                    </li>
                  ))}
                </ul>
              </div>
            </details>
          ))}
        </>
      ) : null}

      <h2>Assessments</h2>
      <ul>
        {assessments.map((a) => (
          <li key={a.id}>
            <Link to={`/assessments/${a.id}/results`}>{a.roundName}</Link> ({a.statusLabel.toLowerCase()})
          </li>
        ))}
      </ul>

      <h2>Actions</h2>
      {actions.length === 0 ? (
        <p>No actions yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {actions.map((a) => (
            <li key={a.id}>
              <Link to={`/actions/${a.id}`}>{a.title}</Link>: {a.statusLabel.toLowerCase()}
              {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ""}
              {a.overdue ? (
                <>
                  {" "}
                  <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
