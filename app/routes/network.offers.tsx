import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate, formatDateTime } from "~/dates";
import { networkOffersPage } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Providers' offers across the region – Hearth" }];

/** For network staff: every provider's offer by name, and which services reach which boroughs, gaps included. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return networkOffersPage(context, user);
}

/** Gaps up to this many are listed in full; longer lists open on request. */
const SHORT_LIST = 8;

export default function NetworkOffers() {
  const { providers, services, boroughs } = useLoaderData<typeof loader>();
  const published = providers.filter((p) => p.publishedVersion !== null).length;
  return (
    <>
      <h1>Providers&apos; offers across the region</h1>
      <p className="nhsuk-lede-text">
        {published} of {providers.length} housing providers have published an offer. The spread below counts published offers only.
      </p>
      <p>
        <Link to="/network/benchmark">Providers&apos; benchmark positions</Link>
      </p>

      <h2 id="spread">Services by borough</h2>
      <p>How many boroughs each service reaches, and where no provider offers it.</p>
      <ScrollingTable label="Services by borough">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Services by borough</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Service</th>
              <th scope="col" className="nhsuk-table__header">Boroughs reached</th>
              <th scope="col" className="nhsuk-table__header">Gaps: boroughs with no provider</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {services.map((s) => (
              <tr className="nhsuk-table__row" key={s.key}>
                <th scope="row" className="nhsuk-table__header">
                  <Link to={`/directory?service=${s.key}`}>{s.name}</Link>
                </th>
                <td className="nhsuk-table__cell">
                  {s.covered === 0 ? "None" : `${s.covered} of ${boroughs.length}: ${s.perBorough.filter((b) => b.providers > 0).map((b) => b.name).join(", ")}`}
                </td>
                <td className="nhsuk-table__cell">
                  {s.gaps.length === 0 ? (
                    "None: every borough is reached"
                  ) : s.gaps.length <= SHORT_LIST ? (
                    s.gaps.join(", ")
                  ) : (
                    <details className="nhsuk-details hearth-details-compact">
                      <summary className="nhsuk-details__summary">
                        <span className="nhsuk-details__summary-text">
                          {s.gaps.length === boroughs.length ? "Every borough" : `${s.gaps.length} boroughs`}
                          <span className="nhsuk-u-visually-hidden"> with no {s.name.toLowerCase()}</span>
                        </span>
                      </summary>
                      <div className="nhsuk-details__text">{s.gaps.join(", ")}</div>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>

      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">Number of providers for each service in each borough</span>
        </summary>
        <div className="nhsuk-details__text">
          <ScrollingTable label="Providers for each service in each borough">
            <table className="nhsuk-table hearth-spread">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Providers for each service in each borough</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Borough</th>
                  {services.map((s) => (
                    <th scope="col" className="nhsuk-table__header" key={s.key}>
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {boroughs.map((b, i) => (
                  <tr className="nhsuk-table__row" key={b.key}>
                    <th scope="row" className="nhsuk-table__header">{b.name}</th>
                    {services.map((s) => {
                      const n = s.perBorough[i]!.providers;
                      return (
                        <td className={`nhsuk-table__cell${n === 0 ? " hearth-spread__gap" : ""}`} key={s.key}>
                          {n === 0 ? "None" : n}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        </div>
      </details>

      <h2 id="providers">Every provider&apos;s offer</h2>
      <ScrollingTable label="Housing providers and their offers">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Housing providers and their offers</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Provider</th>
              <th scope="col" className="nhsuk-table__header">Published</th>
              <th scope="col" className="nhsuk-table__header">Services</th>
              <th scope="col" className="nhsuk-table__header">Last reviewed</th>
              <th scope="col" className="nhsuk-table__header">Draft in progress</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {providers.map((p) => (
              <tr className="nhsuk-table__row" key={p.id}>
                <th scope="row" className="nhsuk-table__header">
                  {p.publishedVersion !== null ? <Link to={`/offers/${p.id}`}>{p.name}</Link> : <Link to={`/organisations/${p.id}`}>{p.name}</Link>}
                </th>
                <td className="nhsuk-table__cell">{p.publishedAt ? `Version ${p.publishedVersion}, ${formatDateTime(p.publishedAt)}` : "Not published"}</td>
                <td className="nhsuk-table__cell">{p.publishedVersion !== null ? p.services : "–"}</td>
                <td className="nhsuk-table__cell">
                  {p.lastReviewedOn ? formatDate(p.lastReviewedOn) : "–"}
                  {p.reviewOverdue ? (
                    <>
                      {" "}
                      <strong className="nhsuk-tag nhsuk-tag--orange">Over a year ago</strong>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">{p.draftUpdatedAt ? `Saved ${formatDateTime(p.draftUpdatedAt)}` : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
    </>
  );
}
