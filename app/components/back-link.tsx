import { Link } from "@remix-run/react";

/** NHS.UK back link: to the page the person came from in the hierarchy, at the top of the page. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="nhsuk-back-link" to={to}>
      {children}
    </Link>
  );
}
