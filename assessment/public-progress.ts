/**
 * Public progress (docs/decisions/025): what anyone may see of a partnership's assessment, as the Data Security and
 * Protection Toolkit's public search shows each organisation's status, and nothing more: a status and its dates.
 * Never scores, answers, evidence, actions, comments or the names of the people involved.
 */
import type { AssessmentStatus } from "./vocabulary";

export const PUBLIC_STATUSES = ["not-started", "in-progress", "submitted", "approved"] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

export const PUBLIC_STATUS_LABELS: Record<PublicStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  submitted: "Submitted",
  approved: "Approved",
};

/** A returned assessment is being worked on again: in progress, as far as the public is concerned. */
export function publicStatus(status: AssessmentStatus | null): PublicStatus {
  switch (status) {
    case null:
      return "not-started";
    case "in_progress":
    case "returned":
      return "in-progress";
    case "submitted":
      return "submitted";
    case "approved":
      return "approved";
  }
}

export interface PublicProgressDates {
  startedOn: string | null;
  submittedOn: string | null;
  approvedOn: string | null;
}

/** The dates the public sees, for the status shown: a returned assessment's earlier submission is not among them. */
export function publicDates(status: PublicStatus, a: { createdAt: Date | null; submittedAt: Date | null; decidedAt: Date | null }): PublicProgressDates {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    startedOn: status === "not-started" ? null : iso(a.createdAt),
    submittedOn: status === "submitted" || status === "approved" ? iso(a.submittedAt) : null,
    approvedOn: status === "approved" ? iso(a.decidedAt) : null,
  };
}
