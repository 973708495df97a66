import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Network staff add a resource to the library (after a mistake the form explains), retire it, and find both in the
 * audit log.
 */
test("network staff add a resource, retire it, and find what they did in the audit log", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Warm homes on prescription ${Date.now()}`;
  await signIn(page, "network@demo.hearth.test");
  await page.goto("/network");
  await expect(page.getByRole("heading", { name: "Run the network" })).toBeVisible();
  await page.getByRole("link", { name: "Keep the resource library" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keep the resource library");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Add a resource" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a resource");
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Add the resource" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter the organisation that published it" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Select at least one framework, domain or indicator it helps with, so people can find it" })).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectAccessible(page);

  await page.getByLabel("Organisation or publisher").fill("Energy Saving Trust");
  await page.getByLabel("Year published").fill("2024");
  await page.getByLabel("Web address").fill("https://example.org/warm-homes");
  await page.getByLabel("Summary").fill("Heating for people whose health suffers from the cold.");
  await page.getByLabel("Example of practice").check();
  await page.getByRole("group", { name: "Background reading for a whole framework" }).getByRole("checkbox").first().check();
  await page.getByRole("group", { name: "Network themes" }).getByLabel("Places").check();
  await page.getByRole("button", { name: "Add the resource" }).click();
  await expect(page.getByText("Resource added to the library.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Resources in the library" }).getByRole("link", { name: title })).toBeVisible();

  // In the public library under its network theme.
  await page.goto(`/resources?theme=places&q=${encodeURIComponent(title)}`);
  await expect(page.getByText(title)).toBeVisible();

  // Retire it.
  await page.goto(`/network/resources?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change a resource");
  await waitForHydration(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Retire the resource" }).click();
  await expect(page.getByText("Resource retired: it no longer shows in the library or in suggestions.")).toBeVisible();
  await expect(page.getByText("Retired resource")).toBeVisible();
  await expect(page.getByRole("button", { name: "Bring the resource back" })).toBeVisible();
  await page.goto(`/network/resources?status=retired&q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("table", { name: "Resources in the library" }).getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/resources?q=${encodeURIComponent(title)}`);
  await expect(page.getByText(title)).toHaveCount(0);

  // Both actions are in the audit log.
  await page.goto("/network");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expectAccessible(page);
  const events = page.getByRole("table", { name: "Audit events, newest first" });
  await expect(events.getByRole("row").nth(1)).toContainText("Resource retired");
  await page.getByLabel("Action").selectOption({ label: "Resource added" });
  await page.getByRole("button", { name: "Show events" }).click();
  await expect(events.getByRole("row").nth(1)).toContainText("Resource added");
  await events.getByRole("row").nth(1).getByText(/\d+ fields/).click();
  await expect(events.getByRole("row").nth(1)).toContainText(title);
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "CSV file" })).toHaveAttribute("href", /action=resource-added/);
});

/**
 * Network staff purge an evidence file of North Central London's uploaded with personal data by mistake: the record
 * stays, saying so, and the purge is in the audit log.
 */
test("network staff purge an evidence file with a reason; the record says so and the audit log has it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "network@demo.hearth.test");
  await page.goto("/network");
  const ncl = await page.getByRole("link", { name: "North Central London ICS" }).first().getAttribute("href");
  await page.goto(`${ncl}/evidence`);
  const withFile = page.getByRole("table", { name: "Evidence register" }).getByRole("row").filter({ has: page.getByRole("link", { name: /^download/ }) }).first();
  const title = (await withFile.getByRole("link").first().textContent())!;
  await withFile.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await waitForHydration(page);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Purge this file" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Say why the file is being purged" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: "Tick the box to confirm the file will be deleted and cannot be recovered" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Why the file is being purged").fill("It names a resident.");
  await page.getByLabel("Yes, delete the file's contents for good").check();
  await page.getByRole("button", { name: "Purge this file" }).click();
  await expect(page.getByText("File purged. Its contents are deleted")).toBeVisible();
  await expect(page.getByText(/File purged by network staff on \d+ \w+ \d{4}: It names a resident\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "Purge this file" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/network/audit?action=evidence-file-purged");
  await expect(page.getByRole("table", { name: "Audit events, newest first" }).getByRole("row").nth(1)).toContainText("Evidence file purged");
  await expectAccessible(page);
});
