import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Network staff invite someone to South West London, who joins with the link; North West London's lead invites a
 * viewer to their own partnership.
 */
test("network staff invite a person who joins with the link; a lead invites a viewer", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "People", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People in your region");
  await expectAccessible(page);
  await page.getByLabel("Name or email address").fill("lead.swl");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "South West London ICS" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
  await waitForHydration(page);

  // A mistake is caught next to the field, and the name typed stays.
  await page.getByLabel("Full name").fill("Sam Newcomer");
  await page.getByLabel("Email address").fill("sam.newcomer");
  await page.getByLabel("Partnership lead").check();
  await page.getByRole("button", { name: "Invite them" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Sam Newcomer");
  await expectAccessible(page);
  await page.getByLabel("Email address").fill("sam.newcomer@example.org");
  await page.getByRole("button", { name: "Invite them" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sam Newcomer is invited as partnership lead." })).toBeVisible();
  const link = (await page.locator("#issued-link").textContent())!;
  expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{20,}$/);
  await expect(page.getByRole("table", { name: /people in South West London ICS/ })).toContainText("Sam Newcomer");
  await expectAccessible(page);

  // Sam, in a browser of their own.
  const sam = await (await browser.newContext()).newPage();
  await sam.goto(new URL(link).pathname);
  await expect(sam.getByRole("heading", { level: 1 })).toHaveText("Join Hearth");
  await waitForHydration(sam);
  await expectAccessible(sam);
  await sam.getByLabel("Password", { exact: true }).fill("sam's long passphrase");
  await sam.getByLabel("Password again").fill("sam's long passphrase!");
  await sam.getByRole("button", { name: "Join Hearth" }).click();
  await expect(sam.getByRole("alert").getByRole("link", { name: "The passwords do not match: enter your password again" })).toBeVisible();
  await sam.getByLabel("Password again").fill("sam's long passphrase");
  await sam.getByRole("button", { name: "Join Hearth" }).click();
  await expect(sam).toHaveURL("/partnership");
  await expect(sam.getByText("Sam Newcomer, Partnership lead, South West London ICS")).toBeVisible();
  await sam.context().close();

  // North West London's lead invites a viewer to their own partnership.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, "lead.nwl@demo.hearth.test");
  await lead.getByRole("link", { name: "People in North West London ICS" }).click();
  await waitForHydration(lead);
  await expectAccessible(lead);
  await lead.getByLabel("Full name").fill("Val Viewer");
  await lead.getByLabel("Email address").fill("val.viewer@example.org");
  await lead.getByLabel("Partnership viewer").check();
  await lead.getByRole("button", { name: "Invite them" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "Val Viewer is invited as partnership viewer." })).toBeVisible();
  await expect(lead.locator("#issued-link")).toContainText("/join/");
  await expect(lead.getByText("To change someone's role or remove their access, ask your network's staff.")).toBeVisible();
  await expectAccessible(lead);
  await lead.context().close();
});

test("the sign-in page says how to get a new password", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgotten your password");
  await expectAccessible(page);
});
