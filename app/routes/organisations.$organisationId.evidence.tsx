import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireOrganisationRecords } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { EvidenceLine } from "~/components/indicator-records";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { evidenceRegisterPage } from "~/evidence.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Evidence register: ${data.organisation.name} – Hearth` : "Evidence register – Hearth" }];

/** An organisation's evidence register: everything it holds, what each piece supports, filterable. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const organisation = await requireOrganisationRecords(context, user, params.organisationId ?? "");
  return {
    organisation: { id: organisation.id, name: organisation.name },
    own: organisation.id === user.organisation.id,
    ...(await evidenceRegisterPage(context, organisation, new URL(request.url).searchParams)),
  };
}

export default function EvidenceRegister() {
  const page = useLoaderData<typeof loader>();
  const query = (p: number) => {
    const params = new URLSearchParams(Object.entries(page.filters).filter(([, v]) => v));
    if (p > 1) params.set("page", String(p));
    return `?${params.toString()}`;
  };
  return (
    <>
      <BackLink to={page.own ? "/" : `/organisations/${page.organisation.id}`}>Back</BackLink>
      <span className="nhsuk-caption-l">{page.organisation.name}</span>
      <h1>Evidence register</h1>
      <p>
        Everything {page.own ? "your organisation holds" : "this organisation holds"} as evidence, newest first, with the indicators each piece
        supports. Add evidence from an indicator on an assessment&apos;s domain page.
      </p>
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <SelectField name="domain" label="Domain" options={page.options.domains} emptyLabel="All domains" defaultValue={page.filters.domain} />
          <SelectField name="strength" label="Strength" options={page.options.strengths} emptyLabel="Any strength" defaultValue={page.filters.strength} />
          <SelectField name="owner" label="Owner" options={page.options.owners} emptyLabel="Anyone" defaultValue={page.filters.owner} />
          <SelectField
            name="review"
            label="Review"
            options={[
              { value: "current", label: "Current" },
              { value: "due", label: "Review due within 90 days" },
              { value: "expired", label: "Review date passed" },
            ]}
            emptyLabel="Any"
            defaultValue={page.filters.review}
          />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show evidence
        </button>
      </Form>
      <p role="status">
        {page.total === 0 ? "No evidence matches." : `${page.total} ${page.total === 1 ? "piece" : "pieces"} of evidence${page.pages > 1 ? `, page ${page.page} of ${page.pages}` : ""}.`}
      </p>
      {page.items.length > 0 ? (
        <ScrollingTable label="Evidence register">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Evidence register</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Evidence</th>
                <th scope="col" className="nhsuk-table__header">Owner</th>
                <th scope="col" className="nhsuk-table__header">Supports</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {page.items.map((item) => (
                <tr className="nhsuk-table__row" key={item.id}>
                  <td className="nhsuk-table__cell">
                    <EvidenceLine item={item} />
                  </td>
                  <td className="nhsuk-table__cell">{item.ownerName || "Not recorded"}</td>
                  <td className="nhsuk-table__cell">
                    {item.supports.length === 0 ? (
                      "Not linked to any indicator"
                    ) : (
                      <ul className="nhsuk-list hearth-compact-list">
                        {item.supports.map((s, i) => (
                          <li key={i}>
                            {s.indicator} ({s.roundName})
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      ) : null}
      {page.pages > 1 ? (
        <p>
          {page.page > 1 ? <Link to={query(page.page - 1)}>Previous page</Link> : null}
          {page.page > 1 && page.page < page.pages ? " · " : null}
          {page.page < page.pages ? <Link to={query(page.page + 1)}>Next page</Link> : null}
        </p>
      ) : null}
    </>
  );
}
