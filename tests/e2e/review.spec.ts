import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Network staff return North East London's submitted assessment with comments, and approve a housing provider's
 * submitted ratings; North East London's lead sees where things stand and the comments beside the answers.
 */
test("network staff return one assessment with comments and approve another; the lead sees the comments beside the indicators", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "Reviews", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reviews");
  await expectAccessible(page);

  // Return North East London's, with a comment on one indicator.
  const waiting = page.getByRole("table", { name: "Waiting for review" });
  await waiting.getByRole("link", { name: "North East London ICS" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review the assessment");
  await waitForHydration(page);
  await expectAccessible(page);
  const indicator = page.locator(".hearth-review-indicator").first();
  const title = (await indicator.getByRole("heading", { level: 3 }).textContent())!;
  await indicator.locator("summary", { hasText: `Comment on ${title}` }).click();
  await indicator.getByRole("button", { name: "Add the comment" }).click();
  await expect(indicator.getByText("Error: Enter your comment")).toBeVisible();
  await indicator.getByLabel("Comment").fill("Link the signed housing protocol, please.");
  await indicator.getByRole("button", { name: "Add the comment" }).click();
  await expect(page.getByText("Comment added.")).toBeVisible();
  await expect(page.getByText("Not yet shared")).toBeVisible();

  await page.getByRole("link", { name: "Go to your decision" }).click();
  await page.getByLabel("Return it for changes").check();
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Say what the partnership needs to change before it submits again" })).toBeVisible();
  await page.getByLabel("Comment for the partnership").fill("Nearly there: the evidence for leadership needs bringing up to date.");
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText("Assessment returned for changes.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Returned for changes" }).getByRole("link", { name: "North East London ICS" })).toBeVisible();

  // Approve a housing provider's ratings, waiting from last round.
  await page.getByRole("table", { name: "Waiting for review" }).getByRole("link", { name: "Pretend Row Homes (demo)" }).click();
  await waitForHydration(page);
  await page.getByLabel("Approve it").check();
  await page.getByRole("button", { name: "Record the decision" }).click();
  await expect(page.getByText("Assessment approved.")).toBeVisible();
  await page.getByRole("table", { name: "Approved recently" }).getByRole("link", { name: "Pretend Row Homes (demo)" }).click();
  await page.getByRole("link", { name: "What was approved" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What was approved");
  await expectAccessible(page);

  // The lead of North East London, in a browser of their own.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, "lead.nel@demo.hearth.test");
  await expect(lead.getByRole("link", { name: /What has changed \d+ new/ })).toBeVisible();
  await lead.getByRole("link", { name: /What has changed/ }).click();
  await expect(lead.getByRole("link", { name: "Your 2026/27 assessment was returned for changes" })).toBeVisible();
  await expectAccessible(lead);
  await lead.getByRole("button", { name: /Mark .* as seen/ }).click();
  await expect(lead.getByRole("link", { name: /What has changed \d+ new/ })).toHaveCount(0);
  await lead.getByRole("link", { name: "Your 2026/27 assessment was returned for changes" }).click();
  await expect(lead.getByText("Returned for changes", { exact: true })).toBeVisible();
  await expect(lead.getByText("Nearly there: the evidence for leadership needs bringing up to date.")).toBeVisible();
  await expectAccessible(lead);
  await lead.getByRole("link", { name: "Leadership, governance and shared commitment" }).click();
  const answer = lead.getByRole("region", { name: new RegExp(title) });
  await expect(answer.getByText("Link the signed housing protocol, please.")).toBeVisible();
  await expectAccessible(lead);
  await lead.context().close();
});

test("network staff read the regional overview and drill into a partnership's answers", async ({ page }) => {
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "Overview", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regional overview");
  await expectAccessible(page);
  const heatmap = page.getByRole("table", { name: /Domain scores by partnership/ });
  await expect(heatmap.getByRole("row", { name: /Regional median/ })).toBeVisible();
  await page.getByLabel("MoU aim").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Show the overview" }).click();
  await expect(page.getByText(/scores count only the indicators for MoU aim 1/)).toBeVisible();
  await heatmap.getByRole("row", { name: /North West London ICS/ }).getByRole("link").nth(1).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Regional overview");
  await expect(page.getByText("North West London ICS, 2026/27")).toBeVisible();
});
