import { Writable } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "./nonce";
import { recallSignedOutPage, rememberSignedOutPage, signedOutPageKey } from "./signed-out-pages.server";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

/**
 * Renders every document on the server. Waits for the whole page
 * (onAllReady) so that pages work the same without JavaScript and for crawlers.
 * The page is rendered into one buffer and sent as one body: streamed, React's render arrives as dozens of small
 * writes, each a separate trip through the web stream, express and an asynchronous zlib call in the compression
 * middleware, which cost more than the render itself (docs/performance.md). Rendered per request, so each page
 * carries its own request's CSP nonce. A page for someone not signed in may be one rendered a moment ago with the same
 * data, with this request's nonce put in (app/signed-out-pages.server.ts).
 */
export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  const htmlHeaders = () => {
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    if (!responseHeaders.has("Cache-Control")) responseHeaders.set("Cache-Control", "private, no-store");
    return responseHeaders;
  };
  const keptAs = signedOutPageKey(request, responseStatusCode, remixContext, nonce);
  const kept = keptAs ? recallSignedOutPage(keptAs, nonce) : null;
  if (kept !== null) return new Response(kept, { headers: htmlHeaders(), status: responseStatusCode });
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          shellRendered = true;
          const chunks: Buffer[] = [];
          const page = new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
            final(done) {
              const html = Buffer.concat(chunks);
              if (keptAs && responseStatusCode === 200) rememberSignedOutPage(keptAs, html.toString("utf8"), nonce);
              resolve(new Response(html, { headers: htmlHeaders(), status: responseStatusCode }));
              done();
            },
          });
          pipe(page);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/** Logs real errors only: not a page that does not exist, nor a request the browser gave up on. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};
