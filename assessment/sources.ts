import type { Source } from "./types";

/**
 * Every source an indicator cites, defined once and referenced by key.
 * A `note` marks anything only seen on a mirror, or not fully checked.
 * Fixing a source's address does not change a framework version: versions pin source keys, not these records.
 */
const list: Source[] = [
  {
    key: "mou-2014",
    title: "A Memorandum of Understanding to support joint action on improving health through the home",
    publisher: "Department of Health, Public Health England and 18 other signatories",
    year: 2014,
    url: "https://www.gov.uk/government/publications/joint-action-on-improving-health-through-the-home-memorandum-of-understanding",
  },
  {
    key: "mou-2018",
    title: "Improving health and care through the home: a national memorandum of understanding",
    publisher: "NHS England and 25 other signatories (secretariat: Foundations)",
    year: 2018,
    url: "https://www.foundations.uk.com/how-we-help/health-and-housing-mou/",
    note: "Linked via the secretariat's page. A gov.uk copy of the 2018 text was not confirmed.",
  },
  {
    key: "nhse-mou-blog-2018",
    title: "Improving health and care through the home (blog on the MoU relaunch)",
    publisher: "NHS England",
    year: 2018,
    url: "https://www.england.nhs.uk/blog/improving-health-and-care-through-the-home/",
  },
  {
    key: "homeless-link-mou-2018",
    title: "Strengthening the link between health, housing and care (blog on the MoU's indicators of success)",
    publisher: "Homeless Link",
    year: 2018,
    url: "https://homeless.org.uk/connect/blogs/2018/mar/21/strengthening-link-between-health-housing-and-care",
  },
  {
    key: "kf-stps-2018",
    title: "Housing and health: opportunities for sustainability and transformation partnerships",
    publisher: "The King's Fund, supported by the National Housing Federation (Buck and Gregory)",
    year: 2018,
    url: "https://www.kingsfund.org.uk/insight-and-analysis/blogs/housing-stps-wider-determinants-health",
    note:
      "Links to the publisher's launch blog. The full text was only seen on a mirror (readkong.com); the exact wording of the recommendations has not been checked against the publisher's PDF.",
  },
  {
    key: "kf-roundtable-2017",
    title: "Housing and health: what role for sustainability and transformation plans? (roundtable blog)",
    publisher: "The King's Fund",
    year: 2017,
    url: "https://www.kingsfund.org.uk/insight-and-analysis/blogs/housing-health-stps",
    note: "Year from the launch blog's reference to it ('last year'); not checked on the page itself.",
  },
  {
    key: "phe-home-2017",
    title: "Improving health through the home",
    publisher: "Public Health England",
    year: 2017,
    url: "https://www.gov.uk/government/publications/improving-health-through-the-home/improving-health-through-the-home",
  },
  {
    key: "phe-checklist-2016",
    title: "Improving health through the home: a checklist for local plans and policies",
    publisher: "Public Health England",
    year: 2016,
    url: "https://www.gov.uk/government/publications/improving-health-through-the-home-a-checklist-for-local-plans-and-policies",
  },
  {
    key: "dhsc-ics-strategy-2022",
    title: "Guidance on the preparation of integrated care strategies",
    publisher: "Department of Health and Social Care",
    year: 2022,
    url: "https://www.gov.uk/government/publications/guidance-on-the-preparation-of-integrated-care-strategies",
  },
  {
    key: "lga-hwb-matrix",
    title: "Health and wellbeing board maturity matrix",
    publisher: "Local Government Association",
    year: null,
    url: "https://www2.local.gov.uk/health-and-wellbeing-board-maturity-matrix",
  },
  {
    key: "hfh-map-2018",
    title: "Home from hospital: interactive map and directory",
    publisher: "Housing LIN and Foundations",
    year: 2018,
    url: "https://www.housinglin.org.uk/home-from-hospital/",
  },
  {
    key: "nhf-safe-home-2025",
    title: "Finding a safe home after hospital",
    publisher: "National Housing Federation",
    year: 2025,
    url: "https://housing.org.uk/resources/finding-a-safe-home-after-hospital",
  },
  {
    key: "nottingham-h2h-2018",
    title: "Housing to Health saves millions in health and social care costs",
    publisher: "Nottingham City Homes",
    year: 2018,
    url: "https://nottinghamcityhomes.org.uk/about-us/news-and-newsletters/latest-news/housing-to-health-saves-millions-in-health-and-social-care-costs/",
  },
  {
    key: "essence-homeless-discharge",
    title: "Hospital discharge and intermediate care services for people who are homeless: economic evidence",
    publisher: "Essence project",
    year: null,
    url: "https://essenceproject.uk/casestudies/hospital-discharge-and-intermediate-care-services-for-people-who-are-homeless-economic-evidence",
  },
  {
    key: "naylor-2017",
    title: "NHS Property and Estates: why the estate matters for patients (the Naylor review)",
    publisher: "Department of Health",
    year: 2017,
    url: "https://www.housinglin.org.uk/Topics/type/NHS-Property-and-Estates-Why-the-estate-matters-for-patients/",
    note: "Linked via the Housing LIN's page for the review; the Department's own address was not checked.",
  },
  {
    key: "hf-building-healthier-communities",
    title: "Building healthier communities: the NHS as a land and capital asset holder (chapter 5)",
    publisher: "The Health Foundation",
    year: null,
    url: "https://reader.health.org.uk/building-healthier-communities/chapter-5-the-nhs-as-a-land-and-capital-asset-holder",
  },
  {
    key: "cmh-basic-need",
    title: "A basic need: affordable housing and mental health",
    publisher: "Centre for Mental Health",
    year: null,
    url: "https://centreformentalhealth.org.uk/basic-need-affordable-housing-and-mental-health",
  },
  {
    key: "kf-warmer-safer-homes",
    title: "Warmer and safer homes",
    publisher: "The King's Fund",
    year: null,
    url: "http://www.kingsfund.org.uk/projects/improving-publics-health/warmer-and-safer-homes",
  },
  {
    key: "cieh-housing-health-2015",
    title: "Housing and health resource",
    publisher: "Chartered Institute of Environmental Health and Public Health England",
    year: 2015,
    url: "https://cieh-housing-and-health-resource.co.uk",
  },
  {
    key: "phe-homelessness-aoh-2019",
    title: "Homelessness: applying All Our Health",
    publisher: "Public Health England",
    year: 2019,
    url: "https://www.gov.uk/government/publications/homelessness-applying-all-our-health/homelessness-applying-all-our-health",
  },
  {
    key: "nice-ng214-2022",
    title: "Integrated health and social care for people experiencing homelessness (NG214)",
    publisher: "National Institute for Health and Care Excellence",
    year: 2022,
    url: "https://www.nice.org.uk/guidance/ng214",
  },
  {
    key: "bre-cost-poor-housing",
    title: "The cost of poor housing (series of reports, 2021–2023)",
    publisher: "BRE",
    year: 2023,
    url: "https://bregroup.com/reports/the-cost-of-poor-housing",
  },
  {
    key: "bre-hhcc",
    title: "Housing Health Cost Calculator",
    publisher: "BRE",
    year: null,
    url: "https://www.bregroup.com/services/advisory/housing-stock/housing-health-cost-calculator/",
  },
  {
    key: "foundations-dfg-evidence",
    title: "DFG evidence library",
    publisher: "Foundations",
    year: null,
    url: "https://www.foundations.uk.com/library/dfg-evidence/",
  },
  {
    key: "nhsconfed-dfg-falls",
    title: "How Disabled Facilities Grants can reduce upstream demand by preventing falls",
    publisher: "NHS Confederation",
    year: null,
    url: "https://nhsconfed.org/publications/how-disabled-facilities-grants-can-reduce-upstream-demand-preventing-falls",
  },
  {
    key: "ageing-better-adaptations-2017",
    title: "The role of home adaptations in improving later life",
    publisher: "Centre for Ageing Better",
    year: 2017,
    url: "https://ageing-better.org.uk/resources/role-home-adaptations-improving-later-life",
  },
  {
    key: "care-repair-small-significant-2018",
    title: "Small but significant: handyperson services, new evidence of cost benefits",
    publisher: "Care & Repair England",
    year: 2018,
    url: "http://careandrepair-england.org.uk/2018/07/handyperson-services-new-evidence-of-cost-benefits/",
  },
  {
    key: "housinglin-happi",
    title: "HAPPI: housing our ageing population panel for innovation",
    publisher: "Housing LIN",
    year: 2009,
    url: "https://www.housinglin.org.uk/Topics/browse/Design-building/HAPPI/",
  },
  {
    key: "housingforhealth-evidence",
    title: "Evidence: bridging the gap",
    publisher: "housingforhealth.net",
    year: null,
    url: "http://www.housingforhealth.net/evidence-bridging-the-gap/",
  },
  {
    key: "gla-his-2018",
    title: "The London Health Inequalities Strategy",
    publisher: "Greater London Authority",
    year: 2018,
    url: "https://www.london.gov.uk/what-we-do/health/health-inequalities-strategy",
  },
  {
    key: "gla-lhs-2018",
    title: "The London Housing Strategy",
    publisher: "Greater London Authority",
    year: 2018,
    url: "https://www.london.gov.uk/what-we-do/housing-and-land/tackling-londons-housing-crisis",
  },
  {
    key: "fol-network-2023",
    title: "Health & Housing Impact Network: housing and integrated care resources",
    publisher: "Future of London",
    year: 2023,
    url: "https://www.futureoflondon.org.uk/networks/health-and-housing/health-and-housing-impact-network-resources/",
  },
];

export const SOURCES: Readonly<Record<string, Source>> = Object.freeze(
  Object.fromEntries(list.map((source) => [source.key, source])),
);

export const sourceList: readonly Source[] = list;

export function getSource(key: string): Source | undefined {
  return SOURCES[key];
}
