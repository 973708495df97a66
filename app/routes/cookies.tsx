import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { ScrollingTable } from "~/components/scrolling-table";

/*
 * Keep this page in step with the cookies the service really sets. If Hearth
 * ever sets a cookie that is not strictly necessary, it must ask for consent
 * first and this page must change.
 */

export const meta: MetaFunction = () => [{ title: "Cookies – Hearth" }];

export default function CookieNotice() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Cookies</h1>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Last updated: 22 November 2026</p>
        <p>Cookies are small files that websites save on your device.</p>
        <p>
          Hearth uses only one cookie. It is essential, because it keeps you signed in. We do not use cookies for
          analytics, advertising or tracking, and there are no cookies from other companies.
        </p>

        <h2>Essential cookie</h2>
        <ScrollingTable label="The cookie Hearth sets">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption">The cookie Hearth sets</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th className="nhsuk-table__header" scope="col">
                  Name
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Purpose
                </th>
                <th className="nhsuk-table__header" scope="col">
                  Expires
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              <tr className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  <code>__Host-hearth_session</code>
                </td>
                <td className="nhsuk-table__cell">
                  Remembers that you are signed in, so that you do not have to sign in on every page
                </td>
                <td className="nhsuk-table__cell">
                  When you sign out, or after 30 minutes without activity. It never lasts longer than 12 hours.
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollingTable>
        <p>
          The <code>__Host-</code> at the start of the name tells your browser to send the cookie only to Hearth, and
          only over a secure connection. When Hearth runs without a secure connection, for example a copy on your own
          computer, the cookie is called <code>hearth_session</code> instead.
        </p>

        <h2>Why we do not ask for your permission</h2>
        <p>
          The law says websites must ask your permission before they set cookies, unless a cookie is strictly
          necessary to give you the service you asked for. Our only cookie is strictly necessary, because you could
          not stay signed in without it. This is why Hearth does not show a cookie banner.
        </p>
        <p>If we ever want to use other cookies, we will update this page and ask for your permission first.</p>

        <h2>Turning cookies off</h2>
        <p>
          You can delete or block cookies in your browser settings. If you block Hearth’s cookie, you will not be
          able to sign in.
        </p>

        <h2>More about your data</h2>
        <p>
          <Link to="/privacy">Read our privacy notice</Link> to find out how we use your personal data.
        </p>
      </div>
    </div>
  );
}
