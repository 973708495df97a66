import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { networkBenchmarkPage } from "~/benchmarks.server";
import { BackLink } from "~/components/back-link";
import { Pagination } from "~/components/pagination";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";

export const meta: MetaFunction = () => [{ title: "Providers' benchmark positions – Hearth" }];

/** Every housing provider's benchmark position in the region, by name: for network staff. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "region-benchmark", regionKey: user.organisation.regionKey }, "read");
  return networkBenchmarkPage(context, { regionKey: user.organisation.regionKey, organisationId: user.organisation.id }, new URL(request.url).searchParams);
}

const score = (value: number | null) => (value === null ? "None" : value.toFixed(1));
const rank = (value: number | null) => (value === null ? "" : ` (${value})`);

export default function NetworkBenchmark() {
  const page = useLoaderData<typeof loader>();
  const pageHref = (n: number) => `/network/benchmark?round=${page.round?.id ?? ""}&page=${n}`;
  return (
    <>
      <BackLink to="/network">Back to your region</BackLink>
      <h1>Providers&apos; benchmark positions</h1>
      <p className="nhsuk-lede-text">Every housing provider&apos;s ratings of its offer in a closed round, by name, with its percentile rank among the other providers in the round&apos;s benchmark.</p>
      <p>
        Providers see only their own position against anonymous figures, never this table. The providers in a round&apos;s benchmark were fixed when it closed: those that had submitted their ratings and had not opted out.
      </p>
      {page.round === null ? (
        <p>No round of provider ratings has closed yet.</p>
      ) : (
        <>
          <Form method="get" className="hearth-filters">
            <div className="hearth-filters__fields">
              <SelectField name="round" label="Round" options={page.rounds} defaultValue={page.round.id} />
            </div>
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Show
            </button>
          </Form>
          <h2>
            {page.round.name}: {page.round.inBenchmark} of {page.round.providers} providers in the benchmark
          </h2>
          <p>
            {page.round.frameworkTitle}, version {page.round.frameworkVersion}. Scores are means of levels from 1 to 5; the percentile rank (in brackets) is the share of the other providers in the benchmark scoring below,
            counting ties as half.
          </p>
          <ScrollingTable label="The benchmark's quartiles">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">The benchmark&apos;s quartiles</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Score</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Lower quartile</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Median</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Upper quartile</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Providers</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {page.summary.map((s) => (
                  <tr className="nhsuk-table__row" key={s.key}>
                    <th scope="row" className="nhsuk-table__header">{s.title}</th>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score(s.quartiles?.lower ?? null)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score(s.quartiles?.median ?? null)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score(s.quartiles?.upper ?? null)}</td>
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{s.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>

          <ScrollingTable label="Each provider's position">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-table__caption--s">
                Each provider&apos;s position ({page.page.from} to {page.page.to} of {page.page.total})
              </caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Provider</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Overall score (rank)</th>
                  {page.domains.map((d) => (
                    <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric" key={d.key}>
                      {d.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {page.providers.map((p) => (
                  <tr className="nhsuk-table__row" key={p.id}>
                    <th scope="row" className="nhsuk-table__header">
                      <Link to={`/organisations/${p.id}`}>{p.name}</Link>
                      {p.inBenchmark ? null : (
                        <>
                          <br />
                          <span className="nhsuk-body-s">{p.status}</span>
                        </>
                      )}
                    </th>
                    {p.inBenchmark ? (
                      <>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">
                          {score(p.overall)}
                          {rank(p.rank)}
                        </td>
                        {p.domains.map((d) => (
                          <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={d.key}>
                            {score(d.score)}
                            {rank(d.rank)}
                          </td>
                        ))}
                      </>
                    ) : (
                      <td className="nhsuk-table__cell" colSpan={1 + page.domains.length}>
                        Not compared
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
          <Pagination
            label="Pages of providers"
            previous={page.page.number > 1 ? { href: pageHref(page.page.number - 1), title: `Page ${page.page.number - 1} of ${page.page.of}` } : null}
            next={page.page.number < page.page.of ? { href: pageHref(page.page.number + 1), title: `Page ${page.page.number + 1} of ${page.page.of}` } : null}
          />
        </>
      )}
    </>
  );
}
