import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { Pagination } from "~/components/pagination";
import { ScrollingTable } from "~/components/scrolling-table";
import { TextField } from "~/components/text-field";
import { regionPeoplePage } from "~/people.server";

export const meta: MetaFunction = () => [{ title: "People in your region – Hearth" }];

/** For network staff: everyone with access to an organisation of the region, a page at a time, found by name or email. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return regionPeoplePage(context, user, new URL(request.url).searchParams);
}

export default function RegionPeople() {
  const page = useLoaderData<typeof loader>();
  const at = (n: number) => `?${new URLSearchParams({ ...(page.q ? { q: page.q } : {}), page: String(n) }).toString()}`;
  return (
    <>
      <h1>People in your region</h1>
      <p>To invite someone, change a role, remove access or issue a password-reset link, open their organisation&apos;s people.</p>
      <Form method="get" className="hearth-filters" role="search">
        <TextField name="q" label="Name or email address" defaultValue={page.q} widthClass="nhsuk-input--width-20" />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Search
        </button>
      </Form>
      <p role="status">
        {page.total === 0 ? "Nobody matches." : `${page.total} ${page.total === 1 ? "person" : "people"}${page.q ? ` matching “${page.q}”` : ""}; page ${page.page} of ${page.pages}.`}
      </p>
      {page.people.length > 0 ? (
        <ScrollingTable label="People in your region">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">People in your region, page {page.page}</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Name</th>
                <th scope="col" className="nhsuk-table__header">Organisations and roles</th>
                <th scope="col" className="nhsuk-table__header">Account</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {page.people.map((p) => (
                <tr className="nhsuk-table__row" key={p.id}>
                  <th scope="row" className="nhsuk-table__header">
                    {p.name}
                    <br />
                    <span className="nhsuk-body-s hearth-address">{p.email}</span>
                  </th>
                  <td className="nhsuk-table__cell">
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {p.memberships.map((m) => (
                        <li key={m.organisationId}>
                          <Link to={`/organisations/${m.organisationId}/people`}>{m.organisationName}</Link>: {m.roleLabel}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="nhsuk-table__cell">{p.joined ? "Joined" : "Invited, not yet joined"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      ) : null}
      <Pagination
        label="Pages of people"
        previous={page.page > 1 ? { href: at(page.page - 1), title: `Page ${page.page - 1} of ${page.pages}` } : null}
        next={page.page < page.pages ? { href: at(page.page + 1), title: `Page ${page.page + 1} of ${page.pages}` } : null}
      />
    </>
  );
}
