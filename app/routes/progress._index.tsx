import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicProgressRegions } from "~/public-progress.server";

export const meta: MetaFunction = () => [{ title: "Progress of health and housing partnerships – Hearth" }];

/** Public: the regions whose partnerships' progress anyone can see. */
export async function loader({ context }: LoaderFunctionArgs) {
  return { regions: await publicProgressRegions(context) };
}

export default function ProgressRegions() {
  const { regions } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Progress of health and housing partnerships</h1>
        <p className="nhsuk-lede-text">
          Each integrated care partnership assesses how well it works with the housing sector, once a round. These pages show how far each partnership
          has got with its latest assessment: not started, in progress, submitted or approved, with dates.
        </p>
        <p>They do not show the assessments themselves: scores, answers, evidence and plans stay with the partnership and its network.</p>
        {regions.length === 0 ? (
          <p>No region has partnerships on Hearth yet.</p>
        ) : (
          <ul className="nhsuk-list">
            {regions.map((r) => (
              <li key={r.key}>
                <Link to={`/progress/${r.key}`}>{r.name}</Link> ({r.partnerships} {r.partnerships === 1 ? "partnership" : "partnerships"})
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
