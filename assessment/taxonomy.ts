/**
 * The tag vocabularies that indicators are tagged with, for regional roll-up.
 * Short titles are our own wording; see the sources for the originals.
 */

export interface MouAim {
  aim: number;
  title: string;
  summary: string;
}

/** The five shared aims of the national MoU (same wording in 2014 and 2018), numbered 1–5. */
export const MOU_AIMS: readonly MouAim[] = [
  {
    aim: 1,
    title: "Dialogue and shared decisions",
    summary: "National and local dialogue, information exchange and joint decision-making across government, health, care and housing.",
  },
  {
    aim: 2,
    title: "Joined-up policy",
    summary: "Health, social care and housing policy that is coordinated rather than made in separate silos.",
  },
  {
    aim: 3,
    title: "Integrated planning, commissioning and delivery",
    summary: "Health care and housing working together when homes and services are planned, commissioned and delivered.",
  },
  {
    aim: 4,
    title: "Housing's contribution to health",
    summary:
      "Recognising what housing adds to the wider determinants of health, health equity, patient experience and outcomes.",
  },
  {
    aim: 5,
    title: "A confident, skilled workforce",
    summary: "Staff in every sector who understand how where people live affects their health, and can find solutions.",
  },
];

/**
 * - "priority": the report's three short-term priorities (its chapter 3);
 * - "life-course": the life-course stages (chapter 4);
 * - "system": housing's place in the partnership now and as it becomes a population health system (chapter 2, and
 *   the long-term aim the launch blog describes). These are goals, not barriers;
 * - "barriers": the barriers and enablers the report discusses (chapter 5 and the launch blog).
 */
export type ReportAreaGroup = "priority" | "life-course" | "system" | "barriers";

export interface ReportArea {
  key: string;
  title: string;
  group: ReportAreaGroup;
  summary: string;
}

/**
 * Areas of the King's Fund report for the NHF (Buck & Gregory, 2018): its three short-term priorities, its
 * life-course stages, housing's place in the partnership and in population health, and the barriers and enablers
 * it discusses. Area titles follow the report's contents and
 * launch blog; the exact wording of its recommendations was not checked (see docs/frameworks.md).
 */
export const REPORT_AREAS: readonly ReportArea[] = [
  {
    key: "admissions-and-discharge",
    title: "Admissions, length of stay, discharge and readmissions",
    group: "priority",
    summary: "Using housing to prevent and shorten hospital stays and avoid readmission.",
  },
  {
    key: "nhs-estate",
    title: "NHS estate",
    group: "priority",
    summary: "Making best use of surplus NHS land and buildings to meet housing need.",
  },
  {
    key: "mental-health",
    title: "Supported housing and mental health",
    group: "priority",
    summary: "Good-quality supported housing that helps people with mental health problems live independently.",
  },
  {
    key: "early-years",
    title: "Early years and children",
    group: "life-course",
    summary: "Safer, warmer homes for children: fewer accidents and respiratory problems.",
  },
  {
    key: "working-age",
    title: "Working-age adults",
    group: "life-course",
    summary: "Preventing homelessness and keeping people in secure homes through working life.",
  },
  {
    key: "older-age",
    title: "Older age",
    group: "life-course",
    summary: "Preventing falls, tackling isolation and adapting homes as people age.",
  },
  {
    key: "partnership",
    title: "Partnership, leadership and strategy",
    group: "system",
    summary: "Making housing a core theme of the partnership's plans, not a passing mention.",
  },
  {
    key: "population-health",
    title: "Population health in the long term",
    group: "system",
    summary: "Acting on housing as a wider determinant of health as partnerships become population health systems.",
  },
  {
    key: "housing-offer",
    title: "A clearer, more standardised housing offer",
    group: "barriers",
    summary: "Housing providers' offers to the health system that are easier to understand and, where it helps, standard.",
  },
  {
    key: "evidence-and-practice",
    title: "Gathering and using evidence and practice",
    group: "barriers",
    summary: "Collecting, sharing and acting on the evidence, while accepting that sharing examples alone is not enough.",
  },
  {
    key: "revenue-incentives",
    title: "Revenue incentives",
    group: "barriers",
    summary: "Payment models, such as capitation, that reward keeping people well and open the door to new providers.",
  },
  {
    key: "capital",
    title: "Capital",
    group: "barriers",
    summary: "Capital decisions that take account of how surplus NHS estate is used for housing need.",
  },
];

export interface LondonTag {
  key: string;
  title: string;
}

/** The five aims of the Mayor of London's Health Inequalities Strategy (2018). */
export const LONDON_HEALTH_INEQUALITIES_AIMS: readonly LondonTag[] = [
  { key: "healthy-children", title: "Healthy Children" },
  { key: "healthy-minds", title: "Healthy Minds" },
  { key: "healthy-places", title: "Healthy Places" },
  { key: "healthy-communities", title: "Healthy Communities" },
  { key: "healthy-living", title: "Healthy Living" },
];

/** The five priorities of the London Housing Strategy (2018). */
export const LONDON_HOUSING_STRATEGY_PRIORITIES: readonly LondonTag[] = [
  { key: "more-homes", title: "Building more homes" },
  { key: "affordable-homes", title: "Delivering genuinely affordable homes" },
  { key: "quality-homes", title: "High-quality homes and inclusive neighbourhoods" },
  { key: "fairer-renting", title: "A fairer deal for private renters and leaseholders" },
  { key: "tackling-homelessness", title: "Tackling homelessness and helping rough sleepers" },
];

export const NETWORK_THEMES = [
  { key: "populations", title: "Populations" },
  { key: "places", title: "Places" },
  { key: "pathways", title: "Pathways" },
] as const;
