import * as z from "zod/mini";
import { ANSWER_CHOICES_FOR_AGREEMENT } from "./team-choices";
import { dateFromParts, oneOf, repeated, requiredText } from "./validation";

/**
 * Working as a team: assigning parts of an assessment, asking for independent ratings, rating, and recording the
 * agreed rating. Checked the same way in the browser and on the server; which parts and people exist is passed in
 * (the server checks them again against the assessment).
 */
export function assignSchema(parts: readonly string[], people: readonly string[]) {
  return z.object({
    part: oneOf(parts, "Choose the domain or indicator to assign"),
    personId: oneOf(people, "Choose who to assign it to"),
    dueOn: dateFromParts({ invalid: "The due date must be a real date, like 12 1 2027" }),
  });
}

export const unassignSchema = z.object({
  assignmentId: requiredText("Choose an assignment to take back", 100),
});

export function ratingRequestSchema(domains: readonly string[], people: readonly string[]) {
  return z.object({
    domainKey: oneOf(domains, "Choose the domain to rate independently"),
    raterIds: z.pipe(
      repeated(oneOf(people, "Choose people from the list")),
      z.array(z.string()).check(z.minLength(2, "Choose at least two people to rate independently")),
    ),
  });
}

const choice = oneOf(ANSWER_CHOICES_FOR_AGREEMENT, "Choose a level, not applicable or don't know");

/** One rater's independent answers for a domain: a choice and a reason per indicator (all optional until released). */
export const independentRatingsSchema = z.object({
  ratings: repeated(
    z.object({
      indicatorKey: requiredText("Reload the page and try again", 200),
      // A question left unanswered sends no choice at all.
      choice: z.optional(z.union([z.literal(""), choice])),
      rationale: z.optional(z.string().check(z.maxLength(5000, "Your reason must be 5,000 characters or fewer"))),
    }),
  ),
});

/** The lead's agreed rating for one indicator, with the reason. */
export const agreedRatingSchema = z.object({
  indicatorKey: requiredText("Reload the page and try again", 200),
  choice,
  reason: requiredText("Enter the reason for the agreed rating", 5000),
});
