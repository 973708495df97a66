import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { formatTime } from "~/dates";

/** Seconds before the idle timeout at which the warning opens. */
export const WARNING_SECONDS = 120;

/**
 * Work saved in the background (autosave) keeps the session alive on the server without loading a page; it announces
 * the new expiry with this window event so the warning counts from it too.
 */
export const SESSION_EXTENDED_EVENT = "hearth:session-extended";

export function announceSessionExtended(idleSecondsLeft: number): void {
  window.dispatchEvent(new CustomEvent(SESSION_EXTENDED_EVENT, { detail: { idleSecondsLeft } }));
}

/**
 * Warns a signed-in person before their session times out for inactivity and
 * lets them stay signed in. If it does time out, the page is left as it is
 * (nothing typed is lost) and they can sign in again in a new tab, then carry on.
 */
export function SessionTimeoutWarning({ session }: { session: { idleSecondsLeft: number } }) {
  const fetcher = useFetcher<{ idleSecondsLeft: number }>();
  const dialog = useRef<HTMLDialogElement>(null);
  // The server says how many seconds are left; counting from when we heard it
  // keeps the warning right even when this computer's clock is wrong.
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [state, setState] = useState<"quiet" | "warning" | "expired">("quiet");

  // Every page load or navigation (new loader data) and every "stay signed in" moves the expiry on.
  useEffect(() => setExpiresAt(Date.now() + session.idleSecondsLeft * 1000), [session]);
  useEffect(() => {
    if (fetcher.data?.idleSecondsLeft) setExpiresAt(Date.now() + fetcher.data.idleSecondsLeft * 1000);
  }, [fetcher.data]);
  useEffect(() => {
    const onExtended = (event: Event) => {
      const seconds = (event as CustomEvent<{ idleSecondsLeft: number }>).detail?.idleSecondsLeft;
      if (seconds) setExpiresAt(Date.now() + seconds * 1000);
    };
    window.addEventListener(SESSION_EXTENDED_EVENT, onExtended);
    return () => window.removeEventListener(SESSION_EXTENDED_EVENT, onExtended);
  }, []);

  useEffect(() => {
    if (expiresAt === null) return;
    const expiry = expiresAt;
    setState("quiet");
    const warnIn = expiry - WARNING_SECONDS * 1000 - Date.now();
    const warn = setTimeout(() => setState("warning"), Math.max(0, warnIn));
    const expire = setTimeout(() => setState("expired"), Math.max(0, expiry - Date.now()));
    return () => {
      clearTimeout(warn);
      clearTimeout(expire);
    };
  }, [expiresAt]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (state === "quiet" && element.open) element.close();
    if (state !== "quiet" && !element.open) element.showModal();
  }, [state]);

  const here = typeof window === "undefined" ? "/" : window.location.pathname + window.location.search;
  return (
    <dialog ref={dialog} className="hearth-dialog" aria-labelledby="session-timeout-title" onCancel={(event) => {
        // Escape on the warning means "stay signed in", as in the GOV.UK timeout pattern.
        if (state !== "warning") return;
        event.preventDefault();
        fetcher.submit(null, { method: "post", action: "/session/keep-alive" });
      }}>
      {state === "expired" ? (
        <>
          <h2 id="session-timeout-title">You have been signed out</h2>
          <p>You were inactive for 30 minutes, so we signed you out to protect your information.</p>
          <p>
            This page stays as it is. Sign in again in a new tab, then come back here to carry on: anything you typed
            on this page can still be saved.
          </p>
          <div className="hearth-button-group">
            <a className="nhsuk-button" href={`/sign-in?redirectTo=${encodeURIComponent(here)}`} target="_blank" rel="noopener">
              Sign in again (opens in a new tab)
            </a>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <h2 id="session-timeout-title">You will be signed out soon</h2>
          <p>
            For your security, we will sign you out at {expiresAt ? formatTime(new Date(expiresAt)) : "soon"} if you do nothing. Anything you have not
            saved on this page would need saving after you sign in again.
          </p>
          <div className="hearth-button-group">
            <fetcher.Form method="post" action="/session/keep-alive">
              <button type="submit" className="nhsuk-button" autoFocus>
                Stay signed in
              </button>
            </fetcher.Form>
            <form method="post" action="/sign-out">
              <button type="submit" className="nhsuk-button nhsuk-button--secondary">
                Sign out
              </button>
            </form>
          </div>
        </>
      )}
    </dialog>
  );
}
