/** The footer every page carries, with the statements a public-sector service must link to. */
export function SiteFooter() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <ul className="nhsuk-footer__list">
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/accessibility">
                Accessibility statement
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/privacy">
                Privacy notice
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/cookies">
                Cookies
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/progress">
                Partnerships&apos; progress
              </a>
            </li>
            <li className="nhsuk-footer__list-item">
              <a className="nhsuk-footer__list-item-link" href="/frameworks">
                Frameworks and sources
              </a>
            </li>
          </ul>
          <p className="nhsuk-body-s">
            Hearth is run by the Health and Housing Impact Network to support partnerships between health and housing.
          </p>
        </div>
      </div>
    </footer>
  );
}
