import * as z from "zod/mini";
import { dateFromParts, groups, oneOf, optionalOneOf, optionalText, optionalWholeNumber, repeated } from "./validation";

/**
 * The offer form: the offer's own fields and a repeatable group per service, checked the same way in the browser and
 * on the server. Keys come from the provider framework's template (passed in, so no framework text is in the browser
 * bundle). Saving a draft checks only that what is there is well formed; what must be filled in before publishing is
 * assessment/offers.ts's `offerProblems`.
 */
export interface OfferFormOptions {
  serviceTypes: string[];
  boroughs: string[];
  clientGroups: string[];
  capacityUnits: string[];
  referralRoutes: string[];
  responseTimeUnits: string[];
  outcomeMeasures: string[];
  fundingSources: string[];
  costBases: string[];
  tenures: string[];
  serviceHours: string[];
  organisationTypes: string[];
}

export function offerFormSchema(o: OfferFormOptions) {
  const service = z
    .object({
      serviceKey: oneOf(o.serviceTypes, "Select the type of service"),
      boroughs: repeated(oneOf(o.boroughs, "Choose boroughs from the list")),
      eligibility: optionalText(1000),
      clientGroups: repeated(oneOf(o.clientGroups, "Choose groups from the list")),
      capacity: optionalWholeNumber("Enter the capacity as a whole number, like 12", { min: 0, max: 1_000_000 }),
      capacityUnit: optionalOneOf(o.capacityUnits, "Select what the capacity counts"),
      referralRoutes: repeated(oneOf(o.referralRoutes, "Choose referral routes from the list")),
      referralDetail: optionalText(1000),
      responseTime: optionalWholeNumber("Enter the response time as a whole number, like 2", { min: 0, max: 1000 }),
      responseTimeUnit: optionalOneOf(o.responseTimeUnits, "Select the unit of the response time"),
      outcomesMeasured: repeated(oneOf(o.outcomeMeasures, "Choose outcomes from the list")),
      outcomesOther: optionalText(500),
      funding: repeated(oneOf(o.fundingSources, "Choose funding from the list")),
      costBasis: optionalOneOf(o.costBases, "Select how the service is paid for"),
      costDetail: optionalText(500),
      tenures: repeated(oneOf(o.tenures, "Choose tenures from the list")),
      hours: optionalOneOf(o.serviceHours, "Select when the service is available"),
      hoursDetail: optionalText(300),
      contractEndOn: dateFromParts({ invalid: "The date the contract or funding ends must be a real date, like 31 3 2027" }),
    })
    .check(
      z.refine((s) => s.capacity === null || s.capacityUnit !== null, { message: "Select what the capacity counts", path: ["capacityUnit"] }),
      z.refine((s) => s.responseTime === null || s.responseTimeUnit !== null, { message: "Select the unit of the response time", path: ["responseTimeUnit"] }),
    );
  return z.object({
    organisationType: optionalOneOf(o.organisationTypes, "Select the type of organisation"),
    contactRoute: optionalText(1000),
    lastReviewedOn: dateFromParts({ invalid: "The date the offer was last reviewed must be a real date, like 1 11 2026" }),
    services: groups(service, "Add at least one service"),
    revision: z.optional(z.string()),
  });
}

export type OfferFormData = z.output<ReturnType<typeof offerFormSchema>>;
