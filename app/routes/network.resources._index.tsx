import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { Pagination } from "~/components/pagination";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { staffLibraryPage } from "~/resource-library.server";

export const meta: MetaFunction = () => [{ title: "Keep the resource library – Hearth" }];

/** Network staff's view of the library: every resource, current or retired, a page at a time; add, change or retire one. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "resource-library" }, "administer");
  const url = new URL(request.url);
  return { ...(await staffLibraryPage(context, url.searchParams)), just: url.searchParams.get("just") };
}

const JUST: Record<string, string> = {
  added: "Resource added to the library.",
  saved: "Resource saved.",
};

export default function StaffLibrary() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/network">Back to your region</BackLink>
      {page.just && JUST[page.just] ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{JUST[page.just]}</p>
        </div>
      ) : null}
      <h1>Keep the resource library</h1>
      <p>
        What everyone sees in the <Link to="/resources">resource library</Link>, and what is suggested to partnerships with gaps. A resource you retire
        stays listed here so you can bring it back.
      </p>
      <p>
        <Link className="nhsuk-button" to="/network/resources/new">
          Add a resource
        </Link>
      </p>
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <TextField name="q" label="Words in the title, publisher or summary" defaultValue={page.filters.q} widthClass="nhsuk-input--width-20" />
          <SelectField
            name="status"
            label="Show"
            options={[
              { value: "current", label: "Current resources" },
              { value: "retired", label: "Retired resources" },
              { value: "all", label: "All resources" },
            ]}
            defaultValue={page.filters.status}
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show resources
        </button>
      </Form>
      <p role="status">
        {page.total === 0 ? "No resources match." : `${page.total} ${page.total === 1 ? "resource" : "resources"}${page.pages > 1 ? `, page ${page.page} of ${page.pages}` : ""}.`}
      </p>
      {page.items.length > 0 ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Resources in the library</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Resource
              </th>
              <th scope="col" className="nhsuk-table__header">
                Kind
              </th>
              <th scope="col" className="nhsuk-table__header">
                State
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {page.items.map((r) => (
              <tr className="nhsuk-table__row" key={r.id}>
                <td className="nhsuk-table__cell">
                  <Link to={`/network/resources/${r.id}`}>{r.title}</Link>
                  <br />
                  <span className="nhsuk-body-s">
                    {r.publisher}
                    {r.year ? `, ${r.year}` : ""}
                  </span>
                </td>
                <td className="nhsuk-table__cell">{r.kind}</td>
                <td className="nhsuk-table__cell">
                  {r.retired ? <strong className="nhsuk-tag nhsuk-tag--grey">Retired</strong> : "Current"}
                  <br />
                  <span className="nhsuk-body-s">{r.seeded ? (r.editedByStaff ? "Starting content, changed by staff" : "Starting content") : "Added by staff"}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <Pagination label="Pages of resources" previous={page.previous} next={page.next} />
    </>
  );
}
