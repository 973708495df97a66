import type { Domain, Framework } from "../types";
import { defineIndicator as indicator } from "./build";

/**
 * Partnership self-assessment, version 1.
 * PUBLISHED: do not edit. Any change to wording or structure needs a new version (see docs/frameworks.md).
 */

const leadership: Domain = {
  key: "leadership",
  title: "Leadership, governance and shared commitment",
  summary:
    "Whether housing has a real voice where the partnership makes decisions, and whether partners have committed to work together on health and the home.",
  indicators: [
    indicator({
      key: "leadership.executive-sponsor",
      title: "Executive sponsor and housing at the table",
      statement:
        "A named executive leads on housing and health for the partnership, and housing organisations (council housing services and housing associations) sit on the partnership board and place boards.",
      guidance:
        "Consider who speaks for housing when priorities are set, whether housing members attend and contribute, and whether the sponsor has the time and authority to act. Membership on paper without attendance counts for little.",
      descriptors: [
        "No one leads on housing and health, and housing organisations are not members of partnership or place boards.",
        "A sponsor has been suggested or named informally; housing is invited to some meetings as a guest.",
        "A named executive sponsor is in post, and housing has agreed seats on the partnership board or on at least some place boards.",
        "The sponsor reports regularly to the partnership board, and housing is represented on it and on every place board, with good attendance.",
        "Housing leadership is part of how the system is run: roles survive changes of staff, and partners can point to decisions that housing changed.",
      ],
      evidence: {
        intent: "board minutes proposing a sponsor or housing membership",
        documentary: "terms of reference listing housing members, the sponsor's role description and attendance records",
        outcome: "a year of attendance records and a log of board actions led by housing members",
        independent: "a governance or peer review commenting on housing's role, or partners' views gathered independently",
      },
      tags: { mou: [1, 2], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2018", "kf-stps-2018"],
    }),
    indicator({
      key: "leadership.local-mou",
      title: "Local health and housing agreement",
      statement:
        "A local health and housing agreement, based on the national MoU, is signed by the ICB, the councils and the main housing providers, and is reviewed every year.",
      guidance:
        "Look at who has signed, whether the agreement sets out commitments specific to your area rather than repeating the national text, and whether anyone checks progress against it. Several areas have adapted the national MoU and their versions can be reused.",
      descriptors: [
        "No local agreement exists, and the national MoU is not widely known among partners.",
        "Partners have discussed a local agreement, and a draft is in circulation.",
        "A local agreement is signed by the ICB, the councils and at least the largest housing providers.",
        "The agreement is reviewed every year against agreed measures, and the review leads to changes in joint work.",
        "The agreement is refreshed with residents and frontline staff, its commitments are funded, and other areas use it as a model.",
      ],
      evidence: {
        intent: "a draft agreement, or minutes agreeing to develop one",
        documentary: "the signed agreement and its list of signatories",
        outcome: "annual review reports showing progress against the agreed measures",
        independent: "an external or peer review of the agreement's impact, or structured resident feedback on its priorities",
      },
      tags: { mou: [1, 2, 3], areas: ["partnership"], his: ["healthy-places"], themes: ["places"] },
      sources: ["mou-2018", "mou-2014", "nhse-mou-blog-2018"],
    }),
    indicator({
      key: "leadership.joint-forum",
      title: "Joint forum with an action log",
      statement:
        "A health and housing forum meets at least every quarter and keeps an action log with named owners that it follows up.",
      guidance:
        "Consider how often it meets, who attends (including senior people from the NHS), whether actions are closed, and whether it links to the health and wellbeing board rather than duplicating it.",
      descriptors: [
        "There is no regular forum; health and housing meet only when a problem comes up.",
        "Meetings have started or are planned, but they are irregular and actions are not recorded.",
        "The forum meets at least quarterly, with agreed terms of reference and a recorded action log.",
        "Actions have owners and deadlines, most are completed on time, and the forum reports to the partnership board.",
        "The forum is the accepted place to resolve health and housing issues; it involves residents or their representatives and reviews its own effectiveness.",
      ],
      evidence: {
        intent: "meeting invitations or a proposal to set up the forum",
        documentary: "terms of reference, minutes and the action log",
        outcome: "a year of action-log completion rates and a list of issues resolved",
        independent: "a review of the forum's effectiveness by an independent facilitator or peer",
      },
      tags: { mou: [1], areas: ["partnership"], themes: ["places"] },
      sources: ["mou-2014", "mou-2018", "lga-hwb-matrix"],
    }),
    indicator({
      key: "leadership.shaping-priorities",
      title: "Housing shapes system priorities",
      statement: "Housing leaders help decide the partnership's priorities and plans, rather than only responding to them.",
      guidance:
        "The King's Fund found housing in the narrative of most plans but rarely as a core theme. Ask whether housing changed what the partnership decided, not just whether it was consulted.",
      descriptors: [
        "Housing is consulted late, if at all, once priorities are already set.",
        "Housing leaders have been asked to comment on draft plans.",
        "Housing leaders take part in setting priorities, and at least one partnership priority includes housing actions.",
        "Housing is a core theme across the partnership's plans, with owned actions and measures reported to the board.",
        "Housing is treated as part of the health system: plans consistently reflect it, and partners can show the outcomes that followed.",
      ],
      evidence: {
        intent: "correspondence inviting housing partners to comment on draft plans",
        documentary: "plan sections written with housing partners, and records of priority-setting workshops",
        outcome: "progress reports on the housing actions in partnership plans",
        independent: "an independent assessment of how far plans reflect housing, or partners' views gathered by a third party",
      },
      tags: { mou: [1, 2], areas: ["partnership", "population-health"], his: ["healthy-places"], themes: ["places"] },
      sources: ["kf-roundtable-2017", "kf-stps-2018"],
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
      key: "strategy.measurable-objectives",
      title: "Measurable objectives on homes",
      statement:
        "The integrated care strategy, the joint strategic needs assessment (JSNA) and the joint health and wellbeing strategy set measurable objectives on unhealthy, unsuitable and unstable homes.",
      guidance:
        "Public Health England describes three kinds of home that harm health: unhealthy (cold, damp, hazardous), unsuitable (overcrowded, inaccessible) and unstable (insecure, or no home at all). Check whether each kind appears with a measure and a target, not just a description.",
      descriptors: [
        "The strategies do not mention housing, or mention it only as background.",
        "Housing is described as a factor in health, but there are no objectives or measures.",
        "At least one strategy sets housing objectives with measures, covering some of unhealthy, unsuitable and unstable homes.",
        "Objectives cover all three kinds of home, have baselines and targets, and progress is reported publicly.",
        "Housing objectives are met or on track, appear in every partner's plans, and gaps between groups are narrowing.",
      ],
      evidence: {
        intent: "draft strategy sections or workshop notes",
        documentary: "the published strategy and JSNA chapter containing the objectives",
        outcome: "progress reports against baselines and targets",
        independent: "an independent review of the strategy's delivery, or peer challenge findings",
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
      key: "strategy.plans-checked",
      title: "Plans checked for their effect on health",
      statement:
        "Housing, homelessness and local plans have been checked for their effect on health, using Public Health England's checklist or an equivalent, and the findings acted on.",
      guidance:
        "Include the housing strategy, the homelessness and rough sleeping strategy, the tenancy strategy, plans for older people's housing and the local plan. Ask what changed because of the check.",
      descriptors: [
        "No plans have been checked for their effect on health.",
        "A check is planned, or one plan has been looked at informally.",
        "The main housing and homelessness strategies have been checked with the checklist and the findings recorded.",
        "Every relevant plan, including the local plan, is checked when it is refreshed, and changes made as a result can be shown.",
        "Checking for health is a routine step in plan-making, with public health and residents involved, and the effect on outcomes is tracked.",
      ],
      evidence: {
        intent: "a plan or agreement to carry out the check",
        documentary: "completed checklists and review notes",
        outcome: "the changes made to plans and the measures they affect, tracked over time",
        independent: "an external review or examination report that comments on health",
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
        "Population health management uses housing information, such as temporary accommodation, overcrowding, hazards and fuel poverty, to find people at risk and offer them support.",
      guidance:
        "Consider which housing data is linked (for example temporary accommodation addresses, hazard records or fuel poverty estimates), for which groups, and whether anyone acts on the results.",
      descriptors: [
        "Population health work uses no housing information.",
        "Partners have identified housing data they would like to use.",
        "At least one cohort or risk model includes housing information and is used to target support.",
        "Housing information is used routinely across several cohorts, and outcomes for those cohorts are tracked against a baseline.",
        "Targeting informed by housing is shown to improve outcomes and narrow inequalities, and the method is shared with others.",
      ],
      evidence: {
        intent: "a data request or project proposal",
        documentary: "cohort definitions and data-flow documents",
        outcome: "outcome data for the cohorts compared with a baseline",
        independent: "an evaluation of the targeted work",
      },
      tags: {
        mou: [1, 4],
        areas: ["population-health"],
        his: ["healthy-places", "healthy-communities"],
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
        "Partners know the regional strategies and refer to them in general terms.",
        "Priorities are mapped to the regional aims and priorities in a written document.",
        "The mapping is used to plan and report joint work, and progress is reported against the regional aims.",
        "Joint work contributes measurably to the regional aims, and the partnership helps shape regional strategy.",
      ],
      evidence: {
        intent: "references to the regional strategies in board papers",
        documentary: "a mapping document or plan annex",
        outcome: "reports of progress against the regional aims",
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
      statement:
        "Data-sharing agreements and data protection impact assessments are in place between NHS bodies, councils and housing providers.",
      guidance:
        "Systems that do not talk to each other, lack of capacity and long governance processes often hold data sharing back. Consider which partners are covered, what data actually flows, and whether it is used.",
      descriptors: [
        "No agreements exist; information is shared informally or not at all.",
        "Partners have agreed to work on data sharing, and a draft agreement exists.",
        "Signed agreements cover some partners and data flows, with impact assessments completed.",
        "Agreements cover the main NHS, council and housing partners; data flows routinely and its use is monitored.",
        "Data sharing is routine and trusted, reviewed with residents' views in mind, and the model is reused by other systems.",
      ],
      evidence: {
        intent: "a draft agreement or project plan",
        documentary: "signed agreements and completed impact assessments",
        outcome: "records of data flows and their use over time",
        independent: "an audit or an independent information governance review",
      },
      tags: { mou: [1], areas: ["evidence-and-practice"], themes: ["pathways"] },
      sources: ["mou-2018", "kf-stps-2018"],
    }),
    indicator({
      key: "data.housing-status-on-admission",
      title: "Housing status recorded on admission",
      statement: "Patients' housing circumstances are recorded when they are admitted to hospital and used in planning their discharge.",
      guidance:
        "Consider whether the question picks up risk of homelessness, unsuitable homes and hazards, who sees the answer, and what happens next.",
      descriptors: [
        "Housing circumstances are not recorded.",
        "Some wards ask about housing, but it is not recorded consistently.",
        "A standard housing question is asked on admission in at least one trust and feeds into discharge plans.",
        "Housing circumstances are recorded across acute and mental health trusts and trigger a referral for housing help when needed.",
        "Recording is near-complete, linked with consent to housing services' records, and shown to reduce housing-related delays.",
      ],
      evidence: {
        intent: "a proposal to add a housing question",
        documentary: "the admission form or system field with its guidance, and an audit of completion",
        outcome: "completion rates and referrals tracked over time",
        independent: "an evaluation linking recording to fewer delays",
      },
      tags: {
        mou: [1, 3],
        areas: ["admissions-and-discharge"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["phe-home-2017", "kf-stps-2018"],
    }),
    indicator({
      key: "data.shared-dashboard",
      title: "Shared housing and health dashboard",
      statement:
        "A shared dashboard of housing and health measures, such as housing-related discharge delays, waits for Disabled Facilities Grants, temporary accommodation and serious hazards, is reviewed by the joint forum.",
      guidance:
        "Prefer measures partners already collect (Better Care Fund returns, the JSNA, NHS discharge data) to new data requests, which burden everyone.",
      descriptors: [
        "No shared measures exist.",
        "Partners have agreed what they would like to measure.",
        "A dashboard brings together some health and housing measures and is shared with the forum.",
        "The dashboard is updated routinely, has baselines and targets, and the forum acts on it.",
        "The dashboard is public or widely used, drives decisions across the system, and is refined with residents and frontline staff.",
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
        "Targeting combines condition, hazard and health data across tenures, and results are measured.",
        "Targeted work shows health gains and savings using a recognised cost model, and has become mainstream.",
      ],
      evidence: {
        intent: "a proposal to use condition data",
        documentary: "targeting criteria and lists drawn from the data",
        outcome: "hazards removed and health measures tracked over time",
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
        "The King's Fund found that the small scale of many providers and the variety of their offers put health partners off, and said the offer should be clearer and, where appropriate, more standardised. Hearth's provider offer template can serve as the common template.",
      descriptors: [
        "Providers' offers are unknown to health partners or scattered across many documents.",
        "Some providers have described their services to health partners, each in their own way.",
        "A common template is agreed, and the larger providers have completed it.",
        "Most providers in the system use the template and keep it up to date, and commissioners use it to plan.",
        "Published offers are the standard way the system finds housing services, and capacity and outcomes are reported against them.",
      ],
      evidence: {
        intent: "a proposal for a common template",
        documentary: "offers published on the template",
        outcome: "referral and outcome data reported against the published offers",
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
        "A single point of access covers the whole system, with response standards that are monitored and met.",
        "Staff and patients rate the route well, it is funded for the long term, and it measurably reduces delays.",
      ],
      evidence: {
        intent: "a design or business case",
        documentary: "the service description and referral records",
        outcome: "response times and outcomes measured against the standards",
        independent: "staff and patient feedback gathered independently, or an evaluation",
      },
      tags: { mou: [3], areas: ["housing-offer", "admissions-and-discharge"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "hfh-map-2018"],
    }),
    indicator({
      key: "housing-offer.working-at-scale",
      title: "Smaller providers working at scale",
      statement: "Smaller housing providers group together so that they can offer services at the scale the health system needs.",
      guidance:
        "Consider consortia, lead-provider arrangements and shared staff. Many housing providers are small, which makes it hard for the NHS to work with them one at a time.",
      descriptors: [
        "Providers approach health partners one by one, if at all.",
        "Providers have discussed a joint approach.",
        "A consortium or lead-provider arrangement offers at least one service across several providers.",
        "Joint arrangements cover several services, are contracted, and report activity and outcomes together.",
        "Joint working is the normal route for smaller providers and is shown to widen access and reduce cost.",
      ],
      evidence: {
        intent: "minutes of providers' discussions",
        documentary: "a consortium agreement or joint contract",
        outcome: "combined activity and outcome reports",
        independent: "an evaluation of the joint model",
      },
      tags: { mou: [3], areas: ["housing-offer"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
    }),
    indicator({
      key: "housing-offer.mapped-to-priorities",
      title: "Offers benchmarked and mapped to priorities",
      statement: "Each housing offer is benchmarked against others and mapped to the partnership's priorities.",
      guidance: "Consider whether gaps (places or groups with no service) are visible and whether someone owns closing them.",
      descriptors: [
        "Nobody compares offers or links them to priorities.",
        "Partners have discussed which offers matter most.",
        "Offers are mapped to the partnership's priorities, and gaps are listed.",
        "Offers are benchmarked against peers, gaps are acted on, and commissioning follows the mapping.",
        "Mapping and benchmarking steer investment, and the result shows in outcomes for priority groups.",
      ],
      evidence: {
        intent: "a list of offers and priorities",
        documentary: "the mapping document and gap list",
        outcome: "benchmark reports and the commissioning decisions that followed them",
        independent: "peer moderation of the benchmark, or an evaluation of the changes made",
      },
      tags: { mou: [3, 4], areas: ["housing-offer"], themes: ["places"] },
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
        "Home from hospital schemes often pair embedded caseworkers with a handyperson service. Consider how many trusts are covered and whether the caseworkers can act across all tenures.",
      descriptors: [
        "Discharge teams have no housing expertise to call on.",
        "Housing staff attend some discharge meetings, or a pilot is planned.",
        "Housing caseworkers are embedded in at least one hospital's discharge team, and their work is recorded.",
        "Caseworkers are embedded in every acute and mental health trust, funded at least a year ahead, with outcomes tracked.",
        "Embedded housing work has recurrent funding, is independently shown to reduce delays and readmissions, and is copied elsewhere.",
      ],
      evidence: {
        intent: "a pilot proposal",
        documentary: "a service agreement and caseload records",
        outcome: "bed days saved and delays compared with a baseline",
        independent: "an independent evaluation or economic case",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], themes: ["pathways"] },
      sources: ["hfh-map-2018", "kf-stps-2018", "nottingham-h2h-2018"],
    }),
    indicator({
      key: "admissions-discharge.step-down-homes",
      title: "Step-down homes",
      statement:
        "Step-down homes are available for people who are ready to leave hospital but cannot yet go home, with agreed criteria for who can use them.",
      guidance:
        "Consider flats or rooms for people waiting for adaptations, repairs or a new home, how people are referred, and how quickly they move on.",
      descriptors: [
        "No step-down housing is available.",
        "The need has been identified and options are being explored.",
        "Step-down homes exist in at least one place, with written criteria and recorded use.",
        "Step-down capacity matches assessed need across the system, with occupancy, length of stay and move-on tracked.",
        "Step-down housing is mainstream, funded for the long term, and shown to save bed days and help recovery.",
      ],
      evidence: {
        intent: "an estimate of need or an options paper",
        documentary: "access criteria and occupancy records",
        outcome: "bed days saved, move-on times and readmissions against a baseline",
        independent: "an evaluation or economic case",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge"], lhs: ["quality-homes"], themes: ["pathways"] },
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
        "Standards apply across the system, and performance against them is reported and met.",
        "Fast-track work is funded for the long term and shown to shorten stays and prevent readmissions.",
      ],
      evidence: {
        intent: "agreement in principle to fast-track hospital cases",
        documentary: "the service standard and job records",
        outcome: "response times and outcomes against the standard",
        independent: "an evaluation or return-on-investment study",
      },
      tags: { mou: [3], areas: ["admissions-and-discharge", "older-age"], lhs: ["quality-homes"], themes: ["pathways"] },
      sources: ["hfh-map-2018", "care-repair-small-significant-2018"],
    }),
    indicator({
      key: "admissions-discharge.homeless-discharge",
      title: "Discharge pathway for people who are homeless",
      statement: "A specialist hospital discharge pathway exists for people who are homeless.",
      guidance:
        "Evaluations have found specialist discharge schemes for people who are homeless consistently more cost-effective than standard care. Consider both acute and mental health hospitals, and links to the council's duty to help.",
      descriptors: [
        "People who are homeless are discharged without a housing plan.",
        "The problem is recognised and a pathway is being designed.",
        "A specialist pathway or team works in at least one hospital, and its cases are recorded.",
        "Specialist pathways cover every acute and mental health trust, with step-down beds, and outcomes are tracked.",
        "The pathway has recurrent funding, is independently evaluated, and people with lived experience help design it.",
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
      sources: ["essence-homeless-discharge", "kf-stps-2018"],
    }),
    indicator({
      key: "admissions-discharge.delays-tracked",
      title: "Housing-related delays tracked and falling",
      statement: "Housing-related delays, length of stay and readmissions are tracked, and they are falling.",
      guidance:
        "The groups most affected are older people, people with mental health problems and people who are homeless. Look at each group separately, not just the total.",
      descriptors: [
        "Housing-related delays are not counted.",
        "Delays are counted now and then, or in one service only.",
        "Housing-related delays are recorded routinely in at least one trust and reported to partners.",
        "Delays, length of stay and readmissions are tracked across the system against a baseline, and are falling.",
        "Reductions are sustained, including for the groups most affected, and are independently confirmed.",
      ],
      evidence: {
        intent: "a plan to collect the data",
        documentary: "delay reports and recording guidance",
        outcome: "trend data against a baseline",
        independent: "independent analysis confirming the reductions",
      },
      tags: { mou: [1, 3], areas: ["admissions-and-discharge"], themes: ["populations"] },
      sources: ["hfh-map-2018", "nhf-safe-home-2025", "kf-stps-2018"],
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
        "Every disposal follows the process, councils and housing providers are involved early, and results are recorded.",
        "The process has delivered homes that meet priority needs and is used as a model by others.",
      ],
      evidence: {
        intent: "an agreement to review surplus sites",
        documentary: "the written process and completed site assessments",
        outcome: "a record of sites assessed and the homes they delivered",
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
        "Several schemes are under way through an agreed partnership model, and delivery is tracked.",
        "Joint development is a routine part of estate strategy, and the homes built meet health priorities.",
      ],
      evidence: {
        intent: "expressions of interest or notes of early talks",
        documentary: "partnership agreements or planning applications",
        outcome: "homes started and completed against plans",
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
        "Every estate and capital decision uses the method, and the results are reported to the board.",
        "The social value expected is shown to be delivered, and the method is independently reviewed.",
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
      statement: "The pipeline of homes on NHS land is tracked and reported.",
      guidance: "Include the tenure of the homes, who they are for, and expected completion dates.",
      descriptors: [
        "No one tracks homes on NHS land.",
        "A list of sites exists but is not kept up to date.",
        "A site register tracks homes planned and delivered and is shared with partners.",
        "The pipeline is reported regularly to the partnership board, with targets and progress.",
        "Targets are met, the register is public, and delivery covers priority needs.",
      ],
      evidence: {
        intent: "a decision to set up a register",
        documentary: "the site register",
        outcome: "reports of homes delivered against targets",
        independent: "an audit or independent review of the pipeline",
      },
      tags: { mou: [1], areas: ["nhs-estate"], lhs: ["more-homes"], themes: ["places"] },
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
      key: "mental-health.needs-and-commissioning",
      title: "Needs assessment and commissioning plan",
      statement:
        "A needs assessment and a commissioning plan cover supported housing for people with mental health problems: crisis, step-down, rehabilitation and floating support.",
      guidance: "Consider the whole range, from crisis beds to support in people's own homes, and how people move between them.",
      descriptors: [
        "There is no assessment of the need for mental health supported housing.",
        "The need is recognised and an assessment is planned.",
        "A needs assessment is complete, and a commissioning plan is agreed for at least some types of support.",
        "The plan covers every type of support, is funded, and provision is tracked against need.",
        "Provision matches need, people can move on when they are ready, and people who use services helped shape the plan.",
      ],
      evidence: {
        intent: "a plan to assess need",
        documentary: "the needs assessment and the commissioning plan",
        outcome: "provision and waiting data compared with assessed need",
        independent: "an independent review, or structured feedback from people who use the services",
      },
      tags: {
        mou: [3],
        areas: ["mental-health"],
        his: ["healthy-minds"],
        lhs: ["quality-homes"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "cmh-basic-need"],
    }),
    indicator({
      key: "mental-health.inpatient-pathway",
      title: "Pathway from mental health wards to a home",
      statement: "A joint pathway from mental health inpatient care to a suitable home is agreed, and delays on it are monitored.",
      guidance:
        "A lack of supported housing accounts for a large share of delayed discharges from mental health hospitals. Look at delays by reason, and start housing planning early in the admission.",
      descriptors: [
        "Housing is considered only when someone is ready to leave.",
        "Partners recognise the delays and are designing a pathway.",
        "A joint pathway is agreed, and housing needs are assessed early in each admission.",
        "The pathway is used across the system, and housing-related delays are tracked and falling.",
        "Delays are consistently low, and the pathway is evaluated with the people who use it.",
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
      sources: ["nhf-safe-home-2025", "kf-stps-2018"],
    }),
    indicator({
      key: "mental-health.quality-monitored",
      title: "Quality of supported housing monitored",
      statement: "The quality of supported housing for people with mental health problems is monitored and acted on.",
      guidance:
        "Include schemes that the council does not commission, such as exempt accommodation. Ask residents what they think of their homes and support.",
      descriptors: [
        "Quality is not checked beyond contract compliance.",
        "Concerns are raised informally, and monitoring is being planned.",
        "Quality standards are agreed and checked for commissioned services.",
        "Standards cover commissioned and other provision, with regular checks and action on the findings.",
        "Quality is consistently high, residents take part in monitoring, and results are published.",
      ],
      evidence: {
        intent: "a proposal for quality standards",
        documentary: "the standards and inspection records",
        outcome: "quality trends and the actions taken",
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
        "Joint funding is agreed for three years or more, with outcomes written into contracts.",
        "Funding is recurrent and pooled, and savings are shared between partners.",
      ],
      evidence: {
        intent: "minutes of funding discussions",
        documentary: "a joint funding agreement",
        outcome: "multi-year budget lines and outcome reports",
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
        "Targeted schemes cover the whole system, and child accident admissions are tracked against a baseline.",
        "Accidents fall among the families reached, and the scheme is funded for the long term.",
      ],
      evidence: {
        intent: "a scheme proposal",
        documentary: "the scheme specification and uptake records",
        outcome: "trends in children's injury admissions",
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
        "Consider social and private rented homes, and how quickly landlords respond. Reducing respiratory conditions in children is one of the early-years areas in the King's Fund report.",
      descriptors: [
        "Clinicians have no route for raising housing conditions.",
        "Clinicians raise conditions case by case, and a route is being discussed.",
        "An agreed referral route exists from health services to landlords and environmental health, and referrals are recorded.",
        "The route is used across the system, response times are monitored, and repairs are followed up.",
        "Breathing problems improve for children referred, and landlords in every tenure take part.",
      ],
      evidence: {
        intent: "a proposal or a draft protocol",
        documentary: "the protocol and the referral log",
        outcome: "response times, repairs completed and respiratory measures over time",
        independent: "an evaluation or audit",
      },
      tags: {
        mou: [3, 4],
        areas: ["early-years"],
        his: ["healthy-children", "healthy-places"],
        lhs: ["quality-homes", "fairer-renting"],
        themes: ["pathways"],
      },
      sources: ["kf-stps-2018", "cieh-housing-health-2015"],
    }),
    indicator({
      key: "children.temporary-accommodation",
      title: "Families in temporary accommodation",
      statement: "Families in temporary accommodation are registered with a GP and receive health visiting.",
      guidance:
        "Consider families placed outside their home borough and those who move often. London places many families in temporary accommodation.",
      descriptors: [
        "Nobody checks whether families in temporary accommodation are registered with a GP or visited.",
        "The issue is recognised, and data is being gathered.",
        "Health services are told when families move into temporary accommodation, and GP registration is checked.",
        "GP registration and health visiting contacts are tracked for every family, including those placed outside the borough.",
        "Families in temporary accommodation have equal access to care, shown by data, and families help improve the service.",
      ],
      evidence: {
        intent: "a proposal to notify health services",
        documentary: "the notification process and its records",
        outcome: "registration and contact rates over time",
        independent: "an audit, or families' feedback gathered independently",
      },
      tags: {
        mou: [3],
        areas: ["early-years", "working-age"],
        his: ["healthy-children", "healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["populations"],
      },
      sources: ["kf-stps-2018", "fol-network-2023"],
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
        "Referrals are routine, tracked and lead to action.",
        "Referrals lead to better homes for children, and the route is sustained through staff changes.",
      ],
      evidence: {
        intent: "a proposed referral route",
        documentary: "briefing material and referral records",
        outcome: "referral volumes and what happened as a result",
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
        "Emergency departments, urgent treatment centres and inpatient wards are covered by the duty to refer. Consider primary care and community services too.",
      descriptors: [
        "NHS staff do not know how to refer people at risk of homelessness.",
        "Some staff refer, and guidance is being prepared.",
        "A referral route is agreed and used in at least some NHS services.",
        "Routes are used across acute, mental health, primary and community care, and referrals are tracked.",
        "Referrals lead to measured prevention outcomes, and the route is built into staff training.",
      ],
      evidence: {
        intent: "draft referral guidance",
        documentary: "the referral guidance and referral records",
        outcome: "referral volumes and prevention outcomes",
        independent: "an evaluation or audit",
      },
      tags: {
        mou: [3],
        areas: ["working-age"],
        his: ["healthy-communities"],
        lhs: ["tackling-homelessness"],
        themes: ["pathways"],
      },
      sources: ["phe-homelessness-aoh-2019", "kf-stps-2018"],
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
        "Services cover the whole system, are commissioned for several years, and report outcomes.",
        "Services are shown to improve health and are shaped by people with lived experience.",
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
        "Joint working is routine across the system, and tenancy outcomes are tracked.",
        "Evictions and repeat homelessness fall, and the model is funded for the long term.",
      ],
      evidence: {
        intent: "a proposal for joint working",
        documentary: "protocols and referral records",
        outcome: "tenancy sustainment rates over time",
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
      statement: "The health of people experiencing homelessness is monitored and used to plan services.",
      guidance: "Include deaths of people experiencing homelessness and their use of urgent and emergency care.",
      descriptors: [
        "No data is collected.",
        "Partners have agreed what to collect.",
        "A health needs assessment or audit has been completed.",
        "Health outcomes are tracked routinely and reported to partners.",
        "Gaps in health narrow, and the data is used to plan services.",
      ],
      evidence: {
        intent: "an agreed list of measures",
        documentary: "a health needs assessment",
        outcome: "trend data reported to partners",
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
      key: "older-age.falls-and-adaptations",
      title: "Falls pathways and adaptation waits",
      statement:
        "Falls pathways include a check of hazards in the home, and Disabled Facilities Grants have waiting-time targets.",
      guidance:
        "Falls on stairs are among the costliest housing hazards. Consider how long people wait for a grant from first contact to completed work, and whether falls services can refer directly.",
      descriptors: [
        "Falls services do not consider the home, and grant waiting times are not known.",
        "Home hazards are checked in some cases, and waiting times are being measured.",
        "A home hazard check is part of the falls pathway in at least one place, and grant waits have a target.",
        "Home checks are routine across the system, waiting-time targets are met, and falls admissions are tracked.",
        "Falls admissions fall for those reached, adaptations are quick everywhere, and the benefit is independently shown.",
      ],
      evidence: {
        intent: "a plan to add a home check or set a target",
        documentary: "the falls pathway document and grant waiting-time records",
        outcome: "waiting times against target and trends in falls admissions",
        independent: "an evaluation or economic case",
      },
      tags: {
        mou: [3, 4],
        areas: ["older-age"],
        his: ["healthy-places"],
        lhs: ["quality-homes"],
        themes: ["pathways"],
      },
      sources: ["nhsconfed-dfg-falls", "foundations-dfg-evidence", "ageing-better-adaptations-2017"],
    }),
    indicator({
      key: "older-age.handyperson-coverage",
      title: "Handyperson and home improvement services everywhere",
      statement: "Handyperson and home improvement (care and repair) services cover the whole area.",
      guidance: "People describe these services as a postcode lottery. Consider every borough and every tenure.",
      descriptors: [
        "No handyperson or home improvement service exists.",
        "Services exist in some places, and gaps are recognised.",
        "Services cover most places, and their activity is recorded.",
        "Services cover the whole area, with agreed standards and outcomes reported.",
        "Services are funded for the long term and are shown to save health and care costs.",
      ],
      evidence: {
        intent: "a coverage review or plan",
        documentary: "service agreements and activity records",
        outcome: "coverage maps and outcome reports",
        independent: "an evaluation or return-on-investment study",
      },
      tags: { mou: [3], areas: ["older-age"], lhs: ["quality-homes"], themes: ["places"] },
      sources: ["care-repair-small-significant-2018", "ageing-better-adaptations-2017"],
    }),
    indicator({
      key: "older-age.warm-homes",
      title: "Referrals for warm homes",
      statement: "Health services refer people to warm-homes and fuel poverty support.",
      guidance:
        "Excess cold is the costliest housing hazard to the NHS. Consider people with heart and lung conditions, and whether GPs and community nurses can refer.",
      descriptors: [
        "There is no referral route to warm-homes support.",
        "Some practitioners refer informally.",
        "A referral route exists from some health services, and referrals are recorded.",
        "Referrals are routine across the system, and homes improved are tracked.",
        "Improvements are shown to reduce ill health, and the scheme is funded for the long term.",
      ],
      evidence: {
        intent: "a proposed referral route",
        documentary: "the referral route and records",
        outcome: "homes improved and health measures tracked",
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
        "Housing-based work on isolation covers the whole area, and wellbeing is measured.",
        "Isolation falls among those reached, shown independently, and residents lead activities.",
      ],
      evidence: {
        intent: "plans for activities",
        documentary: "programme records and referral links",
        outcome: "wellbeing measures over time",
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
      key: "older-age.housing-supply-plans",
      title: "Plans for older people's housing",
      statement:
        "Plans for older people's housing use recognised tools for estimating need and recognised design principles, such as HAPPI.",
      guidance: "Consider the mix of homes, their location, accessibility, and whether health partners helped shape the plans.",
      descriptors: [
        "There is no plan for older people's housing.",
        "A plan is being written.",
        "A plan based on an assessment of need exists.",
        "The plan is delivered, with homes built to design principles and progress tracked.",
        "Homes meet assessed need and are shown to help people stay independent.",
      ],
      evidence: {
        intent: "a decision to prepare a plan",
        documentary: "the plan and its needs assessment",
        outcome: "homes delivered against the plan",
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
        "Housing work is a planned part of pooled budgets, with outcomes reported and used to allocate money.",
        "Pooled funding for housing is sustained, and its value is shown independently.",
      ],
      evidence: {
        intent: "minutes of budget discussions",
        documentary: "Better Care Fund plan lines funding housing work",
        outcome: "outcome reports tied to the budget lines",
        independent: "an evaluation or economic case",
      },
      tags: { mou: [2, 3], areas: ["revenue-incentives"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "foundations-dfg-evidence"],
    }),
    indicator({
      key: "finance.outcome-contracts",
      title: "Contracts that let housing provide",
      statement: "Outcome-based or capitation-style contracts allow housing organisations to provide health and care services.",
      guidance:
        "The King's Fund called for revenue incentives, such as capitation, that encourage new providers. Consider whether housing organisations can bid and are paid for outcomes.",
      descriptors: [
        "Contracts do not allow housing organisations to provide services.",
        "Commissioners are exploring new contract types.",
        "At least one contract pays a housing organisation for health outcomes.",
        "Several contracts use outcome or capitation payments, and results are monitored.",
        "Outcome-based contracting is standard practice, and its results are independently reviewed.",
      ],
      evidence: {
        intent: "a commissioning intentions document",
        documentary: "a signed contract with outcome terms",
        outcome: "contract performance reports",
        independent: "an independent review of the contracts",
      },
      tags: { mou: [2, 3], areas: ["revenue-incentives", "housing-offer"], themes: ["pathways"] },
      sources: ["kf-stps-2018", "kf-roundtable-2017"],
    }),
    indicator({
      key: "finance.business-cases",
      title: "Business cases with recognised cost models",
      statement: "Business cases use recognised cost models and share savings and risks between partners.",
      guidance:
        "Health and housing can disagree on what counts as evidence; social return on investment may not persuade health partners. Consider models such as BRE's Housing Health Cost Calculator.",
      descriptors: [
        "Business cases do not quantify health benefits.",
        "Health benefits are described but not costed.",
        "Some business cases cost health benefits with a recognised model.",
        "Business cases routinely use agreed models and set out how savings and risks are shared.",
        "Savings are shown to arise and are shared as agreed.",
      ],
      evidence: {
        intent: "draft business cases",
        documentary: "approved business cases with costings",
        outcome: "reports of savings realised",
        independent: "an independent economic evaluation",
      },
      tags: { mou: [4], areas: ["revenue-incentives", "evidence-and-practice"], themes: ["pathways"] },
      sources: ["bre-hhcc", "housingforhealth-evidence"],
    }),
    indicator({
      key: "finance.multi-year",
      title: "Multi-year funding for what works",
      statement: "Housing services that are shown to work have funding for several years.",
      guidance: "Short-term funding makes it hard for providers to keep staff and for partners to see results.",
      descriptors: [
        "Funding is year to year or one-off.",
        "Partners are discussing longer funding.",
        "At least one proven service has funding for more than a year.",
        "Proven services have funding for three years or more, reviewed against outcomes.",
        "Funding for proven services is recurrent and mainstream.",
      ],
      evidence: {
        intent: "minutes of discussions",
        documentary: "funding agreements",
        outcome: "budget lines across several years",
        independent: "an evaluation supporting the funding decision",
      },
      tags: { mou: [2], areas: ["revenue-incentives"], themes: ["pathways"] },
      sources: ["kf-stps-2018"],
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
        "Training is routine for relevant roles, and its effect on practice is measured.",
        "Staff confidence and referrals improve, shown independently, and training is part of induction.",
      ],
      evidence: {
        intent: "a training needs analysis",
        documentary: "training materials and attendance records",
        outcome: "referral and practice measures over time",
        independent: "an evaluation of the training",
      },
      tags: { mou: [5], areas: ["evidence-and-practice"], themes: ["pathways"] },
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
        "All new work has an agreed plan with a stated standard, and findings are used.",
        "Evaluations meet the standard, are published, and change decisions.",
      ],
      evidence: {
        intent: "project proposals mentioning evaluation",
        documentary: "agreed evaluation plans",
        outcome: "evaluation reports and decisions that followed",
        independent: "independent or peer-reviewed evaluations",
      },
      tags: { mou: [4], areas: ["evidence-and-practice"], themes: ["populations"] },
      sources: ["kf-stps-2018", "housingforhealth-evidence"],
    }),
    indicator({
      key: "workforce.resident-voice",
      title: "Residents shape the work",
      statement: "Residents and people with lived experience help shape and review the partnership's housing and health work.",
      guidance: "Consider whose voices are heard and how their views change decisions.",
      descriptors: [
        "Residents are not involved.",
        "Residents are consulted occasionally.",
        "Residents take part in some planning.",
        "Residents are involved routinely and their influence can be shown.",
        "Residents co-lead work, and independent feedback confirms their influence.",
      ],
      evidence: {
        intent: "plans for engagement",
        documentary: "engagement records",
        outcome: "changes made as a result of residents' views",
        independent: "independent feedback from residents",
      },
      tags: { mou: [1, 4], areas: ["evidence-and-practice"], his: ["healthy-communities"], themes: ["populations"] },
      sources: ["mou-2018"],
    }),
    indicator({
      key: "workforce.shared-learning",
      title: "Learning shared through networks",
      statement: "The partnership shares and draws on learning through networks, such as the Health & Housing Impact Network and the Housing LIN.",
      guidance: "Consider both learning from others and sharing your own work.",
      descriptors: [
        "The partnership takes no part in networks.",
        "Individuals attend network events.",
        "The partnership shares some work through networks.",
        "Learning from networks is applied, and the partnership contributes regularly.",
        "The partnership is a recognised source of learning for others.",
      ],
      evidence: {
        intent: "event attendance",
        documentary: "case studies or presentations shared",
        outcome: "changes adopted from others' learning",
        independent: "peer recognition or external citations",
      },
      tags: { mou: [1, 5], areas: ["evidence-and-practice"], themes: ["places"] },
      sources: ["fol-network-2023", "mou-2018"],
    }),
  ],
};

export const partnershipFrameworkV1: Framework = {
  key: "partnership-self-assessment",
  version: 1,
  status: "published",
  title: "Health and housing partnership self-assessment",
  summary:
    "A self-assessment for integrated care partnerships against the national MoU on improving health and care through the home and the King's Fund's opportunities for housing and health. Twelve domains, each rated on a five-level scale with evidence.",
  publishedOn: "2026-11-22",
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
