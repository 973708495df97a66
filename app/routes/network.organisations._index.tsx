import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { Pagination } from "~/components/pagination";
import { ScrollingTable } from "~/components/scrolling-table";
import { organisationsPage } from "~/organisations.server";

export const meta: MetaFunction = () => [{ title: "Organisations – Hearth" }];

/** Network staff: the region's partnerships and housing providers, a page at a time. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const search = new URL(request.url).searchParams;
  return { ...(await organisationsPage(context, user, search)), just: search.get("just") === "added" ? ("added" as const) : search.get("just") === "merged" ? ("merged" as const) : null };
}

const FILTERS = [
  { kind: null, label: "All" },
  { kind: "partnership", label: "Partnerships" },
  { kind: "provider", label: "Housing providers" },
] as const;

export default function Organisations() {
  const { organisations, total, page, pages, previous, next, kind, just } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/network">Back to your region</BackLink>
      {just ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{just === "added" ? "The organisation has been added." : "The partnerships have been merged."}</p>
        </div>
      ) : null}
      <h1>Organisations</h1>
      <p>The partnerships and housing providers of your region.</p>
      <a className="nhsuk-button" href="/network/organisations/new" role="button" draggable="false">
        Add an organisation
      </a>
      <nav aria-label="Kinds of organisation">
        <p>
          Show:{" "}
          {FILTERS.map((f, i) => (
            <span key={f.label}>
              {i > 0 ? " · " : ""}
              {f.kind === kind ? (
                <strong aria-current="page">{f.label}</strong>
              ) : (
                <Link to={f.kind ? `/network/organisations?kind=${f.kind}` : "/network/organisations"}>{f.label}</Link>
              )}
            </span>
          ))}
        </p>
      </nav>
      <p>
        {total === 0 ? "None yet." : `${total} ${total === 1 ? "organisation" : "organisations"}${pages > 1 ? `: page ${page} of ${pages}` : ""}.`}
      </p>
      {organisations.length > 0 ? (
        <ScrollingTable label="Organisations of the region">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Organisations of the region</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Organisation</th>
                <th scope="col" className="nhsuk-table__header">Kind</th>
                <th scope="col" className="nhsuk-table__header">Boroughs</th>
                <th scope="col" className="nhsuk-table__header">People</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {organisations.map((o) => (
                <tr className="nhsuk-table__row" key={o.id}>
                  <th scope="row" className="nhsuk-table__header">
                    <Link to={`/network/organisations/${o.id}`}>{o.name}</Link>
                    {o.mergedFrom.length > 0 ? <div className="nhsuk-body-s nhsuk-u-margin-bottom-0">Merged from {o.mergedFrom.join(", ")}</div> : null}
                  </th>
                  <td className="nhsuk-table__cell">{o.kindLabel}</td>
                  <td className="nhsuk-table__cell">{o.boroughs.length > 0 ? o.boroughs.join(", ") : "None recorded"}</td>
                  <td className="nhsuk-table__cell">{o.people}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      ) : null}
      <Pagination label="Pages of organisations" previous={previous} next={next} />
    </>
  );
}
