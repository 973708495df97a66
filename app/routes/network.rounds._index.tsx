import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate } from "~/dates";
import { roundsPage } from "~/rounds.server";

export const meta: MetaFunction = () => [{ title: "Rounds – Hearth" }];

/** Network staff: every round of the region, partnerships' and housing providers', with how far organisations have got. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return { ...(await roundsPage(context, user)), deleted: new URL(request.url).searchParams.has("deleted") };
}

export default function Rounds() {
  const { rounds, deleted } = useLoaderData<typeof loader>();
  return (
    <>
      <BackLink to="/network">Back to your region</BackLink>
      {deleted ? (
        <div className="nhsuk-inset-text" role="status">
          <p>The round has been deleted.</p>
        </div>
      ) : null}
      <h1>Rounds</h1>
      <p>A round asks every partnership, or every housing provider, of the region to complete its assessment by a due date.</p>
      <a className="nhsuk-button" href="/network/rounds/new" role="button" draggable="false">
        Open a round
      </a>
      {rounds.length === 0 ? (
        <p>No rounds yet.</p>
      ) : (
        <ScrollingTable label="Rounds of the region">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Rounds of the region</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Round</th>
                <th scope="col" className="nhsuk-table__header">For</th>
                <th scope="col" className="nhsuk-table__header">Status</th>
                <th scope="col" className="nhsuk-table__header">Due</th>
                <th scope="col" className="nhsuk-table__header">Framework</th>
                <th scope="col" className="nhsuk-table__header">Started</th>
                <th scope="col" className="nhsuk-table__header">Submitted</th>
                <th scope="col" className="nhsuk-table__header">Approved</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {rounds.map((r) => (
                <tr className="nhsuk-table__row" key={r.id}>
                  <th scope="row" className="nhsuk-table__header">
                    <Link to={`/network/rounds/${r.id}`}>{r.name}</Link>
                  </th>
                  <td className="nhsuk-table__cell">{r.audience === "provider" ? "Housing providers" : "Partnerships"}</td>
                  <td className="nhsuk-table__cell">{r.statusLabel}</td>
                  <td className="nhsuk-table__cell">{formatDate(r.dueOn)}</td>
                  <td className="nhsuk-table__cell">{r.framework}</td>
                  <td className="nhsuk-table__cell">
                    {r.started} of {r.organisations}
                  </td>
                  <td className="nhsuk-table__cell">{r.submitted}</td>
                  <td className="nhsuk-table__cell">{r.approved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
      )}
    </>
  );
}
