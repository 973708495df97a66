/**
 * Hearth's domain words, each declared once: the values the database stores, the types the code uses and the
 * words people read. Browser-safe (no framework text), so forms and pages import it directly.
 * Answer kinds, maturity levels and evidence strengths live in ./types and ./scale with the rules that use them.
 */

export const ORGANISATION_KINDS = ["network", "partnership", "provider"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  network: "Regional network",
  partnership: "Integrated care system (partnership)",
  provider: "Housing provider",
};

export const ROLES = [
  "network_staff",
  "partnership_lead",
  "partnership_viewer",
  "partnership_contributor",
  "provider_editor",
  "provider_viewer",
  "provider_contributor",
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  network_staff: "Network staff",
  partnership_lead: "Partnership lead",
  partnership_viewer: "Partnership viewer",
  partnership_contributor: "Partnership contributor",
  provider_editor: "Housing provider",
  provider_viewer: "Housing provider (view only)",
  provider_contributor: "Housing provider contributor",
};

/** The kind of organisation each role belongs to. */
export const ORGANISATION_KIND_OF_ROLE: Record<Role, OrganisationKind> = {
  network_staff: "network",
  partnership_lead: "partnership",
  partnership_viewer: "partnership",
  partnership_contributor: "partnership",
  provider_editor: "provider",
  provider_viewer: "provider",
  provider_contributor: "provider",
};

/** Roles that may change their own organisation's assessments, evidence, actions and offer. */
export const EDITOR_ROLES: readonly Role[] = ["partnership_lead", "provider_editor"];

/**
 * Roles that see and change only the parts of an assessment assigned to them (a domain or single indicators), with
 * the evidence behind those answers; nothing else of their organisation's assessments, results or records.
 */
export const CONTRIBUTOR_ROLES: readonly Role[] = ["partnership_contributor", "provider_contributor"];

/** A round's status alone decides whether its assessments may be edited; its due date is advisory. */
export const ROUND_STATUSES = ["draft", "open", "closed"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ASSESSMENT_STATUSES = ["in_progress", "submitted", "returned", "approved"] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  in_progress: "In progress",
  submitted: "Submitted",
  returned: "Returned for changes",
  approved: "Approved",
};

export const CONFIDENCE_LEVELS = ["low", "medium", "high"] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = { low: "Low", medium: "Medium", high: "High" };

export const ACTION_STATUSES = ["open", "in_progress", "done", "dropped"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: "Open",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};

export const EVIDENCE_KINDS = ["link", "file"] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What network staff decide about a submitted assessment; "reopened" undoes an approval into a new version. */
export const REVIEW_DECISIONS = ["returned", "approved", "reopened"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** An offer version is a draft until published; publishing the next one supersedes it. */
export const OFFER_VERSION_STATUSES = ["draft", "published", "superseded"] as const;
export type OfferVersionStatus = (typeof OFFER_VERSION_STATUSES)[number];

/** What a resource in the library is: network staff choose one when they add or change it. */
export const RESOURCE_KINDS = ["guidance", "research", "example", "tool", "data"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export const RESOURCE_KIND_LABELS: Record<ResourceKind, string> = {
  guidance: "Guidance",
  research: "Research and evidence",
  example: "Example of practice",
  tool: "Tool or template",
  data: "Data",
};

export const ACCOUNT_TOKEN_PURPOSES = ["invitation", "password_reset"] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];
