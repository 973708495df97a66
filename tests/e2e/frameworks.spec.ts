import { expect, expectAccessible, test } from "./fixtures";

test("/frameworks lists both frameworks with their version, and links to each", async ({ page }) => {
  await page.goto("/frameworks");
  await expect(page).toHaveTitle("Frameworks and sources – Hearth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frameworks and sources");
  const partnership = page.getByRole("region", { name: "Health and housing partnership self-assessment" });
  await expect(partnership.getByText("2, published 23 November 2026")).toBeVisible();
  await expect(partnership.getByText("12 domains, 62 indicators")).toBeVisible();
  const provider = page.getByRole("region", { name: "Housing provider offer to the health system" });
  await expect(provider.getByText("2, published 23 November 2026")).toBeVisible();
  await expect(provider.getByText("5 domains, 26 indicators")).toBeVisible();
  await expect(page.getByText("partnership-self-assessment")).toHaveCount(0); // people read titles, not keys
  await expectAccessible(page);

  await page.getByRole("link", { name: "Housing provider offer to the health system" }).click();
  await expect(page).toHaveURL(/\/frameworks\/provider-offer$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Housing provider offer to the health system");
});

test("the partnership framework's overview leads into each domain, and a domain's pages go on to the next", async ({ page }) => {
  await page.goto("/frameworks/partnership-self-assessment");
  await expect(page).toHaveTitle("Health and housing partnership self-assessment – Hearth");
  await expect(page.getByText("Version 2, published 23 November 2026")).toBeVisible();
  await expect(page.getByRole("table", { name: "The five levels and the evidence each needs" }).getByRole("row")).toHaveCount(6);

  // The contents: every domain, each with its indicators' titles; no indicator is shown in full here.
  const domains = page.getByRole("region", { name: "The 12 domains and their indicators" });
  await expect(domains.getByRole("heading", { level: 3 })).toHaveCount(12);
  await expect(domains.getByRole("listitem").filter({ hasText: /^A named executive sponsor$/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Levels for / })).toHaveCount(0);
  await expect(page.getByText("leadership.executive-sponsor")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: "Sources" })).toBeAttached();
  const citation = page.getByRole("listitem").filter({ hasText: "NHS England and 25 other signatories (secretariat: Foundations) (2018)." });
  // A confirmed source with a caveat shows the caveat as a note, not as "not yet confirmed".
  await expect(citation).toContainText("Note: Linked via the secretariat's page.");
  await expect(citation).not.toContainText("Not yet confirmed");
  await expectAccessible(page);

  await domains.getByRole("link", { name: "Leadership, governance and shared commitment" }).click();
  await expect(page).toHaveURL(/\/frameworks\/partnership-self-assessment\/leadership$/);
  await expect(page).toHaveTitle("Leadership, governance and shared commitment – Health and housing partnership self-assessment – Hearth");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Leadership, governance and shared commitment");
  await expect(page.getByText("Domain 1 of 12, version 2.")).toBeVisible();

  const indicator = page.getByRole("region", { name: "A named executive sponsor", exact: true });
  await expect(indicator.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(indicator.getByText(/^A named executive leads on housing and health for the partnership/)).toBeVisible();
  const levels = indicator.getByRole("table", { name: "Levels for A named executive sponsor" });
  await expect(levels.getByRole("row")).toHaveCount(6);
  await expect(levels.getByRole("rowheader", { name: "5 Embedded" })).toBeVisible();
  // The table scrolls in its own region, which keyboard users can reach.
  await expect(indicator.getByRole("region", { name: "Levels for A named executive sponsor" })).toHaveAttribute("tabindex", "0");
  await expect(indicator.getByText("1. Dialogue and shared decisions; 2. Joined-up policy")).toBeVisible();
  const source = indicator.getByRole("link", { name: "Improving health and care through the home: a national memorandum of understanding" });
  await expect(source).toHaveAttribute("href", "https://www.foundations.uk.com/how-we-help/health-and-housing-mou/");
  await expect(page.getByText("leadership.executive-sponsor")).toHaveCount(0);

  await expect(page.getByRole("heading", { level: 2, name: "Resources for Leadership, governance and shared commitment" })).toBeAttached();
  const pagination = page.getByRole("navigation", { name: "Domains of this framework" });
  await expect(pagination.getByRole("link", { name: /Previous/ })).toHaveCount(0); // the first domain
  await expectAccessible(page);

  await pagination.getByRole("link", { name: /^Next\W+Strategy, needs and population health$/ }).click();
  await expect(page).toHaveURL(/\/frameworks\/partnership-self-assessment\/strategy$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy, needs and population health");
  const collection = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Housing for health (collection)" }) });
  await expect(collection).toContainText("(not yet confirmed)");
  await expect(pagination.getByRole("link", { name: /^Previous\W+Leadership, governance and shared commitment$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the contents: all 12 domains" }).click();
  await expect(page).toHaveURL(/\/frameworks\/partnership-self-assessment#domains$/);
  await expect(page.getByRole("heading", { level: 2, name: "The 12 domains and their indicators" })).toBeInViewport();
});

test("a domain page shows each indicator's sources with their caveats, and marks a source not yet confirmed", async ({ page }) => {
  await page.goto("/frameworks/partnership-self-assessment/data");
  const indicator = page.getByRole("region", { name: "Data-sharing agreements", exact: true });
  const sources = indicator.getByRole("listitem");
  // A confirmed source with a caveat: the caveat as a note, as in the framework's Sources list.
  const mou = sources.filter({ has: page.getByRole("link", { name: "Improving health and care through the home: a national memorandum of understanding" }) });
  await expect(mou).toContainText("Note: Linked via the secretariat's page.");
  await expect(mou).not.toContainText(/not yet confirmed/i);
  // A source not yet confirmed says so, with why.
  const abstract = sources.filter({ has: page.getByRole("link", { name: /^Shared data for shared understanding between housing and health sectors/ }) });
  await expect(abstract).toContainText("Not yet confirmed: Seen only as a conference abstract in a repository record");
  await expectAccessible(page);
});

test("an earlier version is still readable, says so, and links to the latest", async ({ page }) => {
  await page.goto("/frameworks/partnership-self-assessment/leadership?version=1");
  await expect(page.getByText("Domain 1 of 12, version 1.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Executive sponsor and housing at the table", exact: true })).toBeVisible();
  await expect(page.getByText(/This is an earlier version \(1\)/)).toBeVisible();
  await page.getByRole("link", { name: /See the latest version/ }).click();
  await expect(page.getByText("Domain 1 of 12, version 2.")).toBeVisible();
  await expectAccessible(page);
});

test("the last domain has no next page", async ({ page }) => {
  await page.goto("/frameworks/partnership-self-assessment/workforce");
  await expect(page.getByText("Domain 12 of 12, version 2.")).toBeVisible();
  const pagination = page.getByRole("navigation", { name: "Domains of this framework" });
  await expect(pagination.getByRole("link")).toHaveCount(1);
  await expect(pagination.getByRole("link", { name: /^Previous\W+Finance and incentives$/ })).toBeVisible();
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

  await expect(page.getByRole("heading", { level: 2, name: "Background reading" })).toBeVisible();
  await expect(page.getByRole("link", { name: "A Memorandum of Understanding to support joint action on improving health through the home" }).first()).toBeVisible();
  await expectAccessible(page);

  // A version asked for is kept from page to page.
  await page.getByRole("link", { name: "A clear, current offer" }).click();
  await expect(page).toHaveURL(/\/frameworks\/provider-offer\/offer-clarity\?version=1$/);
  const indicator = page.getByRole("region", { name: "Offer published on the common template", exact: true });
  await expect(indicator.getByText(/^We publish our offer to the health system on the common template/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Domains of this framework" }).getByRole("link", { name: /^Next/ })).toHaveAttribute(
    "href",
    /\/frameworks\/provider-offer\/offer-access\?version=1$/,
  );
  await expectAccessible(page);
});

for (const path of [
  "/frameworks/no-such-framework",
  "/frameworks/partnership-self-assessment?version=99",
  "/frameworks/provider-offer?version=one",
  "/frameworks/partnership-self-assessment/no-such-domain",
  "/frameworks/partnership-self-assessment/offer-clarity",
  "/frameworks/partnership-self-assessment/strategy?version=3",
  "/frameworks/no-such-framework/strategy",
]) {
  test(`${path} is not found`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });
}
