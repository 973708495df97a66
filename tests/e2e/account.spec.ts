import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

// network2 is used by this file only: it changes that person's password, so it needs the fresh server
// (and database) that every run of scripts/e2e.mjs starts; --repeat-each on one server fails it by design.
test("a person changes their password: mistakes are explained next to the fields, then the new password works", async ({ page, browser }) => {
  await signIn(page, "network2@demo.hearth.test");
  await page.goto("/account");
  await waitForHydration(page);
  await expect(page.getByText("This session ends by")).toBeVisible();

  await page.getByLabel("Current password").fill("hearth-demo");
  await page.getByLabel("New password", { exact: true }).fill("short");
  await page.getByLabel("Confirm new password").fill("different");
  await page.getByRole("button", { name: "Change password" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Your new password must be 12 characters or more" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "The passwords do not match: enter your new password again" })).toBeVisible();
  await expectAccessible(page);

  // Long enough, but one of the most common passwords: refused on the server, next to the field.
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  await page.getByLabel("Confirm new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(summary.getByRole("link", { name: /^This password is too easy to guess/ })).toBeVisible();
  await expect(page.locator("#newPassword-error")).toContainText("too easy to guess");
  await expectAccessible(page);

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a much longer password");
  await page.getByLabel("Confirm new password").fill("a much longer password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(summary.getByRole("link", { name: "Your current password is not correct" })).toBeVisible();

  await page.getByLabel("Current password").fill("hearth-demo");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password has been changed.")).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "network2@demo.hearth.test", "a much longer password");
  await expect(otherPage).toHaveURL("/network");

  // Sign out everywhere: both browsers are signed out.
  await otherPage.goto("/account");
  await otherPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(otherPage).toHaveURL(/\/sign-in\?signedOut=1/);
  await page.goto("/network");
  await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fnetwork/);
  await other.close();
});

test("an address that does not exist shows a page-not-found page in the shell", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle("Page not found – Hearth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Accessibility statement" })).toBeVisible();
  await expectAccessible(page);
});

test("a page for another role is refused, in the shell", async ({ page }) => {
  await signIn(page, "provider2@demo.hearth.test");
  const response = await page.goto("/network");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await expectAccessible(page);
});
