import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every e2e test gets a page that fails the test on a Content-Security-Policy
 * violation or an uncaught error, and `expectAccessible(page)` for an axe scan
 * against WCAG 2.2 AA and a check that the page does not scroll sideways at 320 px.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A 4xx answer (a form with errors, a page not found) is expected behaviour; anything else is not.
        if (message.type() === "error" && !/status of 4\d\d/.test(message.text())) errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "the browser console reported errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * An axe scan against WCAG 2.2 AA, then the page at 320 px wide: it must not scroll sideways. Call it on every page
 * a test visits.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe found accessibility violations").toEqual([]);
  await expectNoSidewaysScroll(page);
}

/** 1280 px at 400% zoom: WCAG 2.2 1.4.10 (Reflow) asks that content needs no scrolling sideways at this width. */
export const NARROW_VIEWPORT_WIDTH = 320;

/**
 * Shows the page 320 px wide and fails if it scrolls sideways or anything sticks out of the window, naming the
 * widest offenders. What scrolls or is clipped inside its own box (a table in its scrolling region) is fine. Puts
 * the window back as it was.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const original = page.viewportSize();
  await page.setViewportSize({ width: NARROW_VIEWPORT_WIDTH, height: original?.height ?? 720 });
  try {
    const problems = await page.evaluate(() => {
      const root = document.documentElement;
      const width = root.clientWidth;
      const offenders: { selector: string; left: number; right: number; text: string }[] = [];
      const describe = (element: Element): string => {
        const steps: string[] = [];
        for (let el: Element | null = element; el && el !== document.body && steps.length < 4; el = el.parentElement) {
          if (el.id) {
            steps.unshift(`${el.tagName.toLowerCase()}#${CSS.escape(el.id)}`);
            break;
          }
          const classes = [...el.classList].slice(0, 2).map((c) => `.${CSS.escape(c)}`).join("");
          const sameTag = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === el!.tagName) : [];
          const nth = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(el) + 1})` : "";
          steps.unshift(`${el.tagName.toLowerCase()}${classes}${nth}`);
        }
        return steps.join(" > ");
      };
      // `outer` is the box of the nearest ancestor that sticks out: a table's rows are not reported again.
      const visit = (element: Element, outer: DOMRect | null) => {
        const style = getComputedStyle(element);
        if (style.display === "none") return;
        const box = element.getBoundingClientRect();
        const sticksOut = (box.width > 0 || box.height > 0) && (box.right > width + 0.5 || box.left < -0.5);
        if (sticksOut && !(outer && Math.round(outer.left) === Math.round(box.left) && Math.round(outer.right) === Math.round(box.right))) {
          const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
          offenders.push({ selector: describe(element), left: Math.round(box.left), right: Math.round(box.right), text });
        }
        // What overflows an element that scrolls or clips is that element's business, not the page's.
        if (style.overflowX !== "visible") return;
        for (const child of element.children) visit(child, sticksOut ? box : null);
      };
      visit(document.body, null);
      offenders.sort((a, b) => b.right - a.right || a.left - b.left);
      return [
        ...(root.scrollWidth > width ? [`the page is ${root.scrollWidth} px wide in a ${width} px window`] : []),
        ...offenders.slice(0, 5).map((o) => `${o.selector} spans ${o.left}–${o.right} px ("${o.text}")`),
        ...(offenders.length > 5 ? [`and ${offenders.length - 5} more elements`] : []),
      ];
    });
    expect(problems, `${page.url()} scrolls sideways at ${NARROW_VIEWPORT_WIDTH} px wide`).toEqual([]);
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/** Waits until React has hydrated the page, so clicks reach client code. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __hearthHydrated?: boolean }).__hearthHydrated === true);
}

export const DEMO_PASSWORD = "hearth-demo";

/** Signs in through the real sign-in page and waits for the landing page (with or without JavaScript). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, { javaScript = true } = {}): Promise<void> {
  await page.goto("/sign-in");
  if (javaScript) await waitForHydration(page);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
