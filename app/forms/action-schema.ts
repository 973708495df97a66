import * as z from "zod/mini";
import { ACTION_STATUSES } from "../../assessment/browser";
import { dateFromParts, oneOf, optionalText, requiredText } from "./validation";

/** An improvement action, checked the same way in the browser and on the server. */
export const actionSchema = z.object({
  title: requiredText("Enter what will be done", 200),
  detail: optionalText(2000),
  ownerName: optionalText(200),
  dueOn: dateFromParts({ invalid: "The due date must be a real date, like 31 3 2027" }),
  status: oneOf(ACTION_STATUSES, "Select the action's status"),
  indicatorKey: optionalText(200),
  revision: z.optional(z.string()),
});
