import * as z from "zod/mini";
import { oneOf, optionalOneOf, optionalText, repeated, requiredText } from "./validation";

/**
 * Network staff's organisation forms: adding or changing a partnership or housing provider, and merging two
 * partnerships. The region's boroughs and the offer template's size bands and types are passed in.
 */
export const ORGANISATION_FORM_KINDS = ["partnership", "provider"] as const;

export interface OrganisationFormOptions {
  boroughs: string[];
  homesBands: string[];
  organisationTypes: string[];
}

export function organisationSchema(o: OrganisationFormOptions) {
  return z.object({
    kind: oneOf(ORGANISATION_FORM_KINDS, "Choose whether it is a partnership or a housing provider"),
    name: requiredText("Enter the organisation's name", 200),
    shortName: optionalText(20),
    boroughs: repeated(oneOf(o.boroughs, "Choose boroughs from the list")),
    homesBand: optionalOneOf(o.homesBands, "Choose a size band from the list"),
    organisationType: optionalOneOf(o.organisationTypes, "Choose a type of organisation from the list"),
  });
}

export function mergeSchema(partnershipIds: readonly string[]) {
  return z.object({
    predecessorId: oneOf(partnershipIds, "Choose the partnership that is merging into this one"),
    confirm: optionalText(10),
  });
}
