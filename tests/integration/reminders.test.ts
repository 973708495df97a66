import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import type { MailSender, OutgoingMail } from "../../app/mail.server";
import { assignPart } from "../../db/assignments";
import { seedDemoData } from "../../db/seed";
import { sendDueReminders } from "../../server/reminders";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";
import { httpClient } from "./http-client";

/** A mail service that keeps what it is given, to read back. */
function capturingMail(): MailSender & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return { delivers: true, sent, send: async (mail) => void sent.push(mail) };
}

/**
 * Reminders: assigned work near or past its due date and rounds falling due reach the people who want them, in the
 * app and by mail, once each (however often housekeeping runs, on however many machines), never on a page load, and
 * never for work that is done, rounds that are closed or people who turned them off.
 */
describe.each(availableBackends())("reminders on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let http: ReturnType<typeof httpClient>;
  const appMail = capturingMail();
  const ids: Record<string, string> = {};
  let nwl = "";
  let assessmentId = "";
  const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const db = () => opened.database.db;
  const run = (today: string, mail: MailSender) => sendDueReminders(db(), { today, mail, baseUrl: "https://hearth.example", now: new Date(`${today}T09:00:00Z`) });
  const remindersOf = (personId: string) => db().selectFrom("notification").where("person_id", "=", personId).where("kind", "=", "reminder").select(["title", "link"]).execute();

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    await seedDemoData(db(), { hashPassword });
    nwl = (await db().selectFrom("organisation").where("short_name", "=", "NWL").select("id").executeTakeFirstOrThrow()).id;
    assessmentId = (
      await db().selectFrom("assessment as a").innerJoin("round as r", "r.id", "a.round_id").where("a.organisation_id", "=", nwl).where("r.status", "=", "open").select("a.id").executeTakeFirstOrThrow()
    ).id;
    for (const email of ["lead.nwl", "contributor.nwl", "lead.ncl"]) {
      ids[email] = (await db().selectFrom("person").where("email", "=", `${email}@demo.hearth.test`).select("id").executeTakeFirstOrThrow()).id;
    }
    app = await startApp(opened.database, {}, { mail: appMail });
    http = httpClient(app.url);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it("reminds a contributor of overdue work once, in the app and by mail, and not of work that is done", async () => {
    const mail = capturingMail();
    // The demo: Cal's mental-health domain was due on 30 November 2026 and is not finished; their data domain is done.
    const first = await run("2026-12-04", mail);
    expect(first.claimed).toBeGreaterThanOrEqual(1);
    const toCal = mail.sent.filter((m) => m.to === "contributor.nwl@demo.hearth.test");
    expect(toCal).toHaveLength(1);
    const mentalHealth = framework.domains.find((d) => d.key === "mental-health")!.title;
    expect(toCal[0]!.subject).toBe(`Reminder: ${mentalHealth} was due on 30 November 2026`);
    expect(toCal[0]!.text).toContain(`https://hearth.example/assessments/${assessmentId}/domains/mental-health`);
    expect(toCal[0]!.text).toContain("https://hearth.example/account");
    expect(await remindersOf(ids["contributor.nwl"]!)).toEqual([{ title: `Reminder: your part, ${mentalHealth}, was due on 30 November 2026`, link: `/assessments/${assessmentId}/domains/mental-health` }]);

    // Housekeeping runs again (hourly, or on another machine): nothing goes twice.
    const again = capturingMail();
    expect(await run("2026-12-04", again)).toEqual({ claimed: 0, mailed: 0, failed: 0 });
    expect(await run("2026-12-05", again)).toEqual({ claimed: 0, mailed: 0, failed: 0 });
    expect(again.sent).toEqual([]);
    expect(await remindersOf(ids["contributor.nwl"]!)).toHaveLength(1);
  });

  it("reminds once when work falls due soon and once more when it is overdue, even when two machines run at once", async () => {
    const estate = framework.domains.find((d) => d.key === "estate")!;
    await assignPart(db(), { assessmentId, organisationId: nwl, scope: { indicatorKey: estate.indicators[0]!.key }, personId: ids["lead.nwl"]!, dueOn: "2026-12-08", actor: { personId: ids["lead.nwl"]!, name: "Lead" } });
    const [a, b] = [capturingMail(), capturingMail()];
    // Five days ahead: not yet. Three days ahead: due soon, claimed by exactly one of two runs at the same moment.
    await run("2026-12-03", a);
    expect(a.sent.filter((m) => m.to === "lead.nwl@demo.hearth.test")).toEqual([]);
    const runs = await Promise.all([run("2026-12-05", a), run("2026-12-05", b)]);
    const soon = [...a.sent, ...b.sent].filter((m) => m.to === "lead.nwl@demo.hearth.test");
    expect(soon.map((m) => m.subject)).toEqual([`Reminder: ${estate.indicators[0]!.title} (${estate.title}) is due on 8 December 2026`]);
    expect(runs[0].claimed + runs[1].claimed).toBe(1);
    const overdue = capturingMail();
    await run("2026-12-09", overdue);
    await run("2026-12-10", overdue);
    expect(overdue.sent.filter((m) => m.to === "lead.nwl@demo.hearth.test").map((m) => m.subject)).toEqual([`Reminder: ${estate.indicators[0]!.title} (${estate.title}) was due on 8 December 2026`]);
    expect((await remindersOf(ids["lead.nwl"]!)).map((r) => r.title)).toHaveLength(2);
  });

  it("reminds the leads of organisations that have not submitted when a round falls due, by mail only, and nobody who turned reminders off", async () => {
    await db().updateTable("person").set({ reminders_enabled: false }).where("id", "=", ids["lead.ncl"]!).execute();
    const mail = capturingMail();
    // The demo's partnership round is due at the end of January 2027: within 14 days on the 20th.
    await run("2027-01-20", mail);
    const subjects = mail.sent.filter((m) => m.to === "lead.nwl@demo.hearth.test").map((m) => m.subject);
    expect(subjects.some((s) => /^Reminder: North West London ICS's .+ assessment is due on \d+ January 2027$/.test(s))).toBe(true);
    expect(mail.sent.some((m) => m.to === "lead.ncl@demo.hearth.test")).toBe(false);
    expect(mail.sent.some((m) => m.to === "contributor.nwl@demo.hearth.test" && m.subject.includes("assessment is due"))).toBe(false);
    // Round reminders are mail only: the organisation's own list already says the round is due.
    const inApp = await db().selectFrom("notification").where("kind", "=", "reminder").where("title", "like", "%assessment%").select("id").execute();
    expect(inApp).toEqual([]);
  });

  it("sends nothing for a closed round, nor to someone no longer in the organisation", async () => {
    const round = await db().selectFrom("assessment").where("id", "=", assessmentId).select("round_id").executeTakeFirstOrThrow();
    await db().updateTable("round").set({ status: "closed", closed_at: new Date() }).where("id", "=", round.round_id).execute();
    const mail = capturingMail();
    await run("2027-02-10", mail);
    expect(mail.sent.filter((m) => m.to.endsWith(".nwl@demo.hearth.test"))).toEqual([]);
    await db().updateTable("round").set({ status: "open", closed_at: null }).where("id", "=", round.round_id).execute();

    const estate = framework.domains.find((d) => d.key === "estate")!;
    await assignPart(db(), { assessmentId, organisationId: nwl, scope: { indicatorKey: estate.indicators[1]!.key }, personId: ids["contributor.nwl"]!, dueOn: "2027-02-12", actor: { personId: ids["lead.nwl"]!, name: "Lead" } });
    await db().deleteFrom("membership").where("person_id", "=", ids["contributor.nwl"]!).where("organisation_id", "=", nwl).execute();
    const later = capturingMail();
    await run("2027-02-11", later);
    expect(later.sent.filter((m) => m.to === "contributor.nwl@demo.hearth.test")).toEqual([]);
  });

  it("never sends a reminder on a page load, and lets people turn reminders off on their account page", async () => {
    const cookie = await signInCookie(app.url, "lead.nwl@demo.hearth.test");
    const sentBefore = await db().selectFrom("reminder_sent").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    for (const path of ["/partnership", "/notifications", `/assessments/${assessmentId}`, "/account", "/partnership"]) {
      expect((await http.get(path, cookie)).status, path).toBe(200);
    }
    const sentAfter = await db().selectFrom("reminder_sent").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(sentAfter.n)).toBe(Number(sentBefore.n));
    expect(appMail.sent).toEqual([]);

    const account = await http.get("/account", cookie);
    expect(account.html).toContain("Send me reminders");
    expect(account.html.match(/<input[^>]*name="reminders"[^>]*value="on"[^>]*>/)?.[0]).toContain("checked");
    const refused = await http.post("/account", cookie, { intent: "reminders", reminders: "sometimes" });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain("Choose whether Hearth should send you reminders");
    const saved = await http.post("/account", cookie, { intent: "reminders", reminders: "off" });
    expect(saved.status).toBe(302);
    expect((await db().selectFrom("person").where("id", "=", ids["lead.nwl"]!).select("reminders_enabled").executeTakeFirstOrThrow()).reminders_enabled).toBe(false);
    expect((await http.get(saved.location!, cookie)).html).toContain("Reminders are off.");

    // Off means off: work falling due for them brings nothing.
    const estate = framework.domains.find((d) => d.key === "estate")!;
    await assignPart(db(), { assessmentId, organisationId: nwl, scope: { indicatorKey: estate.indicators[2]!.key }, personId: ids["lead.nwl"]!, dueOn: "2027-03-02", actor: { personId: ids["lead.nwl"]!, name: "Lead" } });
    const mail = capturingMail();
    await run("2027-03-01", mail);
    expect(mail.sent.filter((m) => m.to === "lead.nwl@demo.hearth.test")).toEqual([]);
  });
});
