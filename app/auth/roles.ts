import { CONTRIBUTOR_ROLES, ORGANISATION_KIND_OF_ROLE, type Role } from "../../assessment/browser";

/** Where each role starts, and the header navigation for it. Shared by server and browser code. */
export function homePathFor(role: Role): string {
  switch (ORGANISATION_KIND_OF_ROLE[role]) {
    case "network":
      return "/network";
    case "partnership":
      return "/partnership";
    case "provider":
      return "/provider";
  }
}

export interface NavigationItem {
  href: string;
  label: string;
}

/** The header navigation for a role, in the organisation the person acts for. */
export function navigationFor(role: Role, organisationId: string): NavigationItem[] {
  const common: NavigationItem[] = [
    { href: "/resources", label: "Resources" },
    { href: "/frameworks", label: "Frameworks" },
  ];
  const records: NavigationItem[] = [
    { href: `/organisations/${organisationId}/progress`, label: "Progress" },
    { href: `/organisations/${organisationId}/evidence`, label: "Evidence" },
    { href: `/organisations/${organisationId}/actions`, label: "Actions" },
  ];
  // A contributor works on what is assigned to them, from their home page: no organisation-wide records.
  const contributor = CONTRIBUTOR_ROLES.includes(role);
  switch (ORGANISATION_KIND_OF_ROLE[role]) {
    case "network":
      return [
        { href: "/network", label: "Region" },
        { href: "/network/overview", label: "Overview" },
        { href: "/network/reviews", label: "Reviews" },
        { href: "/network/offers", label: "Offers" },
        { href: "/network/people", label: "People" },
        ...common, { href: "/account", label: "Your account" }];
    case "partnership":
      return [{ href: "/partnership", label: "Your partnership" }, ...(contributor ? [] : records), { href: "/directory", label: "Directory" }, ...common, { href: "/account", label: "Your account" }];
    case "provider":
      return [{ href: "/provider", label: "Your organisation" }, ...(contributor ? [] : [{ href: "/provider/offer", label: "Your offer" }, ...records]), { href: "/directory", label: "Directory" }, ...common, { href: "/account", label: "Your account" }];
  }
}
