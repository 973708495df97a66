import { addMonths, compareIsoDates } from "./dates";
import type { IsoDate, OfferField, OfferOption, OfferTemplate } from "./types";

/**
 * The housing provider offer, by the template of the provider framework: the option lists a form needs, what stops an
 * offer being published, and when an offer's review is overdue. Pure.
 */

export interface OfferOptions {
  serviceTypes: OfferOption[];
  clientGroups: OfferOption[];
  capacityUnits: OfferOption[];
  referralRoutes: OfferOption[];
  responseTimeUnits: OfferOption[];
  outcomeMeasures: OfferOption[];
  fundingSources: OfferOption[];
  costBases: OfferOption[];
  tenures: OfferOption[];
  serviceHours: OfferOption[];
  organisationTypes: OfferOption[];
}

const pick = (o: OfferOption): OfferOption => ({ key: o.key, label: o.label, ...(o.definition ? { definition: o.definition } : {}) });

/** The template's option lists, in the plain shape a form takes. */
export function offerOptions(template: OfferTemplate): OfferOptions {
  return {
    serviceTypes: template.serviceTypes.map((s) => ({ key: s.key, label: s.name, definition: s.description })),
    clientGroups: (template.clientGroups ?? []).map(pick),
    capacityUnits: template.capacityUnits.map(pick),
    referralRoutes: template.referralRoutes.map(pick),
    responseTimeUnits: template.responseTimeUnits.map(pick),
    outcomeMeasures: template.outcomeMeasures.map(pick),
    fundingSources: template.fundingSources.map(pick),
    costBases: (template.costBases ?? []).map(pick),
    tenures: (template.tenures ?? []).map(pick),
    serviceHours: (template.serviceHours ?? []).map(pick),
    organisationTypes: template.organisationTypes.map(pick),
  };
}

/** The fields of an offer as stored (one provider's whole offer). */
export interface OfferContent {
  organisationType: string | null;
  contactRoute: string;
  lastReviewedOn: IsoDate | null;
  services: {
    serviceKey: string;
    boroughKeys: readonly string[];
    eligibility: string;
    clientGroups: readonly string[];
    capacity: number | null;
    capacityUnit: string | null;
    referralRoutes: readonly string[];
    referralDetail: string;
    responseTime: number | null;
    responseTimeUnit: string | null;
    outcomes: readonly string[];
    outcomesOther: string;
    funding: readonly string[];
    costBasis: string | null;
    tenures: readonly string[];
    hours: string | null;
    contractEndOn: IsoDate | null;
  }[];
}

export interface OfferProblem {
  /** The form field's path, e.g. "services.1.capacity". */
  field: string;
  message: string;
}

/** Whether a field of the template is filled in, for the offer or one of its services. */
function missing(field: OfferField, service: OfferContent["services"][number] | null, offer: OfferContent): boolean {
  switch (field.key) {
    case "organisationType":
      return !offer.organisationType;
    case "contactRoute":
      return offer.contactRoute.trim() === "";
    case "lastReviewedOn":
      return !offer.lastReviewedOn;
  }
  if (!service) return false;
  switch (field.kind) {
    case "boroughs":
      return service.boroughKeys.length === 0;
    case "client-groups":
      return service.clientGroups.length === 0;
    case "capacity":
      return service.capacity === null || !service.capacityUnit;
    case "referral-routes":
      return service.referralRoutes.length === 0;
    case "response-time":
      return service.responseTime === null || !service.responseTimeUnit;
    case "outcomes":
      return service.outcomes.length === 0 && service.outcomesOther.trim() === "";
    case "funding":
      return service.funding.length === 0;
    case "cost-basis":
      return !service.costBasis;
    case "tenures":
      return service.tenures.length === 0;
    case "hours":
      return !service.hours;
    case "date":
      return field.key === "contractEndOn" ? !service.contractEndOn : false;
    case "text":
      return field.key === "eligibility" ? service.eligibility.trim() === "" : false;
    default:
      return false;
  }
}

/** What must be filled in before an offer can be published, field by field, in the template's words. */
export function offerProblems(offer: OfferContent, template: OfferTemplate, today: IsoDate): OfferProblem[] {
  const problems: OfferProblem[] = [];
  for (const field of template.offerFields ?? []) {
    if (field.required && missing(field, null, offer)) problems.push({ field: field.key, message: `Enter ${field.label.toLowerCase()}` });
  }
  if (offer.lastReviewedOn && compareIsoDates(offer.lastReviewedOn, today) > 0) {
    problems.push({ field: "lastReviewedOn", message: "The date the offer was last reviewed must be today or in the past" });
  }
  if (offer.services.length === 0) problems.push({ field: "services", message: "Add at least one service" });
  const names = new Map(template.serviceTypes.map((s) => [s.key, s.name]));
  offer.services.forEach((service, index) => {
    const name = names.get(service.serviceKey) ?? `Service ${index + 1}`;
    for (const field of template.serviceFields) {
      if (field.required && missing(field, service, offer)) problems.push({ field: `services.${index}.${field.key}`, message: `${name}: enter ${field.label.toLowerCase()}` });
    }
  });
  return problems;
}

/** An offer reviewed more than a year ago is due for review. */
export const OFFER_REVIEW_MONTHS = 12;

export function offerReviewOverdue(lastReviewedOn: IsoDate | null, today: IsoDate): boolean {
  return lastReviewedOn === null || compareIsoDates(addMonths(lastReviewedOn, OFFER_REVIEW_MONTHS), today) < 0;
}

/** A key's label from a list, or the key when it is not (or no longer) in it. */
export function optionLabel(options: readonly OfferOption[], key: string | null): string {
  if (!key) return "";
  return options.find((o) => o.key === key)?.label ?? key;
}

/** A number with its unit in words: "12 homes", and "1 home", "1 working day", "1 referral a month" for one. */
export function quantityInWords(n: number, unitLabel: string): string {
  if (n !== 1) return `${n} ${unitLabel}`;
  const [head, ...rest] = unitLabel.split(" a ");
  const singular = head!.endsWith("s") && !head!.endsWith("ss") ? head!.slice(0, -1) : head!;
  return `1 ${[singular, ...rest].join(" a ")}`;
}
