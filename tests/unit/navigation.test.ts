import { describe, expect, it } from "vitest";
import { navigationFor } from "../../app/auth/roles";
import { currentItem } from "../../app/components/site-header";

describe("the header's current item", () => {
  const provider = navigationFor("provider_editor", "org-1");

  it("is the most specific section the page is in", () => {
    expect(currentItem(provider, "/provider/offer/edit")?.label).toBe("Your offer");
    expect(currentItem(provider, "/provider")?.label).toBe("Your organisation");
    expect(currentItem(provider, "/organisations/org-1/evidence")?.label).toBe("Evidence");
  });

  it("is none on a page outside every section, and a section is not matched by a longer word", () => {
    expect(currentItem(provider, "/offers/org-2")).toBeUndefined();
    expect(currentItem(provider, "/providers")).toBeUndefined();
  });

  it("gives each kind of organisation its own sections", () => {
    expect(navigationFor("partnership_lead", "p").map((i) => i.label)).toContain("Directory");
    expect(navigationFor("network_staff", "n").map((i) => i.label)).toContain("Offers");
    expect(navigationFor("partnership_viewer", "p").map((i) => i.label)).not.toContain("Your offer");
  });
});
