import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate } from "~/dates";
import { comparePage, type ServiceView } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Compare housing offers – Hearth" }];

/** Two to four published offers side by side, service by service. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return comparePage(context, user, new URL(request.url).searchParams.getAll("id"));
}

const list = (items: string[]) => (items.length ? items.join(", ") : "Not stated");
const SERVICE_ROWS: [string, (s: ServiceView) => string][] = [
  ["Boroughs", (s) => list(s.boroughs)],
  ["Who it is for", (s) => s.eligibility || "Not stated"],
  ["Groups served", (s) => list(s.clientGroups)],
  ["Capacity", (s) => s.capacity || "Not stated"],
  ["Who can refer", (s) => list(s.referralRoutes)],
  ["How to refer", (s) => s.referralDetail || "Not stated"],
  ["Target response time", (s) => s.responseTime || "Not stated"],
  ["Outcomes measured", (s) => list(s.outcomes)],
  ["How it is paid for", (s) => s.cost || "Not stated"],
  ["When it is available", (s) => s.hours || "Not stated"],
];

export default function Compare() {
  const { offers, services, tooMany, maxCompared } = useLoaderData<typeof loader>();
  const Cell = ({ children }: { children: string }) => <td className="nhsuk-table__cell hearth-preserve-lines">{children}</td>;
  return (
    <>
      <BackLink to="/directory">Back to the directory</BackLink>
      <h1>Compare housing offers</h1>
      {tooMany ? (
        <div className="nhsuk-inset-text" role="status">
          <p>You can compare up to {maxCompared} offers at once: these are the first {maxCompared} you chose.</p>
        </div>
      ) : null}
      {offers.length < 2 ? (
        <p>
          Choose two to {maxCompared} offers in the <Link to="/directory">directory</Link> to see them side by side.
        </p>
      ) : (
        <ScrollingTable label="Offers side by side">
          <table className="nhsuk-table hearth-compare">
            <caption className="nhsuk-table__caption nhsuk-table__caption--s">Offers side by side</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <td className="nhsuk-table__header" />
                {offers.map((o) => (
                  <th scope="col" className="nhsuk-table__header" key={o.organisationId}>
                    <Link to={`/offers/${o.organisationId}`}>{o.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              <tr className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">Type of organisation</th>
                {offers.map((o) => (
                  <Cell key={o.organisationId}>{o.organisationType || "Not stated"}</Cell>
                ))}
              </tr>
              <tr className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">How to reach them</th>
                {offers.map((o) => (
                  <Cell key={o.organisationId}>{o.contactRoute || "Not stated"}</Cell>
                ))}
              </tr>
              <tr className="nhsuk-table__row">
                <th scope="row" className="nhsuk-table__header">Last reviewed</th>
                {offers.map((o) => (
                  <Cell key={o.organisationId}>{`${o.lastReviewedOn ? formatDate(o.lastReviewedOn) : "Never"}${o.reviewOverdue ? " (over a year ago)" : ""}`}</Cell>
                ))}
              </tr>
            </tbody>
            {services.map((service) => (
              <tbody className="nhsuk-table__body" key={service.key}>
                <tr className="nhsuk-table__row">
                  <th scope="colgroup" colSpan={offers.length + 1} className="nhsuk-table__header hearth-compare__service">
                    {service.name}
                  </th>
                </tr>
                <tr className="nhsuk-table__row">
                  <th scope="row" className="nhsuk-table__header">Offered</th>
                  {offers.map((o) => {
                    const n = o.services.filter((s) => s.serviceKey === service.key).length;
                    return <Cell key={o.organisationId}>{n === 0 ? "Not offered" : n === 1 ? "Yes" : `Yes, ${n} services`}</Cell>;
                  })}
                </tr>
                {SERVICE_ROWS.map(([label, value]) => (
                  <tr className="nhsuk-table__row" key={label}>
                    <th scope="row" className="nhsuk-table__header">{label}</th>
                    {offers.map((o) => {
                      const theirs = o.services.filter((s) => s.serviceKey === service.key);
                      return theirs.length ? (
                        <Cell key={o.organisationId}>{theirs.map(value).join("\n\n")}</Cell>
                      ) : (
                        <td className="nhsuk-table__cell" key={o.organisationId}>
                          <span aria-hidden="true">–</span>
                          <span className="nhsuk-u-visually-hidden">Not offered</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </ScrollingTable>
      )}
    </>
  );
}
