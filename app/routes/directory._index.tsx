import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { DirectoryServices } from "~/components/directory-table";
import { Pagination } from "~/components/pagination";
import { SelectField } from "~/components/select-field";
import { formatDate } from "~/dates";
import { directoryPage } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Directory of housing offers – Hearth" }];

/**
 * The directory of providers' published offers in the person's region: filter by service, borough, ICS area and
 * client group, choose up to four to compare, or print the list. Drafts never appear.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const url = new URL(request.url);
  const page = await directoryPage(context, user, url.searchParams);
  if (page.beyondEnd) {
    url.searchParams.delete("page");
    throw redirect(`${url.pathname}${url.search}`);
  }
  return page;
}

function query(filters: Record<string, string>, extra: Record<string, string> = {}) {
  const search = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== ""));
  const text = search.toString();
  return text ? `?${text}` : "";
}

export default function Directory() {
  const page = useLoaderData<typeof loader>();
  const filtered = Object.values(page.filters).some(Boolean);
  return (
    <>
      <h1>Directory of housing offers</h1>
      <p className="nhsuk-lede-text">
        What housing providers in your region offer the health system: which services, in which boroughs, for whom, with capacity and how to refer.
      </p>
      <Form method="get" className="hearth-filters hearth-no-print">
        <div className="hearth-filters__fields">
          <SelectField name="service" label="Service" options={page.choices.services} emptyLabel="Any service" defaultValue={page.filters.service} />
          <SelectField name="borough" label="Borough" options={page.choices.boroughs} emptyLabel="Any borough" defaultValue={page.filters.borough} />
          <SelectField name="area" label="Integrated care system" options={page.choices.areas} emptyLabel="Any ICS" defaultValue={page.filters.area} />
          <SelectField name="group" label="Group served" options={page.choices.groups} emptyLabel="Any group" defaultValue={page.filters.group} />
        </div>
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show offers
        </button>
        {filtered ? (
          <p>
            <Link to="/directory">Clear the filters</Link>
          </p>
        ) : null}
      </Form>
      <p role="status">
        {page.total === 0
          ? "No published offer matches these filters."
          : `${page.total} ${page.total === 1 ? "provider offers" : "providers offer"} ${filtered ? "what you chose" : "services"}${page.pages > 1 ? `: page ${page.page} of ${page.pages}` : ""}.`}{" "}
        {filtered ? "Each shows only its services that match." : ""}
      </p>
      {page.total > 0 ? (
        <p className="hearth-no-print">
          <Link to={`/directory/print${query(page.filters)}`}>Printable list of these offers</Link>
        </p>
      ) : null}
      <Form method="get" action="/directory/compare">
        <ul className="nhsuk-list hearth-directory">
          {page.offers.map((offer) => (
            <li key={offer.organisationId} className="hearth-directory__offer">
              <h2 className="nhsuk-heading-m">
                <Link to={`/offers/${offer.organisationId}`}>{offer.name}</Link>
              </h2>
              <p className="nhsuk-body-s">
                {offer.organisationType || "Type not stated"}. Last reviewed {offer.lastReviewedOn ? formatDate(offer.lastReviewedOn) : "never"}
                {offer.reviewOverdue ? (
                  <>
                    {" "}
                    <strong className="nhsuk-tag nhsuk-tag--orange">Not reviewed for over a year</strong>
                  </>
                ) : null}
              </p>
              <DirectoryServices provider={offer.name} services={offer.services} />
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small hearth-no-print">
                <div className="nhsuk-checkboxes__item">
                  <input className="nhsuk-checkboxes__input" id={`compare-${offer.organisationId}`} name="id" type="checkbox" value={offer.organisationId} />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`compare-${offer.organisationId}`}>
                    Compare <span className="nhsuk-u-visually-hidden">{offer.name}</span>
                  </label>
                </div>
              </div>
            </li>
          ))}
        </ul>
        {page.offers.length > 1 ? (
          <button className="nhsuk-button hearth-no-print" type="submit">
            Compare the chosen offers (up to {page.maxCompared})
          </button>
        ) : null}
      </Form>
      <Pagination
        label="Pages of the directory"
        previous={page.page > 1 ? { href: `/directory${query(page.filters, { page: String(page.page - 1) })}`, title: `Page ${page.page - 1} of ${page.pages}` } : null}
        next={page.page < page.pages ? { href: `/directory${query(page.filters, { page: String(page.page + 1) })}`, title: `Page ${page.page + 1} of ${page.pages}` } : null}
      />
    </>
  );
}
