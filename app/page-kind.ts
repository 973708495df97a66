/**
 * How much JavaScript a page may make the browser load depends on what it is for; a route says which kind it is in
 * its `handle` (`export const handle: PageHandle = { pageKind: "assessment" }`). Checked by
 * tests/integration/client-bundle.test.ts.
 */
export type PageKind = "page" | "assessment" | "chart";

export const PAGE_BUDGET_KB: Record<PageKind, number> = { page: 130, assessment: 150, chart: 250 };

export interface PageHandle {
  pageKind?: PageKind;
}
