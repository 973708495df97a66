import * as z from "zod/mini";

export const MIN_PASSWORD_LENGTH = 12;

export const signInSchema = z.object({
  email: z.string().check(
    z.trim(),
    z.minLength(1, "Enter your email address"),
    z.email("Enter an email address in the correct format, like name@example.com"),
  ),
  password: z.string().check(z.minLength(1, "Enter your password")),
  redirectTo: z.optional(z.string()),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, "Enter your current password")),
    newPassword: z.string().check(
      z.minLength(1, "Enter a new password"),
      z.minLength(MIN_PASSWORD_LENGTH, `Your new password must be ${MIN_PASSWORD_LENGTH} characters or more`),
      z.maxLength(200, "Your new password must be 200 characters or fewer"),
    ),
    confirmPassword: z.string().check(z.minLength(1, "Enter your new password again")),
  })
  .check(
    z.refine((v) => v.newPassword === v.confirmPassword || v.confirmPassword === "", {
      message: "The passwords do not match: enter your new password again",
      path: ["confirmPassword"],
    }),
    z.refine((v) => v.newPassword !== v.currentPassword || v.newPassword === "", {
      message: "Your new password must be different from your current password",
      path: ["newPassword"],
    }),
  );

export const remindersSchema = z.object({
  reminders: z.enum(["on", "off"], "Choose whether Hearth should send you reminders"),
});
