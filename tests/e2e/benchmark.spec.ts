import { expect, expectAccessible, signIn, test } from "./fixtures";

test("a provider compares its ratings with anonymous peers, narrows them until there are too few to compare, and chooses whether to take part", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "provider1@demo.hearth.test");
  await page.getByRole("link", { name: "Benchmark: how your ratings compare with other providers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Benchmark");
  await expect(page.getByRole("heading", { level: 2, name: "2025/26, against all the other providers in the round's benchmark" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How these figures are worked out" })).toBeVisible();

  // The chart is drawn on the server, and the same figures are in a table: median, quartiles and percentile rank.
  await expect(page.getByRole("img", { name: /^Your scores against other providers/ })).toBeVisible();
  const scores = page.getByRole("table", { name: "Your scores against other providers, as a table" });
  await expect(scores.getByRole("columnheader")).toHaveText(["Score", "Yours", "Lower quartile", "Median", "Upper quartile", "Your percentile rank", "Other providers"]);
  const overall = scores.getByRole("row", { name: /^Overall score/ });
  await expect(overall.getByRole("cell")).toHaveText(["3.0", /^\d\.\d$/, /^\d\.\d$/, /^\d\.\d$/, /^\d{1,3}$/, "12"]);
  await expect(scores.getByText("Too few to compare")).toHaveCount(0);
  const median = await overall.getByRole("cell").nth(2).textContent();
  // No other provider is named anywhere on the page.
  await expect(page.getByText("Sample Street Housing")).toHaveCount(0);
  await expectAccessible(page);

  // Narrowed to an ICS area the provider works in: five others, so a percentile rank but no median yet.
  await page.getByLabel("ICS area").selectOption({ label: "Working in North West London ICS" });
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2025/26, against other providers working in North West London ICS" })).toBeVisible();
  await expect(overall.getByRole("cell")).toHaveText(["3.0", "Needs 8 providers", /^\d{1,3}$/, "5"]);

  // Narrowed further, to providers of the same size band: too few to compare, in the table and the chart.
  await page.getByLabel("Of your size band: 15,000 to 49,999 homes").check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/narrow=size/);
  await expect(overall.getByRole("cell")).toHaveText(["3.0", "Too few to compare"]);
  await expect(page.getByRole("img", { name: /^Your scores against other providers/ }).getByText("Too few to compare").first()).toBeVisible();
  await expectAccessible(page);

  // An earlier round, and the provider's position across rounds.
  await page.getByLabel("Round", { exact: true }).selectOption({ label: "2024/25" });
  await page.getByLabel("ICS area").selectOption({ label: "All of the region" });
  await page.getByLabel("Of your size band: 15,000 to 49,999 homes").uncheck();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2024/25, against all the other providers in the round's benchmark" })).toBeVisible();
  const history = page.getByRole("table", { name: "Your position across rounds" });
  await expect(history.getByRole("rowheader")).toHaveText(["2024/25", "2025/26"]);

  // Opting out counts for rounds that close afterwards: the closed rounds' figures stay as they were.
  await page.goto("/provider/benchmark");
  await page.getByLabel("Opt out of the benchmark").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your choice has been saved." })).toBeVisible();
  await expect(page.getByText(/^Your organisation opted out of the benchmark on /)).toBeVisible();
  await expect(overall.getByRole("cell").nth(2)).toHaveText(median!);
  await expectAccessible(page);
  await page.getByLabel("Take part in the benchmark").check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/^Your organisation takes part in the benchmark/)).toBeVisible();
});

test("network staff see every provider's benchmark position by name", async ({ page }) => {
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "Their benchmark positions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Providers' benchmark positions");
  await expect(page.getByRole("heading", { level: 2, name: "2025/26: 13 of 14 providers in the benchmark" })).toBeVisible();
  const positions = page.getByRole("table", { name: /^Each provider's position/ });
  await expect(positions.getByRole("rowheader")).toHaveCount(14);
  await expect(positions.getByRole("row", { name: /^Example Homes Trust \(demo\)/ }).getByRole("cell").first()).toHaveText(/^\d\.\d \(\d{1,3}\)$/);
  await expect(positions.getByRole("row", { name: /^Notional Need Housing Trust \(demo\)/ })).toContainText("opted out when the round closed");
  await expectAccessible(page);

  // In the earlier round, before it opted out, the same provider was in the benchmark.
  await page.getByLabel("Round", { exact: true }).selectOption({ label: "2024/25" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2024/25: 13 of 14 providers in the benchmark" })).toBeVisible();
  await expect(positions.getByRole("row", { name: /^Notional Need Housing Trust \(demo\)/ }).getByRole("cell").first()).toHaveText(/^\d\.\d \(\d{1,3}\)$/);
  await expect(positions.getByRole("row", { name: /^Model Yard Supported Homes \(demo\)/ })).toContainText("no ratings submitted by the close");
});
