import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { ScrollingTable } from "~/components/scrolling-table";
import { formatDate, formatDateTime } from "~/dates";
import { reviewQueuePage } from "~/reviews.server";

export const meta: MetaFunction = () => [{ title: "Reviews – Hearth" }];

/** Network staff's review queue: submitted assessments oldest first, those returned and awaiting the organisation, and recent approvals. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return { ...(await reviewQueuePage(context, user)), just: new URL(request.url).searchParams.get("just") };
}

type Row = Awaited<ReturnType<typeof loader>>["waiting"][number];

function QueueTable({ caption, rows, when }: { caption: string; rows: Row[]; when: (r: Row) => string }) {
  if (rows.length === 0) return <p>None.</p>;
  return (
    <ScrollingTable label={caption}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Organisation</th>
            <th scope="col" className="nhsuk-table__header">Round</th>
            <th scope="col" className="nhsuk-table__header">When</th>
            <th scope="col" className="nhsuk-table__header">Review</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((r) => (
            <tr className="nhsuk-table__row" key={r.id}>
              <th scope="row" className="nhsuk-table__header">
                <Link to={`/assessments/${r.id}/review`}>{r.organisationName}</Link>
                {r.kind === "provider" ? <span className="nhsuk-body-s"> (housing provider)</span> : null}
              </th>
              <td className="nhsuk-table__cell">
                {r.roundName}
                {r.version > 1 ? `, version ${r.version}` : ""}
              </td>
              <td className="nhsuk-table__cell">{when(r)}</td>
              <td className="nhsuk-table__cell">
                {r.status === "submitted"
                  ? r.reviewStartedAt
                    ? `Started by ${r.reviewStartedByName ?? "someone no longer in Hearth"}${r.draftComments ? `; ${r.draftComments} ${r.draftComments === 1 ? "comment" : "comments"} not yet shared` : ""}`
                    : "Not started"
                  : r.decidedByName
                    ? `By ${r.decidedByName}`
                    : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}

export default function Reviews() {
  const { waiting, returned, approved, just } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Reviews</h1>
      {just === "approved" || just === "returned" ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{just === "approved" ? "Assessment approved. The partnership has been told." : "Assessment returned for changes. The partnership has been told and sees your comments."}</p>
        </div>
      ) : null}
      <h2>Waiting for review ({waiting.length})</h2>
      <QueueTable caption="Waiting for review" rows={waiting} when={(r) => (r.submittedAt ? `Submitted ${formatDateTime(r.submittedAt)}${r.submittedByName ? ` by ${r.submittedByName}` : ""}` : "–")} />
      <h2>Returned, waiting for the organisation ({returned.length})</h2>
      <QueueTable caption="Returned for changes" rows={returned} when={(r) => (r.decidedAt ? `Returned ${formatDate(r.decidedAt)}` : "–")} />
      <h2>Approved recently ({approved.length})</h2>
      <QueueTable caption="Approved recently" rows={approved} when={(r) => (r.decidedAt ? `Approved ${formatDate(r.decidedAt)}` : "–")} />
    </>
  );
}
