import { expect, expectAccessible, test, waitForHydration } from "./fixtures";

test("the home page opens in Chromium, hydrates under the CSP and passes an axe scan", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Hearth/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await waitForHydration(page);
  await expectAccessible(page);
});
