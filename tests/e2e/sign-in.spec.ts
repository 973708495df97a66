import { expect, expectAccessible, signIn, test, waitForHydration } from "./fixtures";

const landings = [
  { email: "network@demo.hearth.test", path: "/network", heading: "Your region", role: "Network staff" },
  { email: "lead.nwl@demo.hearth.test", path: "/partnership", heading: "North West London ICS", role: "Partnership lead" },
  { email: "lead.sel@demo.hearth.test", path: "/partnership", heading: "South East London ICS", role: "Partnership lead" },
  { email: "viewer.nwl@demo.hearth.test", path: "/partnership", heading: "North West London ICS", role: "Partnership viewer" },
  { email: "provider1@demo.hearth.test", path: "/provider", heading: "Example Homes Trust (demo)", role: "Housing provider" },
  { email: "provider2@demo.hearth.test", path: "/provider", heading: "Sample Street Housing (demo)", role: "Housing provider" },
];

for (const landing of landings) {
  test(`${landing.email} signs in and lands on ${landing.path}`, async ({ page }) => {
    await signIn(page, landing.email);
    await expect(page).toHaveURL(landing.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(landing.heading);
    await expect(page.getByTestId("signed-in-as")).toContainText(landing.role);
    await expectAccessible(page);
  });
}

test("a wrong password shows an error summary, keeps the email typed, and says nothing about whether the account exists", async ({ page }) => {
  await page.goto("/sign-in");
  await expectAccessible(page);
  await waitForHydration(page);
  await page.getByLabel("Email address").fill("lead.nwl@demo.hearth.test");
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();

  const summary = page.getByRole("alert");
  await expect(summary).toContainText("There is a problem");
  await expect(summary.getByRole("link", { name: "Enter a correct email address and password" })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Email address")).toHaveValue("lead.nwl@demo.hearth.test");
  await expectAccessible(page);

  // An address that has no account gets exactly the same message.
  await page.getByLabel("Email address").fill("nobody@demo.hearth.test");
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(summary.getByRole("link")).toHaveText("Enter a correct email address and password");
  await expect(page.getByLabel("Email address")).toHaveValue("nobody@demo.hearth.test");
});

test("the browser checks the form before sending it, with the same messages as the server", async ({ page }) => {
  let posted = false;
  page.on("request", (request) => {
    if (request.method() === "POST") posted = true;
  });
  await page.goto("/sign-in");
  await waitForHydration(page);
  await page.getByLabel("Email address").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter an email address in the correct format, like name@example.com" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Enter your password" })).toBeVisible();
  await summary.getByRole("link", { name: "Enter your password" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  expect(posted).toBe(false);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the server checks the sign-in form and keeps the email typed", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("lead.ncl@demo.hearth.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").getByRole("link", { name: "Enter your password" })).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue("lead.ncl@demo.hearth.test");

    await page.getByLabel("Password", { exact: true }).fill("hearth-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/partnership");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("North Central London ICS");
  });
});

test("a partnership lead cannot open another partnership's page: it is not found, not forbidden", async ({ browser }) => {
  const networkContext = await browser.newContext();
  const network = await networkContext.newPage();
  await signIn(network, "network@demo.hearth.test");
  const href = await network.getByRole("link", { name: "North Central London ICS" }).getAttribute("href");
  expect(href).toMatch(/^\/organisations\/[0-9a-f-]{36}$/);
  await network.goto(href!);
  await expect(network.getByRole("heading", { level: 1 })).toHaveText("North Central London ICS");
  await expectAccessible(network);
  await networkContext.close();

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signIn(lead, "lead.nwl@demo.hearth.test");
  const response = await lead.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(lead.getByTestId("signed-in-as")).toBeVisible(); // the error page keeps the shell
  await expect(lead).toHaveTitle("Page not found – Hearth");
  await expectAccessible(lead);
  await leadContext.close();
});

test("signing out ends the session: pages then ask to sign in, and come back after", async ({ page }) => {
  await signIn(page, "viewer.nwl@demo.hearth.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByText("You have been signed out.")).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL("/sign-in?redirectTo=%2Faccount");
  await waitForHydration(page);
  await page.getByLabel("Email address").fill("viewer.nwl@demo.hearth.test");
  await page.getByLabel("Password", { exact: true }).fill("hearth-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/account");
  await expectAccessible(page);
});

test("a form on another website cannot post to Hearth: the request is refused before it reaches any action", async ({ page, baseURL }) => {
  // A real page on another origin (served by the test) whose form posts to Hearth's sign-in.
  await page.route("http://elsewhere.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><title>Elsewhere</title><form method="post" action="${baseURL}/sign-in">
        <input name="email" value="lead.nwl@demo.hearth.test"><input name="password" value="hearth-demo">
        <button>Go</button></form></html>`,
    }),
  );
  await page.goto("http://elsewhere.test/");
  const [response] = await Promise.all([page.waitForResponse(`${baseURL}/sign-in`), page.getByRole("button", { name: "Go" }).click()]);
  expect(response.status()).toBe(403);
  await expect(page.locator("body")).toContainText("This request came from another website, so Hearth refused it.");
});

test("someone who belongs to two organisations chooses which one to work for, sees it in the header, and can change it", async ({ page }) => {
  await page.goto("/sign-in");
  await waitForHydration(page);
  await page.getByLabel("Email address").fill("dual@demo.hearth.test");
  await page.getByLabel("Password", { exact: true }).fill("hearth-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/choose-organisation/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which organisation are you working for?");
  await expectAccessible(page);

  // Not chosen yet: pages of either organisation wait for the choice, and come back after it.
  await page.goto("/provider");
  await expect(page).toHaveURL("/choose-organisation?redirectTo=%2Fprovider");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert")).toContainText("Select the organisation you are working for");
  await page.getByLabel("Fictional Fields Housing Association (demo)").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL("/provider");
  await expect(page.getByTestId("signed-in-as")).toContainText("Housing provider, Fictional Fields Housing Association (demo)");

  await page.getByRole("link", { name: "Change organisation" }).click();
  await page.getByLabel("North East London ICS").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL("/partnership");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("North East London ICS");
  await expect(page.getByTestId("signed-in-as")).toContainText("Partnership viewer, North East London ICS");
  // The provider's pages now belong to another of their organisations: refused until they change back.
  expect((await page.goto("/provider"))?.status()).toBe(403);
});
