import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { EarlierVersionNotice } from "~/components/earlier-version-notice";
import { LevelsTable } from "~/components/levels-table";
import { SourceNote } from "~/components/citation";
import { ResourceList } from "~/components/resource-list";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate } from "~/dates";
import { frameworkPath } from "~/framework-paths";
import { frameworkOverview } from "~/frameworks.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.framework.title} – Hearth` : "Page not found – Hearth" },
];

/** Public: a published framework's overview. Each domain, with its indicators in full, has its own page. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const page = await frameworkOverview(context.db, params.frameworkKey ?? "", new URL(request.url).searchParams.get("version"));
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function FrameworkOverview() {
  const { framework, versions, scale, offerTemplate, domains, background, sources } = useLoaderData<typeof loader>();
  const version = framework.pinnedVersion;
  const contents = [
    { id: "levels", title: "The five levels" },
    ...(offerTemplate ? [{ id: "offer-template", title: "The offer template" }] : []),
    { id: "domains", title: `The ${domains.length} domains and their indicators` },
    ...(background.length > 0 ? [{ id: "background-reading", title: "Background reading" }] : []),
    { id: "sources", title: "Sources" },
  ];

  return (
    <>
      <span className="nhsuk-caption-l">
        Version {framework.version}, published {formatDate(framework.publishedOn)}
      </span>
      <h1>{framework.title}</h1>
      <p className="nhsuk-lede-text">{framework.summary}</p>
      <EarlierVersionNotice version={framework.version} latestVersion={framework.latestVersion} latestHref={frameworkPath(framework.key)} />
      <p className="nhsuk-body-s">
        {versions.length > 1 ? (
          <>
            Versions:{" "}
            {versions.map((v, i) => (
              <span key={v.version}>
                {i > 0 ? ", " : null}
                {v.version === framework.version ? (
                  `${v.version} (this one)`
                ) : (
                  <Link to={frameworkPath(framework.key, { version: v.version })}>
                    {v.version} ({formatDate(v.publishedOn)})
                  </Link>
                )}
              </span>
            ))}
            .{" "}
          </>
        ) : null}
        <Link to="/frameworks">All frameworks</Link>
      </p>

      <nav className="nhsuk-contents-list" role="navigation" aria-label="On this page">
        <h2 className="nhsuk-u-visually-hidden">On this page</h2>
        <ol className="nhsuk-contents-list__list">
          {contents.map((item) => (
            <li className="nhsuk-contents-list__item" key={item.id}>
              <a className="nhsuk-contents-list__link" href={`#${item.id}`}>
                {item.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <h2 id="levels">The five levels</h2>
      <p>
        Every indicator is rated on the same five levels, and says what each level looks like for it. A higher
        level needs stronger evidence. &quot;Not applicable&quot; and &quot;don&apos;t know&quot; are answers too,
        and neither counts as a low score.
      </p>
      <LevelsTable
        caption="The five levels and the evidence each needs"
        headings={["In general", "Evidence needed"]}
        rows={scale.map((s) => ({ level: s.level, label: s.label, what: s.description, evidence: s.evidence }))}
      />

      {offerTemplate ? <OfferTemplateSection template={offerTemplate} /> : null}

      <section aria-labelledby="domains">
        <h2 id="domains">The {domains.length} domains and their indicators</h2>
        <p>
          Each domain has its own page with its indicators in full: the statement to rate, what to consider, what
          each level looks like, the evidence expected, and the sources.
        </p>
        <ol className="nhsuk-list nhsuk-list--number">
          {domains.map((domain) => (
            <li key={domain.key} className="nhsuk-u-margin-bottom-5">
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                <Link to={frameworkPath(framework.key, { domainKey: domain.key, version })}>{domain.title}</Link>
              </h3>
              <p className="nhsuk-u-margin-bottom-2">{domain.summary}</p>
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                {domain.indicators.map((indicator) => (
                  <li key={indicator.key}>{indicator.title}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      {background.length > 0 ? (
        <>
          <h2 id="background-reading">Background reading</h2>
          <p>Resources in the library about this framework as a whole.</p>
          <ResourceList resources={background} empty="" />
        </>
      ) : null}

      <h2 id="sources">Sources</h2>
      <p>Every source this framework&apos;s indicators cite.</p>
      <ol className="nhsuk-list nhsuk-list--number">
        {sources.map((source) => (
          <li key={source.key}>
            {source.publisher} ({source.year ?? "no date"}). <i>{source.title}</i>.{" "}
            <a className="hearth-address" href={source.url}>
              {source.url}
            </a>
            <SourceNote confirmed={source.confirmed} note={source.note} />
          </li>
        ))}
      </ol>
    </>
  );
}

type OfferTemplate = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["offerTemplate"]>;

function OfferTemplateSection({ template }: { template: OfferTemplate }) {
  return (
    <>
      <h2 id="offer-template">The offer template</h2>
      <p>
        A housing provider states its offer to the health system in this standard shape: the services it offers and,
        for each one, the same set of facts. Health partners can then compare offers and know whom to call.
      </p>
      <ScrollingTable label="Services an offer can include">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--m">Services an offer can include</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Service
              </th>
              <th scope="col" className="nhsuk-table__header">
                What it covers
              </th>
              <th scope="col" className="nhsuk-table__header">
                Mainly helps with
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {template.serviceTypes.map((s) => (
              <tr className="nhsuk-table__row" key={s.key}>
                <th scope="row" className="nhsuk-table__header">
                  {s.name}
                </th>
                <td className="nhsuk-table__cell">{s.description}</td>
                <td className="nhsuk-table__cell">{s.partnershipDomains.join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      <ScrollingTable label="What an offer states for each service">
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-table__caption--m">What an offer states for each service</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Field
              </th>
              <th scope="col" className="nhsuk-table__header">
                What to give
              </th>
              <th scope="col" className="nhsuk-table__header">
                Required
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {template.serviceFields.map((f) => (
              <tr className="nhsuk-table__row" key={f.key}>
                <th scope="row" className="nhsuk-table__header">
                  {f.label}
                </th>
                <td className="nhsuk-table__cell">
                  {f.hint}
                  {f.options.length > 0 ? <span className="nhsuk-body-s"> Choose from: {f.options.join("; ")}.</span> : null}
                </td>
                <td className="nhsuk-table__cell">{f.required ? "Yes" : "No"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollingTable>
      <h3>Types of organisation</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {template.organisationTypes.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <h3>Size bands (homes managed)</h3>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {template.sizeBands.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </>
  );
}
