import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate } from "~/dates";
import { frameworkSummaries } from "~/frameworks.server";

export const meta: MetaFunction = () => [{ title: "Frameworks and sources – Hearth" }];

/** Public: anyone can see what Hearth asks and where it comes from. */
export async function loader() {
  return { frameworks: frameworkSummaries() };
}

export default function Frameworks() {
  const { frameworks } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Frameworks and sources</h1>
        <p className="nhsuk-lede-text">
          Hearth has two frameworks. Each one is shown in full, a page for each domain: every indicator, what each
          level looks like, the evidence expected, and the sources it is based on.
        </p>
        {frameworks.map((f) => (
          <section key={f.key} aria-labelledby={`framework-${f.key}`}>
            <h2 id={`framework-${f.key}`}>
              <Link to={`/frameworks/${f.key}`}>{f.title}</Link>
            </h2>
            <p>{f.summary}</p>
            <dl className="nhsuk-summary-list">
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Version</dt>
                <dd className="nhsuk-summary-list__value">
                  {f.version}, published {formatDate(f.publishedOn)}
                </dd>
              </div>
              <div className="nhsuk-summary-list__row">
                <dt className="nhsuk-summary-list__key">Contents</dt>
                <dd className="nhsuk-summary-list__value">
                  {f.domains} domains, {f.indicators} indicators
                </dd>
              </div>
            </dl>
          </section>
        ))}
      </div>
    </div>
  );
}
