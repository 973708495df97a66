import {
  CONTRIBUTOR_ROLES,
  EDITOR_ROLES,
  ORGANISATION_KIND_OF_ROLE,
  type AssessmentStatus,
  type OrganisationKind,
  type Role,
  type RoundStatus,
} from "../../assessment/browser";

/**
 * Who may do what to which thing: the one place that answers. Pure, so every rule is tested directly
 * (tests/unit/access.test.ts); access.server.ts loads a thing's facts and enforces the answer.
 *
 * A decision looks at the person (the membership they act for: role, organisation, region), the thing (its kind,
 * its organisation and region, and its state) and the ability asked for. The rules, in short:
 * - A thing of another organisation is "not found" (404), so its existence does not leak, unless the person is
 *   network staff of that organisation's region. Network staff of another region get "not found" too.
 * - Published provider offers are the exception: anyone in the region may read them.
 * - A provider's benchmark shows other providers only as anonymous figures; every provider's position by name is for
 *   network staff of the region.
 * - A partnership merged into another keeps its own history (assessments, evidence, actions): the successor's members
 *   may read it, as network staff of the region may, and nobody changes it.
 * - "Forbidden" (403, with a reason in words) is only for things the person may see but not do this to, such as a
 *   viewer editing, or anyone editing a submitted assessment.
 * - A contributor sees and changes only the parts of an assessment assigned to them (a domain, or single indicators),
 *   with the evidence behind those answers: not the whole assessment, its results, or the organisation's records.
 */
export type Ability =
  | "read"
  | "edit"
  | "submit"
  | "withdraw"
  | "review"
  | "reopen"
  | "start"
  | "publish"
  | "download"
  | "invite"
  | "administer";

export interface OrganisationRef {
  id: string;
  kind: OrganisationKind;
  regionKey: string;
  /**
   * For a partnership merged into another: the organisations that took it over (its successor, and theirs in turn).
   * Their members may read its history, and nobody changes it.
   */
  successorIds?: readonly string[];
}

/** The person asking: the membership they act for. */
export interface Actor {
  role: Role;
  organisation: OrganisationRef;
}

export type Thing =
  /** The pages of one kind of organisation: /network, /partnership, /provider. */
  | { type: "area"; kind: OrganisationKind }
  /** Things of a whole region: its rounds, its directory, its people and audit log. */
  | { type: "region"; regionKey: string }
  | { type: "organisation"; organisation: OrganisationRef }
  /** A round, to start an assessment in (for organisations of `audience` kind). */
  | { type: "round"; regionKey: string; status: RoundStatus; audience: OrganisationKind }
  | {
      type: "assessment";
      organisation: OrganisationRef;
      roundStatus: RoundStatus;
      status: AssessmentStatus;
      reviewStarted: boolean;
      /** What of this assessment is assigned to the person asking (only contributors are limited by it). */
      assignedToActor?: AssignedParts;
      /** The part asked about; without one, the whole assessment (its check page, results, report, downloads). */
      part?: AssessmentPart;
    }
  /**
   * Independent ratings of one domain of an assessment: its raters rate (edit) until the ratings are released; its
   * editors ask for them, close the rating and record the agreed rating (administer).
   */
  | { type: "rating-request"; assessment: Extract<Thing, { type: "assessment" }>; isRater: boolean; released: boolean }
  /** An organisation's records as a whole: its progress over rounds, its evidence register, its actions. */
  | { type: "records"; organisation: OrganisationRef }
  | { type: "evidence"; organisation: OrganisationRef }
  | { type: "action"; organisation: OrganisationRef }
  | { type: "offer"; organisation: OrganisationRef; published: boolean }
  /** A provider's benchmark: its own ratings against anonymous peers (read), and whether it takes part (edit). */
  | { type: "benchmark"; organisation: OrganisationRef }
  /** Every provider's benchmark position in a region, by name. */
  | { type: "region-benchmark"; regionKey: string }
  /** The people of an organisation: who is in it (read), bringing someone in (invite), roles, removal and reset links (administer). */
  | { type: "people"; organisation: OrganisationRef }
  | { type: "resource-library" };

/** The parts of an assessment assigned to one person: whole domains, and single indicators (with their domain). */
export interface AssignedParts {
  domainKeys: readonly string[];
  indicators: readonly { indicatorKey: string; domainKey: string }[];
}

export type AssessmentPart =
  | { kind: "task-list" }
  | { kind: "domain"; domainKey: string }
  | { kind: "indicator"; domainKey: string; indicatorKey: string };

export type Decision = { outcome: "allowed" } | { outcome: "forbidden"; reason: string } | { outcome: "not-found" };

const ALLOWED: Decision = { outcome: "allowed" };
const NOT_FOUND: Decision = { outcome: "not-found" };
const forbidden = (reason: string): Decision => ({ outcome: "forbidden", reason });

export function decide(actor: Actor, thing: Thing, ability: Ability): Decision {
  switch (thing.type) {
    case "area":
      if (ability !== "read") return forbidden("Pages are only read.");
      return kindOf(actor) === thing.kind ? ALLOWED : forbidden(`These pages are for ${AREA_PEOPLE[thing.kind]}.`);
    case "region":
      return decideRegion(actor, thing.regionKey, ability);
    case "resource-library":
      if (ability === "read") return ALLOWED;
      if (ability === "administer") return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff keep the resource library.");
      return forbidden("The resource library is kept by network staff.");
    case "organisation":
      return decideOrganisation(actor, thing.organisation, ability);
    case "round":
      return decideRound(actor, thing, ability);
    case "assessment":
      return decideAssessment(actor, thing, ability);
    case "evidence":
    case "action":
      return decideOwnedRecord(actor, thing.organisation, ability, thing.type);
    case "rating-request":
      return decideRatingRequest(actor, thing, ability);
    case "records":
      if (isContributor(actor.role) && visibility(actor, thing.organisation) === "own") return forbidden(CONTRIBUTOR_SEES_ASSIGNED);
      return decideOrganisation(actor, thing.organisation, ability);
    case "offer":
      return decideOffer(actor, thing, ability);
    case "benchmark":
      return decideBenchmark(actor, thing.organisation, ability);
    case "people":
      return decidePeople(actor, thing.organisation, ability);
    case "region-benchmark":
      if (actor.organisation.regionKey !== thing.regionKey) return NOT_FOUND;
      if (ability !== "read") return forbidden("Benchmark positions are only read.");
      return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff see providers' benchmark positions by name.");
  }
}

export function can(actor: Actor, thing: Thing, ability: Ability): boolean {
  return decide(actor, thing, ability).outcome === "allowed";
}

const AREA_PEOPLE: Record<OrganisationKind, string> = {
  network: "network staff",
  partnership: "members of a partnership",
  provider: "members of a housing provider",
};

function kindOf(actor: Actor): OrganisationKind {
  return ORGANISATION_KIND_OF_ROLE[actor.role];
}

function isNetworkStaff(actor: Actor): boolean {
  return actor.role === "network_staff";
}

export function isEditor(role: Role): boolean {
  return EDITOR_ROLES.includes(role);
}

export function isContributor(role: Role): boolean {
  return CONTRIBUTOR_ROLES.includes(role);
}

const CONTRIBUTOR_SEES_ASSIGNED = "As a contributor you see only the parts of an assessment assigned to you: ask your lead for the rest.";

/** Whether a contributor's assignments cover the part asked about. */
export function assignmentCovers(assigned: AssignedParts | undefined, part: AssessmentPart | undefined): boolean {
  if (!assigned || !part) return false;
  switch (part.kind) {
    case "task-list":
      return assigned.domainKeys.length > 0 || assigned.indicators.length > 0;
    case "domain":
      return assigned.domainKeys.includes(part.domainKey) || assigned.indicators.some((i) => i.domainKey === part.domainKey);
    case "indicator":
      return assigned.domainKeys.includes(part.domainKey) || assigned.indicators.some((i) => i.indicatorKey === part.indicatorKey);
  }
}

/**
 * Whether the thing's organisation is visible at all: one's own, any in one's region for network staff, or one merged
 * into one's own (its history, read only).
 */
function visibility(actor: Actor, organisation: OrganisationRef): "own" | "region-staff" | "history" | "hidden" {
  if (actor.organisation.id === organisation.id) return "own";
  if (isNetworkStaff(actor) && actor.organisation.regionKey === organisation.regionKey) return "region-staff";
  if (organisation.successorIds?.includes(actor.organisation.id) && actor.organisation.regionKey === organisation.regionKey) return "history";
  return "hidden";
}

const HISTORY_ONLY = "This partnership has merged into yours: its records are kept as its history, and are only read.";

function decideRegion(actor: Actor, regionKey: string, ability: Ability): Decision {
  if (actor.organisation.regionKey !== regionKey) return NOT_FOUND;
  if (ability === "read") return ALLOWED;
  if (ability === "administer") return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff run the region.");
  return forbidden("This cannot be done to a region.");
}

function decideOrganisation(actor: Actor, organisation: OrganisationRef, ability: Ability): Decision {
  const seen = visibility(actor, organisation);
  if (seen === "hidden") return NOT_FOUND;
  if (ability === "read") return ALLOWED;
  if (seen === "history") return forbidden(HISTORY_ONLY);
  if (ability === "administer") return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff administer organisations.");
  if (ability === "edit") {
    if (seen === "own" && isEditor(actor.role)) return ALLOWED;
    return forbidden(seen === "own" ? "Your role can read your organisation's pages but not change them." : "Network staff review other organisations' work; only the organisation itself changes it.");
  }
  return forbidden("This cannot be done to an organisation.");
}

/**
 * An organisation's people: its members and the region's network staff see who is in it; its editors (leads, a
 * provider's editors) and network staff invite people into it; only network staff change roles, remove access and
 * issue password-reset links.
 */
function decidePeople(actor: Actor, organisation: OrganisationRef, ability: Ability): Decision {
  const seen = visibility(actor, organisation);
  if (seen === "hidden") return NOT_FOUND;
  if (ability === "read") return ALLOWED;
  if (ability === "invite") {
    if (isNetworkStaff(actor) || isEditor(actor.role)) return ALLOWED;
    return forbidden("Your role can see who is in your organisation but not invite people: ask one of its leads or editors.");
  }
  if (ability === "administer") return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff change roles, remove access and issue password-reset links.");
  return forbidden("This cannot be done to an organisation's people.");
}

function decideRound(actor: Actor, round: Extract<Thing, { type: "round" }>, ability: Ability): Decision {
  if (actor.organisation.regionKey !== round.regionKey) return NOT_FOUND;
  if (ability === "read") return ALLOWED;
  if (ability === "administer") return isNetworkStaff(actor) ? ALLOWED : forbidden("Only network staff open and close rounds.");
  if (ability === "start") {
    if (kindOf(actor) !== round.audience) return forbidden(`This round is for ${AREA_PEOPLE[round.audience]}.`);
    if (!isEditor(actor.role)) return forbidden("Your role can read assessments but not start one.");
    if (round.status !== "open") return forbidden(round.status === "draft" ? "This round has not opened yet." : "This round has closed.");
    return ALLOWED;
  }
  return forbidden("This cannot be done to a round.");
}

const ASSESSMENT_CHANGES: readonly Ability[] = ["edit", "submit", "withdraw"];

/** Why nobody may change an assessment once its round has closed; pages that describe such an assessment say the same. */
export const ROUND_CLOSED_REASON = "The round has closed, so this assessment can no longer be changed.";

function decideAssessment(actor: Actor, assessment: Extract<Thing, { type: "assessment" }>, ability: Ability): Decision {
  const seen = visibility(actor, assessment.organisation);
  if (seen === "hidden") return NOT_FOUND;
  if (isContributor(actor.role) && seen === "own") return decideContributorPart(actor, assessment, ability);
  if (ability === "read" || ability === "download") return ALLOWED;
  if (seen === "history") return forbidden(HISTORY_ONLY);

  if (ability === "review" || ability === "reopen") {
    if (seen !== "region-staff") return forbidden("Only network staff of the region review assessments.");
    if (ability === "review" && assessment.status !== "submitted") return forbidden("Only a submitted assessment can be reviewed.");
    if (ability === "reopen" && assessment.status !== "approved") return forbidden("Only an approved assessment can be reopened.");
    if (ability === "reopen" && assessment.roundStatus !== "open") return forbidden("The round has closed: an approval in a closed round stays as it is.");
    return ALLOWED;
  }

  if (!ASSESSMENT_CHANGES.includes(ability)) return forbidden("This cannot be done to an assessment.");
  if (seen !== "own") return forbidden("Network staff review assessments; only the organisation itself changes its answers.");
  if (!isEditor(actor.role)) return forbidden("Your role can read this assessment but not change it.");
  return decideChangeByState(assessment, ability);
}

/**
 * A contributor and their own organisation's assessment: the assigned parts are read and, while the assessment is
 * being worked on, changed; the whole of it (check, submit, results, report, downloads) is the lead's.
 */
function decideContributorPart(actor: Actor, assessment: Extract<Thing, { type: "assessment" }>, ability: Ability): Decision {
  if (!assessment.part) return forbidden(CONTRIBUTOR_SEES_ASSIGNED);
  if (!assignmentCovers(assessment.assignedToActor, assessment.part)) {
    return forbidden(assessment.part.kind === "task-list" ? "Nothing in this assessment is assigned to you yet: your lead assigns parts of it." : "This part of the assessment is not assigned to you: ask your lead if it should be.");
  }
  if (ability === "read") return ALLOWED;
  if (ability !== "edit") return forbidden("Only your organisation's leads submit, withdraw or download the assessment.");
  return decideChangeByState(assessment, ability);
}

/**
 * Independent ratings: the raters and the organisation's editors see the request (a rater sees only their own
 * ratings until they are released: the page keeps to that); network staff of the region read them once released.
 * Raters rate until release; editors close the rating and record the agreed rating. All of it needs the assessment
 * to be open to change, as answering does.
 */
function decideRatingRequest(actor: Actor, request: Extract<Thing, { type: "rating-request" }>, ability: Ability): Decision {
  const seen = visibility(actor, request.assessment.organisation);
  if (seen === "hidden") return NOT_FOUND;
  const editor = seen === "own" && isEditor(actor.role);
  const rater = seen === "own" && request.isRater;
  if (ability === "read") {
    if (editor || rater || (seen !== "own" && request.released)) return ALLOWED;
    return forbidden(seen === "own" ? "Only the people asked to rate, and your organisation's leads, see these ratings." : "Independent ratings are shown to network staff once they are released.");
  }
  if (ability === "edit") {
    if (!rater) return forbidden("Only the people asked to rate give independent ratings.");
    if (request.released) return forbidden("The ratings have been released, so they can no longer be changed.");
    return decideChangeByState(request.assessment, ability);
  }
  if (ability === "administer") {
    if (!editor) return forbidden("Only your organisation's leads close the rating and record the agreed rating.");
    return decideChangeByState(request.assessment, ability);
  }
  return forbidden("This cannot be done to independent ratings.");
}

/** Whether an assessment's state lets its editors (or a contributor, their part) change it. */
function decideChangeByState(assessment: Extract<Thing, { type: "assessment" }>, ability: Ability): Decision {
  if (assessment.roundStatus !== "open") {
    return forbidden(assessment.roundStatus === "closed" ? ROUND_CLOSED_REASON : "The round has not opened yet.");
  }
  if (ability === "withdraw") {
    if (assessment.status !== "submitted") return forbidden("Only a submitted assessment can be withdrawn.");
    if (assessment.reviewStarted) return forbidden("Network staff have started reviewing this assessment, so it can no longer be withdrawn.");
    return ALLOWED;
  }
  switch (assessment.status) {
    case "in_progress":
    case "returned":
      return ALLOWED;
    case "submitted":
      return forbidden("This assessment has been submitted, so it cannot be changed unless it is withdrawn or returned.");
    case "approved":
      return forbidden("This assessment has been approved, so it cannot be changed.");
  }
}

function decideOwnedRecord(actor: Actor, organisation: OrganisationRef, ability: Ability, what: "evidence" | "action"): Decision {
  const seen = visibility(actor, organisation);
  if (seen === "hidden") return NOT_FOUND;
  // A contributor reads the evidence behind the answers they give (they add to it from an assigned indicator's page).
  if (what === "action" && seen === "own" && isContributor(actor.role)) return forbidden(CONTRIBUTOR_SEES_ASSIGNED);
  if (ability === "read" || ability === "download") return ALLOWED;
  if (seen === "history") return forbidden(HISTORY_ONLY);
  if (ability === "edit") {
    if (seen === "own" && isEditor(actor.role)) return ALLOWED;
    return forbidden(seen === "own" ? `Your role can read ${what === "evidence" ? "evidence" : "actions"} but not change them.` : "Only the organisation itself changes its own records.");
  }
  if (ability === "administer" && what === "evidence") {
    // Purging a file uploaded with personal data by mistake.
    return seen === "region-staff" ? ALLOWED : forbidden("Only network staff can purge evidence.");
  }
  return forbidden(`This cannot be done to ${what === "evidence" ? "evidence" : "an action"}.`);
}

function decideOffer(actor: Actor, offer: Extract<Thing, { type: "offer" }>, ability: Ability): Decision {
  const seen = visibility(actor, offer.organisation);
  if (ability === "read") {
    if (seen !== "hidden") return ALLOWED;
    // A published offer is for everyone in the region to find; a draft stays with its organisation.
    return offer.published && actor.organisation.regionKey === offer.organisation.regionKey ? ALLOWED : NOT_FOUND;
  }
  if (seen === "hidden") return NOT_FOUND;
  if (ability === "edit" || ability === "publish") {
    if (seen === "own" && isEditor(actor.role)) return ALLOWED;
    return forbidden(seen === "own" ? "Your role can read your organisation's offer but not change it." : "Only the provider itself changes its offer.");
  }
  return forbidden("This cannot be done to an offer.");
}

function decideBenchmark(actor: Actor, organisation: OrganisationRef, ability: Ability): Decision {
  const seen = visibility(actor, organisation);
  if (seen === "hidden") return NOT_FOUND;
  if (organisation.kind !== "provider") return forbidden("Benchmarks are for housing providers.");
  if (seen === "own" && isContributor(actor.role)) return forbidden(CONTRIBUTOR_SEES_ASSIGNED);
  if (ability === "read") return ALLOWED;
  if (ability === "edit") {
    // Taking part, or opting out: the provider's own decision.
    if (seen === "own" && isEditor(actor.role)) return ALLOWED;
    return forbidden(seen === "own" ? "Your role can read your organisation's benchmark but not change whether it takes part." : "Only the provider itself decides whether it takes part in the benchmark.");
  }
  return forbidden("This cannot be done to a benchmark.");
}
