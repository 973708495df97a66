import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { MATURITY_SCALE } from "../../assessment/browser";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { ChartFigure } from "~/components/chart-figure";
import { CheckboxGroup } from "~/components/choice-fields";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { StatusTag } from "~/components/status-tag";
import { formatDate } from "~/dates";
import type { PageHandle } from "~/page-kind";
import { regionalOverview } from "~/overview.server";

export const handle: PageHandle = { pageKind: "chart" };
export const meta: MetaFunction = () => [{ title: "Regional overview – Hearth" }];

/** For network staff: every partnership's domain scores in a round as a heatmap, with completion, status, evidence and the region's trend. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return regionalOverview(context, user, new URL(request.url).searchParams);
}

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const score = (value: number | null) => (value === null ? null : value.toFixed(1));

export default function Overview() {
  const page = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const exportQuery = (format: string) => {
    const params = new URLSearchParams(search);
    params.set("round", page.filters.round);
    params.set("format", format);
    return `/network/overview/export?${params.toString()}`;
  };
  return (
    <>
      <h1>Regional overview</h1>
      <p className="nhsuk-lede-text">Where each partnership stands, domain by domain, and how the region is moving.</p>
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <SelectField name="round" label="Round" options={page.rounds} defaultValue={page.filters.round} />
          <SelectField name="aim" label="MoU aim" options={page.options.aims} emptyLabel="Any" defaultValue={page.filters.aim} />
          <SelectField name="area" label="King's Fund report area" options={page.options.areas} emptyLabel="Any" defaultValue={page.filters.area} />
          <SelectField name="london" label="London strategy aim" options={page.options.london} emptyLabel="Any" defaultValue={page.filters.london} />
          <SelectField name="theme" label="Network theme" options={page.options.themes} emptyLabel="Any" defaultValue={page.filters.theme} />
        </div>
        <CheckboxGroup name="ics" legend="Integrated care systems" hint="Leave all unticked for every one." options={page.options.partnerships} defaultValues={page.filters.ics} small columns />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show the overview
        </button>
      </Form>

      {!page.round ? (
        <p>No round has been opened for partnerships yet.</p>
      ) : (
        <>
          <p role="status">
            {page.round.name}, {page.framework!.title} version {page.framework!.version}
            {page.round.status === "open" ? `, due ${formatDate(page.round.dueOn)}` : ", closed"}. {page.rows.length} {page.rows.length === 1 ? "partnership" : "partnerships"}
            {page.narrowed ? `; scores count only the indicators for ${page.filterWords.join("; ")}` : ""}.
          </p>
          <p>
            Download this overview: <a href={exportQuery("csv")} download>CSV</a> · <a href={exportQuery("xlsx")} download>Excel</a>
          </p>

          <h2 id="status">Completion and submission</h2>
          <ScrollingTable label="Completion and submission by partnership">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Completion and submission by partnership, {page.round.name}</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Partnership</th>
                  <th scope="col" className="nhsuk-table__header">Status</th>
                  <th scope="col" className="nhsuk-table__header">Answered</th>
                  <th scope="col" className="nhsuk-table__header">Ratings backed by current evidence</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {page.rows.map((r) => (
                  <tr className="nhsuk-table__row" key={r.organisationId}>
                    <th scope="row" className="nhsuk-table__header">
                      {r.assessmentId ? <Link to={`/assessments/${r.assessmentId}`}>{r.name}</Link> : r.name}
                    </th>
                    <td className="nhsuk-table__cell">
                      <StatusTag status={r.status} label={r.label} />
                      {r.submittedAt ? <span className="nhsuk-body-s"> {formatDate(r.submittedAt)}</span> : null}
                    </td>
                    <td className="nhsuk-table__cell">
                      {r.answered} of {r.total}
                    </td>
                    <td className="nhsuk-table__cell">{percent(r.evidenceCoverage)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>

          <h2 id="heatmap">Domain scores</h2>
          <p>
            Each cell is the partnership&apos;s score for the domain, from 1 (not yet evident) to 5 (embedded): the mean of its levels. Select a score to see
            the answers and evidence behind it.
          </p>
          <ul className="hearth-heatmap__key" aria-label="Key to the colours">
            {MATURITY_SCALE.map((s) => (
              <li key={s.level}>
                <span className={`hearth-band hearth-band--${s.level}`} aria-hidden="true" /> {s.level} {s.label}
              </li>
            ))}
          </ul>
          {page.domains.length === 0 ? (
            <p>No indicator of this round&apos;s framework matches these filters.</p>
          ) : (
            <ScrollingTable label="Domain scores by partnership">
              <table className="nhsuk-table hearth-heatmap">
                <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Domain scores by partnership, {page.round.name}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">Partnership</th>
                    <th scope="col" className="nhsuk-table__header hearth-heatmap__domain">
                      <span>Overall</span>
                    </th>
                    {page.domains.map((d) => (
                      <th scope="col" className="nhsuk-table__header hearth-heatmap__domain" key={d.key}>
                        <span>{d.title}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {page.rows.map((r) => (
                    <tr className="nhsuk-table__row" key={r.organisationId}>
                      <th scope="row" className="nhsuk-table__header">
                        {r.assessmentId ? <Link to={`/assessments/${r.assessmentId}/results`}>{r.name}</Link> : <Link to={`/organisations/${r.organisationId}`}>{r.name}</Link>}
                      </th>
                      <td className={`nhsuk-table__cell hearth-band--${r.overallBand ?? "none"}`}>{score(r.overall) ?? "–"}</td>
                      {r.cells.map((c, i) => (
                        <td className={`nhsuk-table__cell hearth-band--${c.band ?? "none"}`} key={c.domainKey}>
                          {c.score !== null && r.assessmentId ? (
                            <Link to={`/assessments/${r.assessmentId}/domains/${c.domainKey}`}>
                              {score(c.score)}
                              <span className="nhsuk-u-visually-hidden">: {r.name}&apos;s answers and evidence for {page.domains[i]!.title}</span>
                            </Link>
                          ) : (
                            <>
                              <span aria-hidden="true">–</span>
                              <span className="nhsuk-u-visually-hidden">No score</span>
                            </>
                          )}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="nhsuk-table__row">
                    <th scope="row" className="nhsuk-table__header">
                      Regional median
                    </th>
                    <td className="nhsuk-table__cell">
                      <strong>{score(page.overallMedian) ?? "–"}</strong>
                    </td>
                    {page.domains.map((d) => (
                      <td className="nhsuk-table__cell" key={d.key}>
                        <strong>{score(d.median) ?? "–"}</strong>
                      </td>
                    ))}
                  </tr>
                </tfoot>
              </table>
            </ScrollingTable>
          )}

          <ChartFigure
            id="regional-trend"
            title={page.chart.title}
            summary={page.chart.summary}
            svg={page.chart.svg}
            legend={page.chart.legend}
            table={
              <ScrollingTable label="Regional median by round">
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption nhsuk-table__caption--s">Regional median by round</caption>
                  <thead className="nhsuk-table__head">
                    <tr className="nhsuk-table__row">
                      <th scope="col" className="nhsuk-table__header">Round</th>
                      <th scope="col" className="nhsuk-table__header">Partnerships scored</th>
                      <th scope="col" className="nhsuk-table__header">Median overall score</th>
                      {page.domains.map((d) => (
                        <th scope="col" className="nhsuk-table__header" key={d.key}>
                          {d.title}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {page.trend.map((t) => (
                      <tr className="nhsuk-table__row" key={t.roundId}>
                        <th scope="row" className="nhsuk-table__header">{t.name}</th>
                        <td className="nhsuk-table__cell">{t.scored}</td>
                        <td className="nhsuk-table__cell">{score(t.overallMedian) ?? "–"}</td>
                        {t.domainMedians.map((m) => (
                          <td className="nhsuk-table__cell" key={m.key}>
                            {score(m.median) ?? "–"}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollingTable>
            }
          />
        </>
      )}
    </>
  );
}
