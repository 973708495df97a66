import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * The partnership lead's journey, on the demo data. Each test works on its own partnership or domain, so they can
 * run side by side: SWL (not started) goes all the way to submitting; SEL (started blank) is answered with and without
 * JavaScript; NWL (carried over) meets a conflict; NCL (not started) is done by keyboard alone.
 */

async function openAssessment(page: Page) {
  await page.goto("/partnership");
  await page.getByRole("link", { name: /Continue your self-assessment|Read the answers/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Domains" })).toBeVisible();
}

const indicator = (page: Page, number: number) => page.getByRole("region", { name: new RegExp(`^${number}\\. `) });

test("a lead goes from an unstarted round to a submitted assessment of the whole framework", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "lead.swl@demo.hearth.test");
  await expect(page.getByRole("heading", { level: 3, name: "2026/27" })).toBeVisible();
  await page.getByRole("link", { name: "Start your self-assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start your assessment");
  // Some answers cannot carry into the new version: they are listed, not silently dropped.
  await expect(page.getByText(/of your 2025\/26 answers are to indicators that this version of the framework no longer has/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start the assessment" }).click();

  await expect(page.getByText(/answers carried over from the last round still need confirming or changing/)).toBeVisible();
  await expectAccessible(page);
  const domains = await page.locator(".nhsuk-task-list__link").allTextContents();
  expect(domains).toHaveLength(12);

  await page.locator(".nhsuk-task-list__link").first().click();
  for (let d = 0; d < domains.length; d += 1) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(domains[d]!, { timeout: 15_000 });
    await waitForHydration(page);
    const sections = page.locator("section.hearth-indicator");
    const count = await sections.count();
    for (let i = 0; i < count; i += 1) {
      const section = sections.nth(i);
      const stillStands = section.getByLabel("This answer still stands");
      if (await stillStands.count()) await stillStands.check();
      else await section.getByLabel(/^3 Developing/).check();
    }
    if (d === 0) await expectAccessible(page);
    const next = page.getByRole("button", { name: /^Save and continue to/ });
    if (await next.count()) await next.click();
    else await page.getByRole("button", { name: "Save and return to the task list" }).click();
  }

  await expect(page.getByText("62 of 62 indicators answered; 12 of 12 domains completed.")).toBeVisible();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before you submit");
  await expect(page.getByText("Not answered")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Submit the assessment" }).click();

  await expect(page.getByRole("heading", { name: "Assessment submitted" })).toBeVisible();
  await expect(page.getByText(/Submitted by SWL Lead on/)).toBeVisible();
  // Read-only for the partnership now: no answer fields, and a way to take it back while nobody is reviewing it.
  await page.locator(".nhsuk-task-list__link").first().click();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("button", { name: "Withdraw the submission" }).click();
  await expect(page.getByText("The submission was withdrawn.")).toBeVisible();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await page.getByRole("button", { name: "Submit the assessment" }).click();
  await expect(page.getByRole("heading", { name: "Assessment submitted" })).toBeVisible();
});

test("a lead answers a domain with JavaScript: each answer saves itself, a mistake is explained, and nothing is lost", async ({ page }) => {
  await signIn(page, "lead.sel@demo.hearth.test");
  await openAssessment(page);
  await page.getByRole("link", { name: "Admissions, length of stay, discharge and readmissions" }).click();
  await waitForHydration(page);

  const first = indicator(page, 1);
  await first.getByLabel(/^2 Emerging/).check();
  await expect(first.getByText(/Saved at \d+:\d\d(am|pm)\./)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved at" })).toBeVisible();

  // A target below the level chosen is explained next to the field, and not saved.
  await first.getByLabel(/^Target level/).selectOption("1");
  await first.getByLabel("Why this rating?").fill("Discharge to assess runs in two boroughs; the rest are planning it.");
  await expect(first.getByText("Not saved yet: see the message above.")).toBeVisible();
  await page.getByRole("button", { name: "Save and return to the task list" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Your target must be the same as or higher than the level you chose" })).toBeVisible();
  await expect(first.getByText("Your target must be the same as or higher than the level you chose")).toBeVisible();
  await expectAccessible(page);
  await first.getByLabel(/^Target level/).selectOption("3");
  await expect(first.getByText(/Saved at/)).toBeVisible();

  // Coming back later shows exactly what was saved.
  await page.reload();
  await expect(first.getByLabel(/^2 Emerging/)).toBeChecked();
  await expect(first.getByLabel(/^Target level/)).toHaveValue("3");
  await expect(first.getByLabel("Why this rating?")).toHaveValue("Discharge to assess runs in two boroughs; the rest are planning it.");
  await expect(first.getByText(/Last changed by SEL Lead on/)).toBeVisible();

  await first.getByRole("link", { name: /History/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^History of /);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText("SEL Lead");
  await expect(page.getByText("Discharge to assess runs in two boroughs; the rest are planning it.").first()).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a lead answers a domain by plain form posts, meets a mistake, and keeps what they typed", async ({ page }) => {
    await signIn(page, "lead.sel@demo.hearth.test", undefined, { javaScript: false });
    await openAssessment(page);
    await page.getByRole("link", { name: "NHS estate, land and capital" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("NHS estate, land and capital");
    const sections = page.locator("section.hearth-indicator");
    const count = await sections.count();
    for (let i = 0; i < count; i += 1) await sections.nth(i).getByLabel(/^4 Established/).check();
    await indicator(page, 1).getByLabel("Not applicable").check();
    await indicator(page, 1).getByLabel(/^Target level/).selectOption("5");
    await indicator(page, 1).getByLabel("Why this rating?").fill("We hold no NHS land in this system.");
    await page.getByRole("button", { name: /^Save and continue to/ }).click();

    await expect(page.getByRole("alert").getByRole("link", { name: "A target needs a level: choose a level, or clear the target" })).toBeVisible();
    await expect(indicator(page, 1).getByLabel("Why this rating?")).toHaveValue("We hold no NHS land in this system.");
    await expect(indicator(page, 2).getByLabel(/^4 Established/)).toBeChecked();
    await indicator(page, 1).getByLabel(/^Target level/).selectOption("");
    await page.getByRole("button", { name: /^Save and continue to/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supported housing and mental health");

    await page.getByRole("link", { name: "Previous" }).click();
    await expect(indicator(page, 1).getByLabel("Not applicable")).toBeChecked();
    await expect(indicator(page, 2).getByLabel(/^4 Established/)).toBeChecked();
  });
});

test("two people change the same answer at once: the second sees both answers and chooses", async ({ browser }) => {
  const mine = await (await browser.newContext()).newPage();
  const theirs = await (await browser.newContext()).newPage();
  await signIn(mine, "lead.nwl@demo.hearth.test");
  await signIn(theirs, "lead.nwl@demo.hearth.test");
  for (const page of [mine, theirs]) {
    await openAssessment(page);
    await page.getByRole("link", { name: "Children and families" }).click();
    await waitForHydration(page);
  }
  // They save first…
  await indicator(theirs, 1).getByLabel(/^1 Not yet evident/).check();
  await expect(indicator(theirs, 1).getByText(/Saved at/)).toBeVisible();
  // …then this page, loaded before their change, tries to save a different answer.
  await indicator(mine, 1).getByLabel(/^2 Emerging/).check();
  const warning = indicator(mine, 1).getByRole("alert");
  await expect(warning).toContainText("Someone else changed this answer");
  await expect(warning).toContainText("NWL Lead saved a different answer");
  await expect(warning.getByRole("definition").first()).toContainText("1 Not yet evident");
  await expect(indicator(mine, 1).getByText("Not saved: someone else changed this answer.")).toBeVisible();
  await expectAccessible(mine);

  await warning.getByRole("button", { name: /Keep my answer/ }).click();
  await expect(indicator(mine, 1).getByText(/Saved at/)).toBeVisible();
  await theirs.reload();
  await expect(indicator(theirs, 1).getByLabel(/^2 Emerging/)).toBeChecked();
  await mine.context().close();
  await theirs.context().close();
});

test("a viewer reads the assessment and cannot change it", async ({ page }) => {
  await signIn(page, "viewer.nwl@demo.hearth.test");
  await openAssessment(page);
  await expect(page.getByText("You can read this assessment but not change it.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Check your answers" })).toHaveCount(0);
  await page.getByRole("link", { name: "Leadership, governance and shared commitment" }).click();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Save/ })).toHaveCount(0);
  await expect(indicator(page, 1).getByRole("term").first()).toHaveText("Rating");
  await expectAccessible(page);
});

test("the journey works by keyboard alone", async ({ page }) => {
  await signIn(page, "lead.ncl@demo.hearth.test");
  const focusAndPress = async (name: RegExp | string, role: "link" | "button" = "link") => {
    const target = page.getByRole(role, { name });
    for (let i = 0; i < 80 && !(await target.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
    await page.keyboard.press("Enter");
  };
  await focusAndPress("Start your self-assessment");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start your assessment");
  await waitForHydration(page);
  await focusAndPress("Start the assessment", "button");
  await expect(page.getByRole("heading", { level: 2, name: "Domains" })).toBeVisible();
  await waitForHydration(page);
  await focusAndPress("Strategy, needs and population health");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Strategy, needs and population health");
  await waitForHydration(page);

  // Tab to the first answer of the first indicator, then choose with the arrow keys, as radios work.
  const first = indicator(page, 1);
  const radios = first.getByRole("radio");
  for (let i = 0; i < 80 && !(await radios.first().evaluate((el) => el === document.activeElement)); i += 1) {
    if (await first.getByRole("radio", { checked: true }).count()) {
      if (await first.getByRole("radio", { checked: true }).evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.press("Tab");
  }
  const checkedBefore = await first.getByRole("radio", { checked: true }).count();
  if (!checkedBefore) await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(first.getByText(/Saved at/)).toBeVisible();
  await focusAndPress("Save and return to the task list", "button");
  await expect(page.getByRole("heading", { level: 2, name: "Domains" })).toBeVisible();
});
