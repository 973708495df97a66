import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/access";
import { requireOrganisationRecords } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { formatDate } from "~/dates";
import { actionsListPage } from "~/evidence.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Actions: ${data.organisation.name} – Hearth` : "Actions – Hearth" }];

/** An organisation's improvement actions, open ones first, overdue ones marked. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const organisation = await requireOrganisationRecords(context, user, params.organisationId ?? "");
  return {
    organisation: { id: organisation.id, name: organisation.name },
    own: organisation.id === user.organisation.id,
    mayAdd: organisation.id === user.organisation.id && can(user, { type: "action", organisation }, "edit"),
    ...(await actionsListPage(context, organisation, new URL(request.url).searchParams)),
  };
}

export default function ActionsList() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to={page.own ? "/" : `/organisations/${page.organisation.id}`}>Back</BackLink>
      <span className="nhsuk-caption-l">{page.organisation.name}</span>
      <h1>Actions</h1>
      <p>
        The improvement plan: what will be done, by whom and when. {page.overdue > 0 ? `${page.overdue} open ${page.overdue === 1 ? "action is" : "actions are"} overdue.` : null}
      </p>
      {page.mayAdd ? (
        <p>
          <Link className="nhsuk-button nhsuk-button--secondary" to="/actions/new">
            Add an action
          </Link>
        </p>
      ) : null}
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <SelectField
            name="status"
            label="Status"
            emptyLabel="All"
            defaultValue={page.status}
            options={[
              { value: "open", label: "Open" },
              { value: "in_progress", label: "In progress" },
              { value: "done", label: "Done" },
              { value: "dropped", label: "Dropped" },
            ]}
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show actions
        </button>
      </Form>
      {page.actions.length === 0 ? (
        <p>No actions{page.status ? " with this status" : " yet"}.</p>
      ) : (
        <ScrollingTable label="Actions">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Actions</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Action</th>
                <th scope="col" className="nhsuk-table__header">Owner</th>
                <th scope="col" className="nhsuk-table__header">Due</th>
                <th scope="col" className="nhsuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {page.actions.map((a) => (
                <tr className="nhsuk-table__row" key={a.id}>
                  <td className="nhsuk-table__cell">
                    <Link to={`/actions/${a.id}`}>{a.title}</Link>
                    {a.indicator ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s">{a.indicator}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">{a.ownerName || "Not recorded"}</td>
                  <td className="nhsuk-table__cell">
                    {a.dueOn ? formatDate(a.dueOn) : "No date"}
                    {a.overdue ? (
                      <>
                        {" "}
                        <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">{a.statusLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </>
  );
}
