import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

/*
 * For operators: set HEARTH_CONTACT_EMAIL (the service team) and, if personal
 * data questions go elsewhere (your data protection officer), HEARTH_PRIVACY_EMAIL.
 * Give your organisation's full legal name and address under "Who we are", and
 * ask your data protection officer to confirm the lawful bases and the hosting
 * companies you use. Keep the retention periods here in step with what the
 * service really deletes.
 */

/** The addresses come from the configuration (server/config.ts). */
export function loader({ context }: LoaderFunctionArgs) {
  return { privacyEmail: context.contactEmails.privacy, serviceEmail: context.contactEmails.service };
}

export const meta: MetaFunction = () => [{ title: "Privacy notice – Hearth" }];

export default function PrivacyNotice() {
  const { privacyEmail, serviceEmail } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Privacy notice</h1>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Last updated: 22 November 2026</p>
        <p className="nhsuk-lede-text">
          This notice explains what personal data Hearth holds about you, why we hold it, who can see it and what your
          rights are.
        </p>

        <h2>Who we are</h2>
        <p>
          Hearth is run by the Health and Housing Impact Network (‘we’). We are the controller for the personal data
          in Hearth. This means we decide how it is used and we are responsible for looking after it.
        </p>
        <p>Hearth uses the NHS.UK design so that it is familiar and accessible, but it is not an NHS service.</p>

        <h2>The personal data we hold</h2>
        <p>When you have a Hearth account, we hold:</p>
        <ul>
          <li>your name</li>
          <li>your work email address</li>
          <li>the organisation you work for and your role in Hearth</li>
          <li>
            a scrambled form of your password, made with a slow one-way method called a ‘hash’: we never store the
            password itself, and nobody, including us, can turn the hash back into it
          </li>
          <li>
            sign-in records: each attempt to sign in, with the email address used, the time, whether it worked and
            the IP address it came from (the address of the network your device is connected to)
          </li>
          <li>
            while you are signed in, a record of your session, with your IP address and the type of browser you use
          </li>
          <li>an audit log of changes: who changed what in Hearth, and when</li>
        </ul>

        <h3>What you write in Hearth</h3>
        <p>
          Assessments, offers, evidence and action plans are about organisations, not people. But text boxes can
          contain names, for example the person responsible for an action.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          <p>
            Do not enter personal data about patients, residents or other members of the public. Where you can, use
            a job title instead of a person’s name.
          </p>
        </div>

        <h2>Why we use it</h2>
        <p>We use your personal data to:</p>
        <ul>
          <li>give you an account and keep you signed in</li>
          <li>show you the assessments, offers and reviews that your role allows you to see</li>
          <li>keep Hearth secure, for example by slowing down repeated attempts to sign in</li>
          <li>keep a record of who changed what, so that assessments can be trusted and mistakes put right</li>
        </ul>

        <h3>Our lawful basis</h3>
        <p>UK data protection law says we must have a lawful basis for using personal data. We usually rely on:</p>
        <ul>
          <li>
            public task: helping health and housing organisations to work together to improve people’s health is
            work in the public interest
          </li>
          <li>
            legitimate interests: for keeping Hearth secure and keeping the audit log, where this does not override
            your rights
          </li>
        </ul>

        <h2>Who can see your data</h2>
        <ul>
          <li>Other organisations using Hearth see only what the service shows them.</li>
          <li>People who can see an assessment or an offer may see who worked on it.</li>
          <li>
            Network staff see the accounts, assessments and offers of organisations in their region, so that they
            can review progress and offer support.
          </li>
          <li>
            Housing providers’ benchmarks are anonymous: providers can see how their offer compares with others, but
            not which provider gave which answer.
          </li>
        </ul>
        <p>
          Companies that host Hearth for us store the data only on our instructions. We do not sell your data or use
          it for marketing. We share it with anyone else only if the law requires us to.
        </p>

        <h2>Where we store it</h2>
        <p>Hearth’s data is stored in the UK.</p>

        <h2>How long we keep it</h2>
        <ul>
          <li>
            Your account: until it is removed. If you no longer need Hearth, email{" "}
            <a href={`mailto:${serviceEmail}`}>{serviceEmail}</a> to have your account removed.
          </li>
          <li>Sign-in and session records, including IP addresses: 30 days.</li>
          <li>The audit log: for as long as we keep the assessment records it relates to.</li>
        </ul>

        <h2>Your rights</h2>
        <p>Under the UK General Data Protection Regulation (UK GDPR), you have the right to:</p>
        <ul>
          <li>be told how we use your personal data (this notice)</li>
          <li>get a copy of your personal data</li>
          <li>have wrong or incomplete data corrected</li>
          <li>have your data deleted, in some cases</li>
          <li>limit or object to how we use your data, in some cases</li>
        </ul>
        <p>
          To use any of these rights, email <a href={`mailto:${privacyEmail}`}>{privacyEmail}</a>. We will reply
          within one month.
        </p>

        <h2>How to complain</h2>
        <p>If you are unhappy with how we have used your data, contact us first.</p>
        <p>
          You can also complain to the Information Commissioner’s Office (ICO).{" "}
          <a href="https://ico.org.uk/make-a-complaint/">Make a complaint on the ICO website</a>.
        </p>

        <h2>Contact us</h2>
        <p>
          For any question about your personal data in Hearth, email{" "}
          <a href={`mailto:${privacyEmail}`}>{privacyEmail}</a>.
        </p>

        <h2>Cookies</h2>
        <p>
          Hearth uses one essential cookie to keep you signed in. <Link to="/cookies">Read our cookie notice</Link>.
        </p>
      </div>
    </div>
  );
}
