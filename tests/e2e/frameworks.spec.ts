import { expect, expectAccessible, test } from "./fixtures";

test("/frameworks lists both frameworks with their latest version, and links to each", async ({ page }) => {
  await page.goto("/frameworks");
  await expect(page).toHaveTitle("Frameworks and sources – Hearth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frameworks and sources");
  const partnership = page.getByRole("region", { name: "Health and housing partnership self-assessment" });
  await expect(partnership.getByText("2, published 23 November 2026")).toBeVisible();
  await expect(partnership.getByText("12 domains, 62 indicators")).toBeVisible();
  const provider = page.getByRole("region", { name: "Housing provider offer to the health system" });
  await expect(provider.getByText("2, published 23 November 2026")).toBeVisible();
  await expect(provider.getByText("5 domains, 26 indicators")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Housing provider offer to the health system" }).click();
  await expect(page).toHaveURL(/\/frameworks\/provider-offer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Housing provider offer to the health system");
});

test("the partnership framework shows every indicator with its levels, tags, sources and the domain's resources", async ({ page }) => {
  test.slow(); // 62 indicators on one page: the axe scan alone takes several seconds
  await page.goto("/frameworks/partnership-self-assessment");
  await expect(page).toHaveTitle("Health and housing partnership self-assessment – Hearth");
  await expect(page.getByText("Version 2, published 23 November 2026")).toBeVisible();

  const contents = page.getByRole("navigation", { name: "Contents of this framework" });
  await expect(contents.getByRole("link")).toHaveCount(1 + 12 + 1); // the levels, 12 domains, the sources
  await contents.getByRole("link", { name: "Strategy, needs and population health" }).click();
  await expect(page).toHaveURL(/#strategy$/);

  const indicator = page.getByRole("region", { name: "A named executive sponsor" });
  await expect(indicator.getByRole("heading", { level: 3 })).toBeVisible();
  await expect(indicator.getByText(/^A named executive leads on housing and health for the partnership/)).toBeVisible();
  const levels = indicator.getByRole("table", { name: "Levels for A named executive sponsor" });
  await expect(levels.getByRole("row")).toHaveCount(6);
  await expect(levels.getByRole("rowheader", { name: "5 Embedded" })).toBeVisible();
  await expect(indicator.getByText("1. Dialogue and shared decisions; 2. Joined-up policy")).toBeVisible();
  const source = indicator.getByRole("link", { name: "Improving health and care through the home: a national memorandum of understanding" });
  await expect(source).toHaveAttribute("href", "https://www.foundations.uk.com/how-we-help/health-and-housing-mou/");

  const strategy = page.getByRole("region", { name: "Strategy, needs and population health" });
  await expect(strategy.getByRole("heading", { level: 3, name: "Resources for Strategy, needs and population health" })).toBeAttached();
  const collection = strategy.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Housing for health (collection)" }) });
  await expect(collection).toContainText("(not yet confirmed)");

  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeAttached();
  const citation = page.getByRole("listitem").filter({ hasText: "NHS England and 25 other signatories (secretariat: Foundations) (2018)." });
  await expect(citation).toContainText("Not yet confirmed: Linked via the secretariat's page.");

  await expectAccessible(page);
});

test("the provider framework shows the offer template, and background reading for the whole framework", async ({ page }) => {
  await page.goto("/frameworks/provider-offer?version=1");
  await expect(page).toHaveTitle("Housing provider offer to the health system – Hearth");
  await expect(page.getByRole("heading", { level: 2, name: "The offer template" })).toBeVisible();
  const services = page.getByRole("table", { name: "Services an offer can include" });
  await expect(services.getByRole("rowheader", { name: "Hospital discharge support" })).toBeVisible();
  await expect(page.getByRole("table", { name: "What an offer states for each service" }).getByRole("rowheader", { name: "Target response time" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "50,000 homes or more" })).toBeVisible();

  const indicator = page.getByRole("region", { name: "Offer published on the common template" });
  await expect(indicator.getByText(/^We publish our offer to the health system on the common template/)).toBeVisible();

  await expect(page.getByRole("heading", { level: 2, name: "Background reading" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A Memorandum of Understanding to support joint action on improving health through the home" }).first()).toBeVisible();

  await expectAccessible(page);
});

for (const path of ["/frameworks/no-such-framework", "/frameworks/partnership-self-assessment?version=99", "/frameworks/provider-offer?version=one"]) {
  test(`${path} is not found`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });
}
