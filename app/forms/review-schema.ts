import * as z from "zod/mini";
import { oneOf, optionalText, requiredText } from "./validation";

/**
 * Network staff's review forms, checked the same way in the browser and on the server. A comment names what it is
 * about: the whole assessment, a domain or an indicator (checked against the framework on the server).
 */
export const reviewCommentSchema = z.object({
  about: requiredText("Choose what the comment is about", 200),
  body: requiredText("Enter your comment", 4000),
});

export const REVIEW_DECISIONS = ["approved", "returned"] as const;

export const reviewDecisionSchema = z
  .object({
    decision: oneOf(REVIEW_DECISIONS, "Choose whether to approve the assessment or return it for changes"),
    comment: optionalText(4000),
    revision: requiredText("Reload the page and decide again", 20),
  })
  .check(
    z.refine((d) => d.decision !== "returned" || d.comment.trim() !== "", { message: "Say what the partnership needs to change before it submits again", path: ["comment"] }),
  );

export const reopenSchema = z.object({
  reason: requiredText("Say why the approval is being reopened", 4000),
});
