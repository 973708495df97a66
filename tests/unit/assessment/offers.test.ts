import { describe, expect, it } from "vitest";
import { latestFramework, offerProblems, offerReviewOverdue, PROVIDER_FRAMEWORK_KEY, quantityInWords, type OfferContent } from "../../../assessment";

const template = latestFramework(PROVIDER_FRAMEWORK_KEY)!.offerTemplate!;

const complete: OfferContent = {
  organisationType: "housing-association",
  contactRoute: "020 7946 0000",
  lastReviewedOn: "2026-10-01",
  services: [
    {
      serviceKey: "falls-prevention",
      boroughKeys: ["camden"],
      eligibility: "Over 65s",
      clientGroups: ["older-people"],
      capacity: 10,
      capacityUnit: "homes",
      referralRoutes: ["gp-primary-care"],
      referralDetail: "",
      responseTime: 2,
      responseTimeUnit: "working-days",
      outcomes: [],
      outcomesOther: "Falls reported by residents",
      funding: [],
      costBasis: "free-to-person",
      tenures: ["social-rent"],
      hours: "office-hours-weekdays",
      contractEndOn: null,
    },
  ],
};

describe("what stops an offer being published", () => {
  it("lets a complete offer through (optional fields may be empty; another outcome in words counts)", () => {
    expect(offerProblems(complete, template, "2026-11-23")).toEqual([]);
  });

  it("names each missing field of each service, by the service's name", () => {
    const service = { ...complete.services[0]!, boroughKeys: [], capacity: null, outcomesOther: "" };
    const problems = offerProblems({ ...complete, services: [complete.services[0]!, service] }, template, "2026-11-23");
    expect(problems.map((p) => p.field)).toEqual(["services.1.boroughs", "services.1.capacity", "services.1.outcomesMeasured"]);
    expect(problems[0]!.message).toMatch(/^Falls prevention[^:]*: enter boroughs served$/);
  });

  it("asks for a service, the offer's own details, and a review date that is not in the future", () => {
    const problems = offerProblems({ organisationType: null, contactRoute: " ", lastReviewedOn: "2026-12-01", services: [] }, template, "2026-11-23");
    expect(problems.map((p) => p.field)).toEqual(["organisationType", "contactRoute", "lastReviewedOn", "services"]);
    expect(problems[2]!.message).toBe("The date the offer was last reviewed must be today or in the past");
  });

  it("counts a capacity without its unit as missing", () => {
    const service = { ...complete.services[0]!, capacityUnit: null };
    expect(offerProblems({ ...complete, services: [service] }, template, "2026-11-23").map((p) => p.field)).toEqual(["services.0.capacity"]);
  });
});

describe("when an offer is due for review", () => {
  it("is due a year and a day after its last review, or when it has none", () => {
    expect(offerReviewOverdue("2025-11-23", "2026-11-23")).toBe(false);
    expect(offerReviewOverdue("2025-11-22", "2026-11-23")).toBe(true);
    expect(offerReviewOverdue(null, "2026-11-23")).toBe(true);
    // A review on 29 February falls due on 28 February of the next year.
    expect(offerReviewOverdue("2024-02-29", "2025-02-28")).toBe(false);
    expect(offerReviewOverdue("2024-02-29", "2025-03-01")).toBe(true);
  });
});

describe("quantities in words", () => {
  it("says one thing in the singular and several in the plural", () => {
    expect(quantityInWords(12, "homes")).toBe("12 homes");
    expect(quantityInWords(1, "homes")).toBe("1 home");
    expect(quantityInWords(1, "working days")).toBe("1 working day");
    expect(quantityInWords(1, "referrals a month")).toBe("1 referral a month");
    expect(quantityInWords(0, "bed spaces")).toBe("0 bed spaces");
    expect(quantityInWords(1, "staff (full-time equivalent)")).toBe("1 staff (full-time equivalent)");
  });
});
