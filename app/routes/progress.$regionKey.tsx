import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScrollingTable } from "~/components/scrolling-table";
import { PublicStatusTag } from "~/components/status-tag";
import { formatDate } from "~/dates";
import { publicProgressPage } from "~/public-progress.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: `${
      data ? `${data.region.name}: progress of partnerships` : "Page not found"
    } – Hearth`,
  },
];

/** Public: each partnership of the region and the status of its latest assessment, with dates; nothing more. */
export async function loader({ params, context }: LoaderFunctionArgs) {
  return publicProgressPage(context, params.regionKey ?? "");
}

const dateOrDash = (value: string | null) => (value ? formatDate(value) : "–");

export default function RegionProgress() {
  const { region, round, partnerships, counts } =
    useLoaderData<typeof loader>();
  const caption = round
    ? `Partnerships in ${region.name}, ${round.name} round`
    : `Partnerships in ${region.name}`;
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <span className="nhsuk-caption-l">
            Progress of health and housing partnerships
          </span>
          <h1>{region.name}</h1>
          {round ? (
            <p className="nhsuk-lede-text">
              The {round.name} round {round.closed ? "was" : "is"} due on{" "}
              {formatDate(round.dueOn)}
              {round.closed ? " and is now closed" : ""}. Of{" "}
              {partnerships.length} partnerships, {counts.approved} approved,{" "}
              {counts.submitted} submitted and waiting for review,{" "}
              {counts["in-progress"]} in progress and {counts["not-started"]}{" "}
              not started.
            </p>
          ) : (
            <p className="nhsuk-lede-text">
              No round of partnership self-assessments has opened in{" "}
              {region.name} yet.
            </p>
          )}
          <p>
            This page shows only how far each partnership has got. Scores,
            answers, evidence and plans stay with the partnership and its
            network. <Link to="/progress">Other regions</Link>
          </p>
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          {partnerships.length === 0 ? (
            <p>{region.name} has no partnerships on Hearth yet.</p>
          ) : (
            <ScrollingTable label={caption}>
              <table className="nhsuk-table">
                <caption className="nhsuk-table__caption">{caption}</caption>
                <thead className="nhsuk-table__head">
                  <tr className="nhsuk-table__row">
                    <th scope="col" className="nhsuk-table__header">
                      Partnership
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      Status
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      Started
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      Submitted
                    </th>
                    <th scope="col" className="nhsuk-table__header">
                      Approved
                    </th>
                  </tr>
                </thead>
                <tbody className="nhsuk-table__body">
                  {partnerships.map((p) => (
                    <tr className="nhsuk-table__row" key={p.organisationId}>
                      <th scope="row" className="nhsuk-table__header">
                        {p.name}
                      </th>
                      <td className="nhsuk-table__cell">
                        <PublicStatusTag
                          status={p.status}
                          label={p.statusLabel}
                        />
                      </td>
                      <td className="nhsuk-table__cell">
                        {dateOrDash(p.startedOn)}
                      </td>
                      <td className="nhsuk-table__cell">
                        {dateOrDash(p.submittedOn)}
                      </td>
                      <td className="nhsuk-table__cell">
                        {dateOrDash(p.approvedOn)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollingTable>
          )}
        </div>
      </div>
    </>
  );
}
