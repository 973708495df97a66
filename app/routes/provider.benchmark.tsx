import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { PeerFigure } from "../../assessment/benchmark";
import { can } from "~/auth/access";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { auditActor } from "~/assessments.server";
import { providerBenchmarkPage, requireBenchmark, type FigureRow } from "~/benchmarks.server";
import { BackLink } from "~/components/back-link";
import { ChartFigure } from "~/components/chart-figure";
import { CheckboxGroup, RadioGroup } from "~/components/choice-fields";
import { ErrorSummary } from "~/components/error-summary";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { formatDate } from "~/dates";
import { participationSchema } from "~/forms/benchmark-schema";
import { parseForm } from "~/forms/validation";
import type { PageHandle } from "~/page-kind";
import { setBenchmarkParticipation } from "../../db/benchmark";

export const handle: PageHandle = { pageKind: "chart" };
export const meta: MetaFunction = () => [{ title: "Benchmark – Hearth" }];

/**
 * A provider's benchmark: its ratings in a closed round against other providers, who are never named, narrowed by
 * ICS area, size band and organisation type; its position across rounds; and whether it takes part.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const organisation = await requireBenchmark(context, user, "read");
  const search = new URL(request.url).searchParams;
  return {
    ...(await providerBenchmarkPage(context, organisation, search)),
    mayChangeParticipation: can(user, { type: "benchmark", organisation: { id: organisation.id, kind: organisation.kind, regionKey: organisation.regionKey } }, "edit"),
    saved: search.get("saved") === "participation",
  };
}

/** Taking part, or opting out: the provider's editors. Takes effect for rounds that close afterwards. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const organisation = await requireBenchmark(context, user, "edit");
  const parsed = parseForm(participationSchema, await request.formData());
  if (!parsed.ok) return data({ errors: parsed.errors }, { status: 400 });
  await setBenchmarkParticipation(context.db, { organisationId: organisation.id, takePart: parsed.data.participation === "in", actor: auditActor(user) });
  return redirect("/provider/benchmark?saved=participation#taking-part");
}

const number = (value: number) => value.toFixed(1);
const score = (value: number | null) => (value === null ? "None" : value.toFixed(1));

/** The cells of one row's figures: hidden figures say so, and nothing else about them. */
function FigureCells({ figure, own, format }: { figure: PeerFigure; own: number | null; format: (v: number | null) => string }) {
  if (!figure.shown) {
    return (
      <>
        <td className="nhsuk-table__cell">{format(own)}</td>
        <td className="nhsuk-table__cell" colSpan={5}>
          Too few to compare
        </td>
      </>
    );
  }
  const q = figure.quartiles;
  return (
    <>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{format(own)}</td>
      {q ? (
        <>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{number(q.lower)}</td>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{number(q.median)}</td>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{number(q.upper)}</td>
        </>
      ) : (
        <td className="nhsuk-table__cell" colSpan={3}>
          Needs 8 providers
        </td>
      )}
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{figure.percentileRank === null ? "None" : figure.percentileRank}</td>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{figure.peerCount}</td>
    </>
  );
}

function FiguresTable({ caption, first, rows, format }: { caption: string; first: string; rows: FigureRow[]; format: (v: number | null) => string }) {
  return (
    <ScrollingTable label={caption}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">{first}</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Yours</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Lower quartile</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Median</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Upper quartile</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Your percentile rank</th>
            <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Other providers</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((r) => (
            <tr className="nhsuk-table__row" key={r.key}>
              <th scope="row" className="nhsuk-table__header">{r.title}</th>
              <FigureCells figure={r.figure} own={r.own} format={format} />
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}

export default function ProviderBenchmark() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const c = page.comparison;
  const level = (v: number | null) => (v === null ? "None" : String(v));
  return (
    <>
      <BackLink to="/provider">Back to your organisation</BackLink>
      <ErrorSummary errors={errors} order={["participation"]} />
      <span className="nhsuk-caption-l">{page.organisation.name}</span>
      <h1>Benchmark</h1>
      <p className="nhsuk-lede-text">How your ratings of your offer&apos;s maturity compare with other housing providers in your region. Other providers are never named.</p>

      {page.round === null ? (
        <p>No round has closed yet. Figures appear here once a round of ratings closes.</p>
      ) : (
        <Form method="get" className="hearth-filters">
          <div className="hearth-filters__fields">
            <SelectField name="round" label="Round" options={page.rounds} defaultValue={page.round.id} />
            {c ? <SelectField name="ics" label="ICS area" options={c.options.ics} emptyLabel="All of the region" defaultValue={c.choice.ics} /> : null}
          </div>
          {c && (c.options.sizeBand || c.options.organisationType) ? (
            <CheckboxGroup
              name="narrow"
              legend="Only providers like yours"
              small
              options={[
                ...(c.options.sizeBand ? [{ value: "size", label: `Of your size band: ${c.options.sizeBand}` }] : []),
                ...(c.options.organisationType ? [{ value: "type", label: `Of your type: ${c.options.organisationType}` }] : []),
              ]}
              defaultValues={c.choice.narrow}
            />
          ) : null}
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Compare
          </button>
        </Form>
      )}

      {page.round && !page.round.inBenchmark ? (
        <div className="nhsuk-inset-text">
          <p>{page.round.whyNot}</p>
        </div>
      ) : null}

      {c && page.round ? (
        <>
          <h2>
            {page.round.name}, against {c.description}
          </h2>
          <div className="nhsuk-inset-text">
            <h3 className="nhsuk-heading-s">How these figures are worked out</h3>
            <ul className="nhsuk-body-s">
              <li>Only rounds that have closed are compared, with the providers that had submitted their ratings and not opted out when the round closed. Nothing that happens later changes a closed round&apos;s figures.</li>
              <li>Your own answers are never part of the figures you compare with.</li>
              <li>
                A figure needs at least {page.thresholds.figures} other providers with a score; the median and quartiles need {page.thresholds.quartiles}. Otherwise it says &quot;Too few to compare&quot;.
              </li>
              <li>
                A group is also hidden when comparing it with the other groups on offer (a wider one, say) would describe fewer than {page.thresholds.figures} providers, so that no one provider&apos;s ratings can be
                worked out by comparing groups.
              </li>
              <li>Percentile rank: the share of the other providers scoring below you, counting ties as half (0 to 100). Quartiles as Excel&apos;s QUARTILE.INC. Domain and overall scores are means of levels, as in your results.</li>
            </ul>
          </div>
          {c.withheldForDifference ? (
            <p>Some figures for this group are not shown: compared with the figures of another group on offer, they would describe only a few providers, whose ratings could then be worked out.</p>
          ) : null}

          <ChartFigure
            id={c.chart.id}
            title={c.chart.title}
            summary={c.chart.summary}
            svg={c.chart.svg}
            legend={c.chart.legend}
            table={<FiguresTable caption="Your scores against other providers, as a table" first="Score" rows={[c.overall, ...c.domains]} format={score} />}
          />

          {c.domains.map((d) => {
            const chart = c.domainCharts.find((x) => x.domainKey === d.domainKey)!;
            return (
              <ChartFigure
                key={d.domainKey}
                id={chart.id}
                title={chart.title}
                summary={chart.summary}
                svg={chart.svg}
                legend={chart.legend}
                table={<FiguresTable caption={`${d.title}: your levels against other providers, as a table`} first="Indicator" rows={d.indicators} format={level} />}
              />
            );
          })}
        </>
      ) : null}

      {page.history.length > 0 ? (
        <>
          <h2>Your position across rounds</h2>
          <p>Your overall score in each closed round against all the other providers in that round&apos;s benchmark.</p>
          <ScrollingTable label="Your position across rounds">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Your position across rounds</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Round</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Your overall score</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Median of the others</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Your percentile rank</th>
                  <th scope="col" className="nhsuk-table__header nhsuk-table__header--numeric">Other providers</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {page.history.map((h) => (
                  <tr className="nhsuk-table__row" key={h.roundId}>
                    <th scope="row" className="nhsuk-table__header">{h.roundName}</th>
                    {h.figure === null ? (
                      <td className="nhsuk-table__cell" colSpan={4}>
                        Not in this round&apos;s benchmark
                      </td>
                    ) : !h.figure.shown ? (
                      <>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score(h.own)}</td>
                        <td className="nhsuk-table__cell" colSpan={3}>
                          Too few to compare
                        </td>
                      </>
                    ) : (
                      <>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{score(h.own)}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{h.figure.quartiles ? number(h.figure.quartiles.median) : "Needs 8 providers"}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{h.figure.percentileRank ?? "None"}</td>
                        <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{h.figure.peerCount}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        </>
      ) : null}

      <h2 id="taking-part">Taking part in the benchmark</h2>
      {page.saved ? (
        <div className="nhsuk-inset-text" role="status">
          <p>Your choice has been saved.</p>
        </div>
      ) : null}
      <p>
        {page.organisation.optedOutAt
          ? `Your organisation opted out of the benchmark on ${formatDate(page.organisation.optedOutAt)}.`
          : "Your organisation takes part in the benchmark: other providers compare with its ratings, never with its name."}
      </p>
      <p>
        A change takes effect for rounds that close afterwards. Rounds already closed keep the providers they had, so their figures do not change. A provider that opts out is left out of other providers&apos; figures, and does not see
        the figures of rounds that close while it is out.
      </p>
      {page.mayChangeParticipation ? (
        <Form method="post" action="/provider/benchmark">
          <RadioGroup
            name="participation"
            legend="Should your organisation take part?"
            small
            error={errors.participation}
            options={[
              { value: "in", label: "Take part in the benchmark" },
              { value: "out", label: "Opt out of the benchmark" },
            ]}
            defaultValue={page.organisation.optedOutAt ? "out" : "in"}
          />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Save
          </button>
        </Form>
      ) : (
        <p>Your organisation&apos;s editors can change this.</p>
      )}
      <p>
        <Link to="/provider">Back to your organisation</Link>
      </p>
    </>
  );
}
