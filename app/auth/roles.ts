import type { OrganisationKind, Role } from "../../db/schema";

/** Words people see for each role, and where each role starts. Shared by server and browser code. */
export const ROLE_LABELS: Record<Role, string> = {
  network_staff: "Network staff",
  partnership_lead: "Partnership lead",
  partnership_viewer: "Partnership viewer",
  provider_editor: "Housing provider",
  provider_viewer: "Housing provider (view only)",
};

export const ROLES = Object.keys(ROLE_LABELS) as Role[];

export const ORGANISATION_KIND_OF_ROLE: Record<Role, OrganisationKind> = {
  network_staff: "network",
  partnership_lead: "partnership",
  partnership_viewer: "partnership",
  provider_editor: "provider",
  provider_viewer: "provider",
};

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

/** The header navigation for a role. */
export function navigationFor(role: Role): NavigationItem[] {
  const common: NavigationItem[] = [{ href: "/frameworks", label: "Frameworks" }];
  switch (ORGANISATION_KIND_OF_ROLE[role]) {
    case "network":
      return [{ href: "/network", label: "Region" }, ...common, { href: "/account", label: "Your account" }];
    case "partnership":
      return [{ href: "/partnership", label: "Your partnership" }, ...common, { href: "/account", label: "Your account" }];
    case "provider":
      return [{ href: "/provider", label: "Your organisation" }, ...common, { href: "/account", label: "Your account" }];
  }
}
