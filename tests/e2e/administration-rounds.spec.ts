import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Network staff open a round for every housing provider, see who has not started, and add an organisation; every
 * page passes axe and reflows at 320 px.
 */
test("network staff open a round for housing providers, see who has not started, and add an organisation", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "network@demo.hearth.test");
  await expect(page.getByRole("heading", { name: "Run the network" })).toBeVisible();
  await page.getByRole("link", { name: "Rounds", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rounds");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Open a round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who is the round for?");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Choose who the round is for" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("All housing providers").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open a round");
  await waitForHydration(page);
  // The demo's providers' round is still open: the form says so before anything is sent.
  await expect(page.getByText("The 2026/27 round is still open for housing providers.")).toBeVisible();
  await expectAccessible(page);

  // Mistakes are caught, and what was typed stays.
  const name = `E2E ${Date.now().toString(36)}`;
  await page.getByLabel("Name of the round").fill(name);
  await page.getByRole("group", { name: "Due date" }).getByLabel("Day").fill("31");
  await page.getByRole("group", { name: "Due date" }).getByLabel("Month").fill("2");
  await page.getByRole("group", { name: "Due date" }).getByLabel("Year").fill("2028");
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "The due date must be a real date, like 30 9 2027" })).toBeVisible();
  await expect(page.getByLabel("Name of the round")).toHaveValue(name);
  await expectAccessible(page);
  await page.getByRole("group", { name: "Due date" }).getByLabel("Day").fill("28");
  await page.getByRole("button", { name: "Open the round" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`The ${name} round`);
  await expect(page.getByText("The round is open.")).toBeVisible();
  const notStarted = page.getByRole("region", { name: /Not started/ });
  await expect(page.getByRole("heading", { name: /Not started \(\d+\)/ })).toBeVisible();
  await expect(notStarted.getByRole("link", { name: "Example Homes Trust (demo)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "In progress (0)" })).toBeVisible();
  await expectAccessible(page);

  // Opened by mistake? It can be deleted while nobody has started; here it is left open.
  await page.getByRole("link", { name: "Delete the round" }).click();
  await expect(page.getByRole("heading", { name: `Delete the ${name} round?` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "No, go back" }).click();
  await expect(page.getByRole("heading", { name: `Delete the ${name} round?` })).toHaveCount(0);

  // Add an organisation.
  await page.goto("/network");
  await page.getByRole("link", { name: "Organisations", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add an organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add an organisation");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Add the organisation" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Choose whether it is a partnership or a housing provider" })).toBeVisible();
  await expectAccessible(page);
  // A partnership, not a provider: the benchmark tests count the region's providers.
  const partnership = `E2E ICS ${Date.now().toString(36)}`;
  await page.getByRole("radio", { name: "Partnership" }).check();
  await page.getByLabel("Name", { exact: true }).fill(partnership);
  await page.getByLabel("Short name (partnerships only)").fill("E2E");
  await page.getByRole("checkbox", { name: "Camden" }).check();
  await page.getByRole("checkbox", { name: "Islington" }).check();
  await page.getByRole("button", { name: "Add the organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(partnership);
  await expect(page.getByText("The organisation has been added.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Camden" })).toBeChecked();
  await expectAccessible(page);
});
