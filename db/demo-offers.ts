import { latestFramework, PROVIDER_FRAMEWORK_KEY } from "../assessment";
import { boroughKey } from "./london";
import { publishOffer, saveOfferDraft, type OfferServiceInput } from "./offers";
import type { Db } from "./schema";

/**
 * The demo providers' offers, so the directory, the comparison and the region's spread are in use on first start:
 * most providers have published; the first is also part-way through a draft (the published version stays what others
 * see); one was last reviewed well over a year ago (the directory warns); the last has only a draft (nobody else sees it).
 */

type DemoService = Partial<OfferServiceInput> & Pick<OfferServiceInput, "serviceKey" | "eligibility" | "clientGroups" | "referralRoutes" | "outcomes"> & { boroughs: string[] };

interface DemoOffer {
  organisationType: string;
  contactRoute: string;
  lastReviewedOn: string;
  publishedOn: string | null;
  services: DemoService[];
  /** A later change still in draft. */
  draftChange?: (services: OfferServiceInput[]) => OfferServiceInput[];
}

const service = (s: DemoService): OfferServiceInput => ({
  capacity: 10,
  capacityUnit: "homes",
  referralDetail: "",
  responseTime: 5,
  responseTimeUnit: "working-days",
  outcomesOther: "",
  funding: ["council-housing"],
  costBasis: "commissioned-block",
  costDetail: "",
  tenures: ["social-rent"],
  hours: "office-hours-weekdays",
  hoursDetail: "",
  contractEndOn: null,
  ...s,
  boroughKeys: s.boroughs.map(boroughKey),
});

/** In the same order as the demo providers in seed.ts. */
const DEMO_OFFERS: (DemoOffer | null)[] = [
  {
    organisationType: "housing-association",
    contactRoute: "Health partnerships team: health.partners@example-homes.test, 020 7946 0001",
    lastReviewedOn: "2026-09-15",
    publishedOn: "2026-09-20",
    services: [
      {
        serviceKey: "hospital-discharge-support",
        boroughs: ["Brent", "Ealing", "Harrow"],
        eligibility: "Tenants and other residents aged 50 and over, medically fit to leave Northwick Park or Ealing hospitals, whose home needs work first.",
        clientGroups: ["older-people", "leaving-hospital"],
        capacity: 40,
        capacityUnit: "referrals-per-month",
        referralRoutes: ["hospital-discharge-team", "adult-social-care"],
        referralDetail: "Ward staff email discharge@example-homes.test with the discharge date; we call back the same working day.",
        responseTime: 1,
        responseTimeUnit: "working-days",
        outcomes: ["discharge-delays-avoided", "readmissions-avoided"],
        funding: ["nhs", "better-care-fund"],
        costBasis: "free-to-person",
        tenures: ["social-rent", "affordable-rent", "owner-occupier"],
        hours: "extended-hours",
        hoursDetail: "8am to 8pm, seven days",
        contractEndOn: "2027-03-31",
      },
      {
        serviceKey: "step-down-homes",
        boroughs: ["Brent", "Barnet"],
        eligibility: "Adults ready to leave hospital who cannot go home yet; up to 12 weeks.",
        clientGroups: ["leaving-hospital", "homeless-or-at-risk"],
        capacity: 12,
        capacityUnit: "homes",
        referralRoutes: ["hospital-discharge-team"],
        referralDetail: "Through the ICS transfer of care hub.",
        responseTime: 2,
        responseTimeUnit: "working-days",
        outcomes: ["discharge-delays-avoided", "time-to-move-on"],
        costBasis: "commissioned-block",
        costDetail: "£55 a night, block contract with the ICB",
        tenures: ["supported-housing-licence"],
        hours: "all-hours",
      },
    ],
    draftChange: (services) => [
      ...services,
      service({
        serviceKey: "falls-prevention",
        boroughs: ["Harrow"],
        eligibility: "Residents over 65 who have fallen or are worried about falling.",
        clientGroups: ["older-people"],
        referralRoutes: ["gp-primary-care", "self-referral"],
        outcomes: ["falls-prevented", "hazards-removed"],
      }),
    ],
  },
  {
    organisationType: "housing-association",
    contactRoute: "referrals@sample-street.test, 020 7946 0002",
    lastReviewedOn: "2026-06-01",
    publishedOn: "2026-06-03",
    services: [
      {
        serviceKey: "supported-housing-mental-health",
        boroughs: ["Camden", "Islington"],
        eligibility: "Adults with a severe mental illness moving on from inpatient care or at risk of losing their home.",
        clientGroups: ["mental-health", "leaving-hospital"],
        capacity: 64,
        capacityUnit: "bed-spaces",
        referralRoutes: ["mental-health-services", "council-housing-options"],
        referralDetail: "Referral form from the community mental health team; panel meets weekly.",
        responseTime: 2,
        responseTimeUnit: "weeks",
        outcomes: ["tenancies-sustained", "readmissions-avoided", "time-to-move-on"],
        funding: ["council-social-care", "rent-and-service-charges"],
        costBasis: "rent-and-service-charge",
        tenures: ["supported-housing-licence"],
        hours: "all-hours",
      },
      {
        serviceKey: "homelessness-prevention",
        boroughs: ["Camden", "Islington", "Hackney"],
        eligibility: "Anyone at risk of losing their home within eight weeks.",
        clientGroups: ["homeless-or-at-risk", "families-in-temporary-accommodation"],
        capacity: 30,
        capacityUnit: "households-per-year",
        referralRoutes: ["gp-primary-care", "self-referral", "council-housing-options"],
        outcomes: ["homelessness-prevented", "tenancies-sustained"],
        costBasis: "free-to-person",
        tenures: ["social-rent", "private-rented"],
      },
    ],
  },
  {
    organisationType: "housing-association",
    contactRoute: "partnerships@placeholder-place.test",
    lastReviewedOn: "2025-04-10",
    publishedOn: "2025-04-14",
    services: [
      {
        serviceKey: "adaptations-handyperson",
        boroughs: ["Lambeth", "Southwark", "Lewisham"],
        eligibility: "Older and disabled residents of any tenure who need small repairs or adaptations to stay safe at home.",
        clientGroups: ["older-people", "disabled-people"],
        capacity: 120,
        capacityUnit: "referrals-per-month",
        referralRoutes: ["community-health", "adult-social-care", "self-referral"],
        outcomes: ["hazards-removed", "falls-prevented", "resident-satisfaction"],
        funding: ["disabled-facilities-grant", "council-social-care"],
        costBasis: "means-tested-charge",
        tenures: ["social-rent", "owner-occupier", "private-rented"],
      },
    ],
  },
  {
    organisationType: "other",
    contactRoute: "hello@demo-lane.test",
    lastReviewedOn: "2026-02-01",
    publishedOn: "2026-02-02",
    services: [
      {
        serviceKey: "warm-safe-homes",
        boroughs: ["Croydon", "Sutton"],
        eligibility: "Households with a long-term condition made worse by a cold or damp home.",
        clientGroups: ["older-people", "disabled-people", "families-in-temporary-accommodation"],
        capacity: 200,
        capacityUnit: "households-per-year",
        referralRoutes: ["gp-primary-care", "community-health", "self-referral"],
        outcomes: ["hazards-removed", "wellbeing", "admissions-avoided"],
        funding: ["grant-or-charity"],
        costBasis: "free-to-person",
        tenures: ["owner-occupier", "private-rented", "social-rent"],
      },
    ],
  },
  {
    organisationType: "housing-association",
    contactRoute: "Health and housing lead: 020 7946 0005",
    lastReviewedOn: "2026-08-20",
    publishedOn: "2026-08-21",
    services: [
      {
        serviceKey: "housing-with-care",
        boroughs: ["Newham", "Tower Hamlets"],
        eligibility: "People over 55 with care needs who want their own front door.",
        clientGroups: ["older-people", "learning-disabilities-autism"],
        capacity: 180,
        capacityUnit: "homes",
        referralRoutes: ["adult-social-care"],
        outcomes: ["admissions-avoided", "wellbeing", "resident-satisfaction"],
        funding: ["council-social-care", "rent-and-service-charges"],
        costBasis: "rent-and-service-charge",
        tenures: ["affordable-rent", "shared-ownership"],
        hours: "all-hours",
      },
      {
        serviceKey: "key-worker-homes",
        boroughs: ["Newham", "Waltham Forest"],
        eligibility: "NHS staff working in north east London.",
        clientGroups: ["other"],
        capacity: 60,
        capacityUnit: "homes",
        referralRoutes: ["other"],
        referralDetail: "Staff apply through their trust's housing page.",
        outcomes: ["resident-satisfaction"],
        costBasis: "rent-and-service-charge",
        tenures: ["affordable-rent"],
      },
      {
        serviceKey: "homeless-hospital-discharge",
        boroughs: ["Tower Hamlets"],
        eligibility: "People with no home to go to when they leave the Royal London.",
        clientGroups: ["homeless-or-at-risk", "leaving-hospital"],
        capacity: 8,
        capacityUnit: "bed-spaces",
        referralRoutes: ["hospital-discharge-team"],
        outcomes: ["discharge-delays-avoided", "readmissions-avoided"],
        funding: ["nhs"],
        costBasis: "commissioned-block",
        tenures: ["temporary-accommodation"],
        hours: "all-hours",
      },
    ],
  },
  {
    organisationType: "supported-housing-provider",
    contactRoute: "referrals@imaginary-court.test",
    lastReviewedOn: "2026-10-05",
    publishedOn: "2026-10-06",
    services: [
      {
        serviceKey: "supported-housing-other",
        boroughs: ["Hounslow", "Hillingdon"],
        eligibility: "Adults with a learning disability or autism moving out of hospital or residential care.",
        clientGroups: ["learning-disabilities-autism"],
        capacity: 24,
        capacityUnit: "bed-spaces",
        referralRoutes: ["adult-social-care", "mental-health-services"],
        outcomes: ["tenancies-sustained", "wellbeing"],
        funding: ["council-social-care"],
        costBasis: "spot-purchase",
        tenures: ["supported-housing-licence"],
        hours: "all-hours",
      },
    ],
  },
  {
    organisationType: "council-landlord",
    contactRoute: "0800 000 0007",
    lastReviewedOn: "2026-11-01",
    publishedOn: null,
    services: [
      {
        serviceKey: "adaptations-handyperson",
        boroughs: ["Bexley", "Bromley"],
        eligibility: "Anyone over 60 or disabled, any tenure.",
        clientGroups: ["older-people", "disabled-people"],
        referralRoutes: ["self-referral", "gp-primary-care"],
        outcomes: ["hazards-removed"],
      },
    ],
  },
];

/** Writes the demo offers for the demo providers (their ids in seed order). */
export async function seedDemoOffers(db: Db, providerIds: string[]) {
  const framework = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
  for (const [index, offer] of DEMO_OFFERS.entries()) {
    const organisationId = providerIds[index];
    if (!offer || !organisationId) continue;
    const services = offer.services.map(service);
    const at = new Date(`${offer.publishedOn ?? offer.lastReviewedOn}T09:30:00Z`);
    const content = { organisationType: offer.organisationType, contactRoute: offer.contactRoute, lastReviewedOn: offer.lastReviewedOn, services };
    const saved = await saveOfferDraft(db, { organisationId, actor: null, frameworkKey: framework.key, frameworkVersion: framework.version, expectedRevision: 0, offer: content, at });
    if (!saved.ok) throw new Error("The demo offer could not be saved.");
    if (!offer.publishedOn) continue;
    await publishOffer(db, { organisationId, actor: null, expectedRevision: saved.revision, at });
    if (offer.draftChange) {
      const later = new Date("2026-11-10T14:00:00Z");
      await saveOfferDraft(db, { organisationId, actor: null, frameworkKey: framework.key, frameworkVersion: framework.version, expectedRevision: 0, offer: { ...content, services: offer.draftChange(services) }, at: later });
    }
  }
}
