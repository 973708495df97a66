import { Link } from "@remix-run/react";
import { formatDate, formatDateTime } from "~/dates";
import type { organisationRounds } from "~/assessments.server";
import { StatusTag } from "./status-tag";

type RoundRow = Awaited<ReturnType<typeof organisationRounds>>[number];

/**
 * An organisation's assessment rounds: the open one first, with its progress, due date and what to do next, then the
 * earlier rounds.
 */
export function AssessmentRounds({ rounds, noun, readOnly }: { rounds: RoundRow[]; noun: string; readOnly: boolean }) {
  const open = rounds.filter((r) => r.roundStatus === "open");
  const earlier = rounds.filter((r) => r.roundStatus !== "open");
  return (
    <>
      {open.length === 0 ? (
        <p>
          No assessment round is open at the moment. When your network opens one, it appears here
          {readOnly ? ", and you can read the answers as they are given." : " and you can start your " + noun + "."}
        </p>
      ) : (
        open.map((round) => (
          <div className="nhsuk-card" key={round.roundId}>
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading">{round.name}</h3>
              <p className="nhsuk-card__description">
                {round.assessmentId ? <StatusTag status={round.status!} label={round.statusLabel!} /> : <StatusTag status="not_started" label="Not started" />}{" "}
                Due {formatDate(round.dueOn)}
                {round.late ? <strong className="hearth-late"> (late: the due date has passed, but you can still finish)</strong> : null}.
              </p>
              {round.assessmentId ? (
                <>
                  <p>
                    {round.answered} of {round.total} indicators answered
                    {round.submittedAt ? `; submitted ${formatDateTime(round.submittedAt)}` : ""}.
                  </p>
                  <Link className="nhsuk-button nhsuk-u-margin-bottom-0" to={`/assessments/${round.assessmentId}`}>
                    {round.status === "in_progress" || round.status === "returned" ? (readOnly ? "Read the answers" : `Continue your ${noun}`) : "Read the answers"}
                  </Link>
                </>
              ) : round.mayStart ? (
                <Link className="nhsuk-button nhsuk-u-margin-bottom-0" to={`/rounds/${round.roundId}/start`}>
                  Start your {noun}
                </Link>
              ) : (
                <p>Nobody has started it yet. Your partnership&apos;s lead can start it.</p>
              )}
            </div>
          </div>
        ))
      )}
      {earlier.length > 0 ? (
        <>
          <h3>Earlier rounds</h3>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Earlier rounds</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Round</th>
                <th scope="col" className="nhsuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {earlier.map((round) => (
                <tr className="nhsuk-table__row" key={round.roundId}>
                  <td className="nhsuk-table__cell">
                    {round.assessmentId ? <Link to={`/assessments/${round.assessmentId}`}>{round.name}</Link> : round.name}
                  </td>
                  <td className="nhsuk-table__cell">
                    {round.assessmentId ? (
                      <>
                        {`${round.statusLabel}, ${round.answered} of ${round.total} answered. `}
                        <Link to={`/assessments/${round.assessmentId}/results`}>
                          Results<span className="nhsuk-u-visually-hidden"> for {round.name}</span>
                        </Link>
                      </>
                    ) : (
                      "Not taken part"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
