import { decode } from "turbo-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../../assessment";
import { hashPassword } from "../../app/auth/password.server";
import { seedDemoData } from "../../db/seed";
import { signInCookie, startApp } from "./app-harness";
import { availableBackends, openTestDatabase } from "./backends";

const WRITERS = 50;
const SECONDS = 3;

/** Finds the first value under `key` in a decoded single-fetch answer. */
function find(value: unknown, key: string): unknown {
  if (!value || typeof value !== "object") return undefined;
  if (key in value) return (value as Record<string, unknown>)[key];
  for (const inner of Object.values(value)) {
    const found = find(inner, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Fifty people saving at once, over HTTP, for a few seconds: no error, every save stored or answered with a conflict,
 * no two acknowledgements of the same revision, and the final answers and the audit trail are the last ones
 * acknowledged.
 */
describe.each(availableBackends())("fifty writers at once on %s", (kind) => {
  let opened: Awaited<ReturnType<typeof openTestDatabase>>;
  let app: Awaited<ReturnType<typeof startApp>>;
  let assessmentId = "";
  const domain = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!.domains.find((d) => d.key === "older-age")!;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    const db = opened.database.db;
    await seedDemoData(db, { hashPassword });
    const sel = await db.selectFrom("organisation").where("short_name", "=", "SEL").select("id").executeTakeFirstOrThrow();
    assessmentId = (
      await db.selectFrom("assessment as a").innerJoin("round as r", "r.id", "a.round_id").where("a.organisation_id", "=", sel.id).where("r.status", "=", "open").select("a.id").executeTakeFirstOrThrow()
    ).id;
    app = await startApp(opened.database);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await opened?.dispose();
  });

  it("stores or refuses every save, loses none, and ends where the acknowledgements say", async () => {
    const cookie = await signInCookie(app.url, "lead.sel@demo.hearth.test");
    const indicators = domain.indicators.slice(0, 5).map((i) => i.key);
    const db = opened.database.db;
    const start = new Map((await db.selectFrom("rating").where("assessment_id", "=", assessmentId).select(["indicator_key", "revision"]).execute()).map((r) => [r.indicator_key, r.revision]));
    const acks: { indicatorKey: string; revision: number; rationale: string }[] = [];
    const failures: string[] = [];
    let conflicts = 0;
    const deadline = Date.now() + SECONDS * 1000;

    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        const indicatorKey = indicators[writer % indicators.length]!;
        let revision = start.get(indicatorKey) ?? 0;
        for (let n = 0; Date.now() < deadline; n += 1) {
          const rationale = `writer ${writer}, save ${n}`;
          const res = await fetch(`${app.url}/assessments/${assessmentId}/domains/${domain.key}.data`, {
            method: "POST",
            headers: { Origin: app.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({
              intent: "autosave",
              "ratings.0.indicatorKey": indicatorKey,
              "ratings.0.revision": String(revision),
              "ratings.0.choice": String(((writer + n) % 5) + 1),
              "ratings.0.rationale": rationale,
            }),
          });
          if (res.status !== 200 && res.status !== 409) {
            failures.push(`${res.status}: ${(await res.text()).slice(0, 200)}`);
            return;
          }
          const body = (await decode(res.body!)).value;
          if (res.status === 200) {
            const saved = find(body, "saved") as { indicatorKey: string; revision: number }[];
            revision = saved[0]!.revision;
            acks.push({ indicatorKey, revision, rationale });
          } else {
            conflicts += 1;
            revision = (find(body, "conflicts") as { revision: number }[])[0]!.revision;
          }
        }
      }),
    );

    expect(failures).toEqual([]);
    expect(acks.length).toBeGreaterThan(WRITERS);
    expect(conflicts).toBeGreaterThan(0);
    for (const indicatorKey of indicators) {
      const mine = acks.filter((a) => a.indicatorKey === indicatorKey);
      // Each acknowledged save made its own revision: none was silently overwritten by another.
      expect(new Set(mine.map((a) => a.revision)).size, indicatorKey).toBe(mine.length);
      const last = mine.reduce((a, b) => (b.revision > a.revision ? b : a));
      const stored = await db.selectFrom("rating").where("assessment_id", "=", assessmentId).where("indicator_key", "=", indicatorKey).select(["revision", "rationale"]).executeTakeFirstOrThrow();
      expect(stored).toEqual({ revision: last.revision, rationale: last.rationale });
      const audit = await db.selectFrom("audit_event").where("subject_id", "=", `${assessmentId}/${indicatorKey}`).orderBy("occurred_at", "desc").orderBy("id", "desc").select("after").executeTakeFirstOrThrow();
      expect((audit.after as { rationale: string }).rationale).toBe(last.rationale);
    }
    console.log(`${kind}: ${WRITERS} writers, ${acks.length} saves stored and ${conflicts} conflicts in ${SECONDS} s`);
  }, 60_000);
});
