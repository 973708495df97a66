import { expect, expectAccessible, expectNoSidewaysScroll, NARROW_VIEWPORT_WIDTH, test } from "./fixtures";

test("anyone can see how far London's partnerships have got, without signing in, on a wide and a narrow screen", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Partnerships' progress" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Progress of health and housing partnerships");
  await expectAccessible(page);
  await page.getByRole("link", { name: "London" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("London");
  const table = page.getByRole("table", { name: /^Partnerships in London/ });
  for (const name of ["North Central London ICS", "North East London ICS", "North West London ICS", "South East London ICS", "South West London ICS"]) {
    await expect(table.getByRole("rowheader", { name })).toBeVisible();
  }
  await expect(table.getByRole("columnheader")).toHaveText(["Partnership", "Status", "Started", "Submitted", "Approved"]);
  await expectAccessible(page);
  await page.setViewportSize({ width: NARROW_VIEWPORT_WIDTH, height: 800 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
});
