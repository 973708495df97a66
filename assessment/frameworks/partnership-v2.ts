import type { Domain, Framework } from "../types";
import { defineIndicator as indicator } from "./build";

/**
 * Partnership self-assessment, version 2 (see docs/frameworks.md, "Version 2").
 * PUBLISHED: do not edit. Any change to wording or structure needs a new version (see docs/frameworks.md).
 *
 * Rules this version follows, checked in tests/unit/assessment/framework-integrity.test.ts:
 * - every statement asks one thing;
 * - level 4 describes an outcome measured against a baseline, and level 5 describes something an outsider could
 *   observe, including what is happening to inequalities between groups;
 * - every claim in guidance is in a cited source, and every indicator has a London Health Inequalities Strategy aim.
 */

const leadership: Domain = {
  key: "leadership",
  title: "Leadership, governance and shared commitment",
  summary:
    "Whether housing has a real voice where the partnership makes decisions, and whether partners have committed to work together on health and the home.",
  indicators: [
    indicator({
      key: "leadership.named-sponsor",
      title: "A named executive sponsor",
      statement: "A named executive leads on housing and health for the partnership.",
      guidance:
        "Consider whether the sponsor sits on the partnership board, has the time and authority to act, and reports on housing and health. A title without time set aside for the role counts for little.",
      descriptors: [
        "No executive is named as leading on housing and health.",
        "A sponsor has been proposed, or someone leads informally without an agreed role.",
        "A named executive sponsor is in post, with a written role agreed by the partnership board.",
        "The sponsor reports to the partnership board at least twice a year on the partnership's housing and health measures, each shown against its baseline.",
        "The role has passed to a new post-holder without a gap, and the sponsor's reports break the measures down by group to show whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "board minutes proposing a sponsor",
        documentary: "the sponsor's written role and the board minute appointing them",
        outcome: "the sponsor's board reports showing the housing and health measures against their baseline",
        independent: "a peer or governance review that comments on the sponsor's role, or partners' views gathered by someone outside the partnership",
      },
      tags: { mou: [1, 2], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2018", "kf-stps-2018"],
    }),
    indicator({
      key: "leadership.housing-on-boards",
      title: "Housing on partnership and place boards",
      statement:
        "Housing organisations (council housing services and housing associations) are members of the partnership board and of every place board.",
      guidance:
        "PPL's work with local areas calls for housing providers and housing authorities to be embedded in local governance and partnerships. Count both council housing services and housing associations, and look at attendance as well as membership.",
      descriptors: [
        "Housing organisations are not members of the partnership board or of any place board.",
        "Housing organisations are invited to some board meetings as guests.",
        "Housing organisations hold seats on the partnership board or on at least one place board, written into the terms of reference.",
        "Housing holds seats on the partnership board and every place board, and progress on the housing actions these boards agree is reported against a baseline.",
        "A housing member co-leads at least one board priority, and its results are reported by group, showing whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "minutes proposing housing membership",
        documentary: "terms of reference listing housing members, and attendance records",
        outcome: "a year of board reports showing progress on housing actions against the baseline",
        independent: "partners' views of housing's influence gathered by someone outside the partnership, or a peer review",
      },
      tags: { mou: [1, 2], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2018", "ppl-healthy-homes"],
    }),
    indicator({
      key: "leadership.local-mou",
      title: "Local health and housing agreement",
      statement:
        "A local health and housing agreement, based on the national MoU, is signed by the ICB, the councils and the main housing providers.",
      guidance:
        "Look at who has signed, and whether the agreement sets out commitments specific to your area rather than repeating the national text. If a neighbouring area has adapted the national MoU, its version may be a useful starting point.",
      descriptors: [
        "No local agreement exists.",
        "Partners have discussed a local agreement, and a draft is in circulation.",
        "A local agreement is signed by the ICB, the councils and at least the largest housing providers.",
        "The agreement sets measures, and a yearly review reports progress on each against its baseline.",
        "The agreement has been renewed with residents' and frontline staff's views, its commitments have named budgets, and its reviews report progress on inequalities between groups.",
      ],
      evidence: {
        intent: "a draft agreement, or minutes agreeing to develop one",
        documentary: "the signed agreement and its list of signatories",
        outcome: "yearly review reports showing each measure against its baseline",
        independent: "a peer review of the agreement, or residents' views on its priorities gathered by someone outside the partnership",
      },
      tags: { mou: [1, 2, 3], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2018", "mou-2014", "nhse-mou-blog-2018"],
    }),
    indicator({
      key: "leadership.joint-forum",
      title: "Joint forum that meets every quarter",
      statement: "A health and housing forum meets at least every quarter.",
      guidance:
        "Consider who attends (including senior people from the NHS), whether actions are recorded with owners and closed, and whether the forum links to the health and wellbeing board rather than duplicating it.",
      descriptors: [
        "There is no regular forum; health and housing meet only when a problem comes up.",
        "Meetings have started or are planned, but they are less often than quarterly or are not minuted.",
        "The forum has met at least quarterly for a year, with terms of reference and an action log with named owners.",
        "The forum reports to the partnership board on the measures it oversees, each against its baseline, and most actions close by their due date.",
        "Residents or their representatives are members, a peer or outside facilitator has reviewed the forum, and its reports break its measures down by group to show whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "meeting invitations or a proposal to set up the forum",
        documentary: "terms of reference, minutes and the action log",
        outcome: "reports to the board showing the forum's measures against their baseline, and action-log completion",
        independent: "a review of the forum by a peer or an outside facilitator",
      },
      tags: { mou: [1], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2014", "mou-2018", "lga-hwb-matrix"],
    }),
    indicator({
      key: "leadership.shaping-priorities",
      title: "Housing shapes system priorities",
      statement: "Housing leaders help decide the partnership's priorities, rather than only responding to them.",
      guidance:
        "The King's Fund found housing 'in the narrative' of three in every four STPs, but few made it a core theme. PPL describes how far health, care and housing are joined up locally as 'something of a postcode lottery'. Ask whether housing changed what the partnership decided, not just whether it was consulted.",
      descriptors: [
        "Housing is consulted late, if at all, once priorities are already set.",
        "Housing leaders are asked to comment on draft plans.",
        "Housing leaders take part in setting priorities, and at least one partnership priority includes housing actions.",
        "Housing actions appear in most partnership priorities, each with a measure reported to the board against its baseline.",
        "Partners can name decisions that housing changed, and the housing actions in partnership plans report results by group, showing inequalities narrowing.",
      ],
      evidence: {
        intent: "correspondence inviting housing partners to comment on draft plans",
        documentary: "records of priority-setting workshops and the plan sections written with housing partners",
        outcome: "progress reports on the housing actions in partnership plans against their baseline",
        independent: "partners' views gathered by someone outside the partnership, or a peer review of the plans",
      },
      tags: { mou: [1, 2], areas: ["partnership", "population-health"], his: ["healthy-places"], themes: ["places"] },
      sources: ["kf-roundtable-2017", "kf-stps-2018", "ppl-healthy-homes"],
    }),
  ],
};

const strategy: Domain = {
  key: "strategy",
  title: "Strategy, needs and population health",
  summary:
    "Whether the partnership's strategies and needs assessments treat the home as a cause of good and poor health, with measurable aims and data to act on.",
  indicators: [
    indicator({
      key: "strategy.ics-objectives",
      title: "Measurable objectives on homes in the integrated care strategy",
      statement: "The integrated care strategy sets measurable objectives on unhealthy, unsuitable and unstable homes.",
      guidance:
        "Public Health England describes three kinds of home that harm health: unhealthy (cold, damp, hazardous), unsuitable (overcrowded, inaccessible) and unstable (insecure, or no home at all). Check whether each kind has a measure and a target, not just a description.",
      descriptors: [
        "The integrated care strategy does not mention housing, or mentions it only as background.",
        "The strategy describes housing as a factor in health, without objectives or measures.",
        "The strategy sets at least one housing objective with a measure, covering at least one of unhealthy, unsuitable and unstable homes.",
        "Objectives cover all three kinds of home, and progress on each is reported publicly against its baseline.",
        "Public reports show the housing objectives met or on track, with results broken down by group showing whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "draft strategy sections or workshop notes",
        documentary: "the published strategy with its housing objectives",
        outcome: "public progress reports against the baselines",
        independent: "a peer challenge or independent review of the strategy's delivery",
      },
      tags: {
        mou: [2, 4],
        areas: ["population-health", "partnership"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["phe-home-2017", "dhsc-ics-strategy-2022", "homeless-link-mou-2018"],
    }),
    indicator({
      key: "strategy.jsna-homes",
      title: "Homes in the joint strategic needs assessment",
      statement: "The joint strategic needs assessment (JSNA) analyses how local homes affect local people's health.",
      guidance:
        "Look for data on cold and damp homes, hazards, overcrowding, temporary accommodation and homelessness, broken down by area and group, so that partners can see where to act. Prefer data partners already hold to new collections.",
      descriptors: [
        "The JSNA has no analysis of housing.",
        "A housing chapter is planned, or housing appears only in passing.",
        "The JSNA has a housing chapter drawing on local data about unhealthy, unsuitable and unstable homes.",
        "The housing chapter is refreshed at least every three years and reports each housing measure against its earlier baseline.",
        "The housing analysis breaks measures down by area, age, ethnicity and tenure to show where inequalities are widest, and partners' plans cite it.",
      ],
      evidence: {
        intent: "a plan to add housing to the JSNA",
        documentary: "the JSNA housing chapter",
        outcome: "the refreshed chapter showing trends against the earlier baseline",
        independent: "a peer review of the analysis, or residents' views on it gathered through structured engagement",
      },
      tags: {
        mou: [1, 4],
        areas: ["population-health"],
        his: ["healthy-places", "healthy-communities"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["phe-home-2017", "homeless-link-mou-2018"],
    }),
    indicator({
      key: "strategy.plans-checked",
      title: "Plans checked for their effect on health",
      statement:
        "Housing, homelessness and local plans are checked for their effect on health, using Public Health England's checklist or an equivalent.",
      guidance:
        "Include the housing strategy, the homelessness and rough sleeping strategy, the tenancy strategy, plans for older people's housing and the local plan. Ask what changed because of the check.",
      descriptors: [
        "No plans have been checked for their effect on health.",
        "A check is planned, or one plan has been looked at informally.",
        "The main housing and homelessness strategies have been checked with the checklist and the findings recorded.",
        "Every relevant plan, including the local plan, is checked when it is refreshed, and the measures affected by the changes made are tracked against a baseline.",
        "Public health and residents take part in the checks, and the tracked measures are broken down by group, showing whether inequalities are narrowing.",
      ],
      evidence: {
        intent: "a plan or agreement to carry out the check",
        documentary: "completed checklists and review notes",
        outcome: "the changes made to plans and the measures they affect, tracked against a baseline",
        independent: "an examination report or external review that comments on health",
      },
      tags: {
        mou: [2, 3],
        areas: ["population-health"],
        his: ["healthy-places"],
        lhs: ["more-homes", "quality-homes"],
        themes: ["places"],
      },
      sources: ["phe-checklist-2016"],
    }),
    indicator({
      key: "strategy.population-health-cohorts",
      title: "Housing in population health work",
      statement:
        "Population health management uses housing information, such as temporary accommodation, overcrowding, hazards and fuel poverty, to target support at people at risk.",
      guidance:
        "Consider which housing data is linked (for example temporary accommodation addresses, hazard records or fuel poverty estimates), for which groups, and whether anyone acts on the results.",
      descriptors: [
        "Population health work uses no housing information.",
        "Partners have identified housing data they would like to use.",
        "At least one cohort or risk model includes housing information and is used to target support.",
        "Housing information is used across several cohorts, and outcomes for those cohorts are tracked against a baseline.",
        "An evaluation shows the targeted cohorts' outcomes improving faster than comparable groups', narrowing inequalities, and the method has been shared with other systems.",
      ],
      evidence: {
        intent: "a data request or project proposal",
        documentary: "cohort definitions and data-flow documents",
        outcome: "outcome data for the cohorts compared with a baseline",
        independent: "an evaluation of the targeted work against a comparison group",
      },
      tags: {
        mou: [1, 4],
        areas: ["population-health"],
        his: ["healthy-places", "healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "phe-home-2017"],
    }),
    indicator({
      key: "strategy.regional-alignment",
      title: "Aligned with regional strategies",
      statement:
        "The partnership's housing and health priorities are mapped to the aims of the Mayor's Health Inequalities Strategy and the priorities of the London Housing Strategy (outside London, to the equivalent regional and local strategies).",
      guidance:
        "Check whether the mapping is written down and used, for example to join up bids, share data or report to regional bodies. Outside London, rate against whichever regional or county strategies apply.",
      descriptors: [
        "No link is made between partnership priorities and regional strategies.",
        "Partners refer to the regional strategies in general terms.",
        "Priorities are mapped to the regional aims and priorities in a written document.",
        "Joint work is reported against the regional aims, with each measure shown against its baseline.",
        "Regional reports cite the partnership's contribution, including to narrowing health inequalities, and the partnership responds to regional strategy consultations.",
      ],
      evidence: {
        intent: "references to the regional strategies in board papers",
        documentary: "a mapping document or plan annex",
        outcome: "reports of progress against the regional aims, with baselines",
        independent: "a regional or peer review of the partnership's contribution",
      },
      tags: {
        mou: [2],
        areas: ["population-health", "partnership"],
        his: ["healthy-places", "healthy-communities"],
        lhs: ["quality-homes", "tackling-homelessness"],
        themes: ["places"],
      },
      sources: ["gla-his-2018", "gla-lhs-2018"],
    }),
    indicator({
      key: "strategy.healthy-neighbourhoods",
      title: "Healthy neighbourhoods: air, green space and active travel",
      statement: "Health partners take part in planning healthy neighbourhoods around homes.",
      guidance:
        "The Health & Housing Impact Network's 'places' theme covers homes' surroundings as well as the homes themselves: parks and green space, public transport, safe walking and cycling routes, and the good air quality and chances to be active they bring. The Mayor's Health Inequalities Strategy gives improved air quality (Healthy Places) and more active travel (Healthy Living) as examples of its aims.",
      descriptors: [
        "Health partners play no part in planning the neighbourhoods around homes.",
        "Health partners have commented on a local plan or a major housing scheme.",
        "Health partners comment on major housing schemes and the local plan against agreed criteria covering air quality, green space, and walking and cycling routes.",
        "Measures of air quality, access to green space and active travel are reported against a baseline for the neighbourhoods where partners have acted.",
        "Neighbourhoods with the worst air, least green space or least active travel improve fastest, narrowing inequalities, and residents helped choose the criteria.",
      ],
      evidence: {
        intent: "correspondence offering health comments on plans",
        documentary: "the agreed criteria and the comments made on plans and schemes",
        outcome: "air quality, green space and active travel measures against a baseline",
        independent: "an independent review of the criteria's effect, or residents' views gathered by a third party",
      },
      tags: {
        mou: [2, 4],
        areas: ["population-health"],
        his: ["healthy-places", "healthy-living"],
        lhs: ["quality-homes", "more-homes"],
        themes: ["places"],
      },
      sources: ["fol-network-2023", "gla-his-2018"],
    }),
  ],
};

const data: Domain = {
  key: "data",
  title: "Data and information sharing",
  summary:
    "Whether health, council and housing partners can share and use information about people's homes, safely and routinely, to plan and to act.",
  indicators: [
    indicator({
      key: "data.sharing-agreements",
      title: "Data-sharing agreements",
      statement: "Data-sharing agreements are in place between NHS bodies, councils and housing providers.",
      guidance:
        "A UK interview study of staff who share data between housing and health found common barriers: systems that do not work together, lack of capacity and lengthy governance processes. Shared purpose and personal commitment helped staff overcome them. Consider which partners are covered, what data actually flows, and whether it is used.",
      descriptors: [
        "No agreements exist; information is shared informally or not at all.",
        "Partners have agreed to work on data sharing, and a draft agreement exists.",
        "Signed agreements, each with a completed data protection impact assessment, cover some partners and data flows.",
        "Agreements cover the main NHS, council and housing partners, and the shared data feeds at least one outcome measure reported against a baseline.",
        "An information governance audit confirms the agreements work as intended, residents' views shaped them, and the shared data is used to report inequalities between groups.",
      ],
      evidence: {
        intent: "a draft agreement or project plan",
        documentary: "signed agreements and completed impact assessments",
        outcome: "an outcome measure built on shared data, reported against a baseline",
        independent: "an information governance audit, or residents' views on the agreements gathered independently",
      },
      tags: { mou: [1], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["mou-2018", "ali-shared-data"],
    }),
    indicator({
      key: "data.housing-status-on-admission",
      title: "Housing status recorded on admission",
      statement: "Patients' housing circumstances are recorded when they are admitted to hospital.",
      guidance:
        "Consider whether the question picks up risk of homelessness, unsuitable homes and hazards, who sees the answer, and whether it feeds into discharge planning. Statutory guidance on discharge from mental health inpatient settings says discharge planning should start on admission or before.",
      descriptors: [
        "Housing circumstances are not recorded.",
        "Some wards ask about housing, but it is not recorded consistently.",
        "A standard housing question is asked on admission in at least one trust, and the answer feeds into discharge plans.",
        "Housing circumstances are recorded for most admissions across acute and mental health trusts, and housing-related discharge delays are tracked against a baseline.",
        "Recording is near-complete, and an evaluation links it to fewer housing-related delays, including for the groups with the longest delays, narrowing inequalities.",
      ],
      evidence: {
        intent: "a proposal to add a housing question",
        documentary: "the admission form or system field with its guidance, and an audit of completion",
        outcome: "completion rates and housing-related delays tracked against a baseline",
        independent: "an evaluation linking recording to fewer delays",
      },
      tags: {
        mou: [1, 3],
        areas: ["admissions-and-discharge"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["phe-home-2017", "kf-stps-2018", "dhsc-mh-discharge-2024"],
    }),
    indicator({
      key: "data.shared-dashboard",
      title: "Shared housing and health dashboard",
      statement:
        "A shared dashboard of housing and health measures, such as housing-related discharge delays, waits for Disabled Facilities Grants, temporary accommodation and serious hazards, is reviewed by the joint forum.",
      guidance:
        "Prefer measures partners already collect (Better Care Fund returns, the JSNA, NHS discharge data) to new data requests.",
      descriptors: [
        "No shared measures exist.",
        "Partners have agreed what they would like to measure.",
        "A dashboard brings together some health and housing measures and is shared with the forum.",
        "The dashboard is updated at least quarterly, shows each measure against its baseline and target, and the forum's minutes record the actions taken on it.",
        "The dashboard is published, breaks measures down by group to show inequalities, and its measures were refined with residents and frontline staff.",
      ],
      evidence: {
        intent: "a list of proposed measures",
        documentary: "dashboard exports and the forum minutes that review them",
        outcome: "trend data with baselines and targets",
        independent: "an independent review of the measures and how they are used",
      },
      tags: {
        mou: [1],
        areas: ["evidence-and-practice", "admissions-and-discharge"],
        his: ["healthy-places"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "hfh-map-2018"],
    }),
    indicator({
      key: "data.stock-condition",
      title: "Stock condition data used to target action",
      statement:
        "Data on housing condition and hazards (for example from the Housing Health and Safety Rating System) is used to target action where it will most help health.",
      guidance:
        "Consider social, private rented and owner-occupied homes alike. BRE's Housing Health Cost Calculator can estimate the health cost of hazards and the saving from removing them.",
      descriptors: [
        "Housing condition data is not used for health purposes.",
        "Partners know what condition and hazard data exists and have discussed using it.",
        "Condition or hazard data has been used to target at least one programme, such as warm homes or falls prevention.",
        "Targeting combines condition, hazard and health data across tenures, and hazards removed and health measures in the targeted homes are tracked against a baseline.",
        "An evaluation with a recognised cost model shows health gains and savings, with the largest gains in the most deprived areas, narrowing inequalities.",
      ],
      evidence: {
        intent: "a proposal to use condition data",
        documentary: "targeting criteria and lists drawn from the data",
        outcome: "hazards removed and health measures tracked against a baseline",
        independent: "an evaluation or cost-benefit analysis, for example using the Housing Health Cost Calculator",
      },
      tags: {
        mou: [4],
        areas: ["population-health", "older-age", "early-years"],
        his: ["healthy-places"],
        lhs: ["quality-homes", "fairer-renting"],
        themes: ["places"],
      },
      sources: ["bre-cost-poor-housing", "bre-hhcc"],
    }),
    indicator({
      key: "data.damp-mould-reporting",
      title: "Damp and mould: social landlords report to partners",
      statement: "Social landlords in the area report to the partnership how quickly they deal with damp and mould.",
      guidance:
        "Awaab's Law, brought in by section 42 of the Social Housing (Regulation) Act 2023, requires social landlords to investigate and fix damp and mould that poses a significant risk, and emergency hazards, within fixed timescales; the first regulations came into force in October 2025. The government's 2023 guidance on damp and mould says everyone is vulnerable to its health effects, but people with certain health conditions, children and older adults are at greater risk, and that tenants should not be blamed for it. Private renters and owner-occupiers are outside Awaab's Law: consider how the council's environmental health service reports on their homes.",
      descriptors: [
        "Partners do not know how social landlords in the area deal with damp and mould.",
        "Partners have asked social landlords for information on damp and mould.",
        "The main social landlords report their damp and mould cases and response times to the partnership at least once a year.",
        "Every social landlord in the area reports every quarter on its damp and mould cases and the share dealt with inside the Awaab's Law timescales, against a baseline.",
        "Reports are published, show households at greater risk (children, older adults, people with health conditions) and each area separately, and show inequalities between areas narrowing.",
      ],
      evidence: {
        intent: "a request to landlords for information",
        documentary: "landlords' reports of cases and response times",
        outcome: "quarterly reports of cases and timescales met, against a baseline",
        independent: "an audit of the reports, or tenants' views gathered independently",
      },
      tags: {
        mou: [1, 4],
        areas: ["early-years", "older-age", "population-health"],
        his: ["healthy-places", "healthy-children"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["sha-2023", "damp-mould-guidance-2023"],
    }),
  ],
};

const housingOffer: Domain = {
  key: "housing-offer",
  title: "The housing offer",
  summary:
    "Whether NHS staff and commissioners can see and use what housing providers offer, set out clearly and, where it helps, in a standard way.",
  indicators: [
    indicator({
      key: "housing-offer.common-template",
      title: "Offers on a common template",
      statement:
        "Housing providers set out their offer to the health system on a common template: services, capacity, referral route, cost and outcomes.",
      guidance:
        "The King's Fund said that the small scale of many housing providers and the variation in their offers is often a barrier to STP engagement, and that the housing offer should be clearer and, where appropriate, more standardised. Hearth's provider offer template can serve as the common template.",
      descriptors: [
        "Providers' offers are unknown to health partners or scattered across many documents.",
        "Some providers have described their services to health partners, each in their own way.",
        "A common template is agreed, and the larger providers have completed it.",
        "Most providers in the system use the template, and referrals made through the published offers are counted against a baseline.",
        "Published offers are the usual way the system finds housing services, and referral data shows whether groups facing the greatest inequalities reach them as often as others.",
      ],
      evidence: {
        intent: "a proposal for a common template",
        documentary: "offers published on the template",
        outcome: "referral data for the published offers against a baseline",
        independent: "a review by commissioners or peers of how the offers are used",
      },
      tags: { mou: [3, 4], areas: ["housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "housing-offer.single-point-of-access",
      title: "Single point of access to housing help",
      statement: "NHS staff have a single point of access to housing help for their patients.",
      guidance:
        "Consider whether ward staff, GPs and community teams know about it, how fast it responds, and whether it covers every tenure, not only social housing.",
      descriptors: [
        "Staff find their own way to housing help, case by case.",
        "A list of contacts exists, or a single point of access is being designed.",
        "A single point of access works for some places or services, and its use is recorded.",
        "A single point of access covers the whole system, with response standards, and response times and outcomes are reported against a baseline.",
        "Staff and patients rate the route well in feedback gathered independently, and use by group shows inequalities in access narrowing.",
      ],
      evidence: {
        intent: "a design or business case",
        documentary: "the service description and referral records",
        outcome: "response times and outcomes against a baseline",
        independent: "staff and patient feedback gathered independently, or an evaluation",
      },
      tags: { mou: [3], areas: ["housing-offer", "admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "hfh-map-2018"],
    }),
    indicator({
      key: "housing-offer.working-at-scale",
      title: "Smaller providers working at scale",
      statement: "Smaller housing providers group together so that they can offer services at the scale the health system needs.",
      guidance:
        "The King's Fund said that the small scale of many housing providers is often a barrier to STP engagement. Consider consortia, lead-provider arrangements and shared staff.",
      descriptors: [
        "Providers approach health partners one by one, if at all.",
        "Providers have discussed a joint approach.",
        "A consortium or lead-provider arrangement offers at least one service across several providers.",
        "Joint arrangements cover several services, are contracted, and report combined activity and outcomes against a baseline.",
        "An evaluation shows joint working widening access, including for under-served groups, narrowing inequalities, at lower cost than providers working alone.",
      ],
      evidence: {
        intent: "minutes of providers' discussions",
        documentary: "a consortium agreement or joint contract",
        outcome: "combined activity and outcome reports against a baseline",
        independent: "an evaluation of the joint model",
      },
      tags: { mou: [3], areas: ["housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "kf-roundtable-2017"],
    }),
    indicator({
      key: "housing-offer.offers-mapped",
      title: "Offers mapped to priorities, with gaps",
      statement: "Housing offers are mapped to the partnership's priorities, showing the places and groups with no service.",
      guidance: "Consider whether gaps are visible and whether someone owns closing each one.",
      descriptors: [
        "Nobody links housing offers to the partnership's priorities.",
        "Partners have discussed which offers matter most to their priorities.",
        "A written mapping links offers to priorities and lists the gaps.",
        "Each gap has an owner, and the number of places and groups without a service is tracked against a baseline.",
        "Commissioning decisions cite the mapping, and the gaps for groups facing the greatest inequalities have closed.",
      ],
      evidence: {
        intent: "a list of offers and priorities",
        documentary: "the mapping and the gap list",
        outcome: "the count of gaps tracked against a baseline",
        independent: "a peer review of the mapping and the decisions that followed",
      },
      tags: { mou: [3, 4], areas: ["housing-offer"], his: ["healthy-places"], themes: ["places"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "housing-offer.offers-benchmarked",
      title: "Offers compared on shared measures",
      statement: "The partnership compares housing providers' offers using a shared set of measures.",
      guidance:
        "Measures could include capacity, response times and outcomes, counted to the offer template's shared definitions. Hearth's provider benchmarks can be used.",
      descriptors: [
        "Offers are not compared.",
        "Partners have agreed to compare offers.",
        "Offers have been compared at least once, on shared measures such as capacity, response times and outcomes.",
        "Offers are compared every year on shared measures, and each provider's results are shown against its own baseline.",
        "The comparison is peer-moderated, providers can show what they changed because of it, and it shows whether each offer reaches groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "an agreement to compare offers",
        documentary: "the first comparison",
        outcome: "yearly comparisons against each provider's baseline",
        independent: "peer moderation of the comparison",
      },
      tags: { mou: [3, 4], areas: ["housing-offer", "evidence-and-practice"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
  ],
};

const admissionsDischarge: Domain = {
  key: "admissions-discharge",
  title: "Admissions, length of stay, discharge and readmissions",
  summary:
    "Whether housing help keeps people out of hospital, gets them home when they are ready, and stops them coming back because of their home.",
  indicators: [
    indicator({
      key: "admissions-discharge.embedded-caseworkers",
      title: "Housing caseworkers in discharge teams",
      statement: "Housing caseworkers work inside acute and mental health hospital discharge teams.",
      guidance:
        "The Home from hospital directory by the Housing LIN and Foundations sorts housing services that help people leave hospital into four kinds. One is caseworkers based in or alongside hospital discharge teams and linked to a community handyperson service. Consider how many trusts are covered and whether the caseworkers can act across all tenures.",
      descriptors: [
        "Discharge teams have no housing expertise to call on.",
        "Housing staff attend some discharge meetings, or a pilot is planned.",
        "Housing caseworkers are embedded in at least one hospital's discharge team, and their work is recorded.",
        "Caseworkers are embedded in every acute and mental health trust, and bed days lost to housing-related delays are tracked against a baseline.",
        "Funding is recurrent, and an independent evaluation shows fewer housing-related delays and readmissions, including for the groups with the longest delays, narrowing inequalities.",
      ],
      evidence: {
        intent: "a pilot proposal",
        documentary: "a service agreement and caseload records",
        outcome: "bed days lost to housing-related delays against a baseline",
        independent: "an independent evaluation or economic case",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["hfh-map-2018", "kf-stps-2018", "nottingham-h2h-2018"],
    }),
    indicator({
      key: "admissions-discharge.step-down-homes",
      title: "Step-down homes",
      statement: "Step-down homes are available for people who are ready to leave hospital but cannot yet go home.",
      guidance:
        "Consider flats or rooms for people waiting for adaptations, repairs or a new home, how people are referred, and how quickly they move on. The National Housing Federation's 2025 case studies show supported housing providers working with the NHS to cut delayed discharges.",
      descriptors: [
        "No step-down housing is available.",
        "The need has been identified and options are being explored.",
        "Step-down homes exist in at least one place, with written criteria for who can use them, and occupancy is recorded.",
        "Step-down capacity covers the whole system, and bed days saved, move-on times and readmissions are tracked against a baseline.",
        "Funding is long term, and an evaluation shows bed days saved and recovery helped for each group using the homes, with inequalities in waiting times between groups narrowing.",
      ],
      evidence: {
        intent: "an estimate of need or an options paper",
        documentary: "access criteria and occupancy records",
        outcome: "bed days saved, move-on times and readmissions against a baseline",
        independent: "an evaluation or economic case",
      },
      tags: {
        mou: [3],
        areas: ["admissions-and-discharge"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["hfh-map-2018", "nhf-safe-home-2025"],
    }),
    indicator({
      key: "admissions-discharge.fast-track-adaptations",
      title: "Fast-track repairs and adaptations",
      statement: "Handyperson and minor adaptation services have response-time standards for people leaving hospital.",
      guidance:
        "Consider key safes, grab rails, ramps, heating repairs and deep cleans, who pays for them, and whether the standard covers every tenure.",
      descriptors: [
        "There is no fast route to repairs or adaptations for people leaving hospital.",
        "Some services prioritise hospital cases informally.",
        "A fast-track route with response-time standards exists in at least one place.",
        "Standards apply across the system, and response times and readmissions for the people helped are reported against a baseline.",
        "Fast-track work has long-term funding, and an evaluation shows shorter stays and fewer readmissions, with inequalities between tenures and areas narrowing.",
      ],
      evidence: {
        intent: "agreement in principle to fast-track hospital cases",
        documentary: "the service standard and job records",
        outcome: "response times and readmissions against a baseline",
        independent: "an evaluation or return-on-investment study",
      },
      tags: {
        mou: [3],
        areas: ["admissions-and-discharge", "older-age"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["hfh-map-2018", "care-repair-small-significant-2018"],
    }),
    indicator({
      key: "admissions-discharge.homeless-discharge",
      title: "Discharge pathway for people who are homeless",
      statement: "A specialist hospital discharge pathway exists for people who are homeless.",
      guidance:
        "Evaluations have found specialist discharge schemes for people who are homeless consistently more cost-effective than standard care. Government guidance of 2024 on discharging people at risk of or experiencing homelessness gives step-by-step guides and example pathways, and treats a hospital admission as a 'window of opportunity'. Consider both acute and mental health hospitals.",
      descriptors: [
        "People who are homeless are discharged without a housing plan.",
        "The problem is recognised and a pathway is being designed.",
        "A specialist pathway or team works in at least one hospital, and its cases are recorded.",
        "Specialist pathways cover every acute and mental health trust, and readmissions and housing outcomes are tracked against a baseline.",
        "The pathway has recurrent funding, people with lived experience helped design it, and an independent evaluation shows health inequalities with other patients narrowing.",
      ],
      evidence: {
        intent: "a pathway design or funding bid",
        documentary: "the pathway document and case records",
        outcome: "readmissions and housing outcomes against a baseline",
        independent: "an independent evaluation or economic analysis",
      },
      tags: {
        mou: [3, 4],
        areas: ["admissions-and-discharge", "working-age"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["essence-homeless-discharge", "dhsc-homeless-discharge-2024", "kf-stps-2018"],
    }),
    indicator({
      key: "admissions-discharge.delays-by-group",
      title: "Housing-related discharge delays recorded by group",
      statement: "Housing-related delays in discharge from hospital are recorded for each group of patients most affected.",
      guidance:
        "The National Housing Federation's 2025 report names the main groups affected by delayed discharge as people experiencing homelessness, older people, people with mental health problems, and people with learning disabilities and autistic people. It found that the average number of patients a week with an acute hospital stay of more than 14 days and a housing-related delay to their discharge rose from 49 in 2021 to 153 in 2024. Record each group separately, not just the total.",
      descriptors: [
        "Housing-related delays are not counted.",
        "Delays are counted now and then, or in one service only.",
        "Housing-related delays are recorded routinely by group in at least one trust and reported to partners.",
        "Housing-related delays are recorded by group in every acute and mental health trust, and each group's delays are reported against a baseline.",
        "Delays have fallen for every group, independent analysis confirms it, and inequalities between groups in delays are narrowing.",
      ],
      evidence: {
        intent: "a plan to collect the data",
        documentary: "delay reports by group and the recording guidance",
        outcome: "each group's delays against a baseline",
        independent: "independent analysis of the trends",
      },
      tags: {
        mou: [1, 3],
        areas: ["admissions-and-discharge", "mental-health"],
        his: ["healthy-communities", "healthy-minds"],
        themes: ["populations"],
      },
      sources: ["nhf-safe-home-2025", "hfh-map-2018"],
    }),
    indicator({
      key: "admissions-discharge.care-transfer-hubs",
      title: "Housing in hospital discharge arrangements",
      statement: "Housing has an agreed role in the partnership's hospital discharge arrangements, such as its care transfer hubs.",
      guidance:
        "Statutory guidance on hospital discharge and community support (updated in January 2024) sets out how NHS bodies and councils should plan and deliver discharge, including good practice for care transfer hubs that manage discharges for people with complex needs. Consider whether housing is part of each hub, and whether the hub can reach housing help for every tenure.",
      descriptors: [
        "Hospital discharge arrangements do not include housing.",
        "Housing staff are called in case by case, and partners are discussing a formal role.",
        "Housing has a written role in at least one care transfer hub or discharge team.",
        "Housing has a role in every hub, and discharges to a suitable home are tracked against a baseline.",
        "Funding for housing's role is recurrent, and an evaluation shows discharges to a suitable home improving for each group, with inequalities between groups narrowing.",
      ],
      evidence: {
        intent: "minutes discussing housing's role in discharge",
        documentary: "the hub's terms of reference naming the housing role",
        outcome: "discharges to a suitable home tracked against a baseline",
        independent: "an evaluation of housing's part in discharge",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["dhsc-discharge-guidance", "hfh-map-2018"],
    }),
  ],
};

const estate: Domain = {
  key: "estate",
  title: "NHS estate, land and capital",
  summary: "Whether NHS land and buildings, and capital decisions, help meet local housing need.",
  indicators: [
    indicator({
      key: "estate.surplus-sites-checked",
      title: "Surplus sites checked against housing need",
      statement:
        "Before NHS land or buildings are sold, they are checked against local housing need, such as homes for key workers, supported housing and homes for older people.",
      guidance:
        "The Naylor review set a target for releasing NHS land for housing. Consider who is consulted, how early, and which needs are taken into account.",
      descriptors: [
        "Surplus sites are sold without considering housing need.",
        "Partners have agreed in principle to consider housing need.",
        "A written process checks each surplus site against housing need, and it has been used.",
        "Every disposal follows the process, and the homes it delivers for priority needs are counted against a baseline.",
        "An independent review of estate decisions confirms that the homes delivered serve groups facing the greatest housing inequalities.",
      ],
      evidence: {
        intent: "an agreement to review surplus sites",
        documentary: "the written process and completed site assessments",
        outcome: "homes delivered for priority needs, counted against a baseline",
        independent: "an independent review of estate decisions",
      },
      tags: {
        mou: [3],
        areas: ["nhs-estate", "capital"],
        his: ["healthy-places"],
        lhs: ["more-homes", "affordable-homes"],
        themes: ["places"],
      },
      sources: ["naylor-2017", "kf-stps-2018"],
    }),
    indicator({
      key: "estate.joint-development",
      title: "Building homes on NHS land together",
      statement: "The NHS works with housing associations and councils to build homes on NHS land.",
      guidance: "Consider homes for staff, supported housing, step-down homes and extra care housing.",
      descriptors: [
        "No joint development is happening or planned.",
        "Possible sites and partners have been discussed.",
        "At least one joint scheme is agreed, with a partner and a site.",
        "Several schemes are under way through an agreed partnership model, and homes started and completed are tracked against the plan's baseline.",
        "An independent review confirms that the homes built serve health priorities, including groups facing the greatest housing inequalities.",
      ],
      evidence: {
        intent: "expressions of interest or notes of early talks",
        documentary: "partnership agreements or planning applications",
        outcome: "homes started and completed against the plan",
        independent: "a review of the schemes' value and health benefit",
      },
      tags: {
        mou: [3],
        areas: ["nhs-estate"],
        his: ["healthy-places"],
        lhs: ["more-homes", "affordable-homes"],
        themes: ["places"],
      },
      sources: ["naylor-2017", "hf-building-healthier-communities"],
    }),
    indicator({
      key: "estate.social-value",
      title: "Capital decisions weigh social value",
      statement:
        "Estate and capital decisions weigh social value, including benefits to health and housing, and not just the sale price.",
      guidance:
        "The King's Fund suggests that decisions on transformation capital take account of how surplus NHS estate is used for housing need.",
      descriptors: [
        "Decisions consider only the sale receipt.",
        "Social value is mentioned but not assessed.",
        "A method for assessing social value is agreed and used for at least some decisions.",
        "Every estate and capital decision uses the method, and the social value delivered is reported against the value expected as the baseline.",
        "An independent review confirms the social value delivered, including benefits to groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "board discussion of social value",
        documentary: "the agreed method and the decisions that used it",
        outcome: "social value delivered compared with what was expected",
        independent: "an independent review of the method or its results",
      },
      tags: {
        mou: [2, 3],
        areas: ["capital", "nhs-estate"],
        his: ["healthy-places"],
        lhs: ["affordable-homes"],
        themes: ["places"],
      },
      sources: ["kf-stps-2018", "hf-building-healthier-communities"],
    }),
    indicator({
      key: "estate.pipeline-tracked",
      title: "Pipeline of homes on NHS land tracked",
      statement: "A register tracks the homes planned and built on NHS land.",
      guidance: "Include the tenure of the homes, who they are for, and expected completion dates.",
      descriptors: [
        "No one tracks homes on NHS land.",
        "A list of sites exists but is not kept up to date.",
        "A site register tracks homes planned and built and is shared with partners.",
        "The register is reported to the partnership board, with homes built shown against targets and the baseline year.",
        "The register is public, targets are met, and the homes built include homes for groups facing the greatest housing inequalities.",
      ],
      evidence: {
        intent: "a decision to set up a register",
        documentary: "the site register",
        outcome: "reports of homes built against targets and the baseline",
        independent: "an audit or independent review of the pipeline",
      },
      tags: { mou: [1], areas: ["nhs-estate"], his: ["healthy-places"], lhs: ["more-homes"], themes: ["places"] },
      sources: ["naylor-2017"],
    }),
  ],
};

const mentalHealth: Domain = {
  key: "mental-health",
  title: "Supported housing and mental health",
  summary:
    "Whether people with mental health problems have good-quality supported housing, and a route home from hospital that does not stall.",
  indicators: [
    indicator({
      key: "mental-health.needs-assessment",
      title: "Need for mental health supported housing assessed",
      statement:
        "The need for supported housing for people with mental health problems has been assessed, across crisis, step-down, rehabilitation and floating support.",
      guidance:
        "Consider the whole range, from crisis beds to support in people's own homes, and how people move between them. The National Housing Federation reports that in September 2024 a lack of suitable supported housing accounted for 7,239 extra bed days in mental health hospitals.",
      descriptors: [
        "The need for mental health supported housing has not been assessed.",
        "The need is recognised and an assessment is planned.",
        "A needs assessment covers at least some types of support.",
        "The assessment covers every type of support, is refreshed at least every three years, and compares provision with need against the first assessment as the baseline.",
        "People who use services helped carry out the assessment, and it breaks need and provision down by group to show inequalities in access.",
      ],
      evidence: {
        intent: "a plan to assess need",
        documentary: "the needs assessment",
        outcome: "provision compared with need against the baseline",
        independent: "an independent review, or structured feedback from people who use services on the assessment",
      },
      tags: {
        mou: [3],
        areas: ["mental-health"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "cmh-basic-need", "nhf-safe-home-2025"],
    }),
    indicator({
      key: "mental-health.commissioning-plan",
      title: "Commissioning plan for mental health supported housing",
      statement: "Health and council partners have agreed a commissioning plan for mental health supported housing.",
      guidance: "Consider whether the plan follows the needs assessment, covers every type of support, and is funded.",
      descriptors: [
        "There is no commissioning plan for mental health supported housing.",
        "Partners are drafting a plan.",
        "A plan is agreed for at least some types of support.",
        "The plan covers every type of support, and provision and waiting times are tracked against a baseline.",
        "People who use services helped shape the plan, and waiting times have fallen for every group, with inequalities between groups narrowing.",
      ],
      evidence: {
        intent: "minutes agreeing to prepare a plan",
        documentary: "the agreed plan",
        outcome: "provision and waiting times against a baseline",
        independent: "an independent review, or structured feedback from people who use services",
      },
      tags: {
        mou: [2, 3],
        areas: ["mental-health"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["kf-stps-2018", "cmh-basic-need"],
    }),
    indicator({
      key: "mental-health.inpatient-pathway",
      title: "Pathway from mental health wards to a home",
      statement: "A joint pathway from mental health inpatient care to a suitable home is agreed.",
      guidance:
        "Statutory guidance on discharge from mental health inpatient settings (2024) says discharge planning should start on admission or before. The National Housing Federation reports that in September 2024 a lack of suitable supported housing accounted for 17% of all delayed discharge days in mental health hospitals. Look at delays by reason.",
      descriptors: [
        "Housing is considered only when someone is ready to leave.",
        "Partners recognise the delays and are designing a pathway.",
        "A joint pathway is agreed, and housing needs are assessed early in each admission.",
        "The pathway is used in every mental health trust, and housing-related delays are tracked against a baseline.",
        "Delays have fallen and stayed low for every group, and an evaluation with people who used the pathway shows inequalities between groups narrowing.",
      ],
      evidence: {
        intent: "notes from designing the pathway",
        documentary: "the agreed pathway and referral records",
        outcome: "delay data against a baseline",
        independent: "an evaluation that includes people who used the pathway",
      },
      tags: {
        mou: [3],
        areas: ["mental-health", "admissions-and-discharge"],
        his: ["healthy-minds"],
        themes: ["pathways"],
      },
      sources: ["nhf-safe-home-2025", "dhsc-mh-discharge-2024", "kf-stps-2018"],
    }),
    indicator({
      key: "mental-health.quality-monitored",
      title: "Quality of supported housing checked",
      statement: "The quality of supported housing for people with mental health problems is checked against agreed standards.",
      guidance:
        "Include schemes that the council does not commission, such as exempt accommodation. Ask residents what they think of their homes and support.",
      descriptors: [
        "Quality is not checked beyond contract compliance.",
        "Concerns are raised informally, and checks are being planned.",
        "Quality standards are agreed and checked for commissioned services.",
        "Standards cover commissioned and other provision, and the share of schemes meeting them is tracked against a baseline.",
        "Residents take part in the checks, results are published by scheme, and they show inequalities in quality between areas narrowing.",
      ],
      evidence: {
        intent: "a proposal for quality standards",
        documentary: "the standards and inspection records",
        outcome: "the share of schemes meeting the standards against a baseline",
        independent: "independent inspection or a resident-led review",
      },
      tags: {
        mou: [3, 4],
        areas: ["mental-health"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["kf-stps-2018", "cmh-basic-need"],
    }),
    indicator({
      key: "mental-health.joint-funding",
      title: "Joint funding over several years",
      statement: "Health and council partners fund mental health supported housing jointly, for several years at a time.",
      guidance:
        "Consider whether NHS mental health budgets contribute, and whether contracts are long enough for providers to invest in staff and homes.",
      descriptors: [
        "Funding is short-term or comes from one partner alone.",
        "Partners are discussing joint funding.",
        "Health and council partners jointly fund at least one service for a year or more.",
        "Joint funding is agreed for three years or more, with outcomes written into contracts and reported against a baseline.",
        "Funding is recurrent and pooled, savings are shared, and an economic evaluation shows the benefits reaching groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "minutes of funding discussions",
        documentary: "a joint funding agreement",
        outcome: "multi-year budget lines and outcome reports against a baseline",
        independent: "an economic evaluation",
      },
      tags: {
        mou: [2, 3],
        areas: ["mental-health", "revenue-incentives"],
        his: ["healthy-minds"],
        themes: ["pathways"],
      },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "mental-health.supported-housing-review",
      title: "Health partners in the council's supported housing review",
      statement: "Health partners contribute to each council's review of supported exempt accommodation and its supported housing strategy.",
      guidance:
        "The Supported Housing (Regulatory Oversight) Act 2023 requires every local housing authority in England to review the supported exempt accommodation in its district, assess current provision and the likely need over the next five years, and publish a supported housing strategy; the social services authority must help. Health partners can add what they know about need, for example among people waiting to leave mental health wards.",
      descriptors: [
        "Health partners have not been involved in any council's supported housing review.",
        "Health partners know of the reviews and have offered to take part.",
        "Health partners have contributed data on need to at least one council's review.",
        "Health partners contribute to every council's review in the area, and the strategies' assessments of need and provision are tracked against the first review as the baseline.",
        "The published strategies respond to health partners' evidence, residents helped shape them, and they show need and provision for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "correspondence offering to contribute",
        documentary: "health partners' submissions to the review",
        outcome: "the strategies' assessments of need and provision compared with the first review",
        independent: "a peer review of the strategies, or residents' views gathered independently",
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
  ],
};

const children: Domain = {
  key: "children",
  title: "Children and families",
  summary:
    "Whether the partnership acts on the homes that harm children's health: accidents, damp and cold, overcrowding and temporary accommodation.",
  indicators: [
    indicator({
      key: "children.home-safety",
      title: "Home safety for families most at risk",
      statement: "Home safety schemes reach the families whose children are most at risk of accidents at home.",
      guidance:
        "Accidents at home send many young children to A&E each year. Consider safety equipment and advice (stair gates, window restrictors, fire safety) and who can make referrals.",
      descriptors: [
        "No targeted home safety work exists.",
        "Families most at risk have been identified, and a scheme is planned.",
        "A targeted scheme runs in at least one place, and its uptake is recorded.",
        "Targeted schemes cover the whole system, and child accident admissions among the families reached are tracked against a baseline.",
        "An evaluation shows accident admissions falling most in the most deprived areas, narrowing inequalities, and the scheme has long-term funding.",
      ],
      evidence: {
        intent: "a scheme proposal",
        documentary: "the scheme specification and uptake records",
        outcome: "children's injury admissions against a baseline",
        independent: "an evaluation of the scheme",
      },
      tags: {
        mou: [4],
        areas: ["early-years"],
        his: ["healthy-children"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["kf-warmer-safer-homes", "kf-stps-2018"],
    }),
    indicator({
      key: "children.damp-and-mould",
      title: "Damp, mould and breathing problems",
      statement:
        "An agreed route links GPs, paediatric and children's services to landlords and environmental health when a child's breathing problems may be caused by damp, mould or cold.",
      guidance:
        "The government's 2023 guidance on the health risks of damp and mould says children are among those at greater risk, and that the guidance may also interest health and social care professionals. Consider social and private rented homes, and how quickly landlords respond. Reducing respiratory conditions in children is one of the early-years areas in the King's Fund report.",
      descriptors: [
        "Clinicians have no route for raising housing conditions.",
        "Clinicians raise conditions case by case, and a route is being discussed.",
        "An agreed referral route exists from health services to landlords and environmental health, and referrals are recorded.",
        "The route is used across the system, and repairs completed and children's respiratory measures are tracked against a baseline.",
        "Children referred have fewer breathing problems, shown independently, landlords in every tenure take part, and inequalities between tenures are narrowing.",
      ],
      evidence: {
        intent: "a proposal or a draft protocol",
        documentary: "the protocol and the referral log",
        outcome: "repairs completed and respiratory measures against a baseline",
        independent: "an evaluation or audit",
      },
      tags: {
        mou: [3, 4],
        areas: ["early-years"],
        his: ["healthy-children", "healthy-places"],
        lhs: ["quality-homes", "fairer-renting"],
        themes: ["pathways"],
      },
      sources: ["damp-mould-guidance-2023", "kf-stps-2018", "cieh-housing-health-2015"],
    }),
    indicator({
      key: "children.temporary-accommodation-gp",
      title: "Families in temporary accommodation registered with a GP",
      statement: "Families in temporary accommodation are registered with a GP.",
      guidance:
        "Consider families placed outside their home borough and those who move often. Children in temporary accommodation are one of the groups the Health & Housing Impact Network focuses on.",
      descriptors: [
        "Nobody checks whether families in temporary accommodation are registered with a GP.",
        "The issue is recognised, and partners are gathering data.",
        "Health services are told when families move into temporary accommodation, and GP registration is checked.",
        "GP registration is tracked for every family, including those placed outside the borough, against a baseline.",
        "An audit shows registration among families in temporary accommodation matching the local average, closing the inequality, and families helped improve the process.",
      ],
      evidence: {
        intent: "a proposal to notify health services",
        documentary: "the notification process and its records",
        outcome: "registration rates against a baseline",
        independent: "an audit, or families' feedback gathered independently",
      },
      tags: {
        mou: [3],
        areas: ["early-years", "working-age"],
        his: ["healthy-children", "healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["fol-network-2023", "kf-stps-2018"],
    }),
    indicator({
      key: "children.temporary-accommodation-health-visiting",
      title: "Health visiting for families in temporary accommodation",
      statement: "Families with young children in temporary accommodation receive health visiting.",
      guidance: "Consider families placed outside their home borough and those who move often.",
      descriptors: [
        "Nobody checks whether families in temporary accommodation receive health visits.",
        "The issue is recognised, and partners are gathering data.",
        "Health visiting teams are told when a family with young children moves into temporary accommodation, and contacts are recorded.",
        "Health visiting contacts are tracked for every such family, including those placed outside the borough, against a baseline.",
        "An audit shows contact rates for families in temporary accommodation matching those for other families, closing the inequality, and families helped improve the service.",
      ],
      evidence: {
        intent: "a proposal to notify health visiting teams",
        documentary: "the notification process and contact records",
        outcome: "contact rates against a baseline",
        independent: "an audit, or families' feedback gathered independently",
      },
      tags: {
        mou: [3],
        areas: ["early-years", "working-age"],
        his: ["healthy-children", "healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["fol-network-2023", "kf-stps-2018"],
    }),
    indicator({
      key: "children.health-visitor-referrals",
      title: "Health visitors refer cold and overcrowded homes",
      statement: "Health visitors and school nurses refer families living in cold or overcrowded homes for help.",
      guidance: "Consider links to warm-homes schemes and to housing options for overcrowded families.",
      descriptors: [
        "There is no referral route for housing conditions.",
        "Referrals happen informally, when a practitioner knows someone to call.",
        "A referral route exists, and staff have been briefed on it.",
        "Referrals are routine, and homes improved after referral are tracked against a baseline.",
        "An evaluation shows warmer, less crowded homes for the children referred, with the biggest gains in the most deprived areas, narrowing inequalities.",
      ],
      evidence: {
        intent: "a proposed referral route",
        documentary: "briefing material and referral records",
        outcome: "homes improved after referral, against a baseline",
        independent: "an evaluation of the route",
      },
      tags: {
        mou: [3, 5],
        areas: ["early-years"],
        his: ["healthy-children"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["kf-warmer-safer-homes", "phe-home-2017"],
    }),
  ],
};

const homelessness: Domain = {
  key: "homelessness",
  title: "Working age and homelessness prevention",
  summary:
    "Whether the health system helps prevent homelessness, and whether people who are homeless get the care they need.",
  indicators: [
    indicator({
      key: "homelessness.nhs-referral-routes",
      title: "NHS routes into homelessness prevention",
      statement:
        "NHS services have clear routes for referring people at risk of homelessness to the council, including under the duty to refer.",
      guidance:
        "Government guidance of 2024 on discharging people at risk of or experiencing homelessness treats a hospital admission as a chance to act, including by getting consent for a referral under the duty to refer. Consider primary care and community services too.",
      descriptors: [
        "NHS staff do not know how to refer people at risk of homelessness.",
        "Some staff refer, and guidance is being prepared.",
        "A referral route is agreed and used in at least some NHS services.",
        "Routes are used across acute, mental health, primary and community care, and prevention outcomes for the people referred are tracked against a baseline.",
        "Independent analysis shows prevention outcomes for people referred by the NHS matching those for others, narrowing inequalities, and the route is part of staff induction.",
      ],
      evidence: {
        intent: "draft referral guidance",
        documentary: "the referral guidance and referral records",
        outcome: "prevention outcomes for people referred, against a baseline",
        independent: "an evaluation or audit",
      },
      tags: {
        mou: [3],
        areas: ["working-age"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["phe-homelessness-aoh-2019", "dhsc-homeless-discharge-2024"],
    }),
    indicator({
      key: "homelessness.inclusion-health",
      title: "Health services for people who are homeless",
      statement: "Specialist inclusion health services are available for people experiencing homelessness.",
      guidance:
        "NICE guidance sets out integrated health and social care for people experiencing homelessness. Consider outreach primary care, mental health and substance use services, and access to dentists.",
      descriptors: [
        "No specialist services exist.",
        "The need is recognised, and services are being planned.",
        "Specialist services, such as outreach primary care, run in some places.",
        "Services cover the whole system, and health outcomes for the people using them are tracked against a baseline.",
        "People with lived experience shape the services, and an evaluation shows health inequalities between people experiencing homelessness and the wider population narrowing.",
      ],
      evidence: {
        intent: "a plan or funding bid",
        documentary: "service specifications and activity data",
        outcome: "health outcome data against a baseline",
        independent: "an independent evaluation",
      },
      tags: {
        mou: [3, 4],
        areas: ["working-age"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["nice-ng214-2022"],
    }),
    indicator({
      key: "homelessness.tenancy-sustainment",
      title: "Tenancy support joined with health and work support",
      statement: "Support to keep a tenancy is linked with mental health, drug and alcohol, and employment support.",
      guidance:
        "Consider early warning signs such as rent arrears or a hospital admission, and whether services share them with consent.",
      descriptors: [
        "Tenancy support works on its own.",
        "Links with other services are informal.",
        "Agreed referral routes link tenancy support with these services in some places.",
        "Joint working is routine across the system, and tenancy sustainment rates are tracked against a baseline.",
        "Evictions and repeat homelessness fall, shown independently, the model has long-term funding, and inequalities between groups in tenancy loss are narrowing.",
      ],
      evidence: {
        intent: "a proposal for joint working",
        documentary: "protocols and referral records",
        outcome: "tenancy sustainment rates against a baseline",
        independent: "an evaluation",
      },
      tags: {
        mou: [3],
        areas: ["working-age", "mental-health"],
        his: ["healthy-minds", "healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["kf-stps-2018", "kf-roundtable-2017"],
    }),
    indicator({
      key: "homelessness.health-monitored",
      title: "Health of people who are homeless monitored",
      statement: "The health of people experiencing homelessness is monitored.",
      guidance: "Include deaths of people experiencing homelessness and their use of urgent and emergency care.",
      descriptors: [
        "No data is collected.",
        "Partners have agreed what to collect.",
        "A health needs assessment or audit has been completed.",
        "Health outcomes, including deaths and emergency care use, are tracked routinely against a baseline and reported to partners.",
        "The data is used to plan services, and independent analysis shows health inequalities with the wider population narrowing.",
      ],
      evidence: {
        intent: "an agreed list of measures",
        documentary: "a health needs assessment",
        outcome: "trend data against a baseline, reported to partners",
        independent: "independent analysis of the trends",
      },
      tags: {
        mou: [4],
        areas: ["working-age", "population-health"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["phe-homelessness-aoh-2019", "nice-ng214-2022"],
    }),
  ],
};

const olderAge: Domain = {
  key: "older-age",
  title: "Older age: falls, isolation and adaptations",
  summary:
    "Whether older people's homes help them stay well and independent: safe from falls, warm, adapted and connected.",
  indicators: [
    indicator({
      key: "older-age.falls-home-check",
      title: "Home hazard checks in falls pathways",
      statement: "Falls pathways include a check of hazards in the home.",
      guidance:
        "BRE's reports on the cost of poor housing estimate what hazards in the home, including falls, cost the NHS. Consider whether falls services can refer directly for repairs and adaptations.",
      descriptors: [
        "Falls services do not consider the home.",
        "Home hazards are checked in some cases, at a practitioner's discretion.",
        "A home hazard check is a written step of the falls pathway in at least one place, and checks are recorded.",
        "Home checks are part of the falls pathway across the system, and falls admissions among the people checked are tracked against a baseline.",
        "An evaluation shows fewer falls admissions for the people checked, with the largest falls in the most deprived areas, narrowing inequalities.",
      ],
      evidence: {
        intent: "a plan to add a home check",
        documentary: "the falls pathway document and check records",
        outcome: "falls admissions among the people checked, against a baseline",
        independent: "an evaluation or economic case",
      },
      tags: {
        mou: [3, 4],
        areas: ["older-age"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["nhsconfed-dfg-falls", "bre-cost-poor-housing", "ageing-better-adaptations-2017"],
    }),
    indicator({
      key: "older-age.adaptation-waits",
      title: "Waits for Disabled Facilities Grants measured against a target",
      statement: "The wait for a Disabled Facilities Grant, from first contact to completed work, is measured against a target.",
      guidance:
        "Measure in every council in the partnership, and for every tenure. Foundations keeps a library of evidence on what the grants achieve.",
      descriptors: [
        "Grant waiting times are not known.",
        "Some councils measure waits, in different ways.",
        "Every council measures the wait from first contact to completed work, against a target.",
        "Waits are reported against the target and a baseline, and most grants are completed within the target.",
        "Waits are within target in every council and for every tenure alike, so inequalities between areas and tenures have closed.",
      ],
      evidence: {
        intent: "a plan to measure waits",
        documentary: "the target and grant waiting-time records",
        outcome: "waits against the target and the baseline",
        independent: "an audit, or residents' feedback gathered independently",
      },
      tags: {
        mou: [3, 4],
        areas: ["older-age"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["foundations-dfg-evidence", "nhsconfed-dfg-falls"],
    }),
    indicator({
      key: "older-age.handyperson-coverage",
      title: "Handyperson and home improvement services everywhere",
      statement: "Handyperson and home improvement (care and repair) services cover the whole area.",
      guidance:
        "Care & Repair England's evaluation of a handyperson service found that 96% of older users surveyed were less worried about their home. Consider every borough and every tenure.",
      descriptors: [
        "No handyperson or home improvement service exists.",
        "Services exist in some places, and gaps are recognised.",
        "Services cover most places, and their activity is recorded.",
        "Services cover the whole area, and their outcomes, such as hazards removed, are reported against a baseline.",
        "Services have long-term funding, and an evaluation shows savings to health and care, with older people on low incomes reached as often as others, narrowing inequalities.",
      ],
      evidence: {
        intent: "a coverage review or plan",
        documentary: "service agreements and activity records",
        outcome: "coverage maps and outcome reports against a baseline",
        independent: "an evaluation or return-on-investment study",
      },
      tags: { mou: [3], areas: ["older-age"], his: ["healthy-places"], lhs: ["quality-homes"], themes: ["places"] },
      sources: ["care-repair-small-significant-2018", "ageing-better-adaptations-2017"],
    }),
    indicator({
      key: "older-age.warm-homes",
      title: "Referrals for warm homes",
      statement: "Health services refer people to warm-homes and fuel poverty support.",
      guidance:
        "BRE estimates that cold homes cost the NHS £540 million a year. Consider people with heart and lung conditions, and whether GPs and community nurses can refer.",
      descriptors: [
        "There is no referral route to warm-homes support.",
        "Some practitioners refer informally.",
        "A referral route exists from some health services, and referrals are recorded.",
        "Referrals are routine across the system, and homes improved and the health of the people referred are tracked against a baseline.",
        "An evaluation shows less ill health among the people referred, with the biggest gains for households on the lowest incomes, narrowing inequalities, and the scheme has long-term funding.",
      ],
      evidence: {
        intent: "a proposed referral route",
        documentary: "the referral route and records",
        outcome: "homes improved and health measures against a baseline",
        independent: "an evaluation",
      },
      tags: {
        mou: [3, 4],
        areas: ["older-age", "early-years"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["bre-cost-poor-housing", "kf-warmer-safer-homes"],
    }),
    indicator({
      key: "older-age.isolation",
      title: "Tackling isolation through housing",
      statement: "Housing providers' schemes and community hubs help reduce loneliness and isolation.",
      guidance: "Consider sheltered and extra care housing, community rooms, and links with social prescribing.",
      descriptors: [
        "Housing plays no part in tackling isolation.",
        "Housing providers run occasional activities.",
        "Activities are linked to social prescribing in some places, and attendance is recorded.",
        "Housing-based work on isolation covers the whole area, and loneliness is measured on a recognised scale against a baseline.",
        "Loneliness falls among those reached, shown independently, residents lead activities, and the work reaches the groups at greatest risk, narrowing inequalities.",
      ],
      evidence: {
        intent: "plans for activities",
        documentary: "programme records and referral links",
        outcome: "loneliness or wellbeing scores against a baseline",
        independent: "an evaluation including residents' views",
      },
      tags: {
        mou: [4],
        areas: ["older-age"],
        his: ["healthy-communities"],
        lhs: ["quality-homes"],
        themes: ["places"],
      },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "older-age.housing-needs-plan",
      title: "Plans for older people's housing based on need",
      statement: "Plans for older people's housing are based on an assessment of need.",
      guidance:
        "Consider the mix of homes, their location and accessibility, whether health partners helped shape the plans, and whether new homes follow recognised design principles such as HAPPI's.",
      descriptors: [
        "There is no plan for older people's housing.",
        "A plan is being written, or need is being assessed.",
        "A plan based on an assessment of need is published.",
        "Homes delivered are tracked against the assessed need, with the assessment as the baseline.",
        "Homes delivered meet assessed need in every area, including for older people on low incomes, narrowing inequalities, and residents helped shape the plan.",
      ],
      evidence: {
        intent: "a decision to prepare a plan",
        documentary: "the plan and its needs assessment",
        outcome: "homes delivered against assessed need",
        independent: "an independent review or residents' feedback",
      },
      tags: {
        mou: [2, 3],
        areas: ["older-age"],
        his: ["healthy-places"],
        lhs: ["more-homes", "quality-homes"],
        themes: ["places"],
      },
      sources: ["housinglin-happi"],
    }),
  ],
};

const finance: Domain = {
  key: "finance",
  title: "Finance and incentives",
  summary: "Whether money flows to the housing work that improves health, for long enough, with savings and risks shared.",
  indicators: [
    indicator({
      key: "finance.pooled-budgets",
      title: "Pooled or aligned budgets",
      statement:
        "Pooled or aligned budgets, such as the Better Care Fund and Disabled Facilities Grants, fund housing work with agreed outcomes.",
      guidance: "Look at the Better Care Fund plan: which lines fund housing work, and what outcomes they are held to.",
      descriptors: [
        "Pooled budgets fund no housing work beyond the statutory minimum.",
        "Partners have discussed using pooled budgets for housing.",
        "Some housing work is funded from pooled budgets, with outcomes stated.",
        "Housing work is a planned part of pooled budgets, and its outcomes are reported against a baseline and used to allocate money.",
        "Pooled funding for housing is sustained, and an evaluation shows its value, including for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "minutes of budget discussions",
        documentary: "Better Care Fund plan lines funding housing work",
        outcome: "outcome reports tied to the budget lines, against a baseline",
        independent: "an evaluation or economic case",
      },
      tags: { mou: [2, 3], areas: ["revenue-incentives"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "foundations-dfg-evidence"],
    }),
    indicator({
      key: "finance.outcome-contracts",
      title: "Contracts that let housing provide",
      statement: "Outcome-based or capitation-style contracts allow housing organisations to provide health and care services.",
      guidance:
        "The King's Fund called for revenue incentives, such as capitation that encourages innovation in who provides services. Consider whether housing organisations can bid and are paid for outcomes.",
      descriptors: [
        "Contracts do not allow housing organisations to provide services.",
        "Commissioners are exploring new contract types.",
        "At least one contract pays a housing organisation for health outcomes.",
        "Several contracts use outcome or capitation payments, and contract outcomes are reported against a baseline.",
        "Outcome-based contracts are standard, an independent review confirms their results, and they reward progress for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "a commissioning intentions document",
        documentary: "a signed contract with outcome terms",
        outcome: "contract performance reports against a baseline",
        independent: "an independent review of the contracts",
      },
      tags: { mou: [2, 3], areas: ["revenue-incentives", "housing-offer"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "kf-roundtable-2017"],
    }),
    indicator({
      key: "finance.costed-business-cases",
      title: "Business cases costed with recognised models",
      statement: "Business cases for housing work cost its health benefits with a recognised model.",
      guidance:
        "Health and housing can disagree on what counts as evidence; social return on investment may not persuade health partners. Consider models such as BRE's Housing Health Cost Calculator.",
      descriptors: [
        "Business cases do not quantify health benefits.",
        "Health benefits are described but not costed.",
        "Some business cases cost health benefits with a recognised model.",
        "Business cases routinely use agreed models, and the savings they forecast are compared with savings realised, against a baseline.",
        "An independent economic evaluation confirms the forecast savings, and business cases show who benefits, including groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "draft business cases",
        documentary: "approved business cases with costings",
        outcome: "savings realised compared with the forecasts",
        independent: "an independent economic evaluation",
      },
      tags: {
        mou: [4],
        areas: ["revenue-incentives", "evidence-and-practice"],
        his: ["healthy-places"],
        themes: ["pathways"],
      },
      sources: ["bre-hhcc", "housingforhealth-evidence"],
    }),
    indicator({
      key: "finance.shared-savings",
      title: "Savings and risks shared",
      statement: "Partners agree in advance how the savings and risks of joint housing work are shared.",
      guidance:
        "The King's Fund roundtable called for financial models that reward the NHS for keeping people well, as much as for treating them. Consider who bears the cost of the housing work and who gains the savings.",
      descriptors: [
        "Savings and risks are not discussed.",
        "Partners have discussed sharing savings and risks.",
        "At least one agreement sets out how savings and risks are shared.",
        "Sharing agreements cover the main joint schemes, and savings realised are reported against a baseline.",
        "An audit confirms savings are shared as agreed, and partners reinvest them in work for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "minutes discussing savings and risks",
        documentary: "a signed risk and savings agreement",
        outcome: "savings realised against a baseline",
        independent: "an audit of how savings were shared",
      },
      tags: { mou: [2, 3], areas: ["revenue-incentives"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-roundtable-2017", "kf-stps-2018"],
    }),
    indicator({
      key: "finance.multi-year",
      title: "Multi-year funding for what works",
      statement: "Housing services that are shown to work have funding for several years.",
      guidance: "Consider whether funding periods are long enough for providers to keep staff and for partners to see results.",
      descriptors: [
        "Funding is year to year or one-off.",
        "Partners are discussing longer funding.",
        "At least one proven service has funding for more than a year.",
        "Proven services have funding for three years or more, and their outcomes are reviewed against a baseline before renewal.",
        "Funding for proven services is recurrent and mainstream, backed by an evaluation showing benefits for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "minutes of discussions",
        documentary: "funding agreements",
        outcome: "outcome reviews against a baseline before renewal",
        independent: "an evaluation supporting the funding decision",
      },
      tags: { mou: [2], areas: ["revenue-incentives"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "finance.investment-case",
      title: "A local case for investing in housing for health",
      statement: "The partnership has a local case for investing in housing to improve health, with its costs and savings.",
      guidance:
        "The King's Fund put the prize from housing's contribution at 'potential savings of at least £2 billion per year for the NHS'. BRE estimates that remedial work on England's poorest homes could bring £135.5 billion of benefits to society over 30 years. A local case says what this means for your area.",
      descriptors: [
        "There is no local case for investing in housing for health.",
        "Partners quote national figures, such as the King's Fund's £2 billion a year, in general terms.",
        "A local case estimates the costs and savings of at least one housing intervention with a recognised model.",
        "The local case covers the partnership's main housing priorities, and savings realised are compared with those forecast, against a baseline.",
        "An independent review confirms the case, partners have funded work because of it, and it shows the benefits for groups facing the greatest inequalities.",
      ],
      evidence: {
        intent: "board papers quoting national figures",
        documentary: "the costed local case",
        outcome: "savings realised compared with the forecast",
        independent: "an independent economic review of the case",
      },
      tags: {
        mou: [4],
        areas: ["revenue-incentives", "capital", "population-health"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "bre-cost-poor-housing"],
    }),
  ],
};

const workforce: Domain = {
  key: "workforce",
  title: "Workforce, evidence and learning",
  summary:
    "Whether staff in every sector understand how the home affects health, and whether the partnership learns from evidence and from residents.",
  indicators: [
    indicator({
      key: "workforce.cross-sector-training",
      title: "Training across sectors",
      statement:
        "Staff across health, care and housing are trained to spot housing problems that affect health and to know where to refer.",
      guidance:
        "Consider making every contact count, housing awareness for clinicians and health awareness for housing staff.",
      descriptors: [
        "No cross-sector training exists.",
        "Training needs are identified.",
        "Training is available and some staff have completed it.",
        "Training is routine for relevant roles, and referrals from trained staff are tracked against a baseline.",
        "An evaluation shows more appropriate referrals from trained staff, including for groups facing the greatest inequalities, and training is part of induction.",
      ],
      evidence: {
        intent: "a training needs analysis",
        documentary: "training materials and attendance records",
        outcome: "referrals from trained staff against a baseline",
        independent: "an evaluation of the training",
      },
      tags: { mou: [5], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["pathways"] },
      sources: ["mou-2018", "phe-home-2017"],
    }),
    indicator({
      key: "workforce.evaluation-plans",
      title: "Evaluation planned from the start",
      statement: "An evaluation plan is agreed before new work starts, against a stated standard of evidence.",
      guidance:
        "The King's Fund noted that sharing good examples is not enough on its own. Consider what standard of evidence health partners will accept.",
      descriptors: [
        "New work starts without an evaluation plan.",
        "Evaluation is considered after work has started.",
        "Evaluation plans are agreed for some new work.",
        "All new work has an agreed plan with a stated standard, and findings are reported against each scheme's baseline.",
        "Evaluations meet the standard, are published, report results by group to show effects on inequalities, and later decisions cite them.",
      ],
      evidence: {
        intent: "project proposals mentioning evaluation",
        documentary: "agreed evaluation plans",
        outcome: "evaluation findings against each scheme's baseline",
        independent: "independent or peer-reviewed evaluations",
      },
      tags: { mou: [4], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["populations"] },
      sources: ["kf-stps-2018", "housingforhealth-evidence"],
    }),
    indicator({
      key: "workforce.resident-voice",
      title: "Residents shape the work",
      statement: "Residents and people with lived experience help shape the partnership's housing and health work.",
      guidance: "Consider whose voices are heard and how their views change decisions.",
      descriptors: [
        "Residents are not involved.",
        "Residents are consulted occasionally.",
        "Residents take part in some planning.",
        "Residents are involved routinely, and the changes made because of their views are recorded and counted against a baseline.",
        "Residents co-lead work, residents from groups facing the greatest inequalities take part, and feedback gathered independently confirms their influence.",
      ],
      evidence: {
        intent: "plans for engagement",
        documentary: "engagement records",
        outcome: "changes made because of residents' views, against a baseline",
        independent: "independent feedback from residents",
      },
      tags: { mou: [1, 4], areas: ["evidence-and-practice"], his: ["healthy-communities"], themes: ["populations"] },
      sources: ["mou-2018"],
    }),
    indicator({
      key: "workforce.shared-learning",
      title: "Learning shared through networks",
      statement:
        "The partnership takes part in learning networks on health and housing, such as the Health & Housing Impact Network and the Housing LIN.",
      guidance: "Consider both learning from others and sharing your own work.",
      descriptors: [
        "The partnership takes no part in networks.",
        "Individuals attend network events.",
        "The partnership has shared at least one piece of its work through a network.",
        "The partnership contributes to networks every year, and changes adopted from others' learning are recorded with their results against a baseline.",
        "Other partnerships' published reports cite the partnership's work, including its work on health inequalities.",
      ],
      evidence: {
        intent: "event attendance",
        documentary: "case studies or presentations shared",
        outcome: "changes adopted from others' learning, with results against a baseline",
        independent: "peer recognition, such as citations in others' reports",
      },
      tags: { mou: [1, 5], areas: ["evidence-and-practice"], his: ["healthy-places"], themes: ["places"] },
      sources: ["fol-network-2023", "mou-2018"],
    }),
  ],
};

/** Version 1 indicators whose meaning is unchanged in version 2 (new key → old key). */
const unchangedFromV1 = [
  "leadership.local-mou",
  "leadership.joint-forum",
  "leadership.shaping-priorities",
  "strategy.plans-checked",
  "strategy.population-health-cohorts",
  "strategy.regional-alignment",
  "data.sharing-agreements",
  "data.housing-status-on-admission",
  "data.shared-dashboard",
  "data.stock-condition",
  "housing-offer.common-template",
  "housing-offer.single-point-of-access",
  "housing-offer.working-at-scale",
  "admissions-discharge.embedded-caseworkers",
  "admissions-discharge.step-down-homes",
  "admissions-discharge.fast-track-adaptations",
  "admissions-discharge.homeless-discharge",
  "estate.surplus-sites-checked",
  "estate.joint-development",
  "estate.social-value",
  "estate.pipeline-tracked",
  "mental-health.inpatient-pathway",
  "mental-health.quality-monitored",
  "mental-health.joint-funding",
  "children.home-safety",
  "children.damp-and-mould",
  "children.health-visitor-referrals",
  "homelessness.nhs-referral-routes",
  "homelessness.inclusion-health",
  "homelessness.tenancy-sustainment",
  "homelessness.health-monitored",
  "older-age.handyperson-coverage",
  "older-age.warm-homes",
  "older-age.isolation",
  "finance.pooled-budgets",
  "finance.outcome-contracts",
  "finance.multi-year",
  "workforce.cross-sector-training",
  "workforce.evaluation-plans",
  "workforce.resident-voice",
  "workforce.shared-learning",
] as const;

export const partnershipFrameworkV2: Framework = {
  key: "partnership-self-assessment",
  version: 2,
  status: "published",
  title: "Health and housing partnership self-assessment",
  summary:
    "A self-assessment for integrated care partnerships against the national MoU on improving health and care through the home and the King's Fund's opportunities for housing and health. Twelve domains, each rated on a five-level scale with evidence.",
  publishedOn: "2026-11-23",
  carriesOverFrom: {
    version: 1,
    indicatorKeys: Object.fromEntries(unchangedFromV1.map((key) => [key, key])),
  },
  domains: [
    leadership,
    strategy,
    data,
    housingOffer,
    admissionsDischarge,
    estate,
    mentalHealth,
    children,
    homelessness,
    olderAge,
    finance,
    workforce,
  ],
};
