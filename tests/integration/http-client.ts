/** The page without React's markers between pieces of text, so a sentence can be looked for whole. */
export const pageText = (html: string) => html.replaceAll("<!-- -->", "");

/**
 * GET and same-site form POST against a running app, as a signed-in person (by their session cookie), without
 * following redirects: what a test needs to read a page or send a form as a browser would.
 */
export function httpClient(url: string) {
  const answer = async (res: Response) => ({ status: res.status, html: pageText(await res.text()), location: res.headers.get("location") });
  return {
    get: async (path: string, cookie: string) => answer(await fetch(`${url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" })),
    post: async (path: string, cookie: string, form: Record<string, string> | [string, string][]) =>
      answer(
        await fetch(`${url}${path}`, {
          method: "POST",
          headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded", Origin: url },
          body: new URLSearchParams(form),
          redirect: "manual",
        }),
      ),
  };
}
