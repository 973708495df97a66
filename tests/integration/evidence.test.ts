import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frameworks, getFramework, latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import type { CurrentUser } from "../../app/auth/session.server";
import { domainPage } from "../../app/assessments.server";
import { actionsByIndicator, evidenceSupport } from "../../app/evidence.server";
import { checkEvidenceFile, HEAD_BYTES, safeFileName, TAIL_BYTES } from "../../app/evidence-files.server";
import { createAction } from "../../db/actions";
import { findAssessmentAccessFacts, saveRatings } from "../../db/assessments";
import { openPglite, openPostgres } from "../../db/client";
import { storeEvidenceFile, readFileChunk } from "../../db/evidence";
import { syncFrameworkVersions } from "../../db/frameworks";
import { migrateToLatest } from "../../db/migrate";
import { createOrganisation } from "../../db/organisations";
import { upsertRegion } from "../../db/places";
import { seedDemoData } from "../../db/seed";
import { DOCX, XLSM } from "../support/zip";
import { signInCookie, startApp, testContext } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";
import { databaseUrl } from "./global-setup";
import { inject } from "vitest";
import { createDatabase, dropDatabase } from "./postgres-admin";

const PDF = (marker: string) => new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n%%EOF\n`);

describe("evidence over HTTP: uploading, downloading, linking, flags and actions", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let lead: string;
  let sel: { id: string; assessmentId: string };
  const latest = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const domain = latest.domains.find((d) => d.key === "children")!;
  const [first, second] = domain.indicators;

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    app = await startApp(opened.database);
    lead = await signInCookie(app.url, "lead.sel@demo.hearth.test");
    const org = await db.selectFrom("organisation").where("short_name", "=", "SEL").select("id").executeTakeFirstOrThrow();
    const assessment = await db
      .selectFrom("assessment as a")
      .innerJoin("round as r", "r.id", "a.round_id")
      .where("a.organisation_id", "=", org.id)
      .where("r.status", "=", "open")
      .select("a.id")
      .executeTakeFirstOrThrow();
    sel = { id: org.id, assessmentId: assessment.id };
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const evidenceUrl = (indicatorKey = first!.key) => `${app.url}/assessments/${sel.assessmentId}/indicators/${indicatorKey}/evidence`;
  async function upload(bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}, cookie = lead, indicatorKey = first!.key) {
    const form = new FormData();
    form.set("intent", "upload");
    const details = { "upload.title": "Board paper", "upload.strength": "documentary", "upload.datedOn.day": "3", "upload.datedOn.month": "6", "upload.datedOn.year": "2025", ...fields };
    for (const [k, v] of Object.entries(details)) form.set(k, v);
    form.set("file", new Blob([new Uint8Array(bytes)]), fileName);
    const res = await fetch(evidenceUrl(indicatorKey), { method: "POST", body: form, redirect: "manual", headers: { Origin: app.url, Cookie: cookie } });
    return { status: res.status, location: res.headers.get("location"), text: await res.text() };
  }
  const newestEvidence = () =>
    opened.database.db
      .selectFrom("evidence as e")
      .leftJoin("evidence_file as f", "f.id", "e.file_id")
      .where("e.organisation_id", "=", sel.id)
      .orderBy("e.created_at", "desc")
      .select(["e.id", "e.title", "f.file_name as fileName", "f.media_type as mediaType"])
      .executeTakeFirstOrThrow();

  it("stores an uploaded PDF, links it to the indicator and offers it back only as an attachment, only to those who may read it", async () => {
    const bytes = PDF("first upload");
    const res = await upload(bytes, "../../secret/Board paper: June.pdf");
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/assessments/${sel.assessmentId}/domains/children#${first!.key}`);
    const evidence = await newestEvidence();
    // A name with folders and unsafe characters is made safe.
    expect(evidence).toMatchObject({ title: "Board paper", fileName: "Board paper June.pdf", mediaType: "application/pdf" });

    const download = await fetch(`${app.url}/evidence/${evidence.id}/download`, { headers: { Cookie: lead } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-disposition")).toBe(`attachment; filename="Board paper June.pdf"; filename*=UTF-8''Board%20paper%20June.pdf`);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-security-policy")).toContain("sandbox");
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);

    const as = async (email: string) => (await fetch(`${app.url}/evidence/${evidence.id}/download`, { headers: { Cookie: await signInCookie(app.url, email) } })).status;
    expect(await as("network@demo.hearth.test")).toBe(200);
    expect(await as("lead.nwl@demo.hearth.test")).toBe(404);
    expect(await as("viewer.nwl@demo.hearth.test")).toBe(404);
    expect(await as("provider1@demo.hearth.test")).toBe(404);
    expect((await fetch(`${app.url}/evidence/${evidence.id}/download`, { redirect: "manual" })).status).toBe(302);
  });

  it("refuses files by what they are, not what they are called, and keeps the details typed", async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25), "big.pdf", "must be smaller than 10 MB"],
      [new Uint8Array(0), "empty.pdf", "is empty"],
      [new TextEncoder().encode("MZ\u0090\u0000\u0003 a program"), "report.pdf", "is a program, not a document"],
      [XLSM(), "figures.xlsx", "contains macros"],
    ];
    const before = await opened.database.db.selectFrom("evidence_file").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    for (const [bytes, name, message] of cases) {
      const res = await upload(bytes, name, { "upload.title": "Kept title" });
      expect(res.status, name).toBe(400);
      expect(res.text, name).toContain(message);
      expect(res.text, name).toContain("Kept title");
    }
    const after = await opened.database.db.selectFrom("evidence_file").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n); // nothing refused was kept
    expect((await upload(DOCX(), "notes.bin")).status).toBe(302); // a Word document, whatever its name
    expect((await newestEvidence()).fileName).toBe("notes.docx");
  });

  it("recognises the same file uploaded twice, and lets one piece of evidence support two indicators", async () => {
    const bytes = PDF("shared");
    expect((await upload(bytes, "shared.pdf", { "upload.title": "Shared plan" })).status).toBe(302);
    const evidence = await newestEvidence();
    const again = await upload(bytes, "copy of shared.pdf", { "upload.title": "Another" }, lead, second!.key);
    expect(again.status).toBe(400);
    expect(again.text).toContain("This file is already in your evidence as &quot;Shared plan&quot;");

    const attach = await fetch(evidenceUrl(second!.key), {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, Cookie: lead, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "attach", evidenceId: evidence.id }),
    });
    expect(attach.status).toBe(302);
    const links = await opened.database.db.selectFrom("evidence_link").where("evidence_id", "=", evidence.id).select("indicator_key").orderBy("indicator_key").execute();
    expect(links.map((l) => l.indicator_key).sort()).toEqual([first!.key, second!.key].sort());
  });

  it("takes the same file again after a form left with an error, reusing the upload nobody finished, and still recognises it once it is evidence", async () => {
    const db = opened.database.db;
    const bytes = PDF("abandoned form");
    const abandoned = await upload(bytes, "minutes.pdf", { "upload.title": "" });
    expect(abandoned.status).toBe(400); // no title: the file is received and kept, and the person leaves
    expect(abandoned.text).toContain("We have received <strong>minutes.pdf</strong>");
    const files = () => db.selectFrom("evidence_file").where("organisation_id", "=", sel.id).where("file_name", "like", "minutes%").select(["id", "file_name"]).execute();
    const [orphan] = await files();

    // Later, the same file from scratch: not refused as "already uploaded", and made from the same stored bytes.
    const again = await upload(bytes, "minutes final.pdf", { "upload.title": "Board minutes" });
    expect(again.status).toBe(302);
    const evidence = await newestEvidence();
    expect(evidence).toMatchObject({ title: "Board minutes", fileName: "minutes final.pdf" });
    expect(await files()).toEqual([{ id: orphan!.id, file_name: "minutes final.pdf" }]);
    expect(new Uint8Array(await (await fetch(`${app.url}/evidence/${evidence.id}/download`, { headers: { Cookie: lead } })).arrayBuffer())).toEqual(bytes);

    // Now that it is evidence, the same file once more is recognised and offered for linking.
    const third = await upload(bytes, "minutes.pdf", { "upload.title": "Copy" }, lead, second!.key);
    expect(third.status).toBe(400);
    expect(third.text).toContain("This file is already in your evidence as &quot;Board minutes&quot;");
  });

  it("flags a rating its evidence does not support, and clears the flag when stronger evidence is added", async () => {
    const db = opened.database.db;
    const user = (await db
      .selectFrom("person as p")
      .innerJoin("membership as m", "m.person_id", "p.id")
      .where("p.email", "=", "lead.sel@demo.hearth.test")
      .select(["p.id", "p.name", "m.id as membershipId"])
      .executeTakeFirstOrThrow()) as { id: string; name: string; membershipId: string };
    const current: CurrentUser = {
      personId: user.id, name: user.name, sessionId: "s", email: "", memberships: [], acting: null, idleExpiresAt: new Date(), absoluteExpiresAt: new Date(), newNotifications: 0,
      membershipId: user.membershipId, role: "partnership_lead", organisation: { id: sel.id, name: "SEL", kind: "partnership", regionKey: "london" },
    };
    const facts = { ...(await findAssessmentAccessFacts(db, sel.assessmentId))!, assignedToActor: { domainKeys: [], indicators: [] } };
    const key = domain.indicators[2]!.key;
    const stored = await db.selectFrom("rating").where("assessment_id", "=", sel.assessmentId).where("indicator_key", "=", key).select("revision").executeTakeFirst();
    await saveRatings(db, { assessmentId: sel.assessmentId, organisationId: sel.id, actor: { personId: user.id, name: user.name }, changes: [{ indicatorKey: key, expectedRevision: stored?.revision ?? 0, answer: "level", level: 4, targetLevel: null, confidence: null, rationale: "", confirm: false }] });

    const flagOf = async () => (await domainPage(testContext(db), current, facts, "children")).indicators.find((i) => i.key === key)!.flag;
    expect(await flagOf()).toMatch(/^Not yet supported\. A level 4 \(Established\) rating needs outcome evidence \(E3\) or stronger; there is no current evidence\./);

    expect((await upload(PDF("documentary only"), "plan.pdf", { "upload.title": "A plan" }, lead, key)).status).toBe(302);
    expect(await flagOf()).toContain("the strongest current evidence is documentary evidence (E2)");

    const link = await fetch(evidenceUrl(key), {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, Cookie: lead, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        intent: "link",
        "link.url": "https://example.org/outcomes.pdf",
        "link.title": "Outcome figures",
        "link.strength": "outcome",
        "link.datedOn.day": "1",
        "link.datedOn.month": "9",
        "link.datedOn.year": "2025",
      }),
    });
    expect(link.status).toBe(302);
    expect(await flagOf()).toBeNull();
  });

  it("stops counting evidence as support once its file has been purged", async () => {
    const db = opened.database.db;
    const leadPerson = await db.selectFrom("person").where("email", "=", "lead.sel@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const key = domain.indicators[3]!.key;
    const stored = await db.selectFrom("rating").where("assessment_id", "=", sel.assessmentId).where("indicator_key", "=", key).select("revision").executeTakeFirst();
    await saveRatings(db, { assessmentId: sel.assessmentId, organisationId: sel.id, actor: { personId: leadPerson.id, name: leadPerson.name }, changes: [{ indicatorKey: key, expectedRevision: stored?.revision ?? 0, answer: "level", level: 3, targetLevel: null, confidence: null, rationale: "", confirm: false }] });
    expect((await upload(PDF("to be purged"), "names.pdf", { "upload.title": "Has names in it" }, lead, key)).status).toBe(302);
    const facts = { ...(await findAssessmentAccessFacts(db, sel.assessmentId))!, assignedToActor: { domainKeys: [], indicators: [] } };
    const supportOf = async () => {
      const ratings = await db.selectFrom("rating").where("assessment_id", "=", sel.assessmentId).select(["indicator_key as indicatorKey", "answer", "level"]).execute();
      return (await evidenceSupport(testContext(db), facts, ratings)).get(key)!;
    };
    expect((await supportOf()).flag).toBeNull();

    // Network staff purge the file (it held personal data): the bytes go, the record stays as a tombstone.
    const evidence = await newestEvidence();
    const file = await db.selectFrom("evidence").where("id", "=", evidence.id).select("file_id").executeTakeFirstOrThrow();
    await db.deleteFrom("evidence_file_chunk").where("file_id", "=", file.file_id!).execute();
    await db.updateTable("evidence_file").set({ purged_at: new Date(), purge_reason: "personal data" }).where("id", "=", file.file_id!).execute();

    const after = await supportOf();
    expect(after.evidence.map((e) => ({ id: e.id, purged: e.purged }))).toEqual([{ id: evidence.id, purged: true }]);
    expect(after.flag).toMatch(/^Not yet supported\. A level 3 \(Developing\) rating needs documentary evidence \(E2\) or stronger; there is no current evidence\./);
  });

  it("keeps the partnership's actions in view in the next round, on the indicator they were raised against", async () => {
    const db = opened.database.db;
    const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
    const carried = Object.entries(latest.carriesOverFrom!.indicatorKeys).find(([, old]) => v1.domains.some((d) => d.indicators.some((i) => i.key === old)))!;
    const leadPerson = await db.selectFrom("person").where("email", "=", "lead.sel@demo.hearth.test").select(["id", "name"]).executeTakeFirstOrThrow();
    const action = await createAction(db, {
      organisationId: sel.id,
      frameworkKey: PARTNERSHIP_FRAMEWORK_KEY,
      indicatorKey: carried[1],
      raisedInAssessmentId: null,
      title: "Raised last round",
      detail: "",
      ownerName: "",
      dueOn: "2026-01-01",
      status: "open",
      actor: { personId: leadPerson.id, name: leadPerson.name },
    });
    const shown = await actionsByIndicator(testContext(db), sel.id, latest);
    const onIndicator = shown.get(carried[0]) ?? [];
    expect(onIndicator.map((a) => a.id)).toContain(action.id);
    expect(onIndicator.find((a) => a.id === action.id)).toMatchObject({ overdue: true, statusLabel: "Open" });
  });

  it("links older evidence than the picker lists: the action checks the evidence itself, and the page searches by title", async () => {
    const db = opened.database.db;
    const key = domain.indicators[4]!.key;
    const nwl = await db.selectFrom("organisation").where("short_name", "=", "NWL").select("id").executeTakeFirstOrThrow();
    const row = (organisationId: string, title: string, datedOn: string) => ({ organisation_id: organisationId, title, strength: "documentary" as const, dated_on: datedOn, review_by: "2099-01-01", url: "https://example.org/evidence" });
    // More evidence than the picker lists, all newer than one old piece.
    await db.insertInto("evidence").values(Array.from({ length: 205 }, (_, i) => row(sel.id, `Recent note ${i}`, "2026-09-01"))).execute();
    const old = await db.insertInto("evidence").values(row(sel.id, "Tenancy sustainment review 2016", "2016-02-01")).returning("id").executeTakeFirstOrThrow();
    const elsewhere = await db.insertInto("evidence").values(row(nwl.id, "North West London's own", "2016-02-01")).returning("id").executeTakeFirstOrThrow();
    const file = await db.insertInto("evidence_file").values({ organisation_id: sel.id, sha256: "purged-file", media_type: "application/pdf", size_bytes: 10, file_name: "names.pdf", purged_at: new Date() }).returning("id").executeTakeFirstOrThrow();
    const purged = await db.insertInto("evidence").values({ ...row(sel.id, "Tenancy sustainment names", "2016-03-01"), url: null, kind: "file", file_id: file.id }).returning("id").executeTakeFirstOrThrow();

    const page = async (query = "") => {
      const res = await fetch(`${evidenceUrl(key)}${query}`, { headers: { Cookie: lead } });
      expect(res.status).toBe(200);
      return { html: await res.text(), queries: /"(\d+) queries"/.exec(res.headers.get("server-timing") ?? "")?.[1] };
    };
    const newest = await page();
    expect(newest.html).not.toContain("Tenancy sustainment review 2016");
    expect(newest.html).toContain("Search your evidence by title");
    expect(newest.html).toContain("The list shows the newest 200 pieces");
    const found = await page("?title=tenancy%20SUSTAINMENT");
    expect(found.html).toContain("Tenancy sustainment review 2016");
    expect(found.html).not.toContain("Recent note");
    expect(found.html).not.toContain("Tenancy sustainment names"); // a purged file cannot be linked
    expect(found.queries).toBeDefined();
    expect(found.queries).toBe(newest.queries); // searching costs no extra queries
    expect((await page("?title=100%25")).html).toContain("No other evidence has a title containing &quot;100%&quot;");

    const attach = (evidenceId: string) =>
      fetch(evidenceUrl(key), {
        method: "POST",
        redirect: "manual",
        headers: { Origin: app.url, Cookie: lead, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "attach", evidenceId }),
      });
    expect((await attach(old.id)).status).toBe(302);
    const links = await db.selectFrom("evidence_link").where("evidence_id", "=", old.id).select(["assessment_id", "indicator_key"]).execute();
    expect(links).toEqual([{ assessment_id: sel.assessmentId, indicator_key: key }]);
    for (const refused of [elsewhere.id, purged.id, "not-an-id"]) {
      const res = await attach(refused);
      expect(res.status, refused).toBe(400);
      expect(await res.text()).toContain("Select the evidence to link");
    }
    expect(await db.selectFrom("evidence_link").where("evidence_id", "in", [elsewhere.id, purged.id]).select("evidence_id").execute()).toEqual([]);
  });

  it("offers an action's indicators from the framework version of the assessment it is added from, and goes back to the indicator's domain", async () => {
    const db = opened.database.db;
    const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
    const older = await db.selectFrom("assessment").where("organisation_id", "=", sel.id).where("framework_version", "=", 1).select("id").limit(1).executeTakeFirstOrThrow();
    const latestKeys = new Set(latest.domains.flatMap((d) => d.indicators.map((i) => i.key)));
    const v1Domain = v1.domains.find((d) => d.indicators.some((i) => !latestKeys.has(i.key)))!;
    const v1Only = v1Domain.indicators.find((i) => !latestKeys.has(i.key))!; // an indicator the latest version no longer has
    const back = `/assessments/${older.id}/domains/${v1Domain.key}#${v1Only.key}`;
    const url = `${app.url}/actions/new?assessment=${older.id}&indicator=${encodeURIComponent(v1Only.key)}`;

    const page = await fetch(url, { headers: { Cookie: lead } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`value="${v1Only.key}"`);
    expect(html).toContain(`href="${back}"`);

    const added = await fetch(url, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: app.url, Cookie: lead, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ title: "Raised on last round's indicator", status: "open", indicatorKey: v1Only.key, "dueOn.day": "", "dueOn.month": "", "dueOn.year": "" }),
    });
    expect(added.status).toBe(302);
    expect(added.headers.get("location")).toBe(back);
    const action = await db.selectFrom("action").where("organisation_id", "=", sel.id).where("title", "=", "Raised on last round's indicator").select(["indicator_key", "raised_in_assessment_id"]).executeTakeFirstOrThrow();
    expect(action).toEqual({ indicator_key: v1Only.key, raised_in_assessment_id: older.id });

    // Without an assessment: the indicators of the partnership's current assessment (its open round's version).
    const plain = await (await fetch(`${app.url}/actions/new`, { headers: { Cookie: lead } })).text();
    expect(plain).toContain(`value="${latest.domains[0]!.indicators[0]!.key}"`);
    expect(plain).not.toContain(`value="${v1Only.key}"`);
  });
});

describe("an evidence file survives a restart", () => {
  for (const kind of availableBackends()) {
    it(`on ${kind}: the same bytes come back after the database is closed and opened again`, async () => {
      const bytes = new Uint8Array(2_500_000).map((_, i) => (i * 31) % 256);
      bytes.set(new TextEncoder().encode("%PDF-1.7"), 0);
      let reopen: () => Promise<{ db: import("kysely").Kysely<import("../../db/schema").Database>; close(): Promise<void> }>;
      let cleanup = async () => {};
      let first: { db: import("kysely").Kysely<import("../../db/schema").Database>; close(): Promise<void> };
      if (kind === "pglite") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-evidence-"));
        first = await openPglite({ dataDir: dir });
        await migrateToLatest(first.db);
        reopen = () => openPglite({ dataDir: dir });
        cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
      } else {
        const postgres = inject("postgres")!;
        const name = `hearth_restart_${process.pid}_${Date.now().toString(36)}`;
        await createDatabase(postgres.serverUrl, name, postgres.template);
        first = await openPostgres(databaseUrl(postgres.serverUrl, name), { max: 2 });
        reopen = () => openPostgres(databaseUrl(postgres.serverUrl, name), { max: 2 });
        cleanup = () => dropDatabase(postgres.serverUrl, name);
      }
      try {
        await syncFrameworkVersions(first.db, frameworks);
        await upsertRegion(first.db, { key: "restart", name: "Restart" });
        const org = await createOrganisation(first.db, { kind: "partnership", name: "Restart ICS", region_key: "restart" });
        const person = await first.db.insertInto("person").values({ email: "restart@test.test", name: "R", password_hash: null }).returning("id").executeTakeFirstOrThrow();
        async function* pieces() {
          for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
        }
        const stored = await storeEvidenceFile(first.db, {
          organisationId: org.id,
          actor: { personId: person.id, name: "R" },
          fileName: "big.pdf",
          data: pieces(),
          maxBytes: 10 * 1024 * 1024,
          headBytes: HEAD_BYTES,
          tailBytes: TAIL_BYTES,
          check: (file) => {
            const checked = checkEvidenceFile(file);
            return checked.ok ? { ok: true, type: checked.type, fileName: safeFileName("big.pdf", checked.type) } : checked;
          },
        });
        expect(stored).toMatchObject({ ok: true, size: bytes.length });
        const chunks = await first.db.selectFrom("evidence_file_chunk").where("file_id", "=", (stored as { fileId: string }).fileId).select("seq").execute();
        expect(chunks).toHaveLength(3); // 1 MB, 1 MB and the rest
        await first.close(); // as a server stopping would
        const second = await reopen();
        try {
          const parts: Uint8Array[] = [];
          for (let seq = 0; ; seq += 1) {
            const chunk = await readFileChunk(second.db, (stored as { fileId: string }).fileId, seq);
            if (!chunk) break;
            parts.push(chunk);
          }
          expect(Buffer.concat(parts).equals(Buffer.from(bytes))).toBe(true);
        } finally {
          await second.close();
        }
      } finally {
        await cleanup();
      }
    }, 60_000);
  }
});
