import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../assessment/vocabulary";
import {
  AUTHORISATION_MATRIX,
  CASES,
  SUBJECTS,
  type ActionRule,
  type Answer,
  type Answers,
  type Case,
  type RouteRule,
  type Subject,
  type Things,
} from "../../app/auth/authorisation-matrix";
import { hashPassword } from "../../app/auth/password.server";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY } from "../../assessment";
import { createAction } from "../../db/actions";
import { createAssessment } from "../../db/assessments";
import { createEvidence } from "../../db/evidence";
import { publishOffer, saveOfferDraft } from "../../db/offers";
import { createOrganisation } from "../../db/organisations";
import { addMembership, createPerson } from "../../db/people";
import { upsertRegion } from "../../db/places";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { openTestDatabase } from "./backends";

/**
 * Walks every route and form action of the real app build against the declared matrix, as each kind of person, for
 * their own organisation's things, another organisation's in their region, and another region's.
 */
describe("the authorisation matrix", () => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  const people = {} as Record<Role, { email: string; things: Record<Case, Things> }>;
  const cookies = new Map<Subject, string>();

  beforeAll(async () => {
    opened = await openTestDatabase("pglite");
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    const org = async (name: string) => (await db.selectFrom("organisation").where("name", "=", name).select("id").executeTakeFirstOrThrow()).id;
    // The demo has no view-only provider: add one, so every role is walked.
    const provider1 = await org("Example Homes Trust (demo)");
    const { id } = await createPerson(db, { email: "viewer.provider1@demo.hearth.test", name: "Pia Viewer", passwordHash: await hashPassword("hearth-demo") });
    await addMembership(db, { personId: id, organisationId: provider1, role: "provider_viewer" });
    // Another region, whose things nobody in London may learn exist.
    await upsertRegion(db, { key: "elsewhere", name: "Elsewhere" });
    const elsewhere = {
      partnership: (await createOrganisation(db, { kind: "partnership", name: "Elsewhere ICS", region_key: "elsewhere" })).id,
      provider: (await createOrganisation(db, { kind: "provider", name: "Elsewhere Homes", region_key: "elsewhere" })).id,
    };

    const nwl = await org("North West London ICS");
    const ncl = await org("North Central London ICS");
    const provider2 = await org("Sample Street Housing (demo)");
    const network = await org("London Health and Housing Impact Network (demo)");

    // Open rounds with assessments in progress: each organisation's own, others' in London, and elsewhere.
    const partnership = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
    const provider = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
    const actor = { personId: id, name: "Matrix" };
    const round = async (regionKey: string, framework: typeof partnership, name: string) =>
      (await db.insertInto("round").values({ region_key: regionKey, framework_key: framework.key, framework_version: framework.version, name, opens_on: "2026-10-01", due_on: "2027-01-31", status: "open" }).returning("id").executeTakeFirstOrThrow()).id;
    const londonOpen = (await db.selectFrom("round").where("region_key", "=", "london").where("framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY).where("status", "=", "open").select(["id", "framework_key as frameworkKey", "framework_version as frameworkVersion"]).executeTakeFirstOrThrow());
    const assessmentIn = async (roundId: string, framework: typeof partnership, organisationId: string) => {
      const existing = await db.selectFrom("assessment").where("round_id", "=", roundId).where("organisation_id", "=", organisationId).select("id").executeTakeFirst();
      if (existing) return existing.id;
      return (await createAssessment(db, { round: { id: roundId, frameworkKey: framework.key, frameworkVersion: framework.version }, organisationId, actor, startedFromId: null, carried: [] })).id;
    };
    const londonProviders = await round("london", provider, "Providers 2026/27");
    const elsewherePartnerships = await round("elsewhere", partnership, "2026/27");
    const elsewhereProviders = await round("elsewhere", provider, "Providers 2026/27");
    const startable = { partnership: await round("london", partnership, "Matrix partnership round"), provider: await round("london", provider, "Matrix provider round") };
    const assessments = {
      nwl: await assessmentIn(londonOpen.id, partnership, nwl),
      ncl: await assessmentIn(londonOpen.id, partnership, ncl),
      provider1: await assessmentIn(londonProviders, provider, provider1),
      provider2: await assessmentIn(londonProviders, provider, provider2),
      elsewhereIcs: await assessmentIn(elsewherePartnerships, partnership, elsewhere.partnership),
      elsewhereHomes: await assessmentIn(elsewhereProviders, provider, elsewhere.provider),
    };
    const inFramework = (framework: typeof partnership) => ({ domain: framework.domains[0]!.key, indicator: framework.domains[0]!.indicators[0]!.key });
    // A piece of evidence with a file, and an action, for each organisation.
    const records = async (organisationId: string, assessmentId: string, framework: typeof partnership) => {
      const bytes = new TextEncoder().encode("%PDF-1.4 matrix");
      const file = await db
        .insertInto("evidence_file")
        .values({ organisation_id: organisationId, sha256: `matrix-${organisationId}`, media_type: "application/pdf", size_bytes: bytes.length, file_name: "matrix.pdf" })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("evidence_file_chunk").values({ file_id: file.id, seq: 0, bytes }).execute();
      const evidence = await createEvidence(db, {
        organisationId,
        actor,
        title: "Matrix evidence",
        description: "",
        url: null,
        fileId: file.id,
        strength: "documentary",
        datedOn: "2025-01-01",
        reviewBy: "2027-01-01",
        ownerName: "",
        links: [{ assessmentId, indicatorKey: framework.domains[0]!.indicators[0]!.key }],
      });
      const action = await createAction(db, { organisationId, frameworkKey: framework.key, indicatorKey: null, raisedInAssessmentId: null, title: "Matrix action", detail: "", ownerName: "", dueOn: null, status: "open", actor });
      return { evidence: evidence.id, action: action.id };
    };
    // Offers: a London provider with only a draft, and a provider elsewhere with a published offer.
    const draftOnly = (await createOrganisation(db, { kind: "provider", name: "Draft Only Homes", region_key: "london" })).id;
    const offer = { organisationType: "housing-association", contactRoute: "x", lastReviewedOn: "2026-01-01", services: [] };
    const offerDraft = (organisationId: string) => saveOfferDraft(db, { organisationId, actor, frameworkKey: provider.key, frameworkVersion: provider.version, expectedRevision: 0, offer });
    await offerDraft(draftOnly);
    await offerDraft(elsewhere.provider);
    await publishOffer(db, { organisationId: elsewhere.provider, actor, expectedRevision: 1 });
    // Approved assessments (version 1): the demo's closed rounds in London; one made here elsewhere.
    const approvedOf = async (organisationId: string) =>
      (await db.selectFrom("assessment").where("organisation_id", "=", organisationId).where("status", "=", "approved").select("id").orderBy("created_at").executeTakeFirstOrThrow()).id;
    const approvedElsewhere = async (organisationId: string, framework: typeof partnership) => {
      const closed = (await db.insertInto("round").values({ region_key: "elsewhere", framework_key: framework.key, framework_version: framework.version, name: `Closed ${organisationId}`, opens_on: "2025-05-01", due_on: "2025-09-30", status: "closed" }).returning("id").executeTakeFirstOrThrow()).id;
      const id = (await db.insertInto("assessment").values({ round_id: closed, organisation_id: organisationId, framework_key: framework.key, framework_version: framework.version, status: "approved" }).returning("id").executeTakeFirstOrThrow()).id;
      await db.insertInto("review_decision").values({ assessment_id: id, assessment_version: 1, decision: "approved", snapshot: JSON.stringify({ frameworkKey: framework.key, frameworkVersion: framework.version, ratings: [], evidence: [] }) }).execute();
      return id;
    };
    const approved = {
      nwl: await approvedOf(nwl),
      ncl: await approvedOf(ncl),
      provider1: await approvedOf(provider1),
      provider2: await approvedOf(provider2),
      elsewhereIcs: await approvedElsewhere(elsewhere.partnership, partnership),
      elsewhereHomes: await approvedElsewhere(elsewhere.provider, provider),
    };
    // The library's resources are the network's: every case points at the same one.
    const resource = (await db.insertInto("resource").values({ title: "Matrix guide", publisher: "Matrix", url: "https://example.test/matrix", summary: "A guide." }).returning("id").executeTakeFirstOrThrow()).id;
    // Contributors: each is assigned the case's domain in their organisation's assessment, and rates it independently
    // beside their editor. (Requests elsewhere are made the same way, with those organisations' nobody as raters.)
    const contributor = {
      partnership: (await db.selectFrom("person").where("email", "=", "contributor.nwl@demo.hearth.test").select("id").executeTakeFirstOrThrow()).id,
      provider: (await createPerson(db, { email: "contributor.provider1@demo.hearth.test", name: "Cy Contributor", passwordHash: await hashPassword("hearth-demo") })).id,
    };
    await addMembership(db, { personId: contributor.provider, organisationId: provider1, role: "provider_contributor" });
    const personOf = async (email: string) => (await db.selectFrom("person").where("email", "=", email).select("id").executeTakeFirstOrThrow()).id;
    await db
      .insertInto("assignment")
      .values([
        { assessment_id: assessments.nwl, domain_key: inFramework(partnership).domain, person_id: contributor.partnership },
        { assessment_id: assessments.provider1, domain_key: inFramework(provider).domain, person_id: contributor.provider },
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
    const ratingRequest = async (assessmentId: string, domainKey: string, raterIds: string[]) => {
      const { id: requestId } = await db.insertInto("consensus_request").values({ assessment_id: assessmentId, domain_key: domainKey }).returning("id").executeTakeFirstOrThrow();
      if (raterIds.length > 0) await db.insertInto("consensus_rater").values(raterIds.map((person_id) => ({ request_id: requestId, person_id }))).execute();
      return requestId;
    };
    const requests = {
      nwl: await ratingRequest(assessments.nwl, inFramework(partnership).domain, [await personOf("lead.nwl@demo.hearth.test"), contributor.partnership]),
      ncl: await ratingRequest(assessments.ncl, inFramework(partnership).domain, [await personOf("lead.ncl@demo.hearth.test")]),
      provider1: await ratingRequest(assessments.provider1, inFramework(provider).domain, [await personOf("provider1@demo.hearth.test"), contributor.provider]),
      provider2: await ratingRequest(assessments.provider2, inFramework(provider).domain, [await personOf("provider2@demo.hearth.test")]),
      elsewhereIcs: await ratingRequest(assessments.elsewhereIcs, inFramework(partnership).domain, []),
      elsewhereHomes: await ratingRequest(assessments.elsewhereHomes, inFramework(provider).domain, []),
    };
    const P = { ...inFramework(partnership), resource };
    const H = { ...inFramework(provider), resource };
    const partnershipThings: Record<Case, Things> = {
      own: { organisation: nwl, assessment: assessments.nwl, ratingRequest: requests.nwl, ...P, round: startable.partnership, offerProvider: nwl, approvedAssessment: approved.nwl, ...(await records(nwl, assessments.nwl, partnership)) },
      other: { organisation: ncl, assessment: assessments.ncl, ratingRequest: requests.ncl, ...P, round: startable.provider, offerProvider: draftOnly, approvedAssessment: approved.ncl, ...(await records(ncl, assessments.ncl, partnership)) },
      otherRegion: { organisation: elsewhere.partnership, assessment: assessments.elsewhereIcs, ratingRequest: requests.elsewhereIcs, ...P, round: elsewherePartnerships, offerProvider: elsewhere.provider, approvedAssessment: approved.elsewhereIcs, ...(await records(elsewhere.partnership, assessments.elsewhereIcs, partnership)) },
    };
    const providerThings: Record<Case, Things> = {
      own: { organisation: provider1, assessment: assessments.provider1, ratingRequest: requests.provider1, ...H, round: startable.provider, offerProvider: provider1, approvedAssessment: approved.provider1, ...(await records(provider1, assessments.provider1, provider)) },
      other: { organisation: provider2, assessment: assessments.provider2, ratingRequest: requests.provider2, ...H, round: startable.partnership, offerProvider: draftOnly, approvedAssessment: approved.provider2, ...(await records(provider2, assessments.provider2, provider)) },
      otherRegion: { organisation: elsewhere.provider, assessment: assessments.elsewhereHomes, ratingRequest: requests.elsewhereHomes, ...H, round: elsewhereProviders, offerProvider: elsewhere.provider, approvedAssessment: approved.elsewhereHomes, ...(await records(elsewhere.provider, assessments.elsewhereHomes, provider)) },
    };
    Object.assign(people, {
      // Network staff's "own" things are their region's: they have no assessment of their own.
      network_staff: { email: "network@demo.hearth.test", things: { ...partnershipThings, own: { ...partnershipThings.own, organisation: network } } },
      partnership_lead: { email: "lead.nwl@demo.hearth.test", things: partnershipThings },
      partnership_viewer: { email: "viewer.nwl@demo.hearth.test", things: partnershipThings },
      partnership_contributor: { email: "contributor.nwl@demo.hearth.test", things: partnershipThings },
      provider_contributor: { email: "contributor.provider1@demo.hearth.test", things: providerThings },
      provider_editor: { email: "provider1@demo.hearth.test", things: providerThings },
      provider_viewer: { email: "viewer.provider1@demo.hearth.test", things: { ...providerThings, other: { ...partnershipThings.own, round: startable.partnership, offerProvider: draftOnly } } },
    } satisfies Record<Role, unknown>);

    app = await startApp(opened.database);
    for (const role of Object.keys(people) as Role[]) cookies.set(role, await signInCookie(app.url, people[role].email));
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  const moduleOf = (id: string) => app.build.routes[id]!.module as unknown as Record<string, unknown>;
  const actionRules = (rule: RouteRule | undefined): [string | null, ActionRule][] => {
    if (!rule?.POST) return [];
    return "intents" in rule.POST ? Object.entries(rule.POST.intents) : [[null, rule.POST]];
  };

  it("declares every route of the app, and nothing that is not a route", () => {
    const routeIds = Object.keys(app.build.routes).filter((id) => id !== "root").sort();
    expect(Object.keys(AUTHORISATION_MATRIX).sort()).toEqual(routeIds);
  });

  it("declares every method and every form action a route answers, for every kind of person", () => {
    const missing: string[] = [];
    const complete = (answers: Answers | undefined, what: string) => {
      for (const subject of SUBJECTS) if (!answers?.[subject]) missing.push(`${what} for ${subject}`);
    };
    for (const id of Object.keys(app.build.routes)) {
      if (id === "root") continue;
      const rule = AUTHORISATION_MATRIX[id];
      const module = moduleOf(id);
      if (module.loader || module.default) complete(rule?.GET, `GET ${id}`);
      if (module.action) {
        const intents = module.intents as readonly string[] | undefined;
        if (intents) {
          const declared = rule?.POST && "intents" in rule.POST ? Object.keys(rule.POST.intents).sort() : [];
          if (JSON.stringify(declared) !== JSON.stringify([...intents].sort())) {
            missing.push(`POST ${id}: the matrix declares intents [${declared.join(", ")}] but the route has [${[...intents].sort().join(", ")}]`);
          }
        } else if (rule?.POST && "intents" in rule.POST) {
          missing.push(`POST ${id} declares intents but the route exports none`);
        }
        for (const [intent, action] of actionRules(rule)) complete(action.answers, `POST ${id}${intent ? ` (${intent})` : ""}`);
        if (!rule?.POST) missing.push(`POST ${id} is not declared`);
      } else if (rule?.POST) {
        missing.push(`${id} declares POST but has no action`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("answers every route and action as the matrix says: own things, another organisation's, another region's", async () => {
    const mismatches: string[] = [];
    for (const [id, rule] of Object.entries(AUTHORISATION_MATRIX)) {
      const checks: { method: "GET" | "POST"; intent: string | null; answers: Answers; endsSession?: boolean }[] = [
        ...(rule.GET ? [{ method: "GET" as const, intent: null, answers: rule.GET }] : []),
        ...actionRules(rule).map(([intent, action]) => ({ method: "POST" as const, intent, answers: action.answers, endsSession: action.endsSession })),
      ];
      for (const check of checks) {
        for (const subject of SUBJECTS) {
          const expectation = check.answers[subject];
          const person = subject === "anonymous" ? people.partnership_lead : people[subject];
          const cases: readonly Case[] = typeof rule.path === "function" ? CASES : ["own"];
          for (const which of cases) {
            const expected: Answer = typeof expectation === "object" ? expectation[which] : expectation;
            const path = typeof rule.path === "function" ? rule.path(person.things[which]) : rule.path;
            const actual = await request(check.method, path, cookies.get(subject), check.intent);
            if (actual !== expected) {
              mismatches.push(`${check.method} ${path}${check.intent ? ` intent=${check.intent}` : ""} (${id}) as ${subject}, ${which}: expected ${expected}, got ${actual}`);
            }
            if (check.endsSession && subject !== "anonymous") cookies.set(subject, await signInCookie(app.url, people[subject].email));
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // Every answer above (pages, downloads, redirects, refusals) carried the security headers.
    expect(headerProblems).toEqual([]);
  }, 180_000);

  it("refuses every action posted from another website before it runs, even for someone who may take it", async () => {
    const accepted: string[] = [];
    for (const [id, rule] of Object.entries(AUTHORISATION_MATRIX)) {
      for (const [intent, action] of actionRules(rule)) {
        // Someone whose same-site post the action would take or check (not one turned away anyway).
        const subject = SUBJECTS.find((x) => {
          const e = action.answers[x];
          const own = typeof e === "object" ? e.own : e;
          return own !== "sign-in" && own !== 403 && own !== 404;
        });
        if (!subject) continue;
        const person = subject === "anonymous" ? people.partnership_lead : people[subject];
        const path = typeof rule.path === "function" ? rule.path(person.things.own) : rule.path;
        for (const headers of [{ Origin: "https://attacker.example" }, { "Sec-Fetch-Site": "cross-site" }, { Origin: "null" }] as Record<string, string>[]) {
          const res = await fetch(`${app.url}${path}`, {
            method: "POST",
            redirect: "manual",
            headers: { ...(cookies.get(subject) ? { Cookie: cookies.get(subject)! } : {}), "Content-Type": "application/x-www-form-urlencoded", ...headers },
            body: intent ? new URLSearchParams({ intent }).toString() : "",
          });
          const text = await res.text();
          if (res.status !== 403 || !text.includes("came from another website")) accepted.push(`POST ${path} (${id}${intent ? `, ${intent}` : ""}) as ${subject} with ${JSON.stringify(headers)}: ${res.status}`);
        }
      }
    }
    expect(accepted).toEqual([]);
  }, 120_000);

  it("answers random and hostile forms sent to every action with a clear refusal or success: never a 500, never a partial write", async () => {
    const db = opened.database.db;
    const fieldNames = [
      "name", "email", "role", "title", "url", "summary", "detail", "choice", "rationale", "comment", "reason", "status", "kind", "strength",
      "personId", "part", "revision", "decision", "reminders", "boroughs", "indicatorKey", "domainKey", "membershipId", "assignmentId", "raterIds",
      "password", "confirmPassword", "currentPassword", "newPassword", "opensOn.day", "opensOn.month", "opensOn.year", "dueOn.day", "dueOn.month",
      "dueOn.year", "ratings.0.indicatorKey", "ratings.0.revision", "ratings.0.choice", "ratings.0.rationale", "ratings.1.choice", "services.0.name",
      "services.0.boroughs", "upload.fileId", "evidenceId", "then", "nextDomain", "organisationType", "homesBand", "frameworkVersion", "audience",
    ];
    const hostile = fc.constantFrom(
      "", " ", "<script>alert(1)</script>", "' or 1=1 --", "\u0000", "../../etc/passwd", "%00", "NaN", "-1", "99999999999999999999", "1e309",
      "2026-02-30", "ratings.0", "x".repeat(5000), "🏠💊", "null", "undefined", "[object Object]", "00000000-0000-0000-0000-000000000000",
    );
    const value = fc.oneof(hostile, fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 20 }), fc.integer().map(String));
    const form = fc.array(fc.tuple(fc.constantFrom(...fieldNames), value), { maxLength: 8 });
    const problems: string[] = [];
    const auditCount = async () => Number((await db.selectFrom("audit_event").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

    for (const [id, rule] of Object.entries(AUTHORISATION_MATRIX)) {
      for (const [intent, action] of actionRules(rule)) {
        if (action.endsSession) continue;
        const subject = SUBJECTS.find((x) => {
          const e = action.answers[x];
          const own = typeof e === "object" ? e.own : e;
          return x !== "anonymous" && own !== "sign-in" && own !== 403 && own !== 404;
        });
        if (!subject) continue;
        const path = typeof rule.path === "function" ? rule.path(people[subject as Role].things.own) : rule.path;
        await fc.assert(
          fc.asyncProperty(form, async (fields) => {
            const body = new URLSearchParams(fields);
            if (intent) body.set("intent", intent);
            const before = await auditCount();
            const res = await fetch(`${app.url}${path}`, {
              method: "POST",
              redirect: "manual",
              headers: { Cookie: cookies.get(subject)!, Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" },
              body: body.toString(),
            });
            const text = await res.text();
            if (res.status >= 500) problems.push(`POST ${path} (${id}${intent ? `, ${intent}` : ""}) as ${subject} answered ${res.status} to ${body.toString().slice(0, 300)}`);
            // A refused form changes nothing: no audit entry means no recorded change.
            if (res.status === 400 && (await auditCount()) !== before) problems.push(`POST ${path} (${id}) answered 400 but wrote to the audit log`);
            if (res.status === 400 && res.headers.get("content-type")?.includes("text/html") && !/nhsuk-error-summary|nhsuk-error-message|<h1>This link does not work<\/h1>/.test(text)) {
              problems.push(`POST ${path} (${id}${intent ? `, ${intent}` : ""}) answered 400 without saying what is wrong`);
            }
            return true;
          }),
          { numRuns: 6, seed: 20261205 },
        );
      }
    }
    expect([...new Set(problems)].slice(0, 30)).toEqual([]);
  }, 180_000);

  const headerProblems: string[] = [];
  function checkSecurityHeaders(method: string, path: string, res: Response): void {
    const problems: string[] = [];
    const csp = res.headers.get("content-security-policy") ?? "";
    const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? "";
    if (!/'nonce-[A-Za-z0-9+/=]{16,}'/.test(scriptSrc) || scriptSrc.includes("unsafe-inline") || scriptSrc.includes("unsafe-eval")) problems.push(`script-src "${scriptSrc}"`);
    if (!/(?:^|;\s*)frame-ancestors 'none'/.test(csp)) problems.push("no frame-ancestors 'none'");
    if (!/(?:^|;\s*)default-src 'self'/.test(csp)) problems.push("no default-src 'self'");
    if (res.headers.get("x-content-type-options") !== "nosniff") problems.push("no nosniff");
    if (!["same-origin", "no-referrer", "strict-origin"].includes(res.headers.get("referrer-policy") ?? "")) problems.push(`referrer-policy ${res.headers.get("referrer-policy")}`);
    if (res.headers.get("x-frame-options") !== "DENY") problems.push("no X-Frame-Options: DENY");
    if (res.headers.get("x-powered-by")) problems.push("X-Powered-By sent");
    if (problems.length > 0 && headerProblems.length < 20) headerProblems.push(`${method} ${path} (${res.status}): ${problems.join(", ")}`);
  }

  async function request(method: "GET" | "POST", path: string, cookie: string | undefined, intent: string | null): Promise<Answer | number> {
    const res = await fetch(`${app.url}${path}`, {
      method,
      redirect: "manual",
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        ...(method === "POST" ? { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded" } : {}),
      },
      body: method === "POST" ? (intent ? new URLSearchParams({ intent }).toString() : "") : undefined,
    });
    await res.arrayBuffer();
    checkSecurityHeaders(method, path, res);
    if (res.status >= 300 && res.status < 400) {
      return (res.headers.get("location") ?? "").startsWith("/sign-in?redirectTo=") ? "sign-in" : "redirect";
    }
    return res.status as Answer;
  }
});
