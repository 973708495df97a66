import { expect, expectAccessible, test } from "./fixtures";

const pages = [
  { path: "/accessibility", heading: "Accessibility statement for Hearth", title: "Accessibility statement – Hearth" },
  { path: "/privacy", heading: "Privacy notice", title: "Privacy notice – Hearth" },
  { path: "/cookies", heading: "Cookies", title: "Cookies – Hearth" },
];

for (const { path, heading, title } of pages) {
  test(`${path} shows "${heading}", dated, and passes an axe scan`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page.getByText("Last updated: 22 November 2026")).toBeVisible();
    await expectAccessible(page);
  });
}
