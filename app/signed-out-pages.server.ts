import { createHash } from "node:crypto";
import type { EntryContext } from "@remix-run/node";

/**
 * Pages already rendered for people who are not signed in (the framework pages, the accessibility statement, the
 * sign-in page…), kept for a minute so the same page is not rendered again for each visitor: rendering is most of
 * what such a page costs (docs/performance.md). A page is found again only by its URL and the exact data its loaders
 * returned, so a change to what it shows (a resource library edit, a new framework version) is never served stale;
 * the minute bounds anything a page works out from the clock. Each copy sent carries its own request's CSP nonce:
 * the nonce the page was rendered with (16 random bytes, so it occurs nowhere else in the page) is replaced.
 * Signed-in pages, pages with errors and anything but a 200 GET are never kept.
 */
const KEPT = 200;
const FRESH_MS = 60_000;

interface RenderedPage {
  html: string;
  nonce: string;
  renderedAt: number;
}

const rendered = new Map<string, RenderedPage>();

/** The key a page is kept under, or null when it must be rendered for this request alone. */
export function signedOutPageKey(request: Request, status: number, context: EntryContext, nonce: string): string | null {
  if (request.method !== "GET" || status !== 200 || nonce.length < 16) return null;
  const handled = context.staticHandlerContext;
  if (handled.errors || handled.actionData) return null;
  const root = handled.loaderData.root as { user?: unknown } | undefined;
  if (!root || !("user" in root) || root.user !== null) return null;
  const url = new URL(request.url);
  const data = createHash("sha256").update(JSON.stringify(handled.loaderData)).digest("base64url");
  return `${url.pathname}${url.search} ${data}`;
}

/** The page kept under this key, with this request's nonce in it; null when there is none or it is over a minute old. */
export function recallSignedOutPage(key: string, nonce: string, now = Date.now()): string | null {
  const page = rendered.get(key);
  if (!page) return null;
  if (now - page.renderedAt > FRESH_MS) {
    rendered.delete(key);
    return null;
  }
  return page.html.replaceAll(page.nonce, nonce);
}

export function rememberSignedOutPage(key: string, html: string, nonce: string, now = Date.now()): void {
  rendered.delete(key);
  rendered.set(key, { html, nonce, renderedAt: now });
  if (rendered.size > KEPT) rendered.delete(rendered.keys().next().value!);
}
