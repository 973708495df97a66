import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

/**
 * Sample Street Housing sets out a new service, drops an old one and publishes; North West London's lead then finds
 * it in the directory and compares it with another provider's offer.
 */
test("a provider changes and publishes its offer; a lead finds it in the directory and compares two offers", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "provider2@demo.hearth.test");
  await page.getByRole("link", { name: "See and change your offer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your offer to the health system");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Change your offer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your offer");
  await waitForHydration(page);

  // A third service, added in the browser; the first one removed.
  await page.getByRole("button", { name: "Add another service" }).click();
  const added = page.getByRole("group", { name: "Service 3" });
  await added.getByLabel("Type of service").selectOption({ label: "Falls prevention" });
  await added.getByRole("group", { name: "Boroughs served" }).getByLabel("Camden").check();
  await added.getByRole("group", { name: "Boroughs served" }).getByLabel("Islington").check();
  await added.getByLabel("Who it is for").fill("Residents over 65 who have had a fall at home");
  await added.getByRole("group", { name: "Groups it serves" }).getByLabel("Older people").check();
  await added.getByLabel("Capacity").fill("lots");
  await added.getByLabel("Counted in").selectOption({ label: "referrals a month" });
  await added.getByRole("group", { name: "Who can refer" }).getByLabel("GPs and primary care").check();
  await added.getByLabel("How to refer").fill("Email falls@sample-street.test");
  await added.getByLabel("Target response time").fill("3");
  await added.getByLabel("Measured in").selectOption({ label: "working days" });
  await added.getByRole("group", { name: "Outcomes measured" }).getByLabel("Falls prevented").check();
  await added.getByRole("group", { name: "How it is paid for" }).getByLabel("Free to the person").check();
  await added.getByRole("group", { name: "Tenures covered" }).getByLabel("Social rent").check();
  await added.getByRole("group", { name: "When it is available" }).getByLabel("Office hours on weekdays").check();
  await page.getByRole("button", { name: "Remove service 1" }).click();
  await expect(page.getByRole("group", { name: "Service 3" })).toHaveCount(0);
  const falls = page.getByRole("group", { name: "Service 2" });
  await expect(falls.getByLabel("Who it is for")).toHaveValue("Residents over 65 who have had a fall at home");

  // A mistake is caught before the page is sent, next to the field, and nothing typed is lost.
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter the capacity as a whole number, like 12" })).toBeVisible();
  await expect(falls.getByText("Error: Enter the capacity as a whole number, like 12")).toBeVisible();
  await expectAccessible(page);
  await falls.getByLabel("Capacity").fill("25");
  // Enter in a field saves the draft (it once pressed "Remove service 1", the form's first button).
  await falls.getByLabel("Capacity").press("Enter");

  await expect(page.getByText("Your draft is saved. Publish it when it is ready.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Draft (version 2), not yet published" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Published (version 1)" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish this version" }).click();
  await expect(page.getByRole("heading", { name: "Offer published" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Published (version 2)" })).toBeVisible();

  // The lead, in a browser of their own.
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, "lead.nwl@demo.hearth.test");
  await lead.getByRole("link", { name: "Directory" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Directory of housing offers");
  await expectAccessible(lead);
  await lead.getByLabel("Service", { exact: true }).selectOption({ label: "Falls prevention" });
  await lead.getByLabel("Borough", { exact: true }).selectOption({ label: "Camden" });
  await lead.getByRole("button", { name: "Show offers" }).click();
  await expect(lead.getByRole("status")).toHaveText(/1 provider offers what you chose/);
  const found = lead.getByRole("listitem").filter({ has: lead.getByRole("heading", { name: "Sample Street Housing (demo)" }) });
  await expect(found.getByRole("region", { name: "Services of Sample Street Housing (demo)" }).getByText("25 referrals a month")).toBeVisible();

  await lead.getByRole("link", { name: "Clear the filters" }).click();
  await lead.getByLabel("Compare Sample Street Housing (demo)").check();
  await lead.getByLabel("Compare Example Homes Trust (demo)").check();
  await lead.getByRole("button", { name: /Compare the chosen offers/ }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Compare housing offers");
  const table = lead.getByRole("table", { name: "Offers side by side" });
  await expect(table.getByRole("columnheader", { name: "Sample Street Housing (demo)" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Example Homes Trust (demo)" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Falls prevention" })).toHaveCount(0); // a group heading, not a row
  await expect(table.getByText("Falls prevention")).toBeVisible();
  await expectAccessible(lead);

  await lead.goto("/directory");
  await lead.getByRole("link", { name: "Printable list of these offers" }).click();
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Housing offers to the health system");
  await expectAccessible(lead);
  await lead.context().close();
});

test("network staff see every provider's offer and the gaps in each service's reach", async ({ page }) => {
  await signIn(page, "network@demo.hearth.test");
  await page.getByRole("link", { name: "Offers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Providers' offers across the region");
  const providers = page.getByRole("table", { name: "Housing providers and their offers" });
  await expect(providers.getByRole("row", { name: /Pretend Row Homes \(demo\) Not published/ })).toBeVisible();
  await expect(providers.getByRole("row", { name: /Placeholder Place Homes \(demo\).*Over a year ago/ })).toBeVisible();
  const spread = page.getByRole("table", { name: "Services by borough" });
  await spread.getByRole("row", { name: /^Warm and safe homes/ }).getByText("31 boroughs").click();
  await expect(spread.getByRole("row", { name: /^Warm and safe homes/ }).getByText(/Barking and Dagenham, Barnet/)).toBeVisible();
  await expectAccessible(page);

  // A provider's published offer, opened by name.
  await providers.getByRole("link", { name: "Placeholder Place Homes (demo)" }).click();
  await expect(page.getByText("Not reviewed for over a year")).toBeVisible();
  await expectAccessible(page);
});

test("without JavaScript, services are added and removed by the server, keeping what was typed", async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(page, "provider1@demo.hearth.test", undefined, { javaScript: false });
  await page.goto("/provider/offer/edit");
  const services = page.getByRole("heading", { level: 3, name: /^Service \d+$/ });
  const before = await services.count();
  await page.getByLabel("How health partners reach you").fill("Typed before adding a service");
  await page.getByRole("button", { name: "Add another service" }).click();
  await expect(services).toHaveCount(before + 1);
  await expect(page.getByLabel("How health partners reach you")).toHaveValue("Typed before adding a service");
  const added = page.getByRole("group", { name: `Service ${before + 1}` });
  await added.getByLabel("Who it is for").fill("Typed into the new service");
  await page.getByRole("button", { name: "Remove service 1" }).click();
  await expect(services).toHaveCount(before);
  await expect(page.getByRole("group", { name: `Service ${before}` }).getByLabel("Who it is for")).toHaveValue("Typed into the new service");
  // (axe needs JavaScript in the page: this page is scanned with it in the test above.)
  await page.context().close();
});
