import * as z from "zod/mini";
import { ROLES } from "../../assessment/browser";
import { MIN_PASSWORD_LENGTH } from "./account-schemas";
import { oneOf, requiredText } from "./validation";

/** Bringing someone into an organisation, and choosing a password with a link: checked in the browser and on the server. */
export const inviteSchema = z.object({
  name: requiredText("Enter their full name", 200),
  email: z.string().check(
    z.trim(),
    z.minLength(1, "Enter their email address"),
    z.maxLength(320, "Enter an email address of 320 characters or fewer"),
    z.email("Enter an email address in the correct format, like name@example.com"),
  ),
  role: oneOf(ROLES, "Choose what they may do"),
});

export const changeRoleSchema = z.object({
  membershipId: requiredText("Choose a person", 100),
  role: oneOf(ROLES, "Choose what they may do"),
});

export const personActionSchema = z.object({
  membershipId: requiredText("Choose a person", 100),
});

export const choosePasswordSchema = z
  .object({
    password: z.string().check(
      z.minLength(1, "Enter a password"),
      z.minLength(MIN_PASSWORD_LENGTH, `Your password must be ${MIN_PASSWORD_LENGTH} characters or more`),
      z.maxLength(200, "Your password must be 200 characters or fewer"),
    ),
    confirmPassword: z.string().check(z.minLength(1, "Enter your password again")),
  })
  .check(
    z.refine((v) => v.password === v.confirmPassword || v.confirmPassword === "", {
      message: "The passwords do not match: enter your password again",
      path: ["confirmPassword"],
    }),
  );
