import type { LinksFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  type MetaFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useNonce } from "./nonce";
import hearthStyles from "./styles/hearth.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/nhsuk-frontend.css" },
  { rel: "stylesheet", href: hearthStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [{ title: "Hearth" }];

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
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
        <header className="nhsuk-header" role="banner">
          <div className="nhsuk-header__container nhsuk-width-container">
            <div className="nhsuk-header__service">
              <a className="nhsuk-header__service-name" href="/">
                Hearth
              </a>
            </div>
          </div>
        </header>
        <div className="nhsuk-width-container">
          <main className="nhsuk-main-wrapper" id="maincontent">
            {children}
          </main>
        </div>
        <footer role="contentinfo">
          <div className="nhsuk-footer">
            <div className="nhsuk-width-container">
              <p className="nhsuk-body-s">Hearth: health and housing partnerships</p>
            </div>
          </div>
        </footer>
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
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{notFound ? "Page not found" : "Sorry, there is a problem with the service"}</h1>
        <p>{notFound ? "If you typed the web address, check it is correct." : "Try again later."}</p>
      </div>
    </div>
  );
}
