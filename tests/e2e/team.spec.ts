import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Working as a team, on the demo data: North West London's lead gives the estate domain to Cal Contributor, who
 * answers it from their home page; the lead sees who has it on the task list and who answered on "check your answers".
 * (Other specs use North West London's children and workforce domains, never estate.)
 */
test("a lead assigns a domain, the contributor answers it, and the lead sees it on the task list", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "lead.nwl@demo.hearth.test");
  await page.getByRole("link", { name: /Continue your self-assessment/ }).click();
  await page.getByRole("link", { name: "Share the work and ask for independent ratings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Share the work");
  await waitForHydration(page);
  await expectAccessible(page);

  // Nothing chosen: the browser's check says what is missing, at the top and by the fields.
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Choose the domain or indicator to assign" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Choose who to assign it to" })).toBeVisible();

  await page.getByLabel("Domain or indicator").selectOption({ label: "6. NHS estate, land and capital: the whole domain" });
  await page.getByLabel("Assign to").selectOption({ label: "Cal Contributor (Partnership contributor)" });
  const due = page.getByRole("group", { name: /^Due date/ });
  await due.getByLabel("Day").fill("20");
  await due.getByLabel("Month").fill("1");
  await due.getByLabel("Year").fill("2027");
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "NHS estate, land and capital is assigned." })).toBeVisible();
  const table = page.getByRole("table", { name: "Assigned parts of the assessment" });
  await expect(table.getByRole("row", { name: /NHS estate, land and capital \(whole domain\) Cal Contributor 20 January 2027/ })).toBeVisible();
  await expectAccessible(page);

  // The contributor, in a browser of their own, finds it on their home page and answers it.
  const cal = await (await browser.newContext()).newPage();
  await signIn(cal, "contributor.nwl@demo.hearth.test");
  await expect(cal.getByRole("heading", { level: 2, name: "Your assigned work" })).toBeVisible();
  await expect(cal.getByRole("link", { name: "Evidence" })).toHaveCount(0); // no organisation-wide records
  await expectAccessible(cal);
  await cal.getByRole("link", { name: "NHS estate, land and capital" }).click();
  await expect(cal.getByRole("heading", { level: 1 })).toHaveText("NHS estate, land and capital");
  await waitForHydration(cal);
  const first = cal.locator("section.hearth-indicator").first();
  const stillStands = first.getByLabel("This answer still stands");
  if (await stillStands.count()) await stillStands.check();
  await first.getByLabel(/^4 Established/).check();
  await expect(first.getByText(/Saved at/)).toBeVisible();
  await expectAccessible(cal);
  await cal.getByRole("button", { name: "Save and return to the task list" }).click();
  await expect(cal.getByText(/You have been asked to answer 3 parts of this assessment/)).toBeVisible();
  await expect(cal.getByRole("link", { name: "Results and charts" })).toHaveCount(0);
  await expectAccessible(cal);

  // Independent ratings the demo asked Cal for: Cal has rated, the lead not yet, so nobody sees the others'.
  await cal.goto("/partnership");
  await page.reload();
  await page.getByRole("link", { name: "Admissions, length of stay, discharge and readmissions" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Independent ratings: Admissions, length of stay, discharge and readmissions");
  await expect(page.getByText(/Cal Contributor: \d+ of \d+ indicators/)).toBeVisible();
  await expect(page.getByText("From what I see at the discharge hub")).toHaveCount(0);
  await expectAccessible(page);

  // The lead sees who has the domain, and who answered what before submitting.
  await page.getByRole("link", { name: "Back to sharing the work" }).click();
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(page.getByText("assigned to Cal Contributor, due 20 January 2027")).toBeVisible();
  await expect(page.getByText(/assigned to Cal Contributor, due 30 November 2026/)).toBeVisible();
  await expect(page.getByText("Overdue").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /Check your answers|Read all the answers/ }).click();
  await expect(page.getByText("Answered by Cal Contributor").first()).toBeVisible();
});

test("a contributor finds a reminder of overdue work in what has changed, and can turn reminders off", async ({ page }) => {
  // Housekeeping at start reminded Cal: the demo's mental-health domain was due on 30 November 2026.
  await signIn(page, "contributor.nwl@demo.hearth.test");
  await page.getByRole("link", { name: /What has changed/ }).click();
  const reminder = page.getByRole("link", { name: /^Reminder: your part, .*, was due on 30 November 2026$/ });
  await expect(reminder).toHaveCount(1);
  await expectAccessible(page);
  await reminder.click();
  await expect(page).toHaveURL(/\/domains\/mental-health$/);

  await page.getByRole("link", { name: "Your account" }).click();
  await page.getByRole("group", { name: "Send me reminders" }).getByLabel("No").check();
  await page.getByRole("button", { name: "Save reminder choice" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reminders are off." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Send me reminders" }).getByLabel("No")).toBeChecked();
  await expectAccessible(page);
});
