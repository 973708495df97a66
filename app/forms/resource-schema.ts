import * as z from "zod/mini";
import { RESOURCE_KINDS, type ResourceKind } from "../../assessment/browser";
import { optionalText, optionalWholeNumber, repeated, requiredText } from "./validation";

/**
 * Network staff's form for a resource in the library, checked the same way in the browser and on the server. The
 * tags are lists of keys; the server also checks each key against the frameworks and vocabularies
 * (app/resource-library.server.ts), which the browser does not carry.
 */
const keys = repeated(z.string().check(z.maxLength(200)));

export const resourceFormSchema = z
  .object({
    title: requiredText("Enter the resource's title", 300),
    publisher: requiredText("Enter the organisation that published it", 300),
    year: optionalWholeNumber("Enter the year it was published as 4 digits, like 2024", { min: 1900, max: 2100 }),
    url: z.pipe(
      z.transform((v: unknown) => (typeof v === "string" ? v.trim() : "")),
      z.string().check(
        z.minLength(1, "Enter the resource's web address"),
        z.maxLength(2000, "Enter a web address of 2,000 characters or fewer"),
        z.refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "Enter a web address that starts with https://, like https://www.example.org/guide"),
      ),
    ),
    summary: requiredText("Enter a one-line summary of what it offers", 1000),
    // Checked without stopping the form's other checks, so "at least one tag" is said with the rest at once.
    kind: z.pipe(
      optionalText(50),
      z.pipe(
        z.string().check(z.refine((v) => (RESOURCE_KINDS as readonly string[]).includes(v), "Select what kind of resource it is")),
        z.transform((v: string) => v as ResourceKind),
      ),
    ),
    frameworks: keys,
    domains: keys,
    indicators: keys,
    reportAreas: keys,
    mouAims: keys,
    londonAims: keys,
    networkThemes: keys,
  })
  .check(
    z.refine((d) => [d.frameworks, d.domains, d.indicators].some((list) => Array.isArray(list) && list.length > 0), {
      message: "Select at least one framework, domain or indicator it helps with, so people can find it",
      path: ["frameworks"],
      // Said at once with the other mistakes, in the browser and on the server alike.
      when: () => true,
    }),
  );

export type ResourceFormValues = z.output<typeof resourceFormSchema>;

/** The order of the fields, for the error summary. */
export const RESOURCE_FIELDS = ["title", "publisher", "year", "url", "summary", "kind", "frameworks", "domains", "indicators", "reportAreas", "mouAims", "londonAims", "networkThemes", "form"];
