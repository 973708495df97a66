import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/**
 * The database as the app sees it. Keep in step with db/migrations/.
 * Timestamps come back as Date; `date` columns as "YYYY-MM-DD" strings; counts
 * (int8) as numbers: both back-ends are configured the same way in db/client.ts.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type IsoDate = string; // "YYYY-MM-DD"
type Id = Generated<string>;

export type OrganisationKind = "network" | "partnership" | "provider";
export type Role =
  | "network_staff"
  | "partnership_lead"
  | "partnership_viewer"
  | "provider_editor"
  | "provider_viewer";
export type RoundStatus = "draft" | "open" | "closed";
export type AssessmentStatus = "in_progress" | "submitted" | "returned" | "approved";
export type RatingAnswer = "level" | "not_applicable" | "dont_know";
export type EvidenceStrength = "intent" | "documentary" | "outcome" | "independent";
export type ActionStatus = "planned" | "in_progress" | "done" | "dropped";
export type ReviewDecision = "comment" | "returned" | "approved";

export interface RegionTable {
  key: string;
  name: string;
}

export interface BoroughTable {
  key: string;
  name: string;
  region_key: string;
}

export interface OrganisationTable {
  id: Id;
  kind: OrganisationKind;
  name: string;
  short_name: string | null;
  region_key: string;
  homes_band: string | null;
  note: string | null;
  created_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface OrganisationBoroughTable {
  organisation_id: string;
  borough_key: string;
}

export interface PersonTable {
  id: Id;
  email: string;
  name: string;
  password_hash: string;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  disabled_at: NullableTimestamp;
}

export interface MembershipTable {
  id: Id;
  person_id: string;
  organisation_id: string;
  role: Role;
  created_at: Timestamp;
}

export interface SessionTable {
  id: string;
  person_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  idle_expires_at: RequiredTimestamp;
  absolute_expires_at: RequiredTimestamp;
  client_ip: string | null;
  user_agent: string | null;
}

export interface SignInAttemptTable {
  id: Id;
  email_key: string;
  client_ip: string;
  succeeded: boolean;
  attempted_at: Timestamp;
}

export interface FrameworkVersionTable {
  key: string;
  version: number;
  title: string;
  published_on: IsoDate;
  content_hash: string;
}

export interface RoundTable {
  id: Id;
  region_key: string;
  framework_key: string;
  framework_version: number;
  name: string;
  opens_on: IsoDate;
  closes_on: IsoDate;
  status: Generated<RoundStatus>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AssessmentTable {
  id: Id;
  round_id: string;
  organisation_id: string;
  framework_key: string;
  framework_version: number;
  status: Generated<AssessmentStatus>;
  revision: Generated<number>;
  submitted_at: NullableTimestamp;
  submitted_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RatingTable {
  assessment_id: string;
  indicator_key: string;
  answer: RatingAnswer;
  level: number | null;
  target_level: number | null;
  confidence: "low" | "medium" | "high" | null;
  rationale: Generated<string>;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface EvidenceTable {
  id: Id;
  organisation_id: string;
  title: string;
  description: Generated<string>;
  url: string | null;
  strength: EvidenceStrength;
  dated_on: IsoDate;
  review_by: IsoDate;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EvidenceLinkTable {
  evidence_id: string;
  assessment_id: string;
  indicator_key: string;
}

export interface ActionTable {
  id: Id;
  assessment_id: string;
  domain_key: string;
  indicator_key: string | null;
  title: string;
  detail: Generated<string>;
  owner_name: Generated<string>;
  due_on: IsoDate | null;
  status: Generated<ActionStatus>;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OfferServiceTable {
  id: Id;
  assessment_id: string;
  service_key: string;
  capacity: number | null;
  capacity_unit: string | null;
  referral_route: Generated<string>;
  response_days: number | null;
  outcomes_measured: Generated<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OfferServiceBoroughTable {
  offer_service_id: string;
  borough_key: string;
}

export interface ReviewTable {
  id: Id;
  assessment_id: string;
  reviewer_id: string | null;
  decision: ReviewDecision;
  comment: Generated<string>;
  created_at: Timestamp;
}

export interface ResourceTable {
  id: Id;
  seed_key: string | null;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  summary: string;
  confirmed: Generated<boolean>;
  note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface ResourceTagTable {
  resource_id: string;
  framework_key: string;
  domain_key: string;
  indicator_key: Generated<string>;
}

export interface AuditEventTable {
  id: Id;
  occurred_at: Timestamp;
  person_id: string | null;
  organisation_id: string | null;
  subject_type: string;
  subject_id: string;
  action: string;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface Database {
  region: RegionTable;
  borough: BoroughTable;
  organisation: OrganisationTable;
  organisation_borough: OrganisationBoroughTable;
  person: PersonTable;
  membership: MembershipTable;
  session: SessionTable;
  sign_in_attempt: SignInAttemptTable;
  framework_version: FrameworkVersionTable;
  round: RoundTable;
  assessment: AssessmentTable;
  rating: RatingTable;
  evidence: EvidenceTable;
  evidence_link: EvidenceLinkTable;
  action: ActionTable;
  offer_service: OfferServiceTable;
  offer_service_borough: OfferServiceBoroughTable;
  review: ReviewTable;
  resource: ResourceTable;
  resource_tag: ResourceTagTable;
  audit_event: AuditEventTable;
}

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;
export type Membership = Selectable<MembershipTable>;
export type Session = Selectable<SessionTable>;
