import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
  type MetaFunction,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { ROLE_LABELS } from "../assessment/browser";
import { navigationFor } from "./auth/roles";
import { getSignedInPerson } from "./auth/session.server";
import { SessionTimeoutWarning } from "./components/session-timeout";
import { SiteFooter } from "./components/site-footer";
import { SiteHeader } from "./components/site-header";
import { useNonce } from "./nonce";
import hearthStyles from "./styles/hearth.css";

/** Background saves (autosave) do not reload the page shell; they announce the session's new expiry themselves. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, currentUrl, nextUrl, defaultShouldRevalidate }) =>
  // Only when staying on the page: an autosave that lands during a move to another page must let that page load.
  formData?.get("intent") === "autosave" && currentUrl.href === nextUrl.href ? false : defaultShouldRevalidate;

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/nhsuk-frontend.css" },
  { rel: "stylesheet", href: hearthStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ error }) => {
  if (!error) return [{ title: "Hearth" }];
  return [{ title: `${errorText(isRouteErrorResponse(error) ? error.status : 500)[0]} – Hearth` }];
};

function errorText(status: number): [title: string, body: string] {
  if (status === 404) return ["Page not found", "If you typed the web address, check it is correct. If you pasted it, check you copied the whole address."];
  if (status === 403) return ["You do not have access to this page", "Your role does not include this page. If you think it should, ask your network's Hearth administrator."];
  return ["Sorry, there is a problem with the service", "Try again later. Anything you saved has been kept."];
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await getSignedInPerson(request, context);
  return {
    user: person
      ? {
          name: person.name,
          roleLabel: person.acting ? ROLE_LABELS[person.acting.role] : null,
          organisationName: person.acting?.organisationName ?? null,
          canChangeOrganisation: person.memberships.length > 1,
          newNotifications: person.acting ? person.newNotifications : 0,
          navigation: person.acting ? navigationFor(person.acting.role, person.acting.organisationId) : [],
          session: { idleSecondsLeft: Math.max(0, Math.floor((person.idleExpiresAt.getTime() - Date.now()) / 1000)) },
        }
      : null,
  };
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  // Also rendered for errors, when the root loader may not have run.
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user ?? null;
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="nhsuk-skip-link" href="#maincontent">
          Skip to main content
        </a>
        <SiteHeader user={user} navigation={user?.navigation ?? []} />
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <SiteFooter />
        {user ? <SessionTimeoutWarning session={user.session} /> : null}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useEffect(() => {
    // Lets end-to-end tests wait until the page is interactive.
    (window as unknown as { __hearthHydrated?: boolean }).__hearthHydrated = true;
  }, []);
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const [title, fallback] = errorText(status);
  // A 403 says why in words (app/auth/access.ts); other errors keep their general text.
  const body = status === 403 && isRouteErrorResponse(error) && typeof error.data === "string" && error.data !== "Forbidden" ? error.data : fallback;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{title}</h1>
        <p>{body}</p>
        <p>
          <a href="/">Go to the Hearth home page</a>
        </p>
      </div>
    </div>
  );
}
