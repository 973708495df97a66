import type { MetaFunction } from "@remix-run/node";
import { BackLink } from "~/components/back-link";

export const meta: MetaFunction = () => [{ title: "Forgotten your password – Hearth" }];

/** How to get back in: Hearth does not send email, so a reset link comes from the network's staff. Public. */
export default function ForgotPassword() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/sign-in">Back to sign in</BackLink>
        <h1>Forgotten your password</h1>
        <p>Ask your network&apos;s staff for a password-reset link. They can make one for you from your organisation&apos;s page of people in Hearth.</p>
        <p>The link works once, for 24 hours. Your old password keeps working until you choose a new one, and choosing it signs you out everywhere.</p>
        <p>
          If you work for a partnership or a housing provider, one of your organisation&apos;s leads can tell you who your network&apos;s staff are.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>Nobody from Hearth will ever ask you for your password.</p>
        </div>
      </div>
    </div>
  );
}
