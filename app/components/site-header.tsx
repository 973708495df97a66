import { Form, Link, useLocation } from "@remix-run/react";
import type { NavigationItem } from "~/auth/roles";

export interface HeaderUser {
  name: string;
  /** Null while a person who belongs to several organisations has not chosen one. */
  roleLabel: string | null;
  organisationName: string | null;
  canChangeOrganisation: boolean;
  /** Notifications new to them (0 hides the count). */
  newNotifications: number;
}

/** The NHS.UK-style header, without NHS branding: service name, who is signed in, navigation for their role. */
export function SiteHeader({ user, navigation }: { user: HeaderUser | null; navigation: NavigationItem[] }) {
  const { pathname } = useLocation();
  const current = currentItem(navigation, pathname);
  return (
    <header className="nhsuk-header" role="banner">
      <div className="nhsuk-header__container nhsuk-width-container">
        <div className="nhsuk-header__service">
          <a className="nhsuk-header__service-name" href="/">
            Hearth
          </a>
        </div>
        <nav className="nhsuk-header__account" aria-label="Account">
          <ul className="nhsuk-header__account-list">
            {user ? (
              <>
                <li className="nhsuk-header__account-item" data-testid="signed-in-as">
                  {user.name}
                  {user.organisationName ? `, ${user.roleLabel}, ${user.organisationName}` : null}
                </li>
                {user.organisationName ? (
                  <li className="nhsuk-header__account-item">
                    <a className="nhsuk-header__account-link" href="/notifications">
                      What has changed
                      {user.newNotifications > 0 ? (
                        <>
                          {" "}
                          <span className="hearth-count">{user.newNotifications >= 99 ? "99+" : user.newNotifications}</span>
                          <span className="nhsuk-u-visually-hidden"> new</span>
                        </>
                      ) : null}
                    </a>
                  </li>
                ) : null}
                {user.canChangeOrganisation ? (
                  <li className="nhsuk-header__account-item">
                    <a className="nhsuk-header__account-link" href="/choose-organisation">
                      Change organisation
                    </a>
                  </li>
                ) : null}
                <li className="nhsuk-header__account-item">
                  <Form className="nhsuk-header__account-form" method="post" action="/sign-out">
                    <button className="nhsuk-header__account-button" type="submit">
                      Sign out
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <li className="nhsuk-header__account-item">
                <a className="nhsuk-header__account-link" href="/sign-in">
                  Sign in
                </a>
              </li>
            )}
          </ul>
        </nav>
      </div>
      {navigation.length > 0 ? (
        <nav className="nhsuk-header__navigation" aria-label="Menu">
          <div className="nhsuk-header__navigation-container nhsuk-width-container">
            <ul className="nhsuk-header__navigation-list">
              {navigation.map((item) => (
                <li className="nhsuk-header__navigation-item" key={item.href}>
                  <Link
                    className={`nhsuk-header__navigation-link${item === current ? " active" : ""}`}
                    aria-current={item === current ? (item.href === pathname ? "page" : "true") : undefined}
                    to={item.href}
                    prefetch="intent"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      ) : null}
    </header>
  );
}

/** The item for the page being shown: the one whose address is the longest start of the page's (so /provider/offer is "Your offer", not also "Your organisation"). */
export function currentItem(navigation: NavigationItem[], pathname: string): NavigationItem | undefined {
  const within = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
  return navigation.filter((item) => within(item.href)).sort((a, b) => b.href.length - a.href.length)[0];
}
