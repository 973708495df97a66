import { describe, expect, it } from "vitest";
import { can, decide, type Actor, type OrganisationRef, type Thing } from "../../app/auth/access";
import type { AssessmentStatus, RoundStatus } from "../../assessment/vocabulary";

const org = (id: string, kind: OrganisationRef["kind"], regionKey = "london"): OrganisationRef => ({ id, kind, regionKey });
const NWL = org("nwl", "partnership");
const NCL = org("ncl", "partnership");
const NETWORK = org("network", "network");
const HOMES = org("homes", "provider");
const STREET = org("street", "provider");
const ELSEWHERE_ICS = org("elsewhere-ics", "partnership", "north-east");
const ELSEWHERE_NETWORK = org("elsewhere-network", "network", "north-east");

const lead: Actor = { role: "partnership_lead", organisation: NWL };
const viewer: Actor = { role: "partnership_viewer", organisation: NWL };
const staff: Actor = { role: "network_staff", organisation: NETWORK };
const staffElsewhere: Actor = { role: "network_staff", organisation: ELSEWHERE_NETWORK };
const providerEditor: Actor = { role: "provider_editor", organisation: HOMES };
const providerViewer: Actor = { role: "provider_viewer", organisation: HOMES };

const assessment = (
  organisation: OrganisationRef,
  status: AssessmentStatus = "in_progress",
  roundStatus: RoundStatus = "open",
  reviewStarted = false,
): Thing => ({ type: "assessment", organisation, status, roundStatus, reviewStarted });

describe("access to an assessment", () => {
  it("lets a lead edit and submit their partnership's assessment in an open round", () => {
    expect(can(lead, assessment(NWL), "read")).toBe(true);
    expect(can(lead, assessment(NWL), "edit")).toBe(true);
    expect(can(lead, assessment(NWL), "submit")).toBe(true);
    expect(can(lead, assessment(NWL, "returned"), "edit")).toBe(true);
  });

  it("lets a viewer read their partnership's assessment but not change it, and says why", () => {
    expect(can(viewer, assessment(NWL), "read")).toBe(true);
    expect(decide(viewer, assessment(NWL), "edit")).toEqual({ outcome: "forbidden", reason: "Your role can read this assessment but not change it." });
    expect(decide(viewer, assessment(NWL), "submit").outcome).toBe("forbidden");
  });

  it("hides another partnership's assessment from a lead: not found, not forbidden", () => {
    for (const ability of ["read", "edit", "submit", "download"] as const) {
      expect(decide(lead, assessment(NCL), ability)).toEqual({ outcome: "not-found" });
    }
    expect(decide(providerEditor, assessment(NWL), "read")).toEqual({ outcome: "not-found" });
  });

  it("refuses edits once submitted, approved, or when the round is not open, with the reason in words", () => {
    expect(decide(lead, assessment(NWL, "submitted"), "edit")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("submitted") });
    expect(decide(lead, assessment(NWL, "approved"), "edit")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("approved") });
    expect(decide(lead, assessment(NWL, "in_progress", "closed"), "edit")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("closed") });
    expect(decide(lead, assessment(NWL, "in_progress", "draft"), "submit").outcome).toBe("forbidden");
  });

  it("lets a lead withdraw a submission only until network staff start reviewing it", () => {
    expect(can(lead, assessment(NWL, "submitted"), "withdraw")).toBe(true);
    expect(decide(lead, assessment(NWL, "submitted", "open", true), "withdraw")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("reviewing") });
    expect(can(lead, assessment(NWL, "in_progress"), "withdraw")).toBe(false);
    expect(can(viewer, assessment(NWL, "submitted"), "withdraw")).toBe(false);
  });

  it("lets network staff of the region read and review any of its assessments, but never change the answers", () => {
    expect(can(staff, assessment(NCL), "read")).toBe(true);
    expect(can(staff, assessment(NCL, "submitted"), "review")).toBe(true);
    expect(can(staff, assessment(NCL, "in_progress"), "review")).toBe(false);
    expect(can(staff, assessment(NCL, "approved"), "reopen")).toBe(true);
    expect(decide(staff, assessment(NCL, "approved", "closed"), "reopen")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("round has closed") });
    expect(decide(staff, assessment(NCL), "edit").outcome).toBe("forbidden");
    expect(can(lead, assessment(NWL, "submitted"), "review")).toBe(false);
  });

  it("gives network staff of another region nothing: not even that the assessment exists", () => {
    for (const ability of ["read", "review", "reopen", "edit", "download"] as const) {
      expect(decide(staffElsewhere, assessment(NCL, "submitted"), ability)).toEqual({ outcome: "not-found" });
    }
    expect(decide(staff, assessment(ELSEWHERE_ICS, "submitted"), "review")).toEqual({ outcome: "not-found" });
  });
});

describe("access to evidence and actions", () => {
  const evidence = (organisation: OrganisationRef): Thing => ({ type: "evidence", organisation });
  it("lets members download their own evidence and network staff of the region download any, and nobody else", () => {
    expect(can(viewer, evidence(NWL), "download")).toBe(true);
    expect(can(staff, evidence(NWL), "download")).toBe(true);
    expect(decide(staffElsewhere, evidence(NWL), "download")).toEqual({ outcome: "not-found" });
    expect(decide(lead, evidence(NCL), "download")).toEqual({ outcome: "not-found" });
    expect(decide(providerEditor, evidence(NWL), "download")).toEqual({ outcome: "not-found" });
  });

  it("lets editors change their own evidence and actions, viewers only read, network staff purge evidence", () => {
    expect(can(lead, evidence(NWL), "edit")).toBe(true);
    expect(can(viewer, evidence(NWL), "edit")).toBe(false);
    expect(can(lead, { type: "action", organisation: NWL }, "edit")).toBe(true);
    expect(can(viewer, { type: "action", organisation: NWL }, "edit")).toBe(false);
    expect(can(staff, evidence(NWL), "administer")).toBe(true);
    expect(can(lead, evidence(NWL), "administer")).toBe(false);
  });
});

describe("access to provider offers", () => {
  const offer = (organisation: OrganisationRef, published: boolean): Thing => ({ type: "offer", organisation, published });
  it("lets anyone in the region read a published offer, but a draft only its own provider and network staff", () => {
    expect(can(lead, offer(HOMES, true), "read")).toBe(true);
    expect(can({ role: "provider_editor", organisation: STREET }, offer(HOMES, true), "read")).toBe(true);
    expect(decide({ role: "provider_editor", organisation: STREET }, offer(HOMES, false), "read")).toEqual({ outcome: "not-found" });
    expect(decide(lead, offer(HOMES, false), "read")).toEqual({ outcome: "not-found" });
    expect(can(staff, offer(HOMES, false), "read")).toBe(true);
    expect(can(providerViewer, offer(HOMES, false), "read")).toBe(true);
  });

  it("keeps published offers within their region", () => {
    const elsewhereLead: Actor = { role: "partnership_lead", organisation: ELSEWHERE_ICS };
    expect(decide(elsewhereLead, offer(HOMES, true), "read")).toEqual({ outcome: "not-found" });
  });

  it("lets only the provider's editors change and publish it", () => {
    expect(can(providerEditor, offer(HOMES, false), "edit")).toBe(true);
    expect(can(providerEditor, offer(HOMES, false), "publish")).toBe(true);
    expect(can(providerViewer, offer(HOMES, false), "publish")).toBe(false);
    expect(decide({ role: "provider_editor", organisation: STREET }, offer(HOMES, true), "edit")).toEqual({ outcome: "not-found" });
    expect(decide(staff, offer(HOMES, true), "edit").outcome).toBe("forbidden");
  });
});

describe("access to benchmarks", () => {
  const benchmark = (organisation: OrganisationRef): Thing => ({ type: "benchmark", organisation });
  const ELSEWHERE_HOMES = org("elsewhere-homes", "provider", "north-east");

  it("lets a provider's members read its own benchmark, and only its editors change whether it takes part", () => {
    expect(can(providerEditor, benchmark(HOMES), "read")).toBe(true);
    expect(can(providerViewer, benchmark(HOMES), "read")).toBe(true);
    expect(can(providerEditor, benchmark(HOMES), "edit")).toBe(true);
    expect(decide(providerViewer, benchmark(HOMES), "edit")).toEqual({
      outcome: "forbidden",
      reason: "Your role can read your organisation's benchmark but not change whether it takes part.",
    });
  });

  it("hides another provider's benchmark: not found, so it cannot be read by changing an address", () => {
    for (const ability of ["read", "edit"] as const) expect(decide(providerEditor, benchmark(STREET), ability)).toEqual({ outcome: "not-found" });
    expect(decide(lead, benchmark(STREET), "read")).toEqual({ outcome: "not-found" });
  });

  it("lets network staff of the region read a provider's benchmark, but not opt it in or out", () => {
    expect(can(staff, benchmark(STREET), "read")).toBe(true);
    expect(decide(staff, benchmark(STREET), "edit")).toMatchObject({ outcome: "forbidden", reason: "Only the provider itself decides whether it takes part in the benchmark." });
    expect(decide(staffElsewhere, benchmark(STREET), "read")).toEqual({ outcome: "not-found" });
    expect(decide(staff, benchmark(ELSEWHERE_HOMES), "read")).toEqual({ outcome: "not-found" });
  });

  it("has benchmarks for providers only", () => {
    expect(decide(lead, benchmark(NWL), "read")).toEqual({ outcome: "forbidden", reason: "Benchmarks are for housing providers." });
  });

  it("shows every provider's position by name to network staff of the region only", () => {
    const named: Thing = { type: "region-benchmark", regionKey: "london" };
    expect(can(staff, named, "read")).toBe(true);
    expect(decide(staff, named, "edit").outcome).toBe("forbidden");
    expect(decide(providerEditor, named, "read")).toEqual({ outcome: "forbidden", reason: "Only network staff see providers' benchmark positions by name." });
    expect(decide(lead, named, "read").outcome).toBe("forbidden");
    expect(decide(staffElsewhere, named, "read")).toEqual({ outcome: "not-found" });
  });
});

describe("access to rounds, regions, organisations and the pages of each kind", () => {
  const round = (status: RoundStatus, audience: "partnership" | "provider" = "partnership", regionKey = "london"): Thing => ({ type: "round", regionKey, status, audience });
  it("lets editors start an assessment only in an open round for their kind of organisation", () => {
    expect(can(lead, round("open"), "start")).toBe(true);
    expect(decide(lead, round("closed"), "start")).toMatchObject({ outcome: "forbidden", reason: "This round has closed." });
    expect(decide(viewer, round("open"), "start").outcome).toBe("forbidden");
    expect(decide(providerEditor, round("open"), "start")).toMatchObject({ outcome: "forbidden", reason: "This round is for members of a partnership." });
    expect(can(providerEditor, round("open", "provider"), "start")).toBe(true);
    expect(decide(lead, round("open", "partnership", "north-east"), "start")).toEqual({ outcome: "not-found" });
  });

  it("lets only network staff administer their region, its rounds and its organisations", () => {
    expect(can(staff, { type: "region", regionKey: "london" }, "administer")).toBe(true);
    expect(decide(staffElsewhere, { type: "region", regionKey: "london" }, "administer")).toEqual({ outcome: "not-found" });
    expect(decide(lead, { type: "region", regionKey: "london" }, "administer").outcome).toBe("forbidden");
    expect(can(staff, round("open"), "administer")).toBe(true);
    expect(can(lead, round("open"), "administer")).toBe(false);
    expect(can(staff, { type: "organisation", organisation: NCL }, "administer")).toBe(true);
    expect(decide(staffElsewhere, { type: "organisation", organisation: NCL }, "read")).toEqual({ outcome: "not-found" });
    expect(can(staff, { type: "resource-library" }, "administer")).toBe(true);
    expect(can(lead, { type: "resource-library" }, "administer")).toBe(false);
    expect(can(lead, { type: "resource-library" }, "read")).toBe(true);
  });

  it("shows each kind of organisation its own pages and refuses the others' with a reason", () => {
    expect(can(staff, { type: "area", kind: "network" }, "read")).toBe(true);
    expect(decide(lead, { type: "area", kind: "network" }, "read")).toEqual({ outcome: "forbidden", reason: "These pages are for network staff." });
    expect(can(providerViewer, { type: "area", kind: "provider" }, "read")).toBe(true);
  });
});

describe("access to an organisation's people", () => {
  const people = (organisation: OrganisationRef): Thing => ({ type: "people", organisation });

  it("shows them to the organisation's members and the region's staff only", () => {
    expect(can(viewer, people(NWL), "read")).toBe(true);
    expect(can(staff, people(NWL), "read")).toBe(true);
    expect(decide(lead, people(NCL), "read")).toEqual({ outcome: "not-found" });
    expect(decide(staffElsewhere, people(NWL), "read")).toEqual({ outcome: "not-found" });
  });

  it("lets editors invite to their own organisation and network staff to any of the region's, including their own", () => {
    expect(can(lead, people(NWL), "invite")).toBe(true);
    expect(can(providerEditor, people(HOMES), "invite")).toBe(true);
    expect(can(staff, people(NWL), "invite")).toBe(true);
    expect(can(staff, people(NETWORK), "invite")).toBe(true);
    expect(decide(viewer, people(NWL), "invite")).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("ask one of its leads") });
    expect(decide(providerEditor, people(STREET), "invite")).toEqual({ outcome: "not-found" });
  });

  it("keeps roles, removal and reset links for network staff", () => {
    expect(can(staff, people(NWL), "administer")).toBe(true);
    expect(decide(lead, people(NWL), "administer")).toMatchObject({ outcome: "forbidden" });
    expect(decide(staffElsewhere, people(NWL), "administer")).toEqual({ outcome: "not-found" });
  });
});

describe("access to a merged partnership's history", () => {
  // North Central London merged into North West London: NCL is archived with its history; NWL carries on.
  const MERGED_NCL: OrganisationRef = { ...NCL, successorIds: ["nwl"] };
  const nclLead: Actor = { role: "partnership_lead", organisation: NCL };
  const records = (organisation: OrganisationRef): Thing[] => [
    { type: "organisation", organisation },
    assessment(organisation, "approved", "closed"),
    assessment(organisation, "in_progress", "open"),
    { type: "evidence", organisation },
    { type: "action", organisation },
  ];

  it("lets the successor's members read and download the predecessor's assessments, evidence and actions", () => {
    for (const thing of records(MERGED_NCL)) {
      expect(can(lead, thing, "read")).toBe(true);
      expect(can(viewer, thing, "read")).toBe(true);
    }
    expect(can(lead, assessment(MERGED_NCL, "approved", "closed"), "download")).toBe(true);
    expect(can(viewer, { type: "evidence", organisation: MERGED_NCL }, "download")).toBe(true);
  });

  it("lets nobody in the successor change the predecessor's history, and says why", () => {
    for (const thing of records(MERGED_NCL)) {
      for (const ability of ["edit", "submit", "withdraw", "administer"] as const) {
        expect(decide(lead, thing, ability)).toMatchObject({ outcome: "forbidden", reason: expect.stringContaining("merged into yours") });
      }
    }
  });

  it("keeps the history from everyone else: other partnerships, providers, and another region's successor", () => {
    const ncl2: Actor = { role: "partnership_lead", organisation: org("sel", "partnership") };
    for (const thing of records(MERGED_NCL)) {
      expect(decide(ncl2, thing, "read")).toEqual({ outcome: "not-found" });
      expect(decide(providerEditor, thing, "read")).toEqual({ outcome: "not-found" });
    }
    // A successor id in another region (which a merge never makes) opens nothing.
    const elsewhereLead: Actor = { role: "partnership_lead", organisation: ELSEWHERE_ICS };
    expect(decide(elsewhereLead, { type: "organisation", organisation: { ...NCL, successorIds: [ELSEWHERE_ICS.id] } }, "read")).toEqual({ outcome: "not-found" });
  });

  it("leaves network staff of the region as they were, and those of another region with nothing", () => {
    expect(can(staff, { type: "organisation", organisation: MERGED_NCL }, "read")).toBe(true);
    expect(can(staff, { type: "organisation", organisation: MERGED_NCL }, "administer")).toBe(true);
    expect(decide(staffElsewhere, assessment(MERGED_NCL), "read")).toEqual({ outcome: "not-found" });
  });

  it("changes nothing for an organisation that has not merged", () => {
    expect(decide(lead, { type: "organisation", organisation: NCL }, "read")).toEqual({ outcome: "not-found" });
    expect(decide(nclLead, assessment(NCL), "edit")).toEqual({ outcome: "allowed" });
  });
});

describe("access for a contributor", () => {
  const contributor: Actor = { role: "partnership_contributor", organisation: NWL };
  const assigned = { domainKeys: ["data"], indicators: [{ indicatorKey: "estate.surplus-land", domainKey: "estate" }] };
  const part = (p: Extract<Thing, { type: "assessment" }>["part"], status: AssessmentStatus = "in_progress", organisation = NWL): Thing => ({
    type: "assessment",
    organisation,
    status,
    roundStatus: "open",
    reviewStarted: false,
    assignedToActor: assigned,
    part: p,
  });

  it("reaches and changes only the domains and indicators assigned to them", () => {
    expect(can(contributor, part({ kind: "task-list" }), "read")).toBe(true);
    expect(can(contributor, part({ kind: "domain", domainKey: "data" }), "edit")).toBe(true);
    expect(can(contributor, part({ kind: "domain", domainKey: "estate" }), "read")).toBe(true); // one indicator in it
    expect(can(contributor, part({ kind: "indicator", domainKey: "estate", indicatorKey: "estate.surplus-land" }), "edit")).toBe(true);
    expect(decide(contributor, part({ kind: "indicator", domainKey: "estate", indicatorKey: "estate.other" }), "read").outcome).toBe("forbidden");
    expect(decide(contributor, part({ kind: "domain", domainKey: "finance" }), "read").outcome).toBe("forbidden");
  });

  it("does not see the whole assessment, submit it, or change it once submitted", () => {
    expect(decide(contributor, part(undefined), "read").outcome).toBe("forbidden");
    expect(decide(contributor, part({ kind: "task-list" }), "submit").outcome).toBe("forbidden");
    expect(decide(contributor, part({ kind: "domain", domainKey: "data" }, "submitted"), "edit").outcome).toBe("forbidden");
    expect(decide(contributor, { type: "records", organisation: NWL }, "read").outcome).toBe("forbidden");
  });

  it("learns nothing of another organisation's assessment", () => {
    expect(decide(contributor, part({ kind: "domain", domainKey: "data" }, "in_progress", NCL), "read")).toEqual({ outcome: "not-found" });
  });

  it("rates independently only when asked, and only until the ratings are released", () => {
    const request = (isRater: boolean, released: boolean): Thing => ({ type: "rating-request", assessment: part(undefined) as Extract<Thing, { type: "assessment" }>, isRater, released });
    expect(can(contributor, request(true, false), "edit")).toBe(true);
    expect(can(contributor, request(true, true), "edit")).toBe(false);
    expect(can(contributor, request(false, false), "read")).toBe(false);
    expect(can(contributor, request(true, false), "administer")).toBe(false);
    expect(can(lead, request(false, false), "administer")).toBe(true);
    expect(can(staff, request(false, false), "read")).toBe(false);
    expect(can(staff, request(false, true), "read")).toBe(true);
  });
});
