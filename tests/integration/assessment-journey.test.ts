import { expect, it } from "vitest";
import type { Kysely } from "kysely";
import { frameworks, getFramework, latestFramework, PARTNERSHIP_FRAMEWORK_KEY, type Framework } from "../../assessment";
import { decide } from "../../app/auth/access";
import type { CurrentUser } from "../../app/auth/session.server";
import { start, startPage, submit, withdraw, taskListPage } from "../../app/assessments.server";
import { findAssessmentAccessFacts, saveRatings, type RatingChange } from "../../db/assessments";
import { syncFrameworkVersions } from "../../db/frameworks";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import type { Database } from "../../db/schema";
import { testContext } from "./app-harness";
import { describeEachBackend } from "./backends";

const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
const latest = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
const allKeys = (f: Framework) => f.domains.flatMap((d) => d.indicators.map((i) => i.key));

let counter = 0;
/** A partnership with a lead, a closed v1 round it answered in full, and an open round on the latest version. */
async function partnershipWithRounds(db: Kysely<Database>) {
  const n = ++counter;
  await syncFrameworkVersions(db, frameworks);
  await upsertRegion(db, { key: "journey", name: "Journey region" });
  const org = await createOrganisation(db, { kind: "partnership", name: `Journey ICS ${n}`, region_key: "journey" });
  const lead = await createPerson(db, { email: `journey.lead${n}@test.test`, name: `Lead ${n}`, passwordHash: "x" });
  const membership = await addMembership(db, { personId: lead.id, organisationId: org.id, role: "partnership_lead" });
  const user: CurrentUser = {
    personId: lead.id,
    sessionId: "s",
    name: `Lead ${n}`,
    email: `journey.lead${n}@test.test`,
    memberships: [],
    acting: null,
    newNotifications: 0,
    idleExpiresAt: new Date(),
    absoluteExpiresAt: new Date(),
    membershipId: membership.id,
    role: "partnership_lead",
    organisation: { id: org.id, name: `Journey ICS ${n}`, kind: "partnership", regionKey: "journey" },
  };
  const round = (name: string, framework: Framework, status: "open" | "closed", opensOn: string) =>
    db
      .insertInto("round")
      .values({ region_key: "journey", framework_key: framework.key, framework_version: framework.version, name: `${name} (${n})`, opens_on: opensOn, due_on: "2030-01-01", status })
      .returning("id")
      .executeTakeFirstOrThrow();
  const closed = await round("2025/26", v1, "closed", "2025-05-01");
  const previous = await db
    .insertInto("assessment")
    .values({ round_id: closed.id, organisation_id: org.id, framework_key: v1.key, framework_version: v1.version, status: "approved" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("rating")
    .values(allKeys(v1).map((key, i) => ({ assessment_id: previous.id, indicator_key: key, answer: "level" as const, level: (i % 5) + 1, rationale: `Reason ${i}` })))
    .execute();
  const open = await round("2026/27", latest, "open", "2026-10-01");
  return { org, user, lead, openRoundId: open.id, previousId: previous.id };
}

const change = (indicatorKey: string, expectedRevision: number, level: number, rationale = ""): RatingChange => ({
  indicatorKey,
  expectedRevision,
  answer: "level",
  level,
  targetLevel: null,
  confidence: null,
  rationale,
  confirm: false,
});

describeEachBackend("the assessment journey", (ctx) => {
  it("starts from the last round's answers across versions, marks each one carried over, and lists the answers that cannot carry", async () => {
    const { user, openRoundId } = await partnershipWithRounds(ctx.db);
    const context = testContext(ctx.db);
    const page = await startPage(context, user, openRoundId);
    const survivors = allKeys(v1).filter((key) => allKeys(latest).includes(key) || Object.values(latest.carriesOverFrom?.indicatorKeys ?? {}).includes(key));
    expect(page.previous?.carried).toBe(survivors.length);
    // Indicators that v2 no longer has are listed by title, never silently dropped.
    const dropped = allKeys(v1).filter((key) => !survivors.includes(key));
    expect(dropped.length).toBeGreaterThan(0);
    expect(page.previous?.notCarried.map((n) => n.indicatorKey).sort()).toEqual(dropped.sort());
    expect(page.previous?.notCarried.every((n) => n.title.length > 0)).toBe(true);

    const id = await start(context, user, openRoundId, "previous");
    const ratings = await ctx.db.selectFrom("rating").where("assessment_id", "=", id).select(["indicator_key", "carried_over", "level"]).execute();
    expect(ratings).toHaveLength(survivors.length);
    expect(ratings.every((r) => r.carried_over)).toBe(true);
    // Starting twice gives the same assessment: one per organisation and round.
    expect(await start(context, user, openRoundId, "blank")).toBe(id);
    const facts = (await findAssessmentAccessFacts(ctx.db, id))!;
    const tasks = await taskListPage(context, user, facts);
    expect(tasks.progress.unconfirmed).toBe(survivors.length);
    expect(tasks.progress.domains.every((d) => d.status !== "completed")).toBe(true);
  });

  it("starts blank when asked", async () => {
    const { user, openRoundId } = await partnershipWithRounds(ctx.db);
    const id = await start(testContext(ctx.db), user, openRoundId, "blank");
    const count = await ctx.db.selectFrom("rating").where("assessment_id", "=", id).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it("saves an answer, never overwrites someone else's newer one, and confirms a carried answer", async () => {
    const { org, user, openRoundId } = await partnershipWithRounds(ctx.db);
    const context = testContext(ctx.db);
    const id = await start(context, user, openRoundId, "previous");
    const actor = { personId: user.personId, name: user.name };
    const newKey = allKeys(latest).find((key) => !allKeys(v1).includes(key))!;

    const first = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(newKey, 0, 2, "First")] });
    expect(first).toMatchObject({ ok: true, saved: [{ indicatorKey: newKey, revision: 1, changed: true }], conflicts: [] });
    const second = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(newKey, 1, 3, "Second")] });
    expect(second).toMatchObject({ ok: true, saved: [{ revision: 2 }] });

    // A person whose page still shows revision 1 meets a conflict with the newer answer, which stays.
    const stale = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor: { personId: user.personId, name: "Other" }, changes: [change(newKey, 1, 5, "Mine")] });
    expect(stale).toMatchObject({ ok: true, saved: [], conflicts: [{ indicatorKey: newKey, level: 3, rationale: "Second", revision: 2 }] });
    // …unless they happened to say the same thing.
    const same = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(newKey, 1, 3, "Second")] });
    expect(same).toMatchObject({ ok: true, saved: [{ revision: 2, changed: false }], conflicts: [] });

    const carried = await ctx.db.selectFrom("rating").where("assessment_id", "=", id).where("carried_over", "=", true).selectAll().executeTakeFirstOrThrow();
    const confirm = await saveRatings(ctx.db, {
      assessmentId: id,
      organisationId: org.id,
      actor,
      changes: [{ ...change(carried.indicator_key, carried.revision, carried.level!, carried.rationale), targetLevel: carried.target_level, confidence: carried.confidence, confirm: true }],
    });
    expect(confirm).toMatchObject({ ok: true, saved: [{ changed: true }] });
    const after = await ctx.db.selectFrom("rating").where("assessment_id", "=", id).where("indicator_key", "=", carried.indicator_key).selectAll().executeTakeFirstOrThrow();
    expect(after.carried_over).toBe(false);
    const history = await ctx.db.selectFrom("audit_event").where("subject_id", "=", `${id}/${carried.indicator_key}`).select("action").execute();
    expect(history.map((h) => h.action)).toEqual(["rating-confirmed"]);
  });

  it("merges one person's rapid saves of an indicator into one history entry, from the first value to the last", async () => {
    const { org, user, openRoundId } = await partnershipWithRounds(ctx.db);
    const id = await start(testContext(ctx.db), user, openRoundId, "blank");
    const actor = { personId: user.personId, name: user.name };
    const key = allKeys(latest)[0]!;
    for (let revision = 0; revision < 4; revision += 1) {
      await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(key, revision, revision + 1, `Typing ${revision}`)] });
    }
    const entries = await ctx.db.selectFrom("audit_event").where("subject_id", "=", `${id}/${key}`).select(["before", "after", "actor_name", "detail"]).execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ before: null, after: { level: 4, rationale: "Typing 3" }, actor_name: user.name, detail: { revision: 4 } });
  });

  it("takes twenty people saving at once: each save is stored or answered with a conflict, none lost, and the history is unbroken", async () => {
    const { org, user, openRoundId } = await partnershipWithRounds(ctx.db);
    const id = await start(testContext(ctx.db), user, openRoundId, "blank");
    const keys = allKeys(latest).slice(0, 5);
    const writers = await Promise.all(
      Array.from({ length: 20 }, async (_, w) => {
        const person = await createPerson(ctx.db, { email: `writer${w}.${id}@test.test`, name: `Writer ${w}`, passwordHash: null });
        return { w, key: keys[w % keys.length]!, actor: { personId: person.id, name: `Writer ${w}` } };
      }),
    );
    const acknowledged: { key: string; revision: number; rationale: string }[] = [];
    let conflicts = 0;
    await Promise.all(
      writers.map(async ({ w, key, actor }) => {
        let revision = 0;
        for (let attempt = 0; attempt < 50; attempt += 1) {
          const rationale = `Writer ${w}, attempt ${attempt}`;
          const outcome = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(key, revision, (w % 5) + 1, rationale)] });
          if (!outcome.ok) throw new Error("refused");
          const saved = outcome.saved.find((s) => s.indicatorKey === key);
          if (saved?.changed) {
            acknowledged.push({ key, revision: saved.revision, rationale });
            return;
          }
          conflicts += 1;
          revision = outcome.conflicts[0]!.revision;
        }
        throw new Error(`writer ${w} never got a save in`);
      }),
    );
    expect(acknowledged).toHaveLength(20);
    expect(conflicts).toBeGreaterThan(0);
    for (const key of keys) {
      const mine = acknowledged.filter((a) => a.key === key).sort((a, b) => a.revision - b.revision);
      // Each indicator's revisions run 1, 2, 3, 4: every acknowledged save is one step, none overwrote another unseen.
      expect(mine.map((a) => a.revision)).toEqual([1, 2, 3, 4]);
      const stored = await ctx.db.selectFrom("rating").where("assessment_id", "=", id).where("indicator_key", "=", key).selectAll().executeTakeFirstOrThrow();
      expect(stored.revision).toBe(4);
      expect(stored.rationale).toBe(mine.at(-1)!.rationale);
      // The history holds every acknowledged save, each starting from the one before.
      const events = await ctx.db.selectFrom("audit_event").where("subject_id", "=", `${id}/${key}`).select(["before", "after", "detail"]).execute();
      events.sort((a, b) => Number(a.detail.revision) - Number(b.detail.revision));
      expect(events.map((e) => (e.after as { rationale: string }).rationale)).toEqual(mine.map((a) => a.rationale));
      events.forEach((event, i) => expect(event.before).toEqual(i === 0 ? null : events[i - 1]!.after));
    }
  }, 60_000);

  it("describes an unfinished assessment in a closed round as closed and unchangeable, in the access rules' words, not as late", async () => {
    const { user, openRoundId } = await partnershipWithRounds(ctx.db);
    const context = testContext(ctx.db);
    const id = await start(context, user, openRoundId, "blank");
    await ctx.db.updateTable("round").set({ due_on: "2026-11-01" }).where("id", "=", openRoundId).execute(); // after it opened, before today
    const open = await taskListPage(context, user, (await findAssessmentAccessFacts(ctx.db, id))!);
    expect(open.assessment).toMatchObject({ status: "in_progress", late: true, roundClosed: null }); // late, but can still finish
    expect(open.may.edit).toBe(true);

    await ctx.db.updateTable("round").set({ status: "closed" }).where("id", "=", openRoundId).execute();
    const facts = (await findAssessmentAccessFacts(ctx.db, id))!;
    const closed = await taskListPage(context, user, facts);
    const decision = decide(user, { type: "assessment", ...facts }, "edit");
    expect(decision).toEqual({ outcome: "forbidden", reason: "The round has closed, so this assessment can no longer be changed." });
    expect(closed.may.edit).toBe(false);
    expect(closed.assessment).toMatchObject({ status: "in_progress", late: false, roundClosed: decision.outcome === "forbidden" ? decision.reason : "" });
  });

  it("submits only a complete assessment, refuses changes after, and lets the lead withdraw until review starts", async () => {
    const { org, user, openRoundId } = await partnershipWithRounds(ctx.db);
    const context = testContext(ctx.db);
    const id = await start(context, user, openRoundId, "previous");
    const facts = (await findAssessmentAccessFacts(ctx.db, id))!;
    const actor = { personId: user.personId, name: user.name };

    const early = await submit(context, user, facts);
    expect(early.ok).toBe(false);
    expect(!early.ok && early.problems.join(" ")).toMatch(/not answered yet.*carried over/);

    const current = new Map((await ctx.db.selectFrom("rating").where("assessment_id", "=", id).select(["indicator_key", "revision"]).execute()).map((r) => [r.indicator_key, r.revision]));
    const all = allKeys(latest).map((key) => ({ ...change(key, current.get(key) ?? 0, 3, "Reviewed"), confirm: true }));
    const saved = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: all });
    expect(saved.ok && saved.conflicts).toEqual([]);
    expect(await submit(context, user, facts)).toEqual({ ok: true });
    const row = await ctx.db.selectFrom("assessment").where("id", "=", id).select(["status", "submitted_by", "submitted_at"]).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "submitted", submitted_by: user.personId });
    expect(row.submitted_at).toBeInstanceOf(Date);

    // Read-only now: a save made from a page loaded before is refused, not stored.
    const late = await saveRatings(ctx.db, { assessmentId: id, organisationId: org.id, actor, changes: [change(allKeys(latest)[0]!, 1, 1)] });
    expect(late).toMatchObject({ ok: false, reason: "not-editable", status: "submitted" });

    expect(await withdraw(context, user, facts)).toEqual({ ok: true });
    expect(await submit(context, user, facts)).toEqual({ ok: true });
    await ctx.db.updateTable("assessment").set({ review_started_at: new Date(), review_started_by: user.personId }).where("id", "=", id).execute();
    expect(await withdraw(context, user, facts)).toMatchObject({ ok: false });
    const audit = await ctx.db.selectFrom("audit_event").where("subject_type", "=", "assessment").where("subject_id", "=", id).select("action").orderBy("occurred_at").execute();
    expect(audit.map((a) => a.action)).toEqual(["assessment-started", "assessment-submitted", "submission-withdrawn", "assessment-submitted"]);
  });
});
