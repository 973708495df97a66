import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

/*
 * For operators: set HEARTH_CONTACT_EMAIL (or HEARTH_ACCESSIBILITY_EMAIL) to a
 * mailbox your organisation reads, and check the organisation name. If you
 * commit to a reply time, or have Hearth audited, say so here and update the
 * dates. Review this statement at least once a year and after big changes.
 * It follows the GOV.UK sample accessibility statement:
 * https://www.gov.uk/government/publications/sample-accessibility-statement
 */

/** The address comes from the configuration (server/config.ts). */
export function loader({ context }: LoaderFunctionArgs) {
  return { contactEmail: context.contactEmails.accessibility };
}

export const meta: MetaFunction = () => [{ title: "Accessibility statement – Hearth" }];

export default function AccessibilityStatement() {
  const { contactEmail } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Accessibility statement for Hearth</h1>
        <p className="nhsuk-body-s nhsuk-u-secondary-text-colour">Last updated: 22 November 2026</p>

        <p>This accessibility statement applies to Hearth, the online service for health and housing partnerships.</p>
        <p>
          Hearth is run by the Health and Housing Impact Network. We want as many people as possible to be able to
          use it. For example, that means you should be able to:
        </p>
        <ul>
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>move around the service using just a keyboard</li>
          <li>move around the service using speech recognition software</li>
          <li>listen to the service using a screen reader</li>
        </ul>
        <p>We have also made the text as simple as possible to understand.</p>
        <p>
          <a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice on making your device easier to use</a> if
          you have a disability.
        </p>

        <h2>How accessible this service is</h2>
        <p>
          We aim to meet the{" "}
          <a href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines (WCAG) version 2.2</a> at
          level AA.
        </p>
        <p>We check this in 2 ways:</p>
        <ul>
          <li>every release is tested automatically with axe, a tool that finds common accessibility problems</li>
          <li>we check that pages can be used with just a keyboard</li>
        </ul>
        <p>
          Automated tools find only some kinds of problem. We test each page automatically; tell us if you find a
          problem.
        </p>
        <p>We know some parts of Hearth may not be fully accessible:</p>
        <ul>
          <li>some charts may not yet have a table that shows the same information</li>
          <li>Hearth signs you out 12 hours after you sign in, even if you are still using it</li>
        </ul>

        <h2>Feedback and contact information</h2>
        <p>
          If you need information from Hearth in a different format, like large print, easy read, audio recording or
          braille, email <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </p>
        <p>Tell us which page you need and the format you would like. We will consider your request and reply to you.</p>

        <h2>Reporting accessibility problems with this service</h2>
        <p>
          We are always looking to improve the accessibility of Hearth. If you find a problem that is not listed on
          this page, or you think we are not meeting accessibility requirements, email{" "}
          <a href={`mailto:${contactEmail}`}>{contactEmail}</a>.
        </p>
        <p>It helps us if you tell us:</p>
        <ul>
          <li>the address of the page, or what you were trying to do</li>
          <li>what went wrong</li>
          <li>the device, browser and any assistive technology you were using</li>
        </ul>

        <h2>Enforcement procedure</h2>
        <p>
          The <a href="https://www.equalityhumanrights.com/">Equality and Human Rights Commission (EHRC)</a> is
          responsible for enforcing the{" "}
          <a href="https://www.legislation.gov.uk/uksi/2018/952/contents/made">
            Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
          </a>{" "}
          (the ‘accessibility regulations’).
        </p>
        <p>
          If you are not happy with how we respond to your complaint, contact the{" "}
          <a href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</a>.
        </p>

        <h2>Technical information about this service’s accessibility</h2>
        <p>
          The Health and Housing Impact Network is committed to making Hearth accessible, in accordance with the
          Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>

        <h3>Compliance status</h3>
        <p>
          Hearth is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, because
          of the issues listed below.
        </p>

        <h3>Non-accessible content</h3>
        <p>The content listed below is non-accessible for the following reasons.</p>

        <h4>Non-compliance with the accessibility regulations</h4>
        <p>
          Some charts may not yet have a table that shows the same information. If you cannot see a chart, you may
          miss what it shows. This may fail WCAG 2.2 success criterion 1.1.1 (non-text content). We plan to show the
          information in every chart as a table as well.
        </p>
        <p>
          To protect your account, Hearth signs you out after 30 minutes without activity, and warns you first so
          you can stay signed in. It also signs you out 12 hours after you signed in, and you cannot extend this.
          This may fail WCAG 2.2 success criterion 2.2.1 (timing adjustable). If this causes you a problem, tell us.
        </p>

        <h4>Content that is not within the scope of the accessibility regulations</h4>
        <p>
          Hearth shows text that its users write, such as assessment answers and action plans, and links to other
          websites that they add. We do not check this content or the websites it links to.
        </p>

        <h2>What we are doing to improve accessibility</h2>
        <ul>
          <li>showing the information in every chart as a table as well</li>
          <li>testing every release automatically, and checking new pages with a keyboard</li>
          <li>fixing the problems you tell us about</li>
        </ul>

        <h2>Preparation of this accessibility statement</h2>
        <p>This statement was prepared on 22 November 2026. It was last reviewed on 22 November 2026.</p>
        <p>
          It is based on our own testing: automated axe checks, which run on every release, and checks with a
          keyboard.
        </p>
      </div>
    </div>
  );
}
