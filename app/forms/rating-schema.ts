import * as z from "zod/mini";
import { CONFIDENCE_LEVELS } from "../../assessment/browser";
import { groups, optionalText } from "./validation";

/**
 * One indicator's answer on a domain page, as the form sends it (`ratings.<n>.<field>`), checked the same way in the
 * browser and on the server. Choosing nothing leaves the indicator unanswered; writing a rationale or a target
 * without choosing is an error, so nothing typed is silently dropped.
 */
export const CHOICES = ["1", "2", "3", "4", "5", "not_applicable", "dont_know"] as const;
export type Choice = (typeof CHOICES)[number];
export const RATIONALE_MAX = 5000;

const choice = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" ? v : "")),
  z.string().check(z.refine((v) => v === "" || (CHOICES as readonly string[]).includes(v), "Choose one of the answers listed")),
);
const level = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" ? v : "")),
  z.string().check(z.refine((v) => v === "" || /^[1-5]$/.test(v), "Choose a target level from the list")),
);
const confidence = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" ? v : "")),
  z.string().check(z.refine((v) => v === "" || (CONFIDENCE_LEVELS as readonly string[]).includes(v), "Choose low, medium or high")),
);

export const ratingFieldsSchema = z
  .object({
    indicatorKey: z.string().check(z.minLength(1, "Missing indicator")),
    revision: z.pipe(
      z.transform((v: unknown) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : typeof v === "number" ? v : -1)),
      z.number().check(z.gte(0, "Reload the page and try again")),
    ),
    choice,
    target: level,
    confidence,
    rationale: optionalText(RATIONALE_MAX),
    confirm: z.pipe(
      z.transform((v: unknown) => v === "yes" || v === true),
      z.boolean(),
    ),
  })
  .check(
    z.refine((r) => r.choice !== "" || (r.rationale === "" && r.target === "" && r.confidence === ""), {
      message: "Choose a level, or not applicable or don't know, to save what you wrote",
      path: ["choice"],
    }),
    z.refine((r) => r.target === "" || /^[1-5]$/.test(r.choice), {
      message: "A target needs a level: choose a level, or clear the target",
      path: ["target"],
    }),
    z.refine((r) => r.target === "" || !/^[1-5]$/.test(r.choice) || Number(r.target) >= Number(r.choice), {
      message: "Your target must be the same as or higher than the level you chose",
      path: ["target"],
    }),
  );

export const domainRatingsSchema = z.object({
  ratings: groups(ratingFieldsSchema),
});

export type RatingFields = z.output<typeof ratingFieldsSchema>;
export type RatingFieldsInput = z.input<typeof ratingFieldsSchema>;

/** A stored rating as the form's values. */
export function ratingToFields(
  indicatorKey: string,
  rating: { answer: string; level: number | null; targetLevel: number | null; confidence: string | null; rationale: string; revision: number } | undefined,
): { indicatorKey: string; revision: string; choice: string; target: string; confidence: string; rationale: string; confirm: boolean } {
  return {
    indicatorKey,
    revision: String(rating?.revision ?? 0),
    choice: rating ? (rating.answer === "level" ? String(rating.level) : rating.answer) : "",
    target: rating?.targetLevel ? String(rating.targetLevel) : "",
    confidence: rating?.confidence ?? "",
    rationale: rating?.rationale ?? "",
    confirm: false,
  };
}
