import { formatDate, formatDateTime } from "~/dates";
import { StatusTag } from "./status-tag";
import type { AssessmentStatus } from "../../assessment/browser";

export interface AssessmentSummaryView {
  status: AssessmentStatus;
  statusLabel: string;
  roundName: string;
  dueOn: string;
  late: boolean;
  /** Set when the round has closed on an unfinished assessment: why it can no longer be changed. */
  roundClosed?: string | null;
  organisationName: string;
  submittedAt: string | null;
  submittedByName: string | null;
}

/** The caption and status line every page of an assessment starts with. */
export function AssessmentHeading({ assessment, title }: { assessment: AssessmentSummaryView; title: string }) {
  return (
    <>
      <span className="nhsuk-caption-l">
        {assessment.organisationName}, {assessment.roundName}
      </span>
      <h1>{title}</h1>
      <p>
        <StatusTag status={assessment.status} label={assessment.statusLabel} /> Due {formatDate(assessment.dueOn)}
        {assessment.late ? <strong className="hearth-late"> (late: the due date has passed, but you can still finish)</strong> : null}.
        {assessment.roundClosed ? <strong> {assessment.roundClosed}</strong> : null}
        {assessment.submittedAt ? ` Submitted by ${assessment.submittedByName ?? "someone no longer in Hearth"} on ${formatDateTime(assessment.submittedAt)}.` : null}
      </p>
    </>
  );
}
