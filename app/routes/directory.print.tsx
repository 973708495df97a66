import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { DirectoryServices } from "~/components/directory-table";
import { formatDate, todayInLondon } from "~/dates";
import { directoryPage } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Housing offers, to print – Hearth" }];

/** The directory's offers under the same filters, on one page laid out to print: every matching service with contacts. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await directoryPage(context, user, new URL(request.url).searchParams, { printable: true });
  return { ...page, printedOn: todayInLondon() };
}

export default function PrintableDirectory() {
  const page = useLoaderData<typeof loader>();
  const { search } = useLocation();
  return (
    <div className="hearth-report">
      <div className="hearth-no-print">
        <BackLink to={`/directory${search}`}>Back to the directory</BackLink>
        <p>Print this page, or choose &quot;Save as PDF&quot; in your browser&apos;s print window.</p>
      </div>
      <h1>Housing offers to the health system</h1>
      <p>
        {page.filterWords.length ? `Filtered by: ${page.filterWords.join("; ")}. ` : "All published offers. "}
        {page.total} {page.total === 1 ? "provider" : "providers"}. Printed on {formatDate(page.printedOn)}.
      </p>
      {page.total > page.printableLimit ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Only the first {page.printableLimit} are shown
            </span>
          </h2>
          <p>
            <Link to={`/directory${search}`}>Narrow the filters</Link> to print the rest.
          </p>
        </div>
      ) : null}
      {page.offers.map((offer) => (
        <section key={offer.organisationId} className="hearth-directory__offer" aria-labelledby={`offer-${offer.organisationId}`}>
          <h2 className="nhsuk-heading-m" id={`offer-${offer.organisationId}`}>
            {offer.name}
          </h2>
          <p className="nhsuk-body-s hearth-preserve-lines">
            {offer.organisationType || "Type not stated"}. Last reviewed {offer.lastReviewedOn ? formatDate(offer.lastReviewedOn) : "never"}
            {offer.reviewOverdue ? " (over a year ago)" : ""}.{"\n"}Contact: {offer.contactRoute || "not stated"}
          </p>
          <DirectoryServices provider={offer.name} services={offer.services} />
        </section>
      ))}
    </div>
  );
}
