import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { ChartFigure } from "~/components/chart-figure";
import { Citation } from "~/components/citation";
import { ScrollingTable } from "~/components/scrolling-table";
import type { PageHandle } from "~/page-kind";
import { resultsPage } from "~/results.server";

export const handle: PageHandle = { pageKind: "chart" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Results: ${data.assessment.organisationName}, ${data.assessment.roundName} – Hearth` : "Results – Hearth" }];

/** An assessment's results: scores against the last round and the targets, what is not yet supported, what to read. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read");
  return resultsPage(context, facts);
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

export default function Results() {
  const { assessment, results, chart, unsupported, reading } = useLoaderData<typeof loader>();
  const o = results.overall;
  return (
    <>
      <BackLink to={`/assessments/${assessment.id}`}>Back to the assessment</BackLink>
      <span className="nhsuk-caption-l">
        {assessment.organisationName}, {assessment.roundName} ({assessment.statusLabel.toLowerCase()})
      </span>
      <h1>Results</h1>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Overall score</p>
          <p className="hearth-stat">{o.score === null ? "None yet" : o.score.toFixed(1)}</p>
          <p className="nhsuk-body-s">
            {o.previousScore !== null ? `${o.changeText} since ${results.previousRoundName} (${o.previousScore.toFixed(1)}, ${o.differenceText})` : "The first round to compare with."}
          </p>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Answered</p>
          <p className="hearth-stat">{percent(o.completion)}</p>
          <p className="nhsuk-body-s">
            {o.answered} of {o.total} indicators
          </p>
        </div>
        <div className="nhsuk-grid-column-one-third">
          <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">Evidence coverage</p>
          <p className="hearth-stat">{percent(o.evidenceCoverage)}</p>
          <p className="nhsuk-body-s">
            {o.withEvidence} of {o.levelled} ratings have evidence; {o.unsupported} not yet supported
          </p>
        </div>
      </div>
      <p>
        <Link to={`/assessments/${assessment.id}/report`}>Printable report</Link> ·{" "}
        <a href={`/assessments/${assessment.id}/export?format=xlsx`} download>
          Download as Excel
        </a>{" "}
        · <a href={`/assessments/${assessment.id}/export?format=csv&table=answers`} download>Answers (CSV)</a> ·{" "}
        <a href={`/assessments/${assessment.id}/export?format=csv&table=evidence`} download>Evidence (CSV)</a> ·{" "}
        <a href={`/assessments/${assessment.id}/export?format=csv&table=actions`} download>Actions (CSV)</a> ·{" "}
        <Link to={`/organisations/${assessment.organisationId}/progress`}>Progress across rounds</Link>
      </p>

      <ChartFigure
        id={chart.id}
        title={chart.title}
        summary={chart.summary}
        svg={chart.svg}
        legend={chart.legend}
        table={
          <ScrollingTable label="Domain scores as a table">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Domain scores as a table</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Domain</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Score</th>
                  {results.previousRoundName ? <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{results.previousRoundName}</th> : null}
                  {results.previousRoundName ? <th scope="col" className="nhsuk-table__header">Change</th> : null}
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Target</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Answered</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {results.domains.map((d) => (
                  <tr className="nhsuk-table__row" key={d.domainKey}>
                    <th scope="row" className="nhsuk-table__header">{d.title}</th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.score === null ? "None" : `${d.score.toFixed(1)}, from ${d.levels} ${d.levels === 1 ? "rating" : "ratings"}`}</td>
                    {results.previousRoundName ? <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.previousScore === null ? "None" : d.previousScore.toFixed(1)}</td> : null}
                    {results.previousRoundName ? (
                      <td className="nhsuk-table__cell">
                        {d.changeText} {d.differenceText}
                      </td>
                    ) : null}
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.target === null ? "None" : d.target.toFixed(1)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                      {d.answered} of {d.total}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        }
      />

      <h2>Not yet supported by evidence</h2>
      {unsupported.length === 0 ? (
        <p>Every rating that needs evidence has it.</p>
      ) : (
        <ul>
          {unsupported.map((u) => (
            <li key={u.indicatorKey}>
              <strong>{u.title}</strong> ({u.domain}), rated {u.level}: {u.reason}
            </li>
          ))}
        </ul>
      )}

      <h2>What to read first</h2>
      <p>For the domains with the furthest to go, weakest first: the library&apos;s resources that help, and why each is suggested.</p>
      {reading.length === 0 ? <p>No suggestions: there are no scores below 5 with resources tagged to them.</p> : null}
      {reading.map((d) => (
        <section key={d.domainKey} aria-labelledby={`read-${d.domainKey}`}>
          <h3 id={`read-${d.domainKey}`}>{d.title}</h3>
          <ul className="nhsuk-list nhsuk-list--border">
            {d.resources.map((r) => (
              <li key={r.id}>
                <Citation title={r.title} publisher={r.publisher} year={r.year} url={r.url} confirmed={r.confirmed} />
                <br />
                <span className="nhsuk-body-s">
                  Why: {r.reason} {r.summary}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p>
        <Link to="/resources">Browse the whole resource library</Link>
      </p>
    </>
  );
}
