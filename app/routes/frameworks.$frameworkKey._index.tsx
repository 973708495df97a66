import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Citation } from "~/components/citation";
import { formatDate } from "~/dates";
import { frameworkPage } from "~/frameworks.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.framework.title} – Hearth` : "Page not found – Hearth" },
];

/** Public: anyone can read a published framework in full, with where each indicator comes from. */
export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const page = await frameworkPage(context.db, params.frameworkKey ?? "", new URL(request.url).searchParams.get("version"));
  if (!page) throw new Response("Not found", { status: 404 });
  return page;
}

export default function FrameworkPage() {
  const { framework, latestVersion, versions, scale, offerTemplate, domains, background, sources } = useLoaderData<typeof loader>();
  const contents = [
    { id: "levels", title: "The five levels" },
    ...(offerTemplate ? [{ id: "offer-template", title: "The offer template" }] : []),
    ...domains.map((d) => ({ id: d.key, title: d.title })),
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
      {framework.version !== latestVersion ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            This is an earlier version. Assessments made with it keep its wording.{" "}
            <Link to={`/frameworks/${framework.key}`}>See the latest version ({latestVersion})</Link>.
          </p>
        </div>
      ) : null}
      <p className="nhsuk-body-s">
        Framework key: <code>{framework.key}</code>.{" "}
        {versions.length > 1 ? (
          <>
            Versions:{" "}
            {versions.map((v, i) => (
              <span key={v.version}>
                {i > 0 ? ", " : null}
                {v.version === framework.version ? (
                  `${v.version} (this one)`
                ) : (
                  <Link to={`/frameworks/${framework.key}?version=${v.version}`}>
                    {v.version} ({formatDate(v.publishedOn)})
                  </Link>
                )}
              </span>
            ))}
            .
          </>
        ) : null}{" "}
        <Link to="/frameworks">All frameworks</Link>
      </p>

      <nav className="nhsuk-contents-list" role="navigation" aria-label="Contents of this framework">
        <h2 className="nhsuk-u-visually-hidden">Contents</h2>
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

      {domains.map((domain) => (
        <section key={domain.key} aria-labelledby={domain.key}>
          <h2 id={domain.key}>{domain.title}</h2>
          <p>{domain.summary}</p>
          {domain.indicators.map((indicator) => (
            <section key={indicator.key} aria-labelledby={indicator.key}>
              <h3 id={indicator.key}>{indicator.title}</h3>
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
                          <Citation title={source.title} publisher={source.publisher} year={source.year} url={source.url} confirmed={source.confirmed} />
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Indicator key</dt>
                  <dd className="nhsuk-summary-list__value">
                    <code>{indicator.key}</code>
                  </dd>
                </div>
              </dl>
              <hr className="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible" />
            </section>
          ))}
          <h3>
            Resources<span className="nhsuk-u-visually-hidden"> for {domain.title}</span>
          </h3>
          <ResourceList resources={domain.resources} empty="The library has no resources for this domain yet." />
        </section>
      ))}

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
            {source.publisher} ({source.year ?? "no date"}). <i>{source.title}</i>. <a href={source.url}>{source.url}</a>
            {source.note ? <span className="nhsuk-body-s">Not yet confirmed: {source.note}</span> : null}
          </li>
        ))}
      </ol>
    </>
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function ResourceList({ resources, empty }: { resources: LoaderData["background"]; empty: string }) {
  if (resources.length === 0) return <p>{empty}</p>;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {resources.map((r) => (
        <li key={r.id}>
          <Citation title={r.title} publisher={r.publisher} year={r.year} url={r.url} confirmed={r.confirmed} />
          <br />
          {r.summary}
          {r.about.length > 0 ? <span className="nhsuk-body-s"> About: {r.about.join("; ")}.</span> : null}
          {!r.confirmed && r.note ? <span className="nhsuk-body-s"> {r.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function OfferTemplateSection({ template }: { template: NonNullable<LoaderData["offerTemplate"]> }) {
  return (
    <>
      <h2 id="offer-template">The offer template</h2>
      <p>
        A housing provider states its offer to the health system in this standard shape: the services it offers and,
        for each one, the same set of facts. Health partners can then compare offers and know whom to call.
      </p>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">Services an offer can include</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Service</th>
            <th scope="col" className="nhsuk-table__header">What it covers</th>
            <th scope="col" className="nhsuk-table__header">Mainly helps with</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {template.serviceTypes.map((s) => (
            <tr className="nhsuk-table__row" key={s.key}>
              <th scope="row" className="nhsuk-table__header">{s.name}</th>
              <td className="nhsuk-table__cell">{s.description}</td>
              <td className="nhsuk-table__cell">{s.partnershipDomains.join("; ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--m">What an offer states for each service</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Field</th>
            <th scope="col" className="nhsuk-table__header">What to give</th>
            <th scope="col" className="nhsuk-table__header">Required</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {template.serviceFields.map((f) => (
            <tr className="nhsuk-table__row" key={f.key}>
              <th scope="row" className="nhsuk-table__header">{f.label}</th>
              <td className="nhsuk-table__cell">
                {f.hint}
                {f.options.length > 0 ? <span className="nhsuk-body-s"> Choose from: {f.options.join("; ")}.</span> : null}
              </td>
              <td className="nhsuk-table__cell">{f.required ? "Yes" : "No"}</td>
            </tr>
          ))}
        </tbody>
      </table>
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

/** Five rows, one per maturity level: what it looks like and the evidence it needs. */
function LevelsTable({
  caption,
  headings,
  rows,
}: {
  caption: string;
  headings: [what: string, evidence: string];
  rows: { level: number; label: string; what: string; evidence: string }[];
}) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">Level</th>
          <th scope="col" className="nhsuk-table__header">{headings[0]}</th>
          <th scope="col" className="nhsuk-table__header">{headings[1]}</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {rows.map((row) => (
          <tr className="nhsuk-table__row" key={row.level}>
            <th scope="row" className="nhsuk-table__header">
              {row.level} {row.label}
            </th>
            <td className="nhsuk-table__cell">{row.what}</td>
            <td className="nhsuk-table__cell">{row.evidence}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
