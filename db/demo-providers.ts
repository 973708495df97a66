import { getFramework, latestFramework, PROVIDER_FRAMEWORK_KEY, type AnswerKind, type Framework } from "../assessment";
import type { Confidence } from "../assessment/vocabulary";
import { boroughKey } from "./london";
import { closeRound } from "./benchmark";
import type { Db } from "./schema";

/**
 * The demo's housing provider benchmark, so a provider meets figures on its first visit: more fictional providers,
 * each with a size band and an organisation type; two closed rounds of the provider framework (version 1) that
 * every provider rated, closed with `closeRound` so their peer sets are exactly what closing a round writes; and the
 * 2026/27 round open on the latest version. One provider opted out part way through (it is in the first round's
 * benchmark, not the second's) and one joined in the second round. Call inside the demo seed's transaction, after
 * the providers of db/seed.ts exist.
 */

interface DemoProvider {
  name: string;
  boroughs?: string[];
  homesBand?: string;
  organisationType: string;
  /** Starting maturity and how it moves, per domain of version 1 (deterministic). */
  base: number;
  strong?: string[];
  weak?: string[];
  improving?: string[];
  /** Rated only from this round on (0: the first). */
  from?: number;
  optedOutOn?: string;
}

/** The providers db/seed.ts makes (by name, with their types), and the ones added here (with boroughs and bands). */
const PROVIDERS: DemoProvider[] = [
  { name: "Example Homes Trust (demo)", organisationType: "housing-association", base: 2.9, strong: ["offer-clarity"], weak: ["offer-outcomes"], improving: ["offer-access"] },
  { name: "Sample Street Housing (demo)", organisationType: "housing-association", base: 2.3, strong: ["offer-access"], weak: ["offer-homes"], improving: ["offer-outcomes"] },
  { name: "Placeholder Place Homes (demo)", organisationType: "housing-association", base: 3.1, strong: ["offer-homes"], improving: ["offer-clarity"] },
  { name: "Demo Lane Housing Co-operative (demo)", organisationType: "other", base: 1.8, weak: ["offer-outcomes", "offer-access"], improving: ["offer-clarity"] },
  { name: "Fictional Fields Housing Association (demo)", organisationType: "housing-association", base: 3.5, strong: ["offer-outcomes"], weak: ["offer-clarity"] },
  { name: "Imaginary Court Supported Living (demo)", organisationType: "supported-housing-provider", base: 2.6, strong: ["offer-access"], improving: ["offer-homes"] },
  { name: "Pretend Row Homes (demo)", organisationType: "council-landlord", base: 2.1, weak: ["offer-clarity"], improving: ["offer-access", "offer-outcomes"] },
  {
    name: "Hypothetical Heights Housing (demo)",
    boroughs: ["Westminster", "Kensington and Chelsea", "Hammersmith and Fulham"],
    homesBand: "15000-49999",
    organisationType: "housing-association",
    base: 3.3,
    strong: ["offer-clarity", "offer-homes"],
  },
  {
    name: "Mock Mews Home Improvement Agency (demo)",
    boroughs: ["Ealing", "Hounslow", "Brent"],
    homesBand: "no-homes",
    organisationType: "home-improvement-agency",
    base: 2.7,
    strong: ["offer-access"],
    weak: ["offer-homes"],
    improving: ["offer-outcomes"],
  },
  { name: "Specimen Square Homes (demo)", boroughs: ["Haringey", "Enfield", "Barnet"], homesBand: "5000-14999", organisationType: "housing-association", base: 2.4, improving: ["offer-clarity", "offer-homes"] },
  { name: "Trial Terrace Council Homes (demo)", boroughs: ["Harrow", "Brent"], homesBand: "5000-14999", organisationType: "council-landlord", base: 2.0, strong: ["offer-homes"], weak: ["offer-outcomes"] },
  {
    name: "Sandbox Street Charity Housing (demo)",
    boroughs: ["Wandsworth", "Merton", "Kingston upon Thames"],
    homesBand: "under-1000",
    organisationType: "voluntary-sector",
    base: 1.7,
    strong: ["offer-access"],
    improving: ["offer-access", "offer-clarity"],
  },
  {
    name: "Notional Need Housing Trust (demo)",
    boroughs: ["Redbridge", "Havering", "Barking and Dagenham"],
    homesBand: "15000-49999",
    organisationType: "housing-association",
    base: 3.0,
    weak: ["offer-access"],
    optedOutOn: "2025-06-12",
  },
  {
    name: "Model Yard Supported Homes (demo)",
    boroughs: ["Westminster", "Camden", "Lambeth"],
    homesBand: "1000-4999",
    organisationType: "supported-housing-provider",
    base: 2.5,
    strong: ["offer-homes"],
    from: 1,
  },
];

export const DEMO_PROVIDER_ROUNDS = [
  { name: "2024/25", opensOn: "2024-05-01", dueOn: "2024-09-30", closesAt: "2024-10-07T17:00:00Z", version: 1 },
  { name: "2025/26", opensOn: "2025-05-01", dueOn: "2025-09-30", closesAt: "2025-10-07T17:00:00Z", version: 1 },
  { name: "2026/27", opensOn: "2026-10-01", dueOn: "2027-01-29", closesAt: null, version: "latest" as const },
];

const RATIONALES: Record<number, string> = {
  1: "We have not yet described this to health partners; it depends on individual staff knowing who to call.",
  2: "Some of this is in place with one or two health partners, in our own format, but it is not yet agreed or kept up to date.",
  3: "In place and agreed with the health partners we work with most; we check it each year but do not yet measure what difference it makes.",
  4: "In place across every borough we work in, kept current, with outcomes reported to health partners each quarter.",
  5: "Embedded and independently evaluated; health partners helped design it and other providers have adopted our approach.",
};

/** A small, deterministic pseudo-random number in [0, 1) from a string. */
function noise(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i += 1) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 10_000) / 10_000;
}

interface DemoRating {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: Confidence | null;
  rationale: string;
}

/** A provider's answers to every indicator of a framework in the nth round: plausible, varied, deterministic. */
export function demoProviderAnswers(provider: DemoProvider, framework: Framework, roundIndex: number): DemoRating[] {
  const confidences: Confidence[] = ["low", "medium", "high"];
  return framework.domains.flatMap((domain) =>
    domain.indicators.map((indicator): DemoRating => {
      const r = noise(`${provider.name}|${indicator.key}|${roundIndex}`);
      const stable = noise(`${provider.name}|${indicator.key}`);
      if (stable > 0.95) return { indicatorKey: indicator.key, answer: "not_applicable", level: null, targetLevel: null, confidence: null, rationale: "We do not offer this kind of service, so this does not apply to us." };
      if (r > 0.94) return { indicatorKey: indicator.key, answer: "dont_know", level: null, targetLevel: null, confidence: "low", rationale: "Our service managers are checking; we could not confirm it in time." };
      let value = provider.base + (stable - 0.5) * 1.6;
      if (provider.strong?.includes(domain.key)) value += 0.9;
      if (provider.weak?.includes(domain.key)) value -= 0.8;
      if (provider.improving?.includes(domain.key)) value += 0.6 * roundIndex;
      value += (r - 0.5) * 0.7;
      const level = Math.min(5, Math.max(1, Math.round(value)));
      return {
        indicatorKey: indicator.key,
        answer: "level",
        level,
        targetLevel: level < 5 && r < 0.65 ? level + 1 : null,
        confidence: confidences[Math.floor(r * 3)]!,
        rationale: RATIONALES[level]!,
      };
    }),
  );
}

/** Adds the providers, the provider rounds and everyone's ratings; closes the closed rounds as closing a round does. */
export async function seedDemoProviders(db: Db, { regionKey, networkStaff }: { regionKey: string; networkStaff: { personId: string; name: string } }) {
  const v1 = getFramework(PROVIDER_FRAMEWORK_KEY, 1)!;
  const latest = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
  const at = (date: string, time = "10:00:00") => new Date(`${date}T${time}Z`);

  // The providers: those db/seed.ts made get their type; the rest are made here, in bulk.
  const added = PROVIDERS.filter((p) => p.boroughs);
  const created = await db
    .insertInto("organisation")
    .values(added.map((p) => ({ kind: "provider" as const, name: p.name, region_key: regionKey, homes_band: p.homesBand ?? null, note: "Fictional organisation for demonstration." })))
    .returning(["id", "name"])
    .execute();
  const createdId = new Map(created.map((o) => [o.name, o.id]));
  await db
    .insertInto("organisation_borough")
    .values(added.flatMap((p) => p.boroughs!.map((b) => ({ organisation_id: createdId.get(p.name)!, borough_key: boroughKey(b) }))))
    .execute();
  const existing = await db.selectFrom("organisation").where("kind", "=", "provider").where("region_key", "=", regionKey).select(["id", "name"]).execute();
  const idOf = new Map(existing.map((o) => [o.name, o.id]));
  for (const p of PROVIDERS) {
    await db
      .updateTable("organisation")
      .set({ organisation_type: p.organisationType, benchmark_opted_out_at: p.optedOutOn ? at(p.optedOutOn, "11:20:00") : null })
      .where("id", "=", idOf.get(p.name)!)
      .execute();
  }
  // Who rates for each provider, where the demo has someone (the others' work is by people not in the demo).
  const editors = await db
    .selectFrom("membership")
    .where("organisation_id", "in", [...idOf.values()])
    .where("role", "=", "provider_editor")
    .innerJoin("person", "person.id", "membership.person_id")
    .select(["membership.organisation_id as organisationId", "person.id as personId", "person.name"])
    .execute();
  const editorOf = new Map(editors.map((e) => [e.organisationId, e]));

  const rounds = await db
    .insertInto("round")
    .values(
      DEMO_PROVIDER_ROUNDS.map((r) => {
        const framework = r.version === "latest" ? latest : v1;
        return { region_key: regionKey, framework_key: framework.key, framework_version: framework.version, name: r.name, opens_on: r.opensOn, due_on: r.dueOn, status: "open" as const, created_by: networkStaff.personId, created_at: at(r.opensOn, "09:00:00") };
      }),
    )
    .returning(["id", "name"])
    .execute();
  const roundId = new Map(rounds.map((r) => [r.name, r.id]));

  for (const [index, round] of DEMO_PROVIDER_ROUNDS.entries()) {
    if (!round.closesAt) continue;
    const taking = PROVIDERS.filter((p) => (p.from ?? 0) <= index);
    const submittedAt = (p: DemoProvider) => at(round.dueOn, `1${p.name.length % 7}:${String(10 + (p.name.length % 40)).padStart(2, "0")}:00`);
    // The last round's reviews are not all finished: two providers are still waiting.
    const approved = (p: DemoProvider) => index === 0 || noise(`${p.name}|review`) > 0.2;
    const assessments = await db
      .insertInto("assessment")
      .values(
        taking.map((p) => {
          const editor = editorOf.get(idOf.get(p.name)!);
          const submitted = submittedAt(p);
          const decided = new Date(submitted.getTime() + 4 * 86_400_000);
          return {
            round_id: roundId.get(round.name)!,
            organisation_id: idOf.get(p.name)!,
            framework_key: v1.key,
            framework_version: v1.version,
            status: approved(p) ? ("approved" as const) : ("submitted" as const),
            submitted_at: submitted,
            submitted_by: editor?.personId ?? null,
            review_started_at: approved(p) ? new Date(submitted.getTime() + 86_400_000) : null,
            review_started_by: approved(p) ? networkStaff.personId : null,
            decided_at: approved(p) ? decided : null,
            decided_by: approved(p) ? networkStaff.personId : null,
            created_by: editor?.personId ?? null,
            updated_by: editor?.personId ?? null,
            created_at: at(round.opensOn, "11:00:00"),
            updated_at: submitted,
          };
        }),
      )
      .returning(["id", "organisation_id"])
      .execute();
    const assessmentOf = new Map(assessments.map((a) => [a.organisation_id, a.id]));
    const answers = taking.map((p) => ({ p, id: assessmentOf.get(idOf.get(p.name)!)!, ratings: demoProviderAnswers(p, v1, index) }));
    await db
      .insertInto("rating")
      .values(
        answers.flatMap(({ p, id, ratings }) =>
          ratings.map((r) => ({ assessment_id: id, indicator_key: r.indicatorKey, answer: r.answer, level: r.level, target_level: r.targetLevel, confidence: r.confidence, rationale: r.rationale, updated_by: editorOf.get(idOf.get(p.name)!)?.personId ?? null, updated_at: submittedAt(p), created_at: submittedAt(p) })),
        ),
      )
      .execute();
    const decisions = answers.filter(({ p }) => approved(p));
    if (decisions.length > 0) await db
      .insertInto("review_decision")
      .values(decisions.map(({ p, id, ratings }) => ({ assessment_id: id, assessment_version: 1, decision: "approved" as const, comment: "Thank you: a clear picture of your offer.", snapshot: JSON.stringify({ ratings }), decided_by: networkStaff.personId, decided_at: new Date(submittedAt(p).getTime() + 4 * 86_400_000) })))
      .execute();
    const audited = answers.filter(({ p }) => editorOf.has(idOf.get(p.name)!));
    const audit = audited.flatMap(({ p, id, ratings }) => {
      const editor = editorOf.get(idOf.get(p.name)!)!;
      return ratings.map((r) => ({
        person_id: editor.personId,
        actor_name: editor.name,
        organisation_id: idOf.get(p.name)!,
        subject_type: "rating",
        subject_id: `${id}/${r.indicatorKey}`,
        action: "rating-saved",
        before: null,
        after: JSON.stringify({ answer: r.answer, level: r.level, targetLevel: r.targetLevel, confidence: r.confidence, rationale: r.rationale }),
        occurred_at: submittedAt(p),
      }));
    });
    if (audit.length > 0) await db.insertInto("audit_event").values(audit).execute();

    // Closing the round fixes its benchmark: exactly the rows closing a round writes, as of the day it closed.
    const closed = await closeRound(db, { roundId: roundId.get(round.name)!, actor: networkStaff, at: new Date(round.closesAt) });
    if (!closed.ok) throw new Error(`could not close the demo round ${round.name}: ${closed.reason}`);
  }
  return { roundIds: [...roundId.values()] };
}
