import { expect, it } from "vitest";
import { frameworks, PARTNERSHIP_FRAMEWORK_KEY, resourceSeed } from "../../assessment";
import { listAuditEvents, listAuditEventsForExport, listAuditFilterOptions, type AuditFilter } from "../../db/audit";
import { createEvidence, purgeEvidenceFile } from "../../db/evidence";
import { syncFrameworkVersions } from "../../db/frameworks";
import { createOrganisation } from "../../db/organisations";
import { createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import { createResource, getResourceForStaff, listLibrary, listResourcesForStaff, setResourceRetired, syncResourceLibrary, updateResource, type ResourceDetails } from "../../db/resources";
import { describeEachBackend } from "./backends";

const details = (title: string, overrides: Partial<ResourceDetails> = {}): ResourceDetails => ({
  title,
  publisher: "Network",
  year: 2025,
  url: "https://example.org/guide",
  summary: "A guide of 100% use_ful words.",
  kind: "tool",
  tags: { frameworks: [PARTNERSHIP_FRAMEWORK_KEY], domains: [], indicators: [] },
  reportAreas: ["admissions-and-discharge"],
  mouAims: [],
  londonAims: [],
  networkThemes: ["pathways"],
  ...overrides,
});

describeEachBackend("running the network: library, audit log and purging", (ctx) => {
  const setUp = async (key: string) => {
    await syncFrameworkVersions(ctx.db, frameworks);
    await syncResourceLibrary(ctx.db, resourceSeed);
    await upsertRegion(ctx.db, { key, name: key });
    const network = await createOrganisation(ctx.db, { kind: "network", name: `${key} network`, region_key: key });
    const partnership = await createOrganisation(ctx.db, { kind: "partnership", name: `${key} ICS`, region_key: key });
    const person = await createPerson(ctx.db, { email: `staff@${key}.test`, name: `Staff of ${key}`, passwordHash: null });
    return { network, partnership, actor: { personId: person.id, name: `Staff of ${key}` } };
  };

  it("adds, changes, retires and brings back resources, each a staff edit in the audit trail; lists them paged with words", async () => {
    const { network, actor } = await setUp("lib");
    const { id } = await createResource(ctx.db, { actor, organisationId: network.id, details: details("Audit lib guide") });
    expect(await getResourceForStaff(ctx.db, id)).toMatchObject({ title: "Audit lib guide", kind: "tool", networkThemes: ["pathways"], tags: { frameworks: [PARTNERSHIP_FRAMEWORK_KEY], domains: [], indicators: [] } });
    const domain = frameworks.find((f) => f.key === PARTNERSHIP_FRAMEWORK_KEY)!.domains[0]!;
    expect(await updateResource(ctx.db, { id, actor, organisationId: network.id, details: details("Audit lib guide, second edition", { tags: { frameworks: [], domains: [domain.key], indicators: [domain.indicators[0]!.key] } }) })).toBe(true);
    expect((await getResourceForStaff(ctx.db, id))!.tags).toEqual({ frameworks: [], domains: [domain.key], indicators: [domain.indicators[0]!.key] });
    await expect(updateResource(ctx.db, { id, actor, organisationId: network.id, details: details("Bad", { tags: { frameworks: [], domains: ["nowhere"], indicators: [] } }) })).rejects.toThrow(/nowhere/);

    expect(await setResourceRetired(ctx.db, { id, actor, organisationId: network.id, retired: true })).toBe(true);
    expect(await setResourceRetired(ctx.db, { id, actor, organisationId: network.id, retired: true })).toBe(false);
    expect((await listLibrary(ctx.db)).some((r) => r.id === id)).toBe(false);
    expect((await listResourcesForStaff(ctx.db, { q: "second edition", status: "retired", page: 1, pageSize: 10 })).items.map((r) => r.id)).toEqual([id]);
    expect((await listResourcesForStaff(ctx.db, { q: "second edition", status: "current", page: 1, pageSize: 10 })).total).toBe(0);
    // Words are matched literally: % and _ are not wildcards.
    expect((await listResourcesForStaff(ctx.db, { q: "100% use_ful", status: "all", page: 1, pageSize: 10 })).total).toBe(1);
    expect((await listResourcesForStaff(ctx.db, { q: "1_0", status: "all", page: 1, pageSize: 10 })).total).toBe(0);
    expect(await setResourceRetired(ctx.db, { id, actor, organisationId: network.id, retired: false })).toBe(true);
    expect((await listLibrary(ctx.db)).find((r) => r.id === id)).toMatchObject({ reportAreas: ["admissions-and-discharge"], networkThemes: ["pathways"] });

    const page = await listResourcesForStaff(ctx.db, { q: "", status: "all", page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBeGreaterThan(10);

    const events = await ctx.db.selectFrom("audit_event").where("subject_id", "=", id).orderBy("occurred_at").select(["action", "organisation_id", "person_id"]).execute();
    expect(events.map((e) => e.action)).toEqual(["resource-added", "resource-changed", "resource-retired", "resource-restored"]);
    expect(events.every((e) => e.organisation_id === network.id && e.person_id === actor.personId)).toBe(true);
    expect((await ctx.db.selectFrom("resource").where("id", "=", id).select("edited_at").executeTakeFirstOrThrow()).edited_at).not.toBeNull();
  });

  it("lists a region's audit events only, newest first, under each filter", async () => {
    const here = await setUp("audit-here");
    const there = await setUp("audit-there");
    const at = (iso: string) => new Date(iso);
    const event = (organisationId: string, action: string, occurred: string, personId: string | null) => ({
      person_id: personId,
      actor_name: "Someone",
      organisation_id: organisationId,
      subject_type: "resource",
      subject_id: action,
      action,
      detail: JSON.stringify({}),
      occurred_at: at(occurred),
    });
    await ctx.db
      .insertInto("audit_event")
      .values([
        event(here.network.id, "resource-added", "2026-03-01T10:00:00Z", here.actor.personId),
        event(here.partnership.id, "evidence-added", "2026-03-02T10:00:00Z", null),
        event(here.partnership.id, "evidence-changed", "2026-03-31T23:30:00Z", here.actor.personId), // 1 April in England (BST)
        event(there.network.id, "resource-added", "2026-03-03T10:00:00Z", there.actor.personId),
      ])
      .execute();
    const filter = (f: Partial<AuditFilter>): AuditFilter => ({ regionKey: "audit-here", action: null, organisationId: null, personId: null, from: null, before: null, ...f });
    const actions = async (f: Partial<AuditFilter>) => (await listAuditEvents(ctx.db, filter(f), { page: 1, pageSize: 50 })).events.map((e) => e.action).filter((a) => a !== "resource-changed" && a !== "resource-retired" && a !== "resource-restored");
    expect(await actions({})).toEqual(["evidence-changed", "evidence-added", "resource-added"]);
    expect(await actions({ action: "evidence-added" })).toEqual(["evidence-added"]);
    expect(await actions({ organisationId: here.partnership.id })).toEqual(["evidence-changed", "evidence-added"]);
    expect(await actions({ organisationId: there.network.id })).toEqual([]);
    expect(await actions({ organisationId: "not-an-id" })).toEqual([]);
    expect(await actions({ personId: here.actor.personId })).toEqual(["evidence-changed", "resource-added"]);
    expect(await actions({ from: at("2026-03-02T00:00:00Z"), before: at("2026-03-31T23:00:00Z") })).toEqual(["evidence-added"]);
    expect((await listAuditEventsForExport(ctx.db, filter({ regionKey: "audit-there" }))).map((e) => e.action)).toEqual(["resource-added"]);
    const options = await listAuditFilterOptions(ctx.db, "audit-here");
    expect(options.actions).toEqual(expect.arrayContaining(["evidence-added", "evidence-changed", "resource-added"]));
    expect(options.organisations.map((o) => o.id).sort()).toEqual([here.network.id, here.partnership.id].sort());
    expect(options.people.map((p) => p.id)).toEqual([here.actor.personId]);
  });

  it("purges a file once: its chunks go, the row stays with who, when and why, and the audit keeps no file name", async () => {
    const { partnership, actor } = await setUp("purge");
    const file = await ctx.db
      .insertInto("evidence_file")
      .values({ organisation_id: partnership.id, sha256: "purge-repo", media_type: "application/pdf", size_bytes: 4, file_name: "john-smith.pdf" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await ctx.db.insertInto("evidence_file_chunk").values({ file_id: file.id, seq: 0, bytes: new Uint8Array([1, 2, 3, 4]) }).execute();
    const evidence = await createEvidence(ctx.db, { organisationId: partnership.id, actor, title: "Letter", description: "", url: null, fileId: file.id, strength: "documentary", datedOn: "2026-01-01", reviewBy: "2028-01-01", ownerName: "", links: [] });
    const other = await setUp("purge-other");
    expect(await purgeEvidenceFile(ctx.db, { evidenceId: evidence.id, organisationId: other.partnership.id, actor, reason: "Wrong owner" })).toBe(false);
    expect(await purgeEvidenceFile(ctx.db, { evidenceId: evidence.id, organisationId: partnership.id, actor, reason: "Names a resident" })).toBe(true);
    expect(await purgeEvidenceFile(ctx.db, { evidenceId: evidence.id, organisationId: partnership.id, actor, reason: "Again" })).toBe(false);
    expect(await ctx.db.selectFrom("evidence_file_chunk").where("file_id", "=", file.id).selectAll().execute()).toEqual([]);
    expect(await ctx.db.selectFrom("evidence_file").where("id", "=", file.id).select(["purged_by", "purge_reason"]).executeTakeFirstOrThrow()).toEqual({ purged_by: actor.personId, purge_reason: "Names a resident" });
    expect(await ctx.db.selectFrom("evidence").where("id", "=", evidence.id).select("id").executeTakeFirst()).toBeDefined();
    const events = await ctx.db.selectFrom("audit_event").where("action", "=", "evidence-file-purged").where("subject_id", "=", evidence.id).selectAll().execute();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toContain("john-smith");
  });
});
