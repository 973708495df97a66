import { expect, expectAccessible, signIn, test } from "./fixtures";

test("network staff open an organisation from their region, and its back link returns to the region", async ({ page }) => {
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "North West London ICS" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North West London ICS");
  const back = page.getByRole("link", { name: "Back to your region" });
  await expect(back).toHaveAttribute("href", "/network");
  await expectAccessible(page);

  await back.click();
  await expect(page).toHaveURL("/network");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your region");
  await expectAccessible(page);
});

test("a member's own organisation page leads back to their home page", async ({ browser }) => {
  const networkContext = await browser.newContext();
  const network = await networkContext.newPage();
  await signIn(network, "network@demo.hearth.test");
  const href = await network.getByRole("link", { name: "North West London ICS" }).getAttribute("href");
  await networkContext.close();

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, "lead.nwl@demo.hearth.test");
  await lead.goto(href!);
  await lead.getByRole("link", { name: "Back to your partnership" }).click();
  await expect(lead).toHaveURL("/partnership");
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("North West London ICS");
  await leadContext.close();
});
