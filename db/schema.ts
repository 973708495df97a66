import type { ColumnType, Generated, Insertable, Kysely, Selectable, SelectType, Transaction } from "kysely";
import type { AnswerKind, EvidenceStrength, IsoDate } from "../assessment/types";
import type {
  AccountTokenPurpose,
  ActionStatus,
  AssessmentStatus,
  Confidence,
  EvidenceKind,
  OfferVersionStatus,
  OrganisationKind,
  ResourceKind,
  ReviewDecision,
  Role,
  RoundStatus,
} from "../assessment/vocabulary";

/**
 * The database as the app sees it, after every migration in db/migrations/. `SCHEMA_COLUMNS` below lists every
 * column with its nullability, which TypeScript checks against these interfaces and
 * tests/integration/schema.test.ts checks against the migrated database, so the two cannot drift apart.
 * Timestamps come back as Date; `date` columns as "YYYY-MM-DD" strings; counts (int8) as numbers; text[] as
 * string arrays; bytea as Uint8Array: both back-ends are configured the same way in db/client.ts.
 */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Id = Generated<string>;
type JsonObject = Record<string, unknown>;
type Json = ColumnType<JsonObject, string | undefined, string>;
type NullableJson = ColumnType<JsonObject | null, string | null | undefined, string | null>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

/** The database handle, or a transaction on it: what every repository function takes first. */
export type Db = Kysely<Database> | Transaction<Database>;

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
  organisation_type: string | null;
  benchmark_opted_out_at: NullableTimestamp;
}

export interface OrganisationBoroughTable {
  organisation_id: string;
  borough_key: string;
}

export interface OrganisationMergeTable {
  predecessor_id: string;
  successor_id: string;
  merged_on: IsoDate;
  merged_by: string | null;
  note: Generated<string>;
  created_at: Timestamp;
}

export interface PersonTable {
  id: Id;
  email: string;
  name: string;
  /** Null for a person invited who has not yet chosen a password. */
  password_hash: string | null;
  password_changed_at: Timestamp;
  created_at: Timestamp;
  disabled_at: NullableTimestamp;
  reminders_enabled: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled_at: NullableTimestamp;
}

export interface MembershipTable {
  id: Id;
  person_id: string;
  organisation_id: string;
  role: Role;
  created_at: Timestamp;
  invited_by: string | null;
}

export interface AccountTokenTable {
  id: Id;
  token_hash: string;
  purpose: AccountTokenPurpose;
  person_id: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: RequiredTimestamp;
  used_at: NullableTimestamp;
}

export interface RecoveryCodeTable {
  person_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
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
  /** The membership this session acts for; null until the person chooses (when they have several). */
  membership_id: string | null;
  second_factor_at: NullableTimestamp;
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
  /** Advisory: work after it is flagged as late, not refused. */
  due_on: IsoDate;
  status: Generated<RoundStatus>;
  created_by: string | null;
  created_at: Timestamp;
  closed_at: NullableTimestamp;
  closed_by: string | null;
}

export interface AssessmentTable {
  id: Id;
  round_id: string;
  organisation_id: string;
  framework_key: string;
  framework_version: number;
  status: Generated<AssessmentStatus>;
  /** Bumped by every status change, for optimistic concurrency on the assessment itself. */
  revision: Generated<number>;
  submitted_at: NullableTimestamp;
  submitted_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** 1, then +1 each time an approval is reopened. */
  version: Generated<number>;
  started_from_id: string | null;
  created_by: string | null;
  updated_by: string | null;
  review_started_at: NullableTimestamp;
  review_started_by: string | null;
  decided_at: NullableTimestamp;
  decided_by: string | null;
}

export interface RatingTable {
  assessment_id: string;
  indicator_key: string;
  answer: AnswerKind;
  level: number | null;
  target_level: number | null;
  confidence: Confidence | null;
  rationale: Generated<string>;
  revision: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
  carried_over: Generated<boolean>;
  created_at: Timestamp;
}

export interface EvidenceFileTable {
  id: Id;
  organisation_id: string;
  sha256: string;
  media_type: string;
  size_bytes: number;
  file_name: string;
  created_by: string | null;
  created_at: Timestamp;
  purged_at: NullableTimestamp;
  purged_by: string | null;
  purge_reason: string | null;
}

export interface EvidenceFileChunkTable {
  file_id: string;
  seq: number;
  bytes: Uint8Array;
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
  kind: Generated<EvidenceKind>;
  file_id: string | null;
  owner_name: Generated<string>;
  updated_by: string | null;
}

export interface EvidenceLinkTable {
  evidence_id: string;
  assessment_id: string;
  indicator_key: string;
}

export interface ActionTable {
  id: Id;
  organisation_id: string;
  framework_key: string;
  indicator_key: string | null;
  raised_in_assessment_id: string | null;
  title: string;
  detail: Generated<string>;
  owner_name: Generated<string>;
  due_on: IsoDate | null;
  status: Generated<ActionStatus>;
  revision: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface OfferVersionTable {
  id: Id;
  organisation_id: string;
  version: number;
  status: Generated<OfferVersionStatus>;
  framework_key: string;
  framework_version: number;
  organisation_type: string | null;
  contact_route: Generated<string>;
  last_reviewed_on: IsoDate | null;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
  published_at: NullableTimestamp;
  published_by: string | null;
}

export interface OfferServiceTable {
  id: Id;
  offer_version_id: string;
  position: number;
  service_key: string;
  eligibility: Generated<string>;
  client_groups: TextArray;
  capacity: number | null;
  capacity_unit: string | null;
  referral_routes: TextArray;
  referral_detail: Generated<string>;
  response_time: number | null;
  response_time_unit: string | null;
  outcomes: TextArray;
  outcomes_other: Generated<string>;
  funding: TextArray;
  cost_basis: string | null;
  cost_detail: Generated<string>;
  tenures: TextArray;
  hours: string | null;
  hours_detail: Generated<string>;
  contract_end_on: IsoDate | null;
}

export interface OfferServiceBoroughTable {
  offer_service_id: string;
  borough_key: string;
}

/** A provider in a closed round's benchmark, with what its figures come from as it was when the round closed. */
export interface BenchmarkPeerTable {
  round_id: string;
  organisation_id: string;
  homes_band: string | null;
  organisation_type: string | null;
  /** The partnerships (ICS areas) with a borough the provider worked in. */
  partnership_ids: TextArray;
  /** Indicator key → level 1–5, for the indicators it gave a level. */
  levels: ColumnType<Record<string, number>, string | undefined, string>;
}

export interface ReviewCommentTable {
  id: Id;
  assessment_id: string;
  assessment_version: number;
  domain_key: string | null;
  indicator_key: string | null;
  body: string;
  author_id: string | null;
  created_at: Timestamp;
}

export interface ReviewDecisionTable {
  id: Id;
  assessment_id: string;
  assessment_version: number;
  decision: ReviewDecision;
  comment: Generated<string>;
  snapshot: NullableJson;
  decided_by: string | null;
  decided_at: Timestamp;
}

export interface AssignmentTable {
  id: Id;
  assessment_id: string;
  domain_key: string | null;
  indicator_key: string | null;
  person_id: string;
  due_on: IsoDate | null;
  created_by: string | null;
  created_at: Timestamp;
}

export interface ConsensusRequestTable {
  id: Id;
  assessment_id: string;
  domain_key: string;
  requested_by: string | null;
  created_at: Timestamp;
  released_at: NullableTimestamp;
  released_by: string | null;
}

export interface ConsensusRaterTable {
  request_id: string;
  person_id: string;
}

export interface IndependentRatingTable {
  request_id: string;
  person_id: string;
  indicator_key: string;
  answer: AnswerKind;
  level: number | null;
  rationale: Generated<string>;
  updated_at: Timestamp;
}

export interface ConsensusOutcomeTable {
  request_id: string;
  indicator_key: string;
  answer: AnswerKind;
  level: number | null;
  reason: string;
  agreed_by: string | null;
  agreed_at: Timestamp;
}

export interface NotificationTable {
  id: Id;
  organisation_id: string | null;
  person_id: string | null;
  kind: string;
  title: string;
  link: Generated<string>;
  created_at: Timestamp;
}

export interface NotificationSeenTable {
  person_id: string;
  seen_at: RequiredTimestamp;
}

export interface ReminderSentTable {
  key: string;
  person_id: string;
  sent_at: Timestamp;
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
  retired_at: NullableTimestamp;
  seed_hash: string | null;
  edited_at: NullableTimestamp;
  edited_by: string | null;
  kind: Generated<ResourceKind>;
  /** Tags straight from the regional vocabularies (assessment/taxonomy.ts), beside those its indicators carry. */
  report_areas: TextArray;
  mou_aims: TextArray;
  london_aims: TextArray;
  network_themes: TextArray;
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
  detail: Json;
  actor_name: Generated<string>;
  before: NullableJson;
  after: NullableJson;
}

export interface Database {
  region: RegionTable;
  borough: BoroughTable;
  organisation: OrganisationTable;
  organisation_borough: OrganisationBoroughTable;
  organisation_merge: OrganisationMergeTable;
  person: PersonTable;
  membership: MembershipTable;
  account_token: AccountTokenTable;
  recovery_code: RecoveryCodeTable;
  session: SessionTable;
  sign_in_attempt: SignInAttemptTable;
  framework_version: FrameworkVersionTable;
  round: RoundTable;
  assessment: AssessmentTable;
  rating: RatingTable;
  evidence_file: EvidenceFileTable;
  evidence_file_chunk: EvidenceFileChunkTable;
  evidence: EvidenceTable;
  evidence_link: EvidenceLinkTable;
  action: ActionTable;
  offer_version: OfferVersionTable;
  offer_service: OfferServiceTable;
  offer_service_borough: OfferServiceBoroughTable;
  benchmark_peer: BenchmarkPeerTable;
  review_comment: ReviewCommentTable;
  review_decision: ReviewDecisionTable;
  assignment: AssignmentTable;
  consensus_request: ConsensusRequestTable;
  consensus_rater: ConsensusRaterTable;
  independent_rating: IndependentRatingTable;
  consensus_outcome: ConsensusOutcomeTable;
  notification: NotificationTable;
  notification_seen: NotificationSeenTable;
  reminder_sent: ReminderSentTable;
  resource: ResourceTable;
  resource_tag: ResourceTagTable;
  audit_event: AuditEventTable;
}

export type TableName = keyof Database;

/** "null" when a column's selected type admits null, else "not null": derived from the interfaces above. */
type Nullability<C> = null extends SelectType<C> ? "null" : "not null";
type ColumnsOf<T> = { [K in keyof T]-?: Nullability<T[K]> };

/**
 * Every table and column with its nullability. TypeScript requires exactly the columns of each interface, with the
 * nullability its type says; tests/integration/schema.test.ts requires the same of the migrated database.
 */
export const SCHEMA_COLUMNS: { [T in TableName]: ColumnsOf<Database[T]> } = {
  region: { key: "not null", name: "not null" },
  borough: { key: "not null", name: "not null", region_key: "not null" },
  organisation: {
    id: "not null", kind: "not null", name: "not null", short_name: "null", region_key: "not null", homes_band: "null",
    note: "null", created_at: "not null", archived_at: "null", organisation_type: "null", benchmark_opted_out_at: "null",
  },
  organisation_borough: { organisation_id: "not null", borough_key: "not null" },
  organisation_merge: {
    predecessor_id: "not null", successor_id: "not null", merged_on: "not null", merged_by: "null", note: "not null", created_at: "not null",
  },
  person: {
    id: "not null", email: "not null", name: "not null", password_hash: "null", password_changed_at: "not null", created_at: "not null",
    disabled_at: "null", reminders_enabled: "not null", totp_secret: "null", totp_enabled_at: "null",
  },
  membership: { id: "not null", person_id: "not null", organisation_id: "not null", role: "not null", created_at: "not null", invited_by: "null" },
  account_token: {
    id: "not null", token_hash: "not null", purpose: "not null", person_id: "not null", created_by: "null", created_at: "not null",
    expires_at: "not null", used_at: "null",
  },
  recovery_code: { person_id: "not null", code_hash: "not null", used_at: "null" },
  session: {
    id: "not null", person_id: "not null", created_at: "not null", last_seen_at: "not null", idle_expires_at: "not null",
    absolute_expires_at: "not null", client_ip: "null", user_agent: "null", membership_id: "null", second_factor_at: "null",
  },
  sign_in_attempt: { id: "not null", email_key: "not null", client_ip: "not null", succeeded: "not null", attempted_at: "not null" },
  framework_version: { key: "not null", version: "not null", title: "not null", published_on: "not null", content_hash: "not null" },
  round: {
    id: "not null", region_key: "not null", framework_key: "not null", framework_version: "not null", name: "not null", opens_on: "not null",
    due_on: "not null", status: "not null", created_by: "null", created_at: "not null", closed_at: "null", closed_by: "null",
  },
  assessment: {
    id: "not null", round_id: "not null", organisation_id: "not null", framework_key: "not null", framework_version: "not null",
    status: "not null", revision: "not null", submitted_at: "null", submitted_by: "null", created_at: "not null", updated_at: "not null",
    version: "not null", started_from_id: "null", created_by: "null", updated_by: "null", review_started_at: "null",
    review_started_by: "null", decided_at: "null", decided_by: "null",
  },
  rating: {
    assessment_id: "not null", indicator_key: "not null", answer: "not null", level: "null", target_level: "null", confidence: "null",
    rationale: "not null", revision: "not null", updated_by: "null", updated_at: "not null", carried_over: "not null", created_at: "not null",
  },
  evidence_file: {
    id: "not null", organisation_id: "not null", sha256: "not null", media_type: "not null", size_bytes: "not null", file_name: "not null",
    created_by: "null", created_at: "not null", purged_at: "null", purged_by: "null", purge_reason: "null",
  },
  evidence_file_chunk: { file_id: "not null", seq: "not null", bytes: "not null" },
  evidence: {
    id: "not null", organisation_id: "not null", title: "not null", description: "not null", url: "null", strength: "not null",
    dated_on: "not null", review_by: "not null", created_by: "null", created_at: "not null", updated_at: "not null", kind: "not null",
    file_id: "null", owner_name: "not null", updated_by: "null",
  },
  evidence_link: { evidence_id: "not null", assessment_id: "not null", indicator_key: "not null" },
  action: {
    id: "not null", organisation_id: "not null", framework_key: "not null", indicator_key: "null", raised_in_assessment_id: "null",
    title: "not null", detail: "not null", owner_name: "not null", due_on: "null", status: "not null", revision: "not null",
    created_by: "null", created_at: "not null", updated_by: "null", updated_at: "not null",
  },
  offer_version: {
    id: "not null", organisation_id: "not null", version: "not null", status: "not null", framework_key: "not null",
    framework_version: "not null", organisation_type: "null", contact_route: "not null", last_reviewed_on: "null", revision: "not null",
    created_at: "not null", updated_at: "not null", updated_by: "null", published_at: "null", published_by: "null",
  },
  offer_service: {
    id: "not null", offer_version_id: "not null", position: "not null", service_key: "not null", eligibility: "not null",
    client_groups: "not null", capacity: "null", capacity_unit: "null", referral_routes: "not null", referral_detail: "not null",
    response_time: "null", response_time_unit: "null", outcomes: "not null", outcomes_other: "not null", funding: "not null",
    cost_basis: "null", cost_detail: "not null", tenures: "not null", hours: "null", hours_detail: "not null", contract_end_on: "null",
  },
  offer_service_borough: { offer_service_id: "not null", borough_key: "not null" },
  benchmark_peer: { round_id: "not null", organisation_id: "not null", homes_band: "null", organisation_type: "null", partnership_ids: "not null", levels: "not null" },
  review_comment: {
    id: "not null", assessment_id: "not null", assessment_version: "not null", domain_key: "null", indicator_key: "null", body: "not null",
    author_id: "null", created_at: "not null",
  },
  review_decision: {
    id: "not null", assessment_id: "not null", assessment_version: "not null", decision: "not null", comment: "not null", snapshot: "null",
    decided_by: "null", decided_at: "not null",
  },
  assignment: {
    id: "not null", assessment_id: "not null", domain_key: "null", indicator_key: "null", person_id: "not null", due_on: "null",
    created_by: "null", created_at: "not null",
  },
  consensus_request: {
    id: "not null", assessment_id: "not null", domain_key: "not null", requested_by: "null", created_at: "not null", released_at: "null",
    released_by: "null",
  },
  consensus_rater: { request_id: "not null", person_id: "not null" },
  independent_rating: {
    request_id: "not null", person_id: "not null", indicator_key: "not null", answer: "not null", level: "null", rationale: "not null",
    updated_at: "not null",
  },
  consensus_outcome: {
    request_id: "not null", indicator_key: "not null", answer: "not null", level: "null", reason: "not null", agreed_by: "null",
    agreed_at: "not null",
  },
  notification: { id: "not null", organisation_id: "null", person_id: "null", kind: "not null", title: "not null", link: "not null", created_at: "not null" },
  notification_seen: { person_id: "not null", seen_at: "not null" },
  reminder_sent: { key: "not null", person_id: "not null", sent_at: "not null" },
  resource: {
    id: "not null", seed_key: "null", title: "not null", publisher: "not null", year: "null", url: "not null", summary: "not null",
    confirmed: "not null", note: "null", created_at: "not null", updated_at: "not null", retired_at: "null", seed_hash: "null",
    edited_at: "null", edited_by: "null", kind: "not null", report_areas: "not null", mou_aims: "not null", london_aims: "not null",
    network_themes: "not null",
  },
  resource_tag: { resource_id: "not null", framework_key: "not null", domain_key: "not null", indicator_key: "not null" },
  audit_event: {
    id: "not null", occurred_at: "not null", person_id: "null", organisation_id: "null", subject_type: "not null", subject_id: "not null",
    action: "not null", detail: "not null", actor_name: "not null", before: "null", after: "null",
  },
};

export type Organisation = Selectable<OrganisationTable>;
export type NewOrganisation = Insertable<OrganisationTable>;
export type Person = Selectable<PersonTable>;
