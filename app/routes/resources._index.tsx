import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/access";
import { getCurrentUser } from "~/auth/session.server";
import { Citation } from "~/components/citation";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { libraryPage } from "~/results.server";
import { findAssessmentAccessFacts, findLatestAnsweredAssessmentId } from "../../db/assessments";

export const meta: MetaFunction = () => [{ title: "Resource library – Hearth" }];

/**
 * The resource library, for everyone: guidance, evidence and examples, filtered by domain, report area, MoU aim,
 * London strategy aim and network theme. Signed in to a partnership or provider, each resource says how it relates
 * to your latest assessment's gaps.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getCurrentUser(request, context);
  let gapsOf = null;
  if (user && user.organisation.kind !== "network") {
    const id = await findLatestAnsweredAssessmentId(context.db, user.organisation.id);
    const facts = id ? await findAssessmentAccessFacts(context.db, id) : undefined;
    if (facts && can(user, { type: "assessment", ...facts }, "read")) gapsOf = facts;
  }
  return libraryPage(context, new URL(request.url).searchParams, gapsOf);
}

export default function Library() {
  const page = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Resource library</h1>
      <p className="nhsuk-lede-text">Guidance, evidence and examples that help partnerships between health and housing, tagged to what they help with.</p>
      {page.gapsFrom ? (
        <p>
          Resources that help with your partnership&apos;s gaps in your <Link to={`/assessments/${page.gapsFrom.assessmentId}/results`}>{page.gapsFrom.roundName} assessment</Link> say why.
        </p>
      ) : null}
      <Form method="get" className="hearth-filters">
        <div className="hearth-filters__fields">
          <SelectField name="framework" label="Framework" options={page.options.frameworks} defaultValue={page.filters.framework} />
          <SelectField name="domain" label="Domain" options={page.options.domains} emptyLabel="All domains" defaultValue={page.filters.domain} />
          <SelectField name="area" label="King's Fund report area" options={page.options.areas} emptyLabel="Any" defaultValue={page.filters.area} />
          <SelectField name="aim" label="MoU aim" options={page.options.aims} emptyLabel="Any" defaultValue={page.filters.aim} />
          <SelectField name="london" label="London strategy aim" options={page.options.london} emptyLabel="Any" defaultValue={page.filters.london} />
          <SelectField name="theme" label="Network theme" options={page.options.themes} emptyLabel="Any" defaultValue={page.filters.theme} />
        </div>
        <TextField name="q" label="Words in the title or summary" defaultValue={page.filters.q} widthClass="nhsuk-input--width-20" />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show resources
        </button>
      </Form>
      <p role="status">
        {page.items.length} of {page.total} resources.
      </p>
      <ul className="nhsuk-list nhsuk-list--border">
        {page.items.map((r) => (
          <li key={r.id}>
            <Citation title={r.title} publisher={r.publisher} year={r.year} url={r.url} confirmed={r.confirmed} />
            <br />
            {r.summary}
            {r.note ? <span className="nhsuk-body-s"> {r.confirmed ? "Note" : "Not yet confirmed"}: {r.note}</span> : null}
            <br />
            <span className="nhsuk-body-s">Helps with: {r.helpsWith.join("; ")}.</span>
            {r.forYou ? (
              <>
                <br />
                <strong className="nhsuk-body-s">For you: {r.forYou}</strong>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
