import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Citation } from "~/components/citation";
import { EarlierVersionNotice } from "~/components/earlier-version-notice";
import { LevelsTable } from "~/components/levels-table";
import { Pagination } from "~/components/pagination";
import { ResourceList } from "~/components/resource-list";
import { frameworkPath } from "~/framework-paths";
import { frameworkDomainPage } from "~/frameworks.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.domain.title} – ${data.framework.title} – Hearth` : "Page not found – Hearth" },
];

/** Public: one domain of a published framework in full, with where each indicator comes from. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const page = await frameworkDomainPage(
    context.db,
    params.frameworkKey ?? "",
    params.domainKey ?? "",
    new URL(request.url).searchParams.get("version"),
  );
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function FrameworkDomain() {
  const { framework, domain, domainCount, previous, next, latestHasDomain } = useLoaderData<typeof loader>();
  const version = framework.pinnedVersion;
  const contentsHref = frameworkPath(framework.key, { version, fragment: "domains" });
  const domainHref = (domainKey: string) => frameworkPath(framework.key, { domainKey, version });

  return (
    <>
      <span className="nhsuk-caption-l">{framework.title}</span>
      <h1>{domain.title}</h1>
      <p className="nhsuk-lede-text">{domain.summary}</p>
      <EarlierVersionNotice
        version={framework.version}
        latestVersion={framework.latestVersion}
        latestHref={latestHasDomain ? frameworkPath(framework.key, { domainKey: domain.key }) : frameworkPath(framework.key)}
      />
      <p className="nhsuk-body-s">
        Domain {domain.number} of {domainCount}, version {framework.version}. <Link to={contentsHref}>Contents: all {domainCount} domains</Link>
      </p>

      <nav className="nhsuk-contents-list" role="navigation" aria-label="Indicators in this domain">
        <h2 className="nhsuk-u-visually-hidden">Indicators in this domain</h2>
        <ol className="nhsuk-contents-list__list">
          {domain.indicators.map((indicator) => (
            <li className="nhsuk-contents-list__item" key={indicator.key}>
              <a className="nhsuk-contents-list__link" href={`#${indicator.key}`}>
                {indicator.title}
              </a>
            </li>
          ))}
          <li className="nhsuk-contents-list__item">
            <a className="nhsuk-contents-list__link" href="#resources">
              Resources
            </a>
          </li>
        </ol>
      </nav>

      {domain.indicators.map((indicator) => (
        <section key={indicator.key} aria-labelledby={indicator.key}>
          <h2 id={indicator.key}>{indicator.title}</h2>
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Statement to rate: </span>
            <p>{indicator.statement}</p>
          </div>
          <p>
            <strong>What to consider:</strong> {indicator.guidance}
          </p>
          <LevelsTable
            caption={`Levels for ${indicator.title}`}
            headings={["What it looks like", "Evidence expected"]}
            rows={indicator.levels.map((l) => ({ level: l.level, label: l.label, what: l.descriptor, evidence: l.evidenceExpected }))}
          />
          <dl className="nhsuk-summary-list">
            {indicator.tags.map((row) => (
              <div className="nhsuk-summary-list__row" key={row.label}>
                <dt className="nhsuk-summary-list__key">{row.label}</dt>
                <dd className="nhsuk-summary-list__value">{row.values.join("; ")}</dd>
              </div>
            ))}
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Sources</dt>
              <dd className="nhsuk-summary-list__value">
                <ul className="nhsuk-list">
                  {indicator.sources.map((source) => (
                    <li key={source.key}>
                      <Citation title={source.title} publisher={source.publisher} year={source.year} url={source.url} confirmed={source.confirmed} note={source.note} />
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          </dl>
          <hr className="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible" />
        </section>
      ))}

      <h2 id="resources">
        Resources<span className="nhsuk-u-visually-hidden"> for {domain.title}</span>
      </h2>
      <ResourceList resources={domain.resources} empty="The library has no resources for this domain yet." />

      <Pagination
        label="Domains of this framework"
        previous={previous ? { href: domainHref(previous.key), title: previous.title } : null}
        next={next ? { href: domainHref(next.key), title: next.title } : null}
      />
      <p>
        <Link to={contentsHref}>Back to the contents: all {domainCount} domains</Link>
      </p>
    </>
  );
}
