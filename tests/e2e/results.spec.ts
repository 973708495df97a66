import { expect, expectAccessible, signIn, test } from "./fixtures";

test("a lead opens the results and progress, sees the charts, follows a suggested resource and downloads both files", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // Resources live on other sites, which this closed network cannot reach: stand in for them.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Elsewhere</title><h1>A resource elsewhere</h1>" }));
  await signIn(page, "lead.sel@demo.hearth.test");
  await page.getByRole("link", { name: "Continue your self-assessment" }).click();
  await page.getByRole("link", { name: "Results and charts" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results");

  // The chart is drawn on the server: an image with a name, and the same numbers in a table.
  const chart = page.getByRole("img", { name: /^Domain scores/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  const table = page.getByRole("table", { name: "Domain scores as a table" });
  await expect(table.getByRole("row")).toHaveCount(13);
  await expect(table.getByRole("rowheader", { name: "Leadership, governance and shared commitment" })).toBeVisible();
  await page.getByRole("figure", { name: /Domain scores/ }).screenshot({ path: testInfo.outputPath("results-chart.png") });
  await expectAccessible(page);

  // What to read first: each suggestion says why.
  const reading = page.locator("section").filter({ has: page.getByRole("heading", { level: 3 }) }).first();
  await expect(reading.getByText(/^Why: /).first()).toBeVisible();
  const resource = reading.getByRole("link").first();
  const href = await resource.getAttribute("href");
  await resource.click();
  await expect(page).toHaveURL(href!);
  await page.goBack();

  const [excel] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as Excel" }).click()]);
  expect(excel.suggestedFilename()).toBe("south-east-london-ics-2026-27.xlsx");
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Answers (CSV)" }).click()]);
  expect(csv.suggestedFilename()).toBe("south-east-london-ics-2026-27-answers.csv");

  await page.getByRole("link", { name: "Progress across rounds" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progress across rounds");
  await expect(page.getByRole("img", { name: /^Overall score by round/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Scores by round as a table" }).getByRole("columnheader")).toHaveText(["Domain", "2024/25", "2025/26", "2026/27"]);
  await expect(page.getByRole("heading", { name: "What changed from 2025/26 to 2026/27" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Resources", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resource library");
  await expect(page.getByText(/^For you: /).first()).toBeVisible();
  await page.getByLabel("King's Fund report area").selectOption({ label: "Admissions, length of stay, discharge and readmissions" });
  await page.getByRole("button", { name: "Show resources" }).click();
  await expect(page.getByRole("status")).toContainText(/^\d+ of \d+ resources\.$/);
  await expectAccessible(page);
});

test("the printable report lays an assessment out for a board", async ({ page }) => {
  await signIn(page, "viewer.nwl@demo.hearth.test");
  await page.getByRole("link", { name: "Read the answers" }).first().click();
  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North West London ICS");
  for (const heading of ["Summary", "Answers", "Evidence", "Actions", "Sources"]) await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  await expectAccessible(page);
  // In print, the site's navigation goes and each section starts a page.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Menu" })).toBeHidden();
  const breaks = await page.locator(".hearth-report__section").evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
  expect(breaks.every((b) => b === "page")).toBe(true);
});
