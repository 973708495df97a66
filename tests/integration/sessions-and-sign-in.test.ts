import { expect, it } from "vitest";
import { changePassword, signOutEverywhere } from "../../app/auth/account.server";
import { hashPassword } from "../../app/auth/password.server";
import { attemptSignIn } from "../../app/auth/sign-in.server";
import { getCurrentUser, getSignedInPerson, keepSessionAlive, startSession, endSession } from "../../app/auth/session.server";
import { setSessionMembership } from "../../db/sessions";
import { THROTTLE } from "../../app/auth/throttle";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import { emailKey } from "../../app/auth/sign-in.server";
import { describeEachBackend } from "./backends";
import { testContext } from "./app-harness";

let counter = 0;
describeEachBackend("sessions and sign-in", (ctx) => {
  async function person(password = "a long test password") {
    const n = ++counter;
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    const org = await createOrganisation(ctx.db, { kind: "partnership", name: `Session Partnership ${n}`, region_key: "test-region" });
    const email = `person${n}@session.test`;
    const { id } = await createPerson(ctx.db, { email, name: `Person ${n}`, passwordHash: await hashPassword(password) });
    const membership = await addMembership(ctx.db, { personId: id, organisationId: org.id, role: "partnership_lead" });
    return { id, email, password, organisationId: org.id, membershipId: membership.id };
  }
  const request = (cookie?: string) => new Request("http://hearth.test/", { headers: cookie ? { Cookie: cookie } : {} });
  const cookieOf = (setCookie: string) => setCookie.split(";")[0]!;
  const context = (overrides = {}) => testContext(ctx.db, overrides);

  it("starts a session whose cookie identifies the person, httpOnly and SameSite=Lax", async () => {
    const p = await person();
    const setCookie = await startSession(request(), context(), p.id, null);
    expect(setCookie).toMatch(/^hearth_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const user = await getCurrentUser(request(cookieOf(setCookie)), context());
    expect(user).toMatchObject({ personId: p.id, email: p.email, role: "partnership_lead", organisation: { id: p.organisationId } });
  });

  it("uses the __Host- prefix and Secure over HTTPS", async () => {
    const p = await person();
    const setCookie = await startSession(request(), context({ secure: true }), p.id, null);
    expect(setCookie).toMatch(/^__Host-hearth_session=/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/Path=\//);
  });

  it("changes the session id at sign-in: the session the browser had before no longer works", async () => {
    const p = await person();
    const first = cookieOf(await startSession(request(), context(), p.id, null));
    const second = cookieOf(await startSession(request(first), context(), p.id, null));
    expect(second).not.toBe(first);
    expect(await getCurrentUser(request(first), context())).toBeNull();
    expect(await getCurrentUser(request(second), context())).not.toBeNull();
  });

  it("ignores a cookie whose signature was tampered with", async () => {
    const p = await person();
    const cookie = cookieOf(await startSession(request(), context(), p.id, null));
    const tampered = cookie.replace(/=(.)/, (_, c) => `=${c === "a" ? "b" : "a"}`);
    expect(await getCurrentUser(request(tampered), context())).toBeNull();
    expect(await getCurrentUser(request(cookie), context({ sessionSecret: "another-secret-of-at-least-32-characters!" }))).toBeNull();
  });

  it("ends a session after 30 idle minutes, and after 12 hours whatever happens", async () => {
    const p = await person();
    const idle = cookieOf(await startSession(request(), context(), p.id, null));
    const absolute = cookieOf(await startSession(request(), context(), p.id, null));
    const past = new Date(Date.now() - 1000);
    await ctx.db.updateTable("session").set({ idle_expires_at: past }).where("person_id", "=", p.id).execute();
    expect(await getCurrentUser(request(idle), context())).toBeNull();
    expect(await getCurrentUser(request(absolute), context())).toBeNull();

    await ctx.db
      .updateTable("session")
      .set({ idle_expires_at: new Date(Date.now() + 60_000), absolute_expires_at: past })
      .where("person_id", "=", p.id)
      .execute();
    expect(await getCurrentUser(request(absolute), context())).toBeNull();
  });

  it("keeps a session alive on request, but never past its absolute expiry", async () => {
    const p = await person();
    const cookie = cookieOf(await startSession(request(), context(), p.id, null));
    const soon = new Date(Date.now() + 5 * 60_000);
    await ctx.db.updateTable("session").set({ absolute_expires_at: soon, idle_expires_at: new Date(Date.now() + 60_000) }).where("person_id", "=", p.id).execute();
    const user = (await getCurrentUser(request(cookie), context()))!;
    const extended = await keepSessionAlive(context(), user);
    expect(extended.getTime()).toBe(soon.getTime());
    const row = await ctx.db.selectFrom("session").where("person_id", "=", p.id).select("idle_expires_at").executeTakeFirstOrThrow();
    expect(row.idle_expires_at.getTime()).toBe(soon.getTime());
  });

  it("signs out one browser, or every browser of the person and nobody else's", async () => {
    const a = await person();
    const b = await person();
    const a1 = cookieOf(await startSession(request(), context(), a.id, null));
    const a2 = cookieOf(await startSession(request(), context(), a.id, null));
    const b1 = cookieOf(await startSession(request(), context(), b.id, null));

    const cleared = await endSession(request(a1), context());
    expect(cleared).toMatch(/Max-Age=0/);
    expect(await getCurrentUser(request(a1), context())).toBeNull();
    expect(await getCurrentUser(request(a2), context())).not.toBeNull();

    const a3 = cookieOf(await startSession(request(), context(), a.id, null));
    const userA = (await getCurrentUser(request(a3), context()))!;
    expect(await signOutEverywhere(context(), userA)).toBe(2);
    expect(await getCurrentUser(request(a2), context())).toBeNull();
    expect(await getCurrentUser(request(a3), context())).toBeNull();
    expect(await getCurrentUser(request(b1), context())).not.toBeNull();
  });

  it("changes a password only with the current one, and ends the person's other sessions", async () => {
    const p = await person("first password here");
    const here = cookieOf(await startSession(request(), context(), p.id, null));
    const elsewhere = cookieOf(await startSession(request(), context(), p.id, null));
    const user = (await getCurrentUser(request(here), context()))!;

    expect(await changePassword(context(), user, "wrong password", "second password here")).toEqual({ ok: false });
    expect(await changePassword(context(), user, "first password here", "second password here")).toEqual({ ok: true, otherSessionsEnded: 1 });
    expect(await getCurrentUser(request(here), context())).not.toBeNull();
    expect(await getCurrentUser(request(elsewhere), context())).toBeNull();
    expect(await attemptSignIn(context({ clientIp: "198.51.100.7" }), p.email, "first password here")).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await attemptSignIn(context({ clientIp: "198.51.100.7" }), p.email, "second password here")).toMatchObject({ ok: true });
  });

  it("lets a person who belongs to two organisations choose which one the session acts for, and shows neither before", async () => {
    const p = await person();
    const second = await createOrganisation(ctx.db, { kind: "provider", name: `Second Home ${p.id}`, region_key: "test-region" });
    const other = await addMembership(ctx.db, { personId: p.id, organisationId: second.id, role: "provider_editor" });
    const outcome = await attemptSignIn(context(), p.email, p.password);
    expect(outcome).toMatchObject({ ok: true, memberships: [{ id: p.membershipId }, { id: other.id }] });

    const cookie = cookieOf(await startSession(request(), context(), p.id, null));
    // Not silently the first membership: nobody to act as until the person chooses.
    expect(await getCurrentUser(request(cookie), context())).toBeNull();
    const signedIn = (await getSignedInPerson(request(cookie), context()))!;
    expect(signedIn.acting).toBeNull();
    expect(signedIn.memberships.map((m) => m.organisationId).sort()).toEqual([p.organisationId, second.id].sort());

    expect(await setSessionMembership(ctx.db, signedIn.sessionId, p.id, other.id)).toBe(true);
    expect(await getCurrentUser(request(cookie), context())).toMatchObject({ role: "provider_editor", organisation: { id: second.id, kind: "provider" } });

    // Someone else's membership cannot be chosen.
    const q = await person();
    expect(await setSessionMembership(ctx.db, signedIn.sessionId, p.id, q.membershipId)).toBe(false);

    // Removing the membership the session acts for ends that session at once.
    await ctx.db.deleteFrom("membership").where("id", "=", other.id).execute();
    expect(await getSignedInPerson(request(cookie), context())).toBeNull();
  });

  it("does not let a person invited without a password sign in with any password", async () => {
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    const org = await createOrganisation(ctx.db, { kind: "partnership", name: `Invited Partnership ${++counter}`, region_key: "test-region" });
    const { id } = await createPerson(ctx.db, { email: `invited${counter}@session.test`, name: "Invited", passwordHash: null });
    await addMembership(ctx.db, { personId: id, organisationId: org.id, role: "partnership_viewer" });
    expect(await attemptSignIn(context(), `invited${counter}@session.test`, "")).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await attemptSignIn(context(), `invited${counter}@session.test`, "anything at all")).toEqual({ ok: false, reason: "wrong-credentials" });
  });

  it("signs in with the email in any case, and answers an unknown email exactly as a wrong password", async () => {
    const p = await person();
    expect(await attemptSignIn(context(), p.email.toUpperCase(), p.password)).toEqual({
      ok: true,
      personId: p.id,
      memberships: [{ id: p.membershipId, role: "partnership_lead" }],
    });
    expect(await attemptSignIn(context(), p.email, "wrong")).toEqual({ ok: false, reason: "wrong-credentials" });
    expect(await attemptSignIn(context(), "nobody@session.test", "wrong")).toEqual({ ok: false, reason: "wrong-credentials" });
  });

  it("throttles five failures from one address, even with the right password, but not the same account elsewhere", async () => {
    const p = await person();
    const office = context({ clientIp: "203.0.113.10" });
    for (let i = 0; i < THROTTLE.pairLimit; i++) expect((await attemptSignIn(office, p.email, "wrong")).ok).toBe(false);
    expect(await attemptSignIn(office, p.email, p.password)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attemptSignIn(context({ clientIp: "203.0.113.11" }), p.email, p.password)).toMatchObject({ ok: true });
  });

  it("does not let one person at a shared address lock out colleagues who sign in from it", async () => {
    const colleague = await person();
    const shared = "203.0.113.50";
    expect(await attemptSignIn(context({ clientIp: shared }), colleague.email, colleague.password)).toMatchObject({ ok: true });

    // Someone at the same address fails a hundred times across many made-up accounts.
    const failures = Array.from({ length: THROTTLE.addressLimit }, (_, i) => ({
      email_key: emailKey(`guess${i}@session.test`),
      client_ip: shared,
      succeeded: false,
      attempted_at: new Date(),
    }));
    await ctx.db.insertInto("sign_in_attempt").values(failures).execute();

    expect(await attemptSignIn(context({ clientIp: shared }), colleague.email, colleague.password)).toMatchObject({ ok: true });
    const newcomer = await person();
    expect(await attemptSignIn(context({ clientIp: shared }), newcomer.email, newcomer.password)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("forgets failures older than the window", async () => {
    const p = await person();
    const old = new Date(Date.now() - (THROTTLE.windowMinutes + 1) * 60_000);
    await ctx.db
      .insertInto("sign_in_attempt")
      .values(Array.from({ length: 10 }, () => ({ email_key: emailKey(p.email), client_ip: "203.0.113.90", succeeded: false, attempted_at: old })))
      .execute();
    expect(await attemptSignIn(context({ clientIp: "203.0.113.90" }), p.email, p.password)).toMatchObject({ ok: true });
  });
});

describeEachBackend("housekeeping", (ctx) => {
  it("deletes expired sessions and sign-in records older than 30 days, and keeps the rest", async () => {
    const { tidyDatabase } = await import("../../server/housekeeping");
    await upsertRegion(ctx.db, { key: "test-region", name: "Test region" });
    const org = await createOrganisation(ctx.db, { kind: "network", name: "Tidy Network", region_key: "test-region" });
    const { id } = await createPerson(ctx.db, { email: "tidy@session.test", name: "Tidy", passwordHash: "x" });
    await addMembership(ctx.db, { personId: id, organisationId: org.id, role: "network_staff" });
    const now = new Date();
    const hour = 3_600_000;
    await ctx.db
      .insertInto("session")
      .values([
        { id: "live", person_id: id, idle_expires_at: new Date(now.getTime() + hour), absolute_expires_at: new Date(now.getTime() + 2 * hour) },
        { id: "idle", person_id: id, idle_expires_at: new Date(now.getTime() - 1), absolute_expires_at: new Date(now.getTime() + hour) },
        { id: "old", person_id: id, idle_expires_at: new Date(now.getTime() + hour), absolute_expires_at: new Date(now.getTime() - 1) },
      ])
      .execute();
    await ctx.db
      .insertInto("sign_in_attempt")
      .values([
        { email_key: "tidy-recent", client_ip: "x", succeeded: false, attempted_at: new Date(now.getTime() - 29 * 24 * hour) },
        { email_key: "tidy-old", client_ip: "x", succeeded: true, attempted_at: new Date(now.getTime() - 31 * 24 * hour) },
      ])
      .execute();

    const removed = await tidyDatabase({ db: ctx.db, kind: ctx.kind, close: async () => {} }, now);
    expect(removed.sessions).toBeGreaterThanOrEqual(2);
    const sessions = await ctx.db.selectFrom("session").where("person_id", "=", id).select("id").execute();
    expect(sessions.map((s) => s.id)).toEqual(["live"]);
    const attempts = await ctx.db.selectFrom("sign_in_attempt").where("email_key", "like", "tidy-%").select("email_key").execute();
    expect(attempts.map((a) => a.email_key)).toEqual(["tidy-recent"]);
  });
});
