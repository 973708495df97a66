import * as z from "zod/mini";
import { EVIDENCE_STRENGTHS } from "../../assessment/browser";
import { dateFromParts, oneOf, optionalText, requiredText } from "./validation";

/**
 * Evidence forms, checked the same way in the browser and on the server. Dates use the NHS.UK date input. Whether a
 * date is in the future, or the review date before the evidence's date, is checked against today on the server
 * (`checkEvidenceDates`), where today is known in England's time.
 */
const details = {
  title: requiredText("Enter a title for the evidence", 200),
  strength: oneOf(EVIDENCE_STRENGTHS, "Select how strong the evidence is"),
  datedOn: dateFromParts({ required: "Enter the date of the evidence", invalid: "The date of the evidence must be a real date, like 14 3 2025" }),
  reviewBy: dateFromParts({ invalid: "The review date must be a real date, like 14 3 2027" }),
  ownerName: optionalText(200),
  description: optionalText(2000),
};

export const linkEvidenceSchema = z.object({
  ...details,
  url: z.pipe(
    z.transform((v: unknown) => (typeof v === "string" ? v.trim() : "")),
    z.string().check(
      z.minLength(1, "Enter the web address of the evidence"),
      z.maxLength(2000, "Enter a web address of 2,000 characters or fewer"),
      z.refine((v) => v === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(v), "Enter a web address that starts with https://, like https://www.example.org/report.pdf"),
    ),
  ),
});

/** The fields sent with an uploaded file (the file itself is checked by its content as it streams in). */
export const fileEvidenceSchema = z.object({ ...details, fileId: z.optional(z.string()) });

/** The page that adds evidence to an indicator has two forms; their fields are named upload.* and link.*. */
export const uploadFormSchema = z.object({ upload: fileEvidenceSchema });
export const linkFormSchema = z.object({ link: linkEvidenceSchema });

export const editEvidenceSchema = z.object({ ...details, url: z.optional(z.string()) });

/** Date rules that need today: nothing dated in the future; a review date after the evidence's date. */
export function checkEvidenceDates(datedOn: string, reviewBy: string | null, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (datedOn > today) errors.datedOn = "The date of the evidence must be today or in the past";
  if (reviewBy !== null && reviewBy <= datedOn) errors.reviewBy = "The review date must be after the date of the evidence";
  return errors;
}
