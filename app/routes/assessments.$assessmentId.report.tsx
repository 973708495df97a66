import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { ChartFigure } from "~/components/chart-figure";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate, formatDateTime, todayInLondon } from "~/dates";
import { frameworkSources } from "~/frameworks.server";
import type { PageHandle } from "~/page-kind";
import { assessmentRecords, resultsPage } from "~/results.server";

export const handle: PageHandle = { pageKind: "chart" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Report: ${data.results.assessment.organisationName}, ${data.results.assessment.roundName} – Hearth` : "Report – Hearth" },
];

/** A report of one assessment for a partnership board, laid out to print cleanly (or save as PDF from the browser). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read");
  const [results, records] = await Promise.all([resultsPage(context, facts, { chartId: "report-scores" }), assessmentRecords(context, facts)]);
  return {
    results,
    answers: records.answers,
    evidence: records.evidence,
    actions: records.actions.filter((a) => a.status === "open" || a.status === "in_progress"),
    submittedAt: records.assessment.submittedAt?.toISOString() ?? null,
    submittedBy: records.assessment.submittedByName,
    sources: frameworkSources(records.framework),
    framework: { title: records.framework.title, version: records.framework.version },
    printedOn: todayInLondon(),
  };
}

export default function Report() {
  const { results: page, answers, evidence, actions, submittedAt, submittedBy, sources, framework, printedOn } = useLoaderData<typeof loader>();
  const { assessment, results, chart } = page;
  const domains = [...new Set(answers.map((a) => a.domain))];
  return (
    <div className="hearth-report">
      <div className="hearth-no-print">
        <BackLink to={`/assessments/${assessment.id}/results`}>Back to the results</BackLink>
        <p>Print this page, or choose &quot;Save as PDF&quot; in your browser&apos;s print window, to take it to a board.</p>
      </div>
      <section className="hearth-report__cover">
        <p className="nhsuk-caption-l">Health and housing self-assessment report</p>
        <h1>{assessment.organisationName}</h1>
        <p className="nhsuk-lede-text">
          {assessment.roundName}, {framework.title} (version {framework.version})
        </p>
        <p>
          Status: {assessment.statusLabel}
          {submittedAt ? `, submitted by ${submittedBy ?? "someone no longer in Hearth"} on ${formatDateTime(submittedAt)}` : ""}. Printed on{" "}
          {formatDate(printedOn)}.
        </p>
      </section>

      <section className="hearth-report__section">
        <h2>Summary</h2>
        <ul>
          <li>Overall score: {results.overall.score === null ? "none yet" : results.overall.score.toFixed(1)} out of 5{results.overall.previousScore !== null ? ` (${results.previousRoundName}: ${results.overall.previousScore.toFixed(1)}, ${results.overall.differenceText})` : ""}.</li>
          <li>
            {results.overall.answered} of {results.overall.total} indicators answered.
          </li>
          <li>
            {results.overall.withEvidence} of {results.overall.levelled} ratings have evidence; {results.overall.unsupported} are not yet supported by it.
          </li>
          <li>{actions.length} actions open or in progress.</li>
        </ul>
        <ChartFigure
          id="report-scores"
          title={chart.title}
          summary={chart.summary}
          svg={chart.svg}
          legend={chart.legend}
          table={
            <ScrollingTable label="Domain scores">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">Domain scores</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Domain</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Score</th>
                  {results.previousRoundName ? <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">{results.previousRoundName}</th> : null}
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Target</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {results.domains.map((d) => (
                  <tr className="nhsuk-table__row" key={d.domainKey}>
                    <th scope="row" className="nhsuk-table__header">{d.title}</th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.score === null ? "None" : d.score.toFixed(1)}</td>
                    {results.previousRoundName ? <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.previousScore === null ? "None" : d.previousScore.toFixed(1)}</td> : null}
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{d.target === null ? "None" : d.target.toFixed(1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </ScrollingTable>
          }
        />
      </section>

      <section className="hearth-report__section">
        <h2>Answers</h2>
        {domains.map((domain) => (
          <div key={domain} className="hearth-report__domain">
            <h3>{domain}</h3>
            <dl className="nhsuk-summary-list">
              {answers
                .filter((a) => a.domain === domain)
                .map((a) => (
                  <div className="nhsuk-summary-list__row" key={a.indicatorKey}>
                    <dt className="nhsuk-summary-list__key">{a.indicator}</dt>
                    <dd className="nhsuk-summary-list__value">
                      <strong>{a.level ? `${a.level} ${a.levelLabel}` : a.answer}</strong>
                      {a.target ? `; target ${a.target}` : ""}
                      {a.rationale ? (
                        <>
                          <br />
                          <span className="hearth-preserve-lines">{a.rationale}</span>
                        </>
                      ) : null}
                    </dd>
                  </div>
                ))}
            </dl>
          </div>
        ))}
      </section>

      <section className="hearth-report__section">
        <h2>Evidence</h2>
        {evidence.length === 0 ? (
          <p>No evidence linked.</p>
        ) : (
          <ul>
            {evidence.map((e) => (
              <li key={e.id}>
                <strong>{e.title}</strong>: {e.strengthLabel}, dated {formatDate(e.datedOn)}
                {e.expired ? ", review date passed" : ""}. Supports: {e.indicators.join("; ")}.
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="hearth-report__section">
        <h2>Actions</h2>
        {actions.length === 0 ? (
          <p>No open actions.</p>
        ) : (
          <ul>
            {actions.map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> ({a.statusLabel.toLowerCase()}
                {a.ownerName ? `, ${a.ownerName}` : ""}
                {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ""}
                {a.overdue ? ", overdue" : ""}){a.indicator ? `: ${a.indicator}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="hearth-report__section">
        <h2>Sources</h2>
        <p>The framework this assessment uses is built on these sources.</p>
        <ol>
          {sources.map((s) => (
            <li key={s.key}>
              {s.publisher} ({s.year ?? "no date"}). <i>{s.title}</i>. <span className="hearth-address">{s.url}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
