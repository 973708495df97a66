/**
 * Core types for the assessment frameworks and their rules.
 * Pure data shapes: nothing here knows about React, HTTP or SQL.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** The five-level maturity scale (1 Not yet evident … 5 Embedded). */
export type MaturityLevel = 1 | 2 | 3 | 4 | 5;

/** Evidence strength, weakest to strongest (E1–E4), as the database stores it. */
export type EvidenceStrength = "intent" | "documentary" | "outcome" | "independent";

export type NetworkTheme = "populations" | "places" | "pathways";

/** One of the five levels written for a particular indicator. */
export interface IndicatorLevel {
  level: MaturityLevel;
  /** What this level looks like for this indicator. */
  descriptor: string;
  /** What evidence a partnership would expect to hold at this level. */
  evidenceExpected: string;
}

export interface IndicatorTags {
  /** The national MoU's shared aims, numbered 1–5 (see `MOU_AIMS`). */
  mouAims: number[];
  /** Keys of `REPORT_AREAS` (the King's Fund report's areas). */
  reportAreas: string[];
  /** Keys of `LONDON_HEALTH_INEQUALITIES_AIMS`. */
  londonHealthInequalitiesAims: string[];
  /** Keys of `LONDON_HOUSING_STRATEGY_PRIORITIES`. */
  londonHousingStrategyPriorities: string[];
  /** The Health & Housing Impact Network's themes. */
  networkThemes: NetworkTheme[];
}

export interface Indicator {
  /** Stable, globally unique key: `<domain key>.<slug>`. Never reused for a different meaning. */
  key: string;
  /** A short label for tables and charts. */
  title: string;
  /** The statement a partnership or provider rates. */
  statement: string;
  /** What to consider when rating. */
  guidance: string;
  /** Exactly five, levels 1..5 in order. */
  levels: IndicatorLevel[];
  tags: IndicatorTags;
  /** Keys of `SOURCES`. */
  sources: string[];
}

export interface Domain {
  /** Stable, globally unique key. */
  key: string;
  title: string;
  summary: string;
  indicators: Indicator[];
}

export interface CarryOver {
  /** The previous version these keys carry over from. */
  version: number;
  /** New indicator key → old indicator key, for indicators whose meaning is unchanged. */
  indicatorKeys: Record<string, string>;
}

export type FrameworkStatus = "published" | "draft";

export interface Framework {
  key: string;
  version: number;
  status: FrameworkStatus;
  title: string;
  summary: string;
  /** The date the version was (or will be) published. */
  publishedOn: IsoDate;
  carriesOverFrom?: CarryOver;
  domains: Domain[];
  /** Only the provider offer framework has this: the standard shape of an offer. */
  offerTemplate?: OfferTemplate;
}

// ---------------------------------------------------------------------------
// The housing provider's offer (the standard template)
// ---------------------------------------------------------------------------

export interface ServiceType {
  key: string;
  name: string;
  description: string;
  /** Partnership domain keys this service mainly contributes to. */
  partnershipDomains: string[];
}

export type OfferFieldKind =
  | "boroughs" // several London boroughs (or local authority areas)
  | "capacity" // a whole number with a unit from `capacityUnits`
  | "referral-routes" // several of `referralRoutes`, plus detail text
  | "response-time" // a whole number with a unit from `responseTimeUnits`
  | "outcomes" // several of `outcomeMeasures`, plus other text
  | "funding" // several of `fundingSources`
  | "client-groups" // several of `clientGroups` (from version 2)
  | "cost-basis" // one of `costBases`, plus detail text (from version 2)
  | "tenures" // several of `tenures` (from version 2)
  | "hours" // one of `serviceHours`, plus detail text (from version 2)
  | "organisation-type" // one of `organisationTypes` (from version 2)
  | "date" // a calendar date, YYYY-MM-DD (from version 2)
  | "text";

export interface OfferField {
  key: string;
  label: string;
  hint: string;
  kind: OfferFieldKind;
  required: boolean;
}

export interface OfferOption {
  key: string;
  label: string;
  /**
   * What exactly is counted, and over what period (outcome measures, from version 2). Hearth's own operational
   * definition unless `definitionSource` names the source it follows.
   */
  definition?: string;
  /** Key of `SOURCES` when the definition follows a published one. */
  definitionSource?: string;
}

export interface SizeBand {
  key: string;
  label: string;
  /** Inclusive lower bound of homes managed. */
  minHomes: number;
  /** Inclusive upper bound, or null for the top band. */
  maxHomes: number | null;
}

export interface OfferTemplate {
  serviceTypes: ServiceType[];
  /** The fields an offer states for each service it lists. */
  serviceFields: OfferField[];
  capacityUnits: OfferOption[];
  responseTimeUnits: OfferOption[];
  referralRoutes: OfferOption[];
  outcomeMeasures: OfferOption[];
  fundingSources: OfferOption[];
  organisationTypes: OfferOption[];
  sizeBands: SizeBand[];
  // From version 2. Optional so that version 1, which is published and pinned, keeps its exact shape.
  /** The fields an offer states once, about the organisation's whole offer. */
  offerFields?: OfferField[];
  /** Who a service is for (`client-groups` fields). */
  clientGroups?: OfferOption[];
  /** How a service is paid for from the person's or commissioner's side (`cost-basis` fields). */
  costBases?: OfferOption[];
  /** The tenures a service covers (`tenures` fields). */
  tenures?: OfferOption[];
  /** When a service is available (`hours` fields). */
  serviceHours?: OfferOption[];
}

// ---------------------------------------------------------------------------
// Answers and evidence, as the database stores them
// ---------------------------------------------------------------------------

export type AnswerKind = "level" | "not_applicable" | "dont_know";

/** One rating row. `level` is non-null if and only if `answer === "level"`. Missing = no row. */
export interface RatingAnswer {
  indicatorKey: string;
  answer: AnswerKind;
  level: MaturityLevel | null;
  targetLevel?: MaturityLevel | null;
}

export interface EvidenceItem {
  strength: EvidenceStrength;
  datedOn: IsoDate;
  /** When omitted or null, the default is datedOn + 24 months. */
  reviewBy?: IsoDate | null;
  /**
   * True when the evidence's file was purged (it held personal data): the record stays as a tombstone, but there is
   * nothing left to stand behind a rating, so it supports nothing.
   */
  purged?: boolean;
}

// ---------------------------------------------------------------------------
// Sources and resources
// ---------------------------------------------------------------------------

export interface Source {
  key: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  /**
   * True when the title, publisher and address were checked against the publisher's own page (or an official
   * copy). False when only a copy on another site was seen, or a detail that matters could not be checked.
   */
  confirmed: boolean;
  /** A caveat, shown with the source whether or not it is confirmed. Required when `confirmed` is false. */
  note?: string;
}

export interface ResourceTags {
  /** Framework keys the resource is generally useful for. */
  frameworks: string[];
  /** Domain keys (of either framework). */
  domains: string[];
  /** Indicator keys (of either framework). */
  indicators: string[];
}

export interface ResourceSeed {
  /** Stable key. */
  key: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  /** One line, in our own words. */
  summary: string;
  /** False when the link is a mirror or a detail could not be checked; see `note`. */
  confirmed: boolean;
  note?: string;
  tags: ResourceTags;
}
