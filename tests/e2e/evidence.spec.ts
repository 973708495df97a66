import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/** North West London's lead backs a rating with evidence and plans an action (on its Workforce domain). */
test("a lead uploads a file and adds a link, sees the flag clear, adds an action and downloads the file", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "lead.nwl@demo.hearth.test");
  await page.goto("/partnership");
  await page.getByRole("link", { name: "Continue your self-assessment" }).click();
  await page.getByRole("link", { name: "Workforce, evidence and learning" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workforce, evidence and learning");
  await waitForHydration(page);

  const indicator = page.getByRole("region", { name: /^1\. / });
  const title = (await indicator.getByRole("heading", { level: 2 }).textContent())!.replace(/^1\. /, "");
  await indicator.getByLabel(/^Target level/).selectOption("");
  await indicator.getByLabel(/^4 Established/).check();
  await expect(indicator.getByText(/Saved at/)).toBeVisible();
  await page.reload();
  await expect(indicator.getByText("Not yet supported")).toBeVisible();
  await expect(indicator.getByText(/A level 4 \(Established\) rating needs outcome evidence \(E3\) or stronger/)).toBeVisible();

  // A file: documentary evidence is not enough for level 4.
  await indicator.getByRole("link", { name: `Add or link evidence for ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Evidence for ${title}`);
  await expect(page.getByText("Do not upload anything that identifies patients, residents or staff.")).toBeVisible();
  await expectAccessible(page);
  // Evidence already held can be searched by title (offered when the list is cut short, and after a search).
  const evidencePage = page.url();
  await page.goto(`${evidencePage}?title=no-such-title`);
  await expect(page.getByLabel("Search your evidence by title")).toHaveValue("no-such-title");
  await expect(page.getByText('No other evidence has a title containing "no-such-title".')).toBeVisible();
  await expectAccessible(page);
  await page.goto(evidencePage);
  await waitForHydration(page);
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Workforce plan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% Workforce plan\n%%EOF\n") });
  const upload = page.locator("form").filter({ has: page.getByRole("button", { name: "Upload and link the file" }) });
  await upload.getByLabel("Title").fill("Workforce development plan");
  await upload.getByLabel(/^E2 Documentary/).check();
  await upload.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Day").fill("12");
  await upload.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Month").fill("5");
  await upload.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Year").fill("2025");
  await upload.getByRole("button", { name: "Upload and link the file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workforce, evidence and learning");
  await expect(indicator.getByRole("link", { name: "Workforce development plan", exact: true })).toBeVisible();
  await expect(indicator.getByText(/the strongest current evidence is documentary evidence \(E2\)/)).toBeVisible();

  // A link to outcome evidence: now the rating is supported.
  await indicator.getByRole("link", { name: `Add or link evidence for ${title}` }).click();
  await waitForHydration(page);
  const link = page.locator("form").filter({ has: page.getByRole("button", { name: "Add and link it" }) });
  await link.getByRole("button", { name: "Add and link it" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter the web address of the evidence" })).toBeVisible();
  await link.getByLabel("Web address").fill("https://example.org/nwl/training-outcomes");
  await link.getByLabel("Title").fill("Training outcomes, year one");
  await link.getByLabel(/^E3 Outcome/).check();
  await link.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Day").fill("30");
  await link.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Month").fill("9");
  await link.getByRole("group", { name: /^Date of the evidence/ }).getByLabel("Year").fill("2025");
  await link.getByRole("button", { name: "Add and link it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workforce, evidence and learning");
  await expect(indicator.getByRole("link", { name: "Training outcomes, year one", exact: true })).toBeVisible();
  await expect(indicator.getByText("Not yet supported")).toHaveCount(0);

  // An action on the same indicator.
  await indicator.getByRole("link", { name: `Add an action for ${title}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an action");
  await expectAccessible(page);
  await waitForHydration(page);
  await page.getByLabel("What will be done").fill("Run housing awareness sessions for discharge teams");
  await page.getByLabel("Owner (optional)").fill("Workforce lead");
  await page.getByLabel("Day").fill("31");
  await page.getByLabel("Month").fill("3");
  await page.getByLabel("Year").fill("2027");
  await page.getByRole("button", { name: "Add the action" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workforce, evidence and learning");
  await expect(indicator.getByRole("link", { name: "Run housing awareness sessions for discharge teams" })).toBeVisible();

  // The file comes back as an attachment with its name.
  const [download] = await Promise.all([page.waitForEvent("download"), indicator.getByRole("link", { name: "download Workforce development plan" }).click()]);
  expect(download.suggestedFilename()).toBe("Workforce plan.pdf");

  await page.getByRole("link", { name: "Evidence", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evidence register");
  await expect(page.getByRole("link", { name: "Workforce development plan", exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Actions", exact: true }).click();
  await expect(page.getByRole("link", { name: "Run housing awareness sessions for discharge teams" })).toBeVisible();
  await expectAccessible(page);
});
