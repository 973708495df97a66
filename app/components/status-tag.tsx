import type { AssessmentStatus, PublicStatus } from "../../assessment/browser";

const COLOUR: Record<AssessmentStatus | "not_started", string> = {
  not_started: "nhsuk-tag--grey",
  in_progress: "nhsuk-tag--blue",
  submitted: "nhsuk-tag--purple",
  returned: "nhsuk-tag--orange",
  approved: "nhsuk-tag--green",
};

/** An assessment's status as an NHS.UK tag: the words carry the meaning, the colour only helps. */
export function StatusTag({ status, label }: { status: AssessmentStatus | "not_started"; label: string }) {
  return <strong className={`nhsuk-tag ${COLOUR[status]}`}>{label}</strong>;
}

const PUBLIC_COLOUR: Record<PublicStatus, string> = {
  "not-started": "nhsuk-tag--grey",
  "in-progress": "nhsuk-tag--blue",
  submitted: "nhsuk-tag--purple",
  approved: "nhsuk-tag--green",
};

/** A status as the public progress page shows it. */
export function PublicStatusTag({ status, label }: { status: PublicStatus; label: string }) {
  return <strong className={`nhsuk-tag ${PUBLIC_COLOUR[status]}`}>{label}</strong>;
}
