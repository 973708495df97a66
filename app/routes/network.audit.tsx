import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { auditLogPage } from "~/audit.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary } from "~/components/error-summary";
import { Pagination } from "~/components/pagination";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { formatDateTime } from "~/dates";

export const meta: MetaFunction = () => [{ title: "Audit log – Hearth" }];

/**
 * Everything recorded about the region's organisations and the network's own administration, newest first, a page at
 * a time; narrowed by action, organisation, person and dates, and downloadable under the same filters.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  return auditLogPage(context, user, new URL(request.url).searchParams);
}

export default function AuditLog() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/network">Back to your region</BackLink>
      <ErrorSummary errors={page.errors} order={["from", "to"]} />
      <h1>Audit log</h1>
      <p>Every change recorded in your region&apos;s organisations, and your network&apos;s own administration, newest first.</p>
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <SelectField name="action" label="Action" options={page.options.actions} emptyLabel="Any action" defaultValue={page.values.action} />
          <SelectField name="organisation" label="Organisation" options={page.options.organisations} emptyLabel="Any organisation" defaultValue={page.values.organisation} />
          <SelectField name="person" label="Person" options={page.options.people} emptyLabel="Anyone" defaultValue={page.values.person} />
          <TextField name="from" type="date" label="From" hint="For example, 2026-11-01" error={page.errors.from} defaultValue={page.values.from} />
          <TextField name="to" type="date" label="To" hint="For example, 2026-11-30" error={page.errors.to} defaultValue={page.values.to} />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show events
        </button>
      </Form>
      <p role="status">
        {page.total === 0 ? "No events match." : `${page.total.toLocaleString("en-GB")} ${page.total === 1 ? "event" : "events"}${page.pages > 1 ? `, page ${page.page} of ${page.pages}` : ""}.`}
      </p>
      <p>
        Download these events: <a href={page.downloads.csv}>CSV file</a> · <a href={page.downloads.xlsx}>Excel workbook</a>
      </p>
      {page.events.length > 0 ? (
        <ScrollingTable label="Audit events, newest first">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit events, newest first</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  When
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Who
                </th>
                <th scope="col" className="nhsuk-table__header">
                  What
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {page.events.map((e) => (
                <tr className="nhsuk-table__row" key={e.id}>
                  <td className="nhsuk-table__cell">{formatDateTime(e.occurredAt)}</td>
                  <td className="nhsuk-table__cell">
                    {e.actorName}
                    <br />
                    <span className="nhsuk-body-s">{e.organisationName}</span>
                  </td>
                  <td className="nhsuk-table__cell">
                    <strong>{e.action}</strong>{" "}
                    {e.subject.href ? (
                      <Link to={e.subject.href} className="nhsuk-body-s">
                        ({e.subject.type})
                      </Link>
                    ) : (
                      <span className="nhsuk-body-s">({e.subject.type})</span>
                    )}
                    {e.changes.length > 0 ? (
                      <details className="nhsuk-details nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2">
                        <summary className="nhsuk-details__summary">
                          <span className="nhsuk-details__summary-text">
                            {e.changes.length} {e.changes.length === 1 ? "field" : "fields"}
                          </span>
                        </summary>
                        <div className="nhsuk-details__text">
                          <dl className="hearth-audit-changes">
                            {e.changes.map((c) => (
                              <div key={c.field}>
                                <dt>{c.field}</dt>
                                <dd>
                                  {c.before ? <span>was {c.before}</span> : null}
                                  {c.before && c.after ? "; " : null}
                                  {c.after ? <span>now {c.after}</span> : null}
                                </dd>
                              </div>
                            ))}
                          </dl>
                        </div>
                      </details>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      ) : null}
      <Pagination label="Pages of the audit log" previous={page.previous} next={page.next} />
    </>
  );
}
