import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { checkEvidenceFile, HEAD_BYTES, safeFileName, TAIL_BYTES } from "../../app/evidence-files.server";
import { createEvidence, isLinkableEvidence, listLinkableEvidence, storeEvidenceFile } from "../../db/evidence";
import { createOrganisation, listOrganisations } from "../../db/organisations";
import { addMembership, createPerson, findPersonByEmail } from "../../db/people";
import { upsertBoroughs, upsertRegion } from "../../db/places";
import { describeEachBackend } from "./backends";

describeEachBackend("organisation and people repositories", (ctx) => {
  it("lists a region's organisations with their boroughs in name order, kinds filtered", async () => {
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    await upsertBoroughs(ctx.db, [
      { key: "t-zeta", name: "Zeta", region_key: "test-region" },
      { key: "t-alpha", name: "Alpha", region_key: "test-region" },
    ]);
    await createOrganisation(ctx.db, { kind: "partnership", name: "B Partnership", region_key: "test-region", boroughKeys: ["t-zeta", "t-alpha"] });
    await createOrganisation(ctx.db, { kind: "provider", name: "A Provider", region_key: "test-region", boroughKeys: [] });

    const all = await listOrganisations(ctx.db, { regionKey: "test-region" });
    expect(all.map((o) => [o.kind, o.name])).toEqual([
      ["partnership", "B Partnership"],
      ["provider", "A Provider"],
    ]);
    expect(all[0]!.boroughs).toEqual([
      { key: "t-alpha", name: "Alpha" },
      { key: "t-zeta", name: "Zeta" },
    ]);
    expect(all[1]!.boroughs).toEqual([]);
    expect((await listOrganisations(ctx.db, { regionKey: "test-region", kind: "provider" })).map((o) => o.name)).toEqual(["A Provider"]);
  });

  it("finds a person by email whatever its case, and refuses a second account for the same address", async () => {
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    const org = await createOrganisation(ctx.db, { kind: "network", name: "Case Network", region_key: "test-region" });
    const { id } = await createPerson(ctx.db, { email: "Casey@Example.test", name: "Casey", passwordHash: "x" });
    const membership = await addMembership(ctx.db, { personId: id, organisationId: org.id, role: "network_staff" });

    expect(await findPersonByEmail(ctx.db, "  CASEY@example.TEST ")).toMatchObject({ id, memberships: [{ id: membership.id, role: "network_staff" }] });
    await expect(createPerson(ctx.db, { email: "casey@example.test", name: "Other", passwordHash: "y" })).rejects.toThrow();
  });

  it("keeps dates as calendar dates and counts as numbers on this back-end", async () => {
    const row = await ctx.db
      .selectNoFrom((eb) => [
        eb.val("2024-02-29").$castTo<string>().as("text"),
        eb.cast<string>(eb.val("2024-02-29"), "date").as("date"),
        eb.cast<number>(eb.val("12"), "bigint").as("big"),
      ])
      .executeTakeFirstOrThrow();
    expect(row.date).toBe("2024-02-29");
    expect(row.big).toBe(12);
  });

  it("rolls back a failed transaction completely, and other queries wait rather than join it", async () => {
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    const outside: Promise<unknown>[] = [];
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await createOrganisation(trx, { kind: "provider", name: "Rolled Back Homes", region_key: "test-region" });
        // A query from outside the transaction while it is open must not see or join it.
        outside.push(createOrganisation(ctx.db, { kind: "provider", name: "Committed Homes", region_key: "test-region" }));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    await Promise.all(outside);
    const names = (await listOrganisations(ctx.db, { regionKey: "test-region", kind: "provider" })).map((o) => o.name);
    expect(names).toContain("Committed Homes");
    expect(names).not.toContain("Rolled Back Homes");
  });
});

describeEachBackend("evidence repository", (ctx) => {
  const check = (name: string) => (file: { head: Uint8Array; tail: Uint8Array; size: number }) => {
    const checked = checkEvidenceFile(file);
    return checked.ok ? { ok: true as const, type: checked.type, fileName: safeFileName(name, checked.type) } : checked;
  };
  async function organisationWithPerson(name: string) {
    await upsertRegion(ctx.db, { key: "evidence-repo", name: "Evidence repository region" });
    const org = await createOrganisation(ctx.db, { kind: "partnership", name, region_key: "evidence-repo" });
    const person = await createPerson(ctx.db, { email: `${name.replace(/\W/g, "").toLowerCase()}@test.test`, name, passwordHash: "x" });
    return { org, actor: { personId: person.id, name } };
  }
  const store = (organisationId: string, actor: { personId: string; name: string }, bytes: Uint8Array, fileName: string) =>
    storeEvidenceFile(ctx.db, {
      organisationId,
      actor,
      fileName,
      data: (async function* () {
        yield bytes;
      })(),
      maxBytes: 10 * 1024 * 1024,
      headBytes: HEAD_BYTES,
      tailBytes: TAIL_BYTES,
      check: check(fileName),
    });

  it("takes the same file again while no evidence uses it (reusing that upload), and recognises it once evidence does", async () => {
    const { org, actor } = await organisationWithPerson("Reuse ICS");
    const bytes = new TextEncoder().encode("%PDF-1.4\n% the same file\n%%EOF\n");
    const first = await store(org.id, actor, bytes, "first.pdf");
    expect(first).toMatchObject({ ok: true, fileName: "first.pdf" });
    const fileId = (first as { fileId: string }).fileId;
    await ctx.db.updateTable("evidence_file").set({ created_at: new Date(Date.now() - 23 * 3600_000) }).where("id", "=", fileId).execute();

    const again = await store(org.id, actor, bytes, "again.pdf");
    expect(again).toEqual({ ok: true, fileId, mediaType: "application/pdf", fileName: "again.pdf", size: bytes.length });
    const files = await ctx.db.selectFrom("evidence_file").where("organisation_id", "=", org.id).select(["id", "file_name", "created_at"]).execute();
    expect(files.map((f) => [f.id, f.file_name])).toEqual([[fileId, "again.pdf"]]); // no second copy, nothing pending
    expect(files[0]!.created_at.getTime()).toBeGreaterThan(Date.now() - 3600_000); // housekeeping's clock restarted

    const evidence = await createEvidence(ctx.db, { organisationId: org.id, actor, title: "Now evidence", description: "", url: null, fileId, strength: "documentary", datedOn: "2026-01-01", reviewBy: "2028-01-01", ownerName: "", links: [] });
    expect(await store(org.id, actor, bytes, "third.pdf")).toEqual({ ok: false, duplicate: { fileId, evidenceId: evidence.id, title: "Now evidence" } });
  });

  it("lists linkable evidence newest first up to a limit, says when there is more, searches titles literally, and checks one piece directly", async () => {
    const { org, actor } = await organisationWithPerson("Linkable ICS");
    const other = await organisationWithPerson("Other ICS");
    const add = (organisationId: string, title: string, datedOn: string, fileId: string | null = null) =>
      createEvidence(ctx.db, { organisationId, actor, title, description: "", url: fileId ? null : "https://example.org/e", fileId, strength: "documentary", datedOn, reviewBy: "2030-01-01", ownerName: "", links: [] });
    const alpha = await add(org.id, "Alpha plan", "2026-01-01");
    const beta = await add(org.id, "Beta 100% plan", "2025-01-01");
    const gamma = await add(org.id, "Gamma_x review", "2024-01-01");
    const file = await ctx.db.insertInto("evidence_file").values({ organisation_id: org.id, sha256: "purged", media_type: "application/pdf", size_bytes: 1, file_name: "names.pdf", purged_at: new Date() }).returning("id").executeTakeFirstOrThrow();
    const purged = await add(org.id, "Alpha names", "2026-06-01", file.id);
    const elsewhere = await add(other.org.id, "Alpha elsewhere", "2026-06-01");
    const list = (title?: string, limit?: number) =>
      listLinkableEvidence(ctx.db, { organisationId: org.id, assessmentId: randomUUID(), indicatorKey: "leadership.named-sponsor", title, limit });

    expect(await list(undefined, 2)).toMatchObject({ items: [{ id: alpha.id }, { id: beta.id }], truncated: true });
    expect(await list(undefined, 3)).toMatchObject({ items: [{ id: alpha.id }, { id: beta.id }, { id: gamma.id }], truncated: false }); // never the purged one
    expect((await list("ALPHA")).items.map((e) => e.id)).toEqual([alpha.id]);
    expect((await list("%")).items.map((e) => e.id)).toEqual([beta.id]); // wildcards are plain characters
    expect((await list("_")).items.map((e) => e.id)).toEqual([gamma.id]);

    expect(await isLinkableEvidence(ctx.db, { id: gamma.id, organisationId: org.id })).toBe(true);
    expect(await isLinkableEvidence(ctx.db, { id: purged.id, organisationId: org.id })).toBe(false);
    expect(await isLinkableEvidence(ctx.db, { id: elsewhere.id, organisationId: org.id })).toBe(false);
    expect(await isLinkableEvidence(ctx.db, { id: "not-an-id", organisationId: org.id })).toBe(false);
  });
});
