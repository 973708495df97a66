import * as z from "zod/mini";
import { dateFromParts, oneOf, requiredText } from "./validation";

/**
 * Network staff's round forms, checked the same way in the browser and on the server. The framework versions on
 * offer are passed in (the published versions of the round's framework), so no framework text reaches the browser.
 */
export const ROUND_AUDIENCES = ["partnership", "provider"] as const;

export function openRoundSchema(versions: readonly string[]) {
  return z
    .object({
      audience: oneOf(ROUND_AUDIENCES, "Choose who the round is for"),
      name: requiredText("Enter a name for the round, like 2027/28", 60),
      opensOn: dateFromParts({ required: "Enter the date the round opens", invalid: "The date the round opens must be a real date, like 1 5 2027" }),
      dueOn: dateFromParts({ required: "Enter the due date", invalid: "The due date must be a real date, like 30 9 2027" }),
      frameworkVersion: oneOf(versions, "Choose a version of the framework"),
    })
    .check(
      z.refine((r) => !r.opensOn || !r.dueOn || r.dueOn >= r.opensOn, { message: "The due date must be on or after the date the round opens", path: ["dueOn"] }),
    );
}

/** Closing or deleting a round: the confirmation page sends `confirm=yes`; anything else asks again. */
export const confirmSchema = z.object({
  confirm: oneOf(["yes"] as const, "Confirm before going on"),
});
