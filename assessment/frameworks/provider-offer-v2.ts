import type { Domain, Framework, OfferTemplate } from "../types";
import { defineIndicator as indicator } from "./build";
import { offerTemplateV1 } from "./provider-offer-v1";

/**
 * Housing provider offer, version 2 (see docs/frameworks.md, "Version 2").
 * PUBLISHED: do not edit. Any change to wording or structure needs a new version (see docs/frameworks.md).
 *
 * The offer template keeps every version 1 service field, in the same order, and adds fields and option lists whose
 * keys the database schema uses: do not rename them.
 */

export const offerTemplateV2: OfferTemplate = {
  // The version 1 service types, in the same order. One description now follows the National Housing Federation's
  // wording ("people with learning disabilities and autistic people" rather than "... or autism").
  serviceTypes: offerTemplateV1.serviceTypes.map((s) =>
    s.key === "supported-housing-other"
      ? {
          ...s,
          description:
            "Homes with support for other groups, such as people with learning disabilities and autistic people, young people, or people escaping domestic abuse.",
        }
      : s,
  ),
  serviceFields: [
    {
      key: "boroughs",
      label: "Boroughs served",
      hint: "Every borough or local authority area where the service is available.",
      kind: "boroughs",
      required: true,
    },
    {
      key: "eligibility",
      label: "Who it is for",
      hint: "The people the service is for, and any criteria, for example 'over 60s leaving hospital in Lambeth'.",
      kind: "text",
      required: true,
    },
    {
      key: "clientGroups",
      label: "Groups it serves",
      hint: "Choose every group the service is designed for. Use 'Who it is for' for the detail.",
      kind: "client-groups",
      required: true,
    },
    {
      key: "capacity",
      label: "Capacity",
      hint: "How much the service can take, as a number and a unit, for example '12 homes' or '40 referrals a month'.",
      kind: "capacity",
      required: true,
    },
    {
      key: "referralRoutes",
      label: "How to refer",
      hint: "Who can refer and how. Add the phone number, email address or form to use.",
      kind: "referral-routes",
      required: true,
    },
    {
      key: "responseTime",
      label: "Target response time",
      hint: "How quickly you aim to respond to a referral, as a number and a unit, for example '2 working days'.",
      kind: "response-time",
      required: true,
    },
    {
      key: "outcomesMeasured",
      label: "Outcomes measured",
      hint: "The outcomes you record for this service. Choose all that apply and add any others.",
      kind: "outcomes",
      required: true,
    },
    {
      key: "funding",
      label: "How it is funded",
      hint: "Where the money for this service comes from.",
      kind: "funding",
      required: false,
    },
    {
      key: "costBasis",
      label: "How it is paid for",
      hint: "How a referrer or the person pays for the service. Add detail, such as the charge or the contract it sits under.",
      kind: "cost-basis",
      required: true,
    },
    {
      key: "tenures",
      label: "Tenures covered",
      hint: "The kinds of home the service works in or offers. Choose all that apply.",
      kind: "tenures",
      required: true,
    },
    {
      key: "hours",
      label: "When it is available",
      hint: "When referrals are taken and the service works. Add detail, such as weekend cover.",
      kind: "hours",
      required: true,
    },
    {
      key: "contractEndOn",
      label: "Contract or funding ends",
      hint: "The date the current contract or funding for this service ends, if it has one.",
      kind: "date",
      required: false,
    },
  ],
  offerFields: [
    {
      key: "organisationType",
      label: "Type of organisation",
      hint: "The kind of organisation making this offer.",
      kind: "organisation-type",
      required: true,
    },
    {
      key: "contactRoute",
      label: "How health partners reach us",
      hint: "How an NHS or council colleague reaches the right person for any service in this offer: a named role, a phone number or an email address, and when it is answered.",
      kind: "text",
      required: true,
    },
    {
      key: "lastReviewedOn",
      label: "Offer last reviewed",
      hint: "The date you last checked every service in this offer was correct.",
      kind: "date",
      required: true,
    },
  ],
  capacityUnits: offerTemplateV1.capacityUnits,
  responseTimeUnits: offerTemplateV1.responseTimeUnits,
  referralRoutes: offerTemplateV1.referralRoutes,
  // Definitions are Hearth's own operational definitions, so that providers count the same way. "The year" is the
  // financial year, 1 April to 31 March.
  outcomeMeasures: [
    {
      key: "discharge-delays-avoided",
      label: "Delayed discharge days avoided",
      definition:
        "For each person the service helped leave hospital, the days between the date the hospital recorded them as ready to leave and the date they would otherwise have left, as estimated by the discharge team at the time; added up over the year.",
    },
    {
      key: "admissions-avoided",
      label: "Hospital admissions avoided",
      definition:
        "People the service helped who, in a health or care professional's judgement recorded at the time, would otherwise have been admitted to hospital; counted over the year, with the reason recorded for each.",
    },
    {
      key: "readmissions-avoided",
      label: "Readmissions avoided",
      definition:
        "Of the people the service helped leave hospital in the year, the share readmitted as an emergency within 30 days of discharge, reported beside the same share for the year before the service began.",
    },
    {
      key: "falls-prevented",
      label: "Falls prevented",
      definition:
        "The number of falls reported by the people the service helped in the 12 months after help, compared with the 12 months before, from their own account or health records; for everyone helped in the year.",
    },
    {
      key: "hazards-removed",
      label: "Hazards removed from homes",
      definition:
        "Category 1 hazards under the Housing Health and Safety Rating System removed, or reduced below Category 1, in homes the service worked on; counted over the year.",
    },
    {
      key: "tenancies-sustained",
      label: "Tenancies sustained",
      definition:
        "Of the households the service first helped in a year, the share still holding the same tenancy, or moved by choice to another settled home, 12 months later.",
    },
    {
      key: "homelessness-prevented",
      label: "Homelessness prevented",
      definition:
        "Households at risk of homelessness whose case closed in the year with them keeping their home or moving to another suitable home for at least six months, without becoming homeless in between.",
    },
    {
      key: "time-to-move-on",
      label: "Time to move on to a settled home",
      definition:
        "The median number of days from moving into the service to moving into a settled home, for everyone who moved on in the year.",
    },
    {
      key: "wellbeing",
      label: "Wellbeing (with a recognised scale)",
      definition:
        "The average change on a named, recognised wellbeing scale between the start of support and its end (or six months in, if sooner), for everyone with both scores in the year.",
    },
    {
      key: "resident-satisfaction",
      label: "Resident satisfaction",
      definition:
        "The share of people asked at the end of support in the year who said they were satisfied or very satisfied, with the number asked.",
    },
    {
      key: "costs-avoided",
      label: "Health and care costs avoided (with a recognised model)",
      definition:
        "Health and care costs avoided in the year, estimated from the outcomes above with a named, recognised model (such as BRE's Housing Health Cost Calculator), stating the model and its version.",
    },
  ],
  fundingSources: offerTemplateV1.fundingSources,
  organisationTypes: offerTemplateV1.organisationTypes,
  sizeBands: offerTemplateV1.sizeBands,
  clientGroups: [
    { key: "older-people", label: "Older people" },
    { key: "mental-health", label: "People with mental health problems" },
    { key: "leaving-hospital", label: "People leaving hospital" },
    { key: "homeless-or-at-risk", label: "Homeless people or people at risk of homelessness" },
    { key: "families-in-temporary-accommodation", label: "Families in temporary accommodation" },
    { key: "learning-disabilities-autism", label: "People with learning disabilities and autistic people" },
    { key: "disabled-people", label: "Disabled people" },
    { key: "young-people", label: "Young people" },
    { key: "domestic-abuse", label: "People escaping domestic abuse" },
    { key: "other", label: "Other" },
  ],
  costBases: [
    { key: "free-to-person", label: "Free to the person" },
    { key: "commissioned-block", label: "Commissioned (block contract)" },
    { key: "spot-purchase", label: "Spot purchase, per person or per unit" },
    { key: "rent-and-service-charge", label: "Rent and service charge" },
    { key: "means-tested-charge", label: "Means-tested charge" },
    { key: "other", label: "Other" },
  ],
  tenures: [
    { key: "social-rent", label: "Social rent" },
    { key: "affordable-rent", label: "Affordable rent" },
    { key: "shared-ownership", label: "Shared ownership" },
    { key: "private-rented", label: "Private rented" },
    { key: "owner-occupier", label: "Owner-occupiers" },
    { key: "temporary-accommodation", label: "Temporary accommodation" },
    { key: "supported-housing-licence", label: "Supported or specialist housing (licence)" },
  ],
  serviceHours: [
    { key: "office-hours-weekdays", label: "Office hours on weekdays" },
    { key: "extended-hours", label: "Extended hours (evenings or weekends)" },
    { key: "all-hours", label: "24 hours a day, every day" },
    { key: "other", label: "Other" },
  ],
};

const clarity: Domain = {
  key: "offer-clarity",
  title: "A clear, current offer",
  summary: "Whether health partners can see what the provider offers, where, how much, and who to contact.",
  indicators: [
    indicator({
      key: "offer-clarity.published-offer",
      title: "Offer published on the common template",
      statement: "We publish our offer to the health system on the common template, covering every service we offer to health partners.",
      guidance:
        "The King's Fund said the housing offer should be clearer and, where appropriate, more standardised. Consider whether an NHS discharge coordinator could find and understand your offer without calling you.",
      descriptors: [
        "We have not described our offer to health partners.",
        "We have described some services to some health partners, in our own format.",
        "Our offer is published on the common template for our main services.",
        "Our full offer is on the template, reviewed at least every six months, and referrals received through it are counted against a baseline.",
        "Commissioners' feedback, gathered independently, says they rely on our offer, and we report to them how referrals reach groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "a decision to publish the offer",
        documentary: "the published offer on the template",
        outcome: "referrals through the offer counted against a baseline",
        independent: "feedback from commissioners gathered independently, or a peer review of the offer",
      },
      tags: { mou: [3, 4], areas: ["housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-clarity.named-contact",
      title: "A named contact for health partners",
      statement: "Health partners have a named contact, or a single route, for everything we offer.",
      guidance: "Consider what happens when that person is away, and whether the route is the same for every borough.",
      descriptors: [
        "Health partners do not know whom to contact.",
        "Some staff are known to some health partners.",
        "A named contact or single route is published and used.",
        "The route is covered throughout working hours, and the time taken to answer enquiries is reported against a baseline.",
        "Health partners rate the route highly in structured feedback, and enquiries about groups facing the greatest inequalities are answered as quickly as others.",
      ],
      evidence: {
        intent: "a plan to name a contact",
        documentary: "the published contact details and a record of enquiries",
        outcome: "answer times against a baseline",
        independent: "structured feedback from health partners",
      },
      tags: { mou: [1, 3], areas: ["housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-clarity.capacity-current",
      title: "Current capacity stated",
      statement: "Our offer states the current capacity of each service.",
      guidance:
        "Health partners need to know whether a service can take a referral this week, not only that it exists. State capacity with one of the template's units.",
      descriptors: [
        "Capacity is not stated.",
        "Capacity is stated for some services, but not kept current.",
        "Capacity is stated for every service and reviewed at least yearly.",
        "Capacity is updated at least every quarter, and the share of referrals turned away for lack of capacity is reported against a baseline.",
        "Health partners' feedback, gathered independently, says they use our capacity figures in planning, and turn-aways are no higher for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "a plan to state capacity",
        documentary: "the offer showing capacity, with review dates",
        outcome: "referrals turned away for lack of capacity, against a baseline",
        independent: "health partners' feedback gathered independently, or an audit",
      },
      tags: { mou: [1, 3], areas: ["housing-offer", "admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-clarity.response-times-stated",
      title: "Target response times stated",
      statement: "Our offer states a target response time for each service.",
      guidance: "Measure from when a referral arrives to when the person is contacted.",
      descriptors: [
        "Response times are not stated.",
        "Targets are stated for some services.",
        "Every service has a target response time in the offer, reviewed at least yearly.",
        "Actual response times are published beside the targets, against a baseline.",
        "An audit confirms the published response times, and they are the same for every group of residents, with no inequalities between groups.",
      ],
      evidence: {
        intent: "a plan to set targets",
        documentary: "the offer showing the targets, with review dates",
        outcome: "actual response times against the targets and a baseline",
        independent: "an audit of response times",
      },
      tags: { mou: [1, 3], areas: ["housing-offer", "admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "hfh-map-2018"],
    }),
    indicator({
      key: "offer-clarity.mapped-to-priorities",
      title: "Offer linked to local health priorities",
      statement: "We have mapped our offer to the priorities of the integrated care system and its places.",
      guidance: "Read the integrated care strategy and place plans, and show which of their priorities each service helps with.",
      descriptors: [
        "We do not know the local health priorities.",
        "We know the priorities but have not linked our services to them.",
        "Our offer shows which local priorities each service supports.",
        "We adjust services with health partners to meet priorities, and report our contribution to each priority against a baseline.",
        "Health partners' own published reports recognise our contribution, including to narrowing health inequalities.",
      ],
      evidence: {
        intent: "notes from reading the local strategy",
        documentary: "the mapping of services to priorities",
        outcome: "reports of our contribution to those priorities, against a baseline",
        independent: "references to our work in partners' published reports or reviews",
      },
      tags: { mou: [2, 3], areas: ["housing-offer", "partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["kf-stps-2018", "dhsc-ics-strategy-2022"],
    }),
  ],
};

const access: Domain = {
  key: "offer-access",
  title: "Referral and joint working",
  summary: "Whether referrals from health services reach us easily and get a timely response, and whether we work alongside health teams.",
  indicators: [
    indicator({
      key: "offer-access.agreed-referral-routes",
      title: "Referral routes agreed with health teams",
      statement: "Our referral routes are agreed with the NHS and council teams who use them.",
      guidance: "Consider hospital discharge teams, mental health services, GPs and adult social care.",
      descriptors: [
        "Referrals arrive ad hoc, if at all.",
        "We have discussed referral routes with some teams.",
        "Referral routes are agreed in writing with at least one health team.",
        "Routes are agreed with every relevant team, and referral volumes and outcomes are tracked against a baseline.",
        "Referrers rate the routes well in feedback gathered independently, and groups facing the greatest inequalities are referred as often as others.",
      ],
      evidence: {
        intent: "notes of discussions with health teams",
        documentary: "written referral agreements or protocols",
        outcome: "referral volumes and outcomes against a baseline",
        independent: "referrers' feedback gathered independently",
      },
      tags: { mou: [3], areas: ["housing-offer", "admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["hfh-map-2018", "kf-stps-2018"],
    }),
    indicator({
      key: "offer-access.response-times-met",
      title: "Response times met",
      statement: "We meet the response times we state for referrals from health services.",
      guidance: "Measure from when the referral arrives to when the person is contacted, and report misses honestly.",
      descriptors: [
        "We do not measure how quickly we respond.",
        "We have started to record response times.",
        "Response times are recorded for every referral and reported internally.",
        "We report response times to health partners against our targets and a baseline, and meet the targets for most referrals.",
        "An audit confirms we consistently meet our targets, for every group of residents alike, with no inequalities in response.",
      ],
      evidence: {
        intent: "a plan to record response times",
        documentary: "referral logs with response times",
        outcome: "performance against the targets and a baseline",
        independent: "an audit of response times",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["hfh-map-2018"],
    }),
    indicator({
      key: "offer-access.staff-with-health-teams",
      title: "Staff working alongside health teams",
      statement: "Our staff work alongside health teams, for example in hospital discharge teams or neighbourhood multidisciplinary teams.",
      guidance: "Consider secondments, co-location and regular attendance at multidisciplinary meetings.",
      descriptors: [
        "Our staff do not work with health teams.",
        "Staff attend some meetings with health teams.",
        "At least one member of staff works within or alongside a health team.",
        "Joint working is funded and routine, and outcomes for joint cases are recorded against a baseline.",
        "An independent evaluation shows joint working improving outcomes, including for groups facing the greatest inequalities, and it has lasted through changes of staff.",
      ],
      evidence: {
        intent: "an agreement to explore joint working",
        documentary: "secondment or co-location agreements",
        outcome: "outcomes for joint cases against a baseline",
        independent: "an evaluation of the joint working",
      },
      tags: { mou: [3, 5], areas: ["admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["hfh-map-2018", "nottingham-h2h-2018"],
    }),
    indicator({
      key: "offer-access.working-with-other-providers",
      title: "Working with other providers at scale",
      statement: "We work with other housing providers so that health partners can use services at the scale they need.",
      guidance:
        "The King's Fund said that the small scale of many housing providers is often a barrier to STP engagement. Consider consortia, lead-provider arrangements and shared referral routes.",
      descriptors: [
        "We work alone.",
        "We have discussed joint offers with other providers.",
        "We take part in at least one joint offer or consortium.",
        "Joint offers are contracted and report joint activity and outcomes against a baseline.",
        "An evaluation shows joint working widening access or reducing cost, including for under-served groups, narrowing inequalities.",
      ],
      evidence: {
        intent: "minutes of discussions with other providers",
        documentary: "a consortium agreement or joint contract",
        outcome: "joint activity and outcome reports against a baseline",
        independent: "an evaluation of the joint model",
      },
      tags: { mou: [3], areas: ["housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-access.discharge-arrangements",
      title: "A role in hospital discharge arrangements",
      statement: "We have an agreed role in the local hospital discharge arrangements, such as a care transfer hub.",
      guidance:
        "Statutory guidance on hospital discharge and community support describes care transfer hubs that manage discharges for people with complex needs. Consider whether the hub knows what you offer and how to reach you.",
      descriptors: [
        "We have no role in hospital discharge arrangements.",
        "We are in touch with a discharge team or hub, without an agreed role.",
        "Our role is agreed in writing with at least one hub or discharge team.",
        "Our role is agreed with every hub we serve, and the time from referral to move for the people we help is tracked against a baseline.",
        "Our role has recurrent funding, and an evaluation shows it shortening delays for the groups most affected, narrowing inequalities.",
      ],
      evidence: {
        intent: "correspondence with a discharge team or hub",
        documentary: "the written agreement of our role",
        outcome: "time from referral to move against a baseline",
        independent: "an evaluation of our part in discharge",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["dhsc-discharge-guidance", "hfh-map-2018"],
    }),
  ],
};

const outcomes: Domain = {
  key: "offer-outcomes",
  title: "Outcomes and evidence",
  summary: "Whether the provider can show what its services achieve, in terms that health partners accept.",
  indicators: [
    indicator({
      key: "offer-outcomes.activity-recorded",
      title: "Activity recorded",
      statement: "We record referrals and activity for each service.",
      guidance: "Record who referred, when, what was done and how long it took.",
      descriptors: [
        "We do not record activity by service.",
        "We record some activity, inconsistently.",
        "Activity is recorded for every service and shared with health partners on request.",
        "Activity is shared with health partners every quarter in an agreed format, with each measure shown against a baseline.",
        "Health partners use our activity data in their own planning, confirmed independently, and it is broken down by group to show inequalities in who uses our services.",
      ],
      evidence: {
        intent: "a plan to record activity",
        documentary: "activity reports",
        outcome: "quarterly reports in an agreed format against a baseline",
        independent: "health partners' use of the data, confirmed independently",
      },
      tags: { mou: [1], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-outcomes.outcomes-measured",
      title: "Outcomes measured against a baseline",
      statement: "We measure the outcomes of our services against a baseline.",
      guidance: "Choose outcomes health partners care about, such as delays avoided, readmissions or falls.",
      descriptors: [
        "We do not measure outcomes.",
        "We describe outcomes with case studies.",
        "We measure outcomes for some services.",
        "We measure outcomes for every service against a baseline and report the trends.",
        "Our outcomes are independently validated and reported by group, showing whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "a list of outcomes we plan to measure",
        documentary: "outcome records for some services",
        outcome: "outcome data with a baseline and a trend",
        independent: "independent validation or evaluation",
      },
      tags: { mou: [4], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["populations"] },
      sources: ["kf-stps-2018", "housingforhealth-evidence"],
    }),
    indicator({
      key: "offer-outcomes.shared-definitions",
      title: "Outcomes counted to the shared definitions",
      statement: "We count the outcomes in our offer using the template's shared definitions.",
      guidance:
        "Each outcome measure in the offer template has a definition of what is counted and over what period, so that providers' figures can be compared. Where you count differently, say how.",
      descriptors: [
        "We count outcomes in our own way, without written definitions.",
        "We have compared our counting with the shared definitions.",
        "At least one outcome in our offer is counted to its shared definition.",
        "Every outcome in our offer is counted to the shared definitions and reported against our baseline.",
        "An audit confirms our counting follows the definitions, and we report outcomes by group to show inequalities.",
      ],
      evidence: {
        intent: "a comparison of our counting with the definitions",
        documentary: "our counting rules, matched to the definitions",
        outcome: "outcomes counted to the definitions, against a baseline",
        independent: "an audit of our counting",
      },
      tags: { mou: [1, 4], areas: ["evidence-and-practice", "housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "offer-outcomes.economic-case",
      title: "Costed with a recognised model",
      statement: "We cost the benefits of our services to health and care using recognised models.",
      guidance:
        "Health partners may not accept social return on investment alone. Consider BRE's Housing Health Cost Calculator and published unit costs.",
      descriptors: [
        "We do not estimate costs or savings.",
        "We quote national figures in general terms.",
        "We have costed at least one service with a recognised model.",
        "Our main services are costed with recognised models, and savings realised are compared with those forecast, against a baseline.",
        "An independent economic review, accepted by health partners, confirms the savings and shows the benefits for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "a plan to cost services",
        documentary: "a costing of at least one service",
        outcome: "savings realised compared with the forecasts",
        independent: "an independent economic evaluation",
      },
      tags: { mou: [4], areas: ["evidence-and-practice", "revenue-incentives"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["bre-hhcc", "housingforhealth-evidence"],
    }),
    indicator({
      key: "offer-outcomes.resident-voice",
      title: "Residents' views gathered",
      statement: "We gather the views of people who use our services in a structured way.",
      guidance: "Consider people who find it hard to give feedback, and tell them what changed.",
      descriptors: [
        "We do not gather views.",
        "We gather views occasionally.",
        "Views are gathered regularly for some services.",
        "Views are gathered for every service, and satisfaction and the changes made are tracked against a baseline.",
        "Residents help design and review services, independent feedback confirms it, and views from groups facing the greatest inequalities are sought and reported separately.",
      ],
      evidence: {
        intent: "plans to gather feedback",
        documentary: "survey results or feedback records",
        outcome: "satisfaction and changes made, against a baseline",
        independent: "independently gathered resident feedback",
      },
      tags: { mou: [4], areas: ["evidence-and-practice"], his: ["healthy-communities"], themes: ["populations"] },
      sources: ["mou-2018"],
    }),
  ],
};

const homes: Domain = {
  key: "offer-homes",
  title: "Healthy homes for residents",
  summary: "Whether the provider's own homes, neighbourhoods and housing management protect residents' health.",
  indicators: [
    indicator({
      key: "offer-homes.hazards-acted-on",
      title: "Damp, mould, cold and hazards acted on",
      statement: "We find and fix damp, mould, excess cold and other serious hazards in our homes promptly.",
      guidance:
        "Consider how hazards are reported, how quickly they are fixed, and whether health partners can raise concerns. The government's 2023 guidance on damp and mould says landlords should tackle the underlying causes and not blame tenants.",
      descriptors: [
        "We react only to complaints and do not track hazards.",
        "We are reviewing how we find and fix hazards.",
        "We have a written approach with target timescales, and we record cases.",
        "We survey our homes proactively, meet our timescales, and track the number of serious hazards against a baseline.",
        "An independent audit confirms hazards falling fastest in the estates that had most, narrowing inequalities, and residents say they are confident reporting problems.",
      ],
      evidence: {
        intent: "a review or action plan",
        documentary: "the written policy and case records",
        outcome: "timescales met and serious hazards against a baseline",
        independent: "an independent audit or stock survey",
      },
      tags: {
        mou: [4],
        areas: ["early-years", "older-age"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["bre-cost-poor-housing", "cieh-housing-health-2015", "damp-mould-guidance-2023"],
    }),
    indicator({
      key: "offer-homes.damp-mould-timescales",
      title: "Damp and mould dealt with within legal timescales",
      statement: "We investigate and fix damp and mould within the timescales Awaab's Law sets.",
      guidance:
        "Awaab's Law, brought in by section 42 of the Social Housing (Regulation) Act 2023, requires social landlords to investigate and fix damp and mould that poses a significant risk within fixed timescales; the first regulations came into force in October 2025. Landlords it does not cover can rate themselves against the same timescales.",
      descriptors: [
        "We do not track how long damp and mould cases take.",
        "We are changing our process to meet the timescales.",
        "Our written process follows the timescales, and every case is logged with its dates.",
        "We report every quarter the share of cases dealt with inside the timescales, against a baseline.",
        "An independent audit confirms we meet the timescales, and results for households at greater risk (children, older adults, people with health conditions) show no inequalities in response.",
      ],
      evidence: {
        intent: "a plan to change our process",
        documentary: "the written process and the case log",
        outcome: "the share of cases inside the timescales, against a baseline",
        independent: "an independent audit, or tenants' feedback gathered independently",
      },
      tags: {
        mou: [4],
        areas: ["early-years", "older-age"],
        his: ["healthy-places", "healthy-children"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["sha-2023", "damp-mould-guidance-2023"],
    }),
    indicator({
      key: "offer-homes.adaptations-for-residents",
      title: "Adaptations for our residents",
      statement: "Our residents get the adaptations they need without long waits.",
      guidance: "Measure the wait from request to completion, and consider moves to a more suitable home.",
      descriptors: [
        "We do not know how long residents wait.",
        "We have started measuring waits.",
        "We record waits and have a target.",
        "We meet the target for most adaptations and report waits against a baseline.",
        "Residents say, in feedback gathered independently, that adaptations help them stay independent, and no group waits longer than others, narrowing inequalities.",
      ],
      evidence: {
        intent: "a plan to measure waits",
        documentary: "records of adaptations and waits",
        outcome: "waits against the target and a baseline",
        independent: "an evaluation or residents' feedback gathered independently",
      },
      tags: { mou: [3, 4], areas: ["older-age"], his: ["healthy-places"], lhs: ["quality-homes"], themes: ["places"] },
      sources: ["ageing-better-adaptations-2017", "foundations-dfg-evidence"],
    }),
    indicator({
      key: "offer-homes.residents-at-risk",
      title: "Residents at risk identified",
      statement: "We identify residents whose health is at risk from their home or circumstances.",
      guidance: "Consider rent arrears, hoarding, falls, isolation and mental health crises as warning signs, and where to refer.",
      descriptors: [
        "We do not look for residents at risk.",
        "Staff refer residents case by case.",
        "We have agreed warning signs and referral routes.",
        "Warning signs are monitored routinely, and outcomes for the residents referred are tracked against a baseline.",
        "An evaluation shows early identification preventing crises, including for groups facing the greatest inequalities, and it has lasted through changes of staff.",
      ],
      evidence: {
        intent: "a plan to identify residents at risk",
        documentary: "warning signs, referral routes and records",
        outcome: "outcomes for residents referred, against a baseline",
        independent: "an evaluation",
      },
      tags: {
        mou: [3, 4],
        areas: ["working-age", "older-age"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["kf-roundtable-2017", "phe-home-2017"],
    }),
    indicator({
      key: "offer-homes.staff-trained",
      title: "Staff trained to spot health risks",
      statement: "Our frontline staff are trained to spot health risks and know where to refer.",
      guidance: "Consider making every contact count and training for repairs staff as well as housing officers.",
      descriptors: [
        "No training is provided.",
        "Training is being planned.",
        "Some frontline staff have been trained.",
        "All frontline staff are trained, and referrals from trained staff are tracked against a baseline.",
        "An evaluation shows training increasing appropriate referrals, including for groups facing the greatest inequalities, and training is part of induction.",
      ],
      evidence: {
        intent: "a training plan",
        documentary: "training materials and attendance records",
        outcome: "referrals from trained staff against a baseline",
        independent: "an evaluation",
      },
      tags: { mou: [5], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["mou-2018", "phe-home-2017"],
    }),
    indicator({
      key: "offer-homes.active-neighbourhoods",
      title: "Outdoor space that helps residents be active",
      statement: "We improve the outdoor space around our homes so that residents can be active.",
      guidance:
        "The Health & Housing Impact Network's 'places' theme covers homes' surroundings: parks and green space, safe walking and cycling routes, public transport and air quality. The Mayor's Health Inequalities Strategy gives more active travel as an example of its Healthy Living aim.",
      descriptors: [
        "We have no plans for the outdoor space around our homes beyond upkeep.",
        "We have identified estates where outdoor space could be improved.",
        "At least one improvement, such as new green space or cycle storage, is complete, with residents consulted.",
        "Improvements cover most estates, and residents' use of outdoor space or active travel is measured against a baseline.",
        "Estates with the least green space improved first, residents helped design the changes, and feedback gathered independently shows use rising, narrowing inequalities.",
      ],
      evidence: {
        intent: "a list of estates to improve",
        documentary: "completed improvements and the consultation records",
        outcome: "use of outdoor space or active travel against a baseline",
        independent: "residents' feedback gathered independently",
      },
      tags: {
        mou: [4],
        areas: ["population-health"],
        his: ["healthy-living", "healthy-places"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["fol-network-2023", "gla-his-2018"],
    }),
  ],
};

const specialist: Domain = {
  key: "offer-specialist",
  title: "Supported housing and the NHS estate",
  summary:
    "Whether providers of mental health supported housing, and providers building or letting homes with the NHS, work to agreed routes with health partners. Answer 'not applicable' for services you do not offer.",
  indicators: [
    indicator({
      key: "offer-specialist.mental-health-referrals",
      title: "A referral route from mental health wards",
      statement: "Mental health inpatient teams can refer people to our supported housing through an agreed route.",
      guidance:
        "The National Housing Federation reports that in September 2024 a lack of suitable supported housing accounted for 7,239 extra bed days in mental health hospitals. Statutory guidance says discharge planning should start on admission or before, so an early referral matters.",
      descriptors: [
        "Mental health teams have no agreed route to our supported housing.",
        "Referrals come case by case, and a route is being discussed.",
        "A route is agreed in writing with at least one mental health trust, and referrals are recorded.",
        "The route is agreed with every trust we serve, and the time from referral to moving in is tracked against a baseline.",
        "The route has recurrent funding, and an evaluation shows shorter delays for the people we house, including groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "correspondence with a mental health trust",
        documentary: "the written referral route and referral records",
        outcome: "time from referral to moving in, against a baseline",
        independent: "an evaluation",
      },
      tags: {
        mou: [3],
        areas: ["mental-health", "admissions-and-discharge"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["nhf-safe-home-2025", "dhsc-mh-discharge-2024"],
    }),
    indicator({
      key: "offer-specialist.move-on-plans",
      title: "Move-on plans in mental health supported housing",
      statement: "People in our mental health supported housing have a move-on plan agreed with them.",
      guidance:
        "The King's Fund's priority is supported housing that helps people with mental health problems live independently in the community. Consider whether plans are agreed with the person and their mental health team, and whether suitable homes to move on to exist.",
      descriptors: [
        "We do not plan moving on with residents.",
        "Moving on is discussed with some residents.",
        "Every resident has a written move-on plan, agreed with them.",
        "Moves to settled homes, and the time taken to move on, are tracked against a baseline.",
        "Residents' feedback, gathered independently, says the plans help, and moves to settled homes happen as quickly for every group, narrowing inequalities.",
      ],
      evidence: {
        intent: "a plan to introduce move-on plans",
        documentary: "residents' written move-on plans",
        outcome: "moves to settled homes and time to move on, against a baseline",
        independent: "residents' feedback gathered independently",
      },
      tags: {
        mou: [3, 4],
        areas: ["mental-health"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "cmh-basic-need"],
    }),
    indicator({
      key: "offer-specialist.supported-housing-review",
      title: "Information for the council's supported housing review",
      statement: "We give each council the information it asks for in its review of supported exempt accommodation.",
      guidance:
        "The Supported Housing (Regulatory Oversight) Act 2023 requires every local housing authority in England to review the supported exempt accommodation in its district and publish a supported housing strategy. If you provide no supported exempt accommodation, answer 'not applicable'.",
      descriptors: [
        "We have not engaged with any council's review.",
        "We know of the reviews and have been in touch.",
        "We have given at least one council the information it asked for, for every scheme in its district.",
        "We give the information to every council we work in, and report the quality measures they ask for on every scheme against a baseline.",
        "An independent check confirms our information, residents helped prepare it, and it shows outcomes for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "correspondence with the council",
        documentary: "the information we gave the council",
        outcome: "quality measures for every scheme against a baseline",
        independent: "an independent check of our information",
      },
      tags: {
        mou: [2, 3],
        areas: ["mental-health"],
        his: ["healthy-minds", "healthy-places"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["shroa-2023"],
    }),
    indicator({
      key: "offer-specialist.nhs-land",
      title: "Building homes on NHS land",
      statement: "We work with NHS bodies to build homes on NHS land.",
      guidance:
        "The Naylor review of NHS property and estates set a target for releasing NHS land for housing. Consider homes for staff, supported housing, step-down homes and extra care housing.",
      descriptors: [
        "We have not discussed NHS land with any NHS body.",
        "We have discussed possible sites with an NHS body.",
        "At least one scheme on NHS land is agreed, with a site and a partnership agreement.",
        "Schemes are under way, and homes started and completed are tracked against the plan as the baseline.",
        "An independent review confirms the homes built meet health priorities and house groups facing the greatest housing inequalities.",
      ],
      evidence: {
        intent: "notes of early talks with an NHS body",
        documentary: "a partnership agreement or planning application",
        outcome: "homes started and completed against the plan",
        independent: "an independent review of the schemes' value",
      },
      tags: {
        mou: [3],
        areas: ["nhs-estate", "capital"],
        his: ["healthy-places"],
        lhs: ["more-homes", "affordable-homes"],
        themes: ["places"],
      },
      sources: ["naylor-2017", "hf-building-healthier-communities"],
    }),
    indicator({
      key: "offer-specialist.staff-homes",
      title: "Homes for NHS and care staff",
      statement: "We let homes to NHS and care staff through a route agreed with their employers.",
      guidance: "Consider how staff hear about the homes, who is eligible, and whether rents are affordable on health and care pay.",
      descriptors: [
        "We have no arrangement for letting homes to NHS or care staff.",
        "We are discussing an arrangement with an NHS or care employer.",
        "A route agreed with at least one employer lets homes to their staff, and lettings are recorded.",
        "Lettings to staff are tracked against a baseline, with rents compared with staff pay.",
        "Employers' feedback, gathered independently, shows the homes helping them keep staff, and lower-paid staff are housed as often as others, narrowing inequalities.",
      ],
      evidence: {
        intent: "notes of talks with an employer",
        documentary: "the agreed letting route and lettings records",
        outcome: "lettings to staff against a baseline",
        independent: "employers' feedback gathered independently",
      },
      tags: { mou: [3], areas: ["nhs-estate"], his: ["healthy-places"], lhs: ["affordable-homes"], themes: ["places"] },
      sources: ["naylor-2017", "gla-lhs-2018"],
    }),
  ],
};

/** Version 1 indicators whose meaning is unchanged in version 2 (new key → old key). */
const unchangedFromV1 = [
  "offer-clarity.published-offer",
  "offer-clarity.named-contact",
  "offer-clarity.mapped-to-priorities",
  "offer-access.agreed-referral-routes",
  "offer-access.response-times-met",
  "offer-access.staff-with-health-teams",
  "offer-access.working-with-other-providers",
  "offer-outcomes.activity-recorded",
  "offer-outcomes.outcomes-measured",
  "offer-outcomes.economic-case",
  "offer-outcomes.resident-voice",
  "offer-homes.hazards-acted-on",
  "offer-homes.adaptations-for-residents",
  "offer-homes.residents-at-risk",
  "offer-homes.staff-trained",
] as const;

export const providerOfferFrameworkV2: Framework = {
  key: "provider-offer",
  version: 2,
  status: "published",
  title: "Housing provider offer to the health system",
  summary:
    "A standard way for housing providers to set out what they offer the health system (services, boroughs, who they serve, capacity, referral routes, response times, cost, tenures, hours and outcomes) and to rate how mature that offer is, so that it can be benchmarked against peers.",
  publishedOn: "2026-11-23",
  carriesOverFrom: {
    version: 1,
    indicatorKeys: Object.fromEntries(unchangedFromV1.map((key) => [key, key])),
  },
  offerTemplate: offerTemplateV2,
  domains: [clarity, access, outcomes, homes, specialist],
};
