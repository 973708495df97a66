import { expect, expectAccessible, signIn, test } from "./fixtures";

test("before the idle timeout a warning lets the person stay signed in, and after it the page keeps what they typed", async ({ page }) => {
  await page.clock.install();
  await signIn(page, "lead.swl@demo.hearth.test");
  await page.goto("/account");
  await page.getByLabel("Current password").fill("typed before the timeout");

  // 28 minutes and a bit of inactivity: the warning opens.
  await page.clock.fastForward("28:30");
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "You will be signed out soon" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectAccessible(page);

  // The POST, then the page's data reloaded after it (which restarts the countdown too): wait for both.
  const [keepAlive] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname.startsWith("/session/keep-alive") && r.request().method() === "POST"),
    page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(".data") && r.request().method() === "GET"),
    dialog.getByRole("button", { name: "Stay signed in" }).click(),
  ]);
  expect(keepAlive.status()).toBe(200);
  expect(await keepAlive.text()).toContain("idleSecondsLeft");
  await expect(dialog).toBeHidden();

  // Another 28.5 minutes: warned again; then nothing for 2 more minutes: signed out, page intact.
  await page.clock.fastForward("28:30");
  await expect(dialog.getByRole("heading", { name: "You will be signed out soon" })).toBeVisible();
  await page.clock.fastForward("02:00");
  await expect(dialog.getByRole("heading", { name: "You have been signed out" })).toBeVisible();
  await expect(dialog.getByRole("link", { name: "Sign in again (opens in a new tab)" })).toHaveAttribute("href", "/sign-in?redirectTo=%2Faccount");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByLabel("Current password")).toHaveValue("typed before the timeout");
});
