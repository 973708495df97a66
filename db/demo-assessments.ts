import {
  carryOverAnswers,
  getFramework,
  latestFramework,
  PARTNERSHIP_FRAMEWORK_KEY,
  type AnswerKind,
  type Framework,
} from "../assessment";
import type { Confidence } from "../assessment/vocabulary";
import { createHash } from "node:crypto";
import type { Db } from "./schema";

/**
 * The demo's assessment rounds, so a new user meets a lived-in product: two closed rounds of the partnership
 * self-assessment (version 1) with every London partnership's approved answers, different for each partnership and
 * changing between rounds (some domains improving, some not), and an open round on the latest version in which
 * partnerships stand at different points: one carried its answers over and is part way through, one started
 * blank, one has submitted, two have not started.
 */
export interface DemoPartnership {
  shortName: string;
  organisationId: string;
  lead: { personId: string; name: string };
}

export const DEMO_ROUNDS = [
  { name: "2024/25", opensOn: "2024-05-01", dueOn: "2024-09-30", status: "closed" as const, version: 1 },
  { name: "2025/26", opensOn: "2025-05-01", dueOn: "2025-09-30", status: "closed" as const, version: 1 },
  { name: "2026/27", opensOn: "2026-10-01", dueOn: "2027-01-29", status: "open" as const, version: "latest" as const },
];

/** Each partnership's starting maturity and how it moves between rounds, per domain (deterministic). */
const PROFILES: Record<string, { base: number; strong: string[]; weak: string[]; improving: string[]; slipping: string[] }> = {
  NWL: { base: 2.6, strong: ["leadership", "admissions-discharge"], weak: ["estate"], improving: ["data", "mental-health"], slipping: ["finance"] },
  NCL: { base: 2.2, strong: ["homelessness"], weak: ["data", "finance"], improving: ["older-age"], slipping: ["children"] },
  NEL: { base: 2.9, strong: ["strategy", "children"], weak: ["housing-offer"], improving: ["housing-offer", "workforce"], slipping: [] },
  SEL: { base: 2.4, strong: ["mental-health"], weak: ["estate", "older-age"], improving: ["leadership"], slipping: ["admissions-discharge"] },
  SWL: { base: 1.9, strong: ["older-age"], weak: ["leadership", "workforce"], improving: ["strategy", "admissions-discharge", "leadership"], slipping: ["homelessness"] },
};

const RATIONALES: Record<number, string[]> = {
  1: [
    "Nothing is in place beyond contacts between individuals, and we have not discussed it as a partnership yet.",
    "This has not come up at the partnership board; the council housing team raised it informally.",
  ],
  2: [
    "Discussed at the health and housing forum, and a proposal is being drafted, but nothing is agreed yet.",
    "A pilot ran in one borough last winter; we have named contacts but no agreed plan.",
  ],
  3: [
    "Agreed and running in some boroughs. We monitor activity monthly, but do not yet measure outcomes.",
    "The protocol is signed by the ICB and three councils; the remaining boroughs are due to sign this year.",
  ],
  4: [
    "Running across the system with a budget line. Outcomes are reported to the board each quarter against a baseline.",
    "In place in every borough, resourced through the Better Care Fund, with a year of outcome data showing improvement.",
  ],
  5: [
    "Funded for the long term, independently evaluated, with residents helping to review it each year; other systems have visited to learn from it.",
  ],
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

/** A partnership's answers to every indicator of a framework in the nth round (0, 1, 2…). */
export function demoAnswers(shortName: string, framework: Framework, roundIndex: number): DemoRating[] {
  const profile = PROFILES[shortName] ?? PROFILES.NCL!;
  const confidences: Confidence[] = ["low", "medium", "high"];
  return framework.domains.flatMap((domain) =>
    domain.indicators.map((indicator) => {
      const r = noise(`${shortName}|${indicator.key}|${roundIndex}`);
      const stable = noise(`${shortName}|${indicator.key}`);
      if (stable > 0.96) return { indicatorKey: indicator.key, answer: "not_applicable", level: null, targetLevel: null, confidence: null, rationale: "This does not apply to our partnership's services at present." };
      if (r > 0.93) return { indicatorKey: indicator.key, answer: "dont_know", level: null, targetLevel: null, confidence: "low", rationale: "We could not find out in time; the council housing leads are checking." };
      let value = profile.base + (stable - 0.5) * 1.4;
      if (profile.strong.includes(domain.key)) value += 0.9;
      if (profile.weak.includes(domain.key)) value -= 0.8;
      if (profile.improving.includes(domain.key)) value += 0.7 * roundIndex;
      if (profile.slipping.includes(domain.key)) value -= 0.5 * roundIndex;
      value += (r - 0.5) * 0.6;
      const level = Math.min(5, Math.max(1, Math.round(value)));
      const options = RATIONALES[level]!;
      return {
        indicatorKey: indicator.key,
        answer: "level",
        level,
        targetLevel: level < 5 && r < 0.7 ? level + 1 : null,
        confidence: confidences[Math.floor(r * 3)]!,
        rationale: options[Math.floor(stable * options.length)]!,
      };
    }),
  );
}

/** The demo's rounds and assessments. Call inside the demo seed's transaction. */
export async function seedDemoAssessments(db: Db, { regionKey, partnerships, networkStaff }: { regionKey: string; partnerships: DemoPartnership[]; networkStaff: { personId: string; name: string } }) {
  const v1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
  const latest = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const at = (date: string, time = "10:00:00") => new Date(`${date}T${time}Z`);

  const roundIds: string[] = [];
  for (const round of DEMO_ROUNDS) {
    const framework = round.version === "latest" ? latest : v1;
    const created = await db
      .insertInto("round")
      .values({
        region_key: regionKey,
        framework_key: framework.key,
        framework_version: framework.version,
        name: round.name,
        opens_on: round.opensOn,
        due_on: round.dueOn,
        status: round.status,
        created_by: networkStaff.personId,
        created_at: at(round.opensOn, "09:00:00"),
        closed_at: round.status === "closed" ? at(round.dueOn, "17:00:00") : null,
        closed_by: round.status === "closed" ? networkStaff.personId : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    roundIds.push(created.id);
  }

  const audit: {
    person_id: string;
    actor_name: string;
    organisation_id: string;
    subject_type: string;
    subject_id: string;
    action: string;
    before: string | null;
    after: string | null;
    occurred_at: Date;
  }[] = [];
  const ratingAudit = (p: DemoPartnership, assessmentId: string, r: DemoRating, when: Date) =>
    audit.push({
      person_id: p.lead.personId,
      actor_name: p.lead.name,
      organisation_id: p.organisationId,
      subject_type: "rating",
      subject_id: `${assessmentId}/${r.indicatorKey}`,
      action: "rating-saved",
      before: null,
      after: JSON.stringify({ answer: r.answer, level: r.level, targetLevel: r.targetLevel, confidence: r.confidence, rationale: r.rationale }),
      occurred_at: when,
    });

  // The closed rounds: everyone submitted, and network staff approved (with the snapshot of what they approved).
  const lastClosed = new Map<string, { id: string; ratings: DemoRating[] }>();
  for (const [index, round] of DEMO_ROUNDS.entries()) {
    if (round.status !== "closed") continue;
    for (const p of partnerships) {
      const ratings = demoAnswers(p.shortName, v1, index);
      const submittedAt = at(round.dueOn, `1${p.shortName.length}:30:00`);
      const approvedAt = new Date(submittedAt.getTime() + 14 * 86_400_000);
      const assessment = await db
        .insertInto("assessment")
        .values({
          round_id: roundIds[index]!,
          organisation_id: p.organisationId,
          framework_key: v1.key,
          framework_version: v1.version,
          status: "approved",
          submitted_at: submittedAt,
          submitted_by: p.lead.personId,
          review_started_at: new Date(submittedAt.getTime() + 2 * 86_400_000),
          review_started_by: networkStaff.personId,
          decided_at: approvedAt,
          decided_by: networkStaff.personId,
          created_by: p.lead.personId,
          updated_by: p.lead.personId,
          created_at: at(round.opensOn, "11:00:00"),
          updated_at: submittedAt,
          started_from_id: lastClosed.get(p.organisationId)?.id ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db
        .insertInto("rating")
        .values(ratings.map((r) => ({ assessment_id: assessment.id, indicator_key: r.indicatorKey, answer: r.answer, level: r.level, target_level: r.targetLevel, confidence: r.confidence, rationale: r.rationale, updated_by: p.lead.personId, updated_at: submittedAt, created_at: submittedAt })))
        .execute();
      for (const r of ratings) ratingAudit(p, assessment.id, r, submittedAt);
      await db
        .insertInto("review_decision")
        .values({ assessment_id: assessment.id, assessment_version: 1, decision: "approved", comment: "Thank you: a clear and well-evidenced assessment.", snapshot: JSON.stringify({ ratings }), decided_by: networkStaff.personId, decided_at: approvedAt })
        .execute();
      lastClosed.set(p.organisationId, { id: assessment.id, ratings });
    }
  }

  // The open round, on the latest version.
  const openIndex = DEMO_ROUNDS.findIndex((r) => r.status === "open");
  const started = { NWL: "carried", SEL: "blank", NEL: "submitted" } as const;
  for (const p of partnerships) {
    const how = started[p.shortName as keyof typeof started];
    if (!how) continue;
    const previous = lastClosed.get(p.organisationId)!;
    const createdAt = at("2026-10-0" + (2 + p.shortName.length), "09:30:00");
    const updatedAt = at("2026-11-20", "15:45:00");
    const assessment = await db
      .insertInto("assessment")
      .values({
        round_id: roundIds[openIndex]!,
        organisation_id: p.organisationId,
        framework_key: latest.key,
        framework_version: latest.version,
        status: how === "submitted" ? "submitted" : "in_progress",
        submitted_at: how === "submitted" ? updatedAt : null,
        submitted_by: how === "submitted" ? p.lead.personId : null,
        started_from_id: how === "blank" ? null : previous.id,
        created_by: p.lead.personId,
        updated_by: p.lead.personId,
        created_at: createdAt,
        updated_at: updatedAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const fresh = demoAnswers(p.shortName, latest, openIndex);
    let rows: (DemoRating & { carriedOver: boolean })[];
    if (how === "blank") {
      // Part way through: the first four domains answered.
      const keys = new Set(latest.domains.slice(0, 4).flatMap((d) => d.indicators.map((i) => i.key)));
      rows = fresh.filter((r) => keys.has(r.indicatorKey)).map((r) => ({ ...r, carriedOver: false }));
    } else {
      const carried = carryOverAnswers(v1, latest, previous.ratings).carried;
      if (how === "submitted") {
        rows = fresh.map((r) => ({ ...r, carriedOver: false }));
      } else {
        // Carried over; the first three domains reviewed (confirmed or changed), the new indicators there answered.
        const reviewed = new Set(latest.domains.slice(0, 3).flatMap((d) => d.indicators.map((i) => i.key)));
        const freshByKey = new Map(fresh.map((r) => [r.indicatorKey, r]));
        rows = carried.map((c) => (reviewed.has(c.indicatorKey) ? { ...freshByKey.get(c.indicatorKey)!, carriedOver: false } : { ...c, confidence: c.confidence as Confidence | null, carriedOver: true }));
        const have = new Set(rows.map((r) => r.indicatorKey));
        for (const key of reviewed) if (!have.has(key)) rows.push({ ...freshByKey.get(key)!, carriedOver: false });
      }
    }
    await db
      .insertInto("rating")
      .values(rows.map((r) => ({ assessment_id: assessment.id, indicator_key: r.indicatorKey, answer: r.answer, level: r.level, target_level: r.targetLevel, confidence: r.confidence, rationale: r.rationale, carried_over: r.carriedOver, updated_by: p.lead.personId, updated_at: updatedAt, created_at: createdAt })))
      .execute();
    for (const r of rows) if (!r.carriedOver) ratingAudit(p, assessment.id, r, updatedAt);
  }

  for (let i = 0; i < audit.length; i += 500) await db.insertInto("audit_event").values(audit.slice(i, i + 500)).execute();

  // Evidence and actions, so the evidence register, the flags and the plan are in use from the start.
  const assessments = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.round_id", "in", roundIds)
    .select(["a.id", "a.organisation_id as organisationId", "a.framework_version as frameworkVersion", "r.name as roundName"])
    .execute();
  for (const p of partnerships) {
    const mine = assessments.filter((a) => a.organisationId === p.organisationId);
    await seedDemoEvidence(db, p, mine.map((a) => ({ id: a.id, framework: a.frameworkVersion === 1 ? v1 : latest, roundName: a.roundName })));
    await seedDemoActions(db, p, latest, mine.find((a) => a.roundName === "2025/26")?.id ?? null);
  }
  return { roundIds };
}

/** Evidence a partnership might hold, by domain: what it is, how strong, and when it is dated. */
const DEMO_EVIDENCE: { domain: string; title: string; strength: "intent" | "documentary" | "outcome" | "independent"; datedOn: string; file?: "pdf" | "csv" }[] = [
  { domain: "leadership", title: "Partnership board minutes naming a housing sponsor", strength: "intent", datedOn: "2025-02-11", file: "pdf" },
  { domain: "leadership", title: "Health and housing forum terms of reference", strength: "documentary", datedOn: "2024-06-12" },
  { domain: "strategy", title: "Integrated care strategy, housing chapter", strength: "documentary", datedOn: "2024-03-28" },
  { domain: "data", title: "Data sharing agreement between the ICB, councils and housing associations", strength: "documentary", datedOn: "2023-05-02" },
  { domain: "admissions-discharge", title: "Housing-related delayed discharges by month", strength: "outcome", datedOn: "2025-08-31", file: "csv" },
  { domain: "admissions-discharge", title: "Independent evaluation of the housing-led discharge pilot", strength: "independent", datedOn: "2025-01-20" },
  { domain: "estate", title: "Estates strategy: review of surplus NHS land", strength: "documentary", datedOn: "2024-10-15" },
  { domain: "older-age", title: "Falls prevention and home adaptations: outcomes report", strength: "outcome", datedOn: "2025-06-30" },
];

const DEMO_PDF = (title: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n% ${title} (demonstration file)\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
const DEMO_CSV = new TextEncoder().encode("month,housing-related delayed discharges,bed days lost\n2025-04,31,412\n2025-05,27,377\n2025-06,24,301\n2025-07,22,288\n2025-08,19,240\n");

async function seedDemoEvidence(db: Db, p: DemoPartnership, assessments: { id: string; framework: Framework; roundName: string }[]) {
  for (const [n, item] of DEMO_EVIDENCE.entries()) {
    // Not every partnership holds everything.
    if (noise(`${p.shortName}|evidence|${n}`) < 0.2) continue;
    let fileId: string | null = null;
    if (item.file) {
      const bytes = item.file === "pdf" ? DEMO_PDF(item.title) : DEMO_CSV;
      const file = await db
        .insertInto("evidence_file")
        .values({
          organisation_id: p.organisationId,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          media_type: item.file === "pdf" ? "application/pdf" : "text/csv",
          size_bytes: bytes.length,
          file_name: `${item.title}.${item.file}`,
          created_by: p.lead.personId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("evidence_file_chunk").values({ file_id: file.id, seq: 0, bytes }).execute();
      fileId = file.id;
    }
    const evidence = await db
      .insertInto("evidence")
      .values({
        organisation_id: p.organisationId,
        kind: fileId ? "file" : "link",
        title: item.title,
        url: fileId ? null : `https://example.org/${p.shortName.toLowerCase()}/${item.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
        file_id: fileId,
        strength: item.strength,
        dated_on: item.datedOn,
        review_by: `${Number(item.datedOn.slice(0, 4)) + 2}${item.datedOn.slice(4)}`,
        owner_name: ["Head of housing partnerships", "Director of strategy", "Discharge lead", "Estates lead"][n % 4]!,
        created_by: p.lead.personId,
        updated_by: p.lead.personId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const links = assessments.flatMap((a) => {
      const domain = a.framework.domains.find((d) => d.key === item.domain);
      return domain ? domain.indicators.slice(0, 2).map((i) => ({ evidence_id: evidence.id, assessment_id: a.id, indicator_key: i.key })) : [];
    });
    if (links.length > 0) await db.insertInto("evidence_link").values(links).onConflict((oc) => oc.doNothing()).execute();
  }
}

const DEMO_ACTIONS: { domain: string; title: string; ownerName: string; dueOn: string; status: "open" | "in_progress" | "done" | "dropped" }[] = [
  { domain: "data", title: "Agree one data sharing agreement with every housing association in the system", ownerName: "Information governance lead", dueOn: "2026-09-30", status: "in_progress" },
  { domain: "estate", title: "Map surplus NHS sites against the boroughs' housing need", ownerName: "Estates lead", dueOn: "2027-03-31", status: "open" },
  { domain: "leadership", title: "Add two housing association chief executives to the partnership board", ownerName: "Director of strategy", dueOn: "2025-12-31", status: "done" },
  { domain: "admissions-discharge", title: "Second housing caseworker into the acute trusts' discharge teams", ownerName: "Discharge lead", dueOn: "2026-06-30", status: "open" },
  { domain: "finance", title: "Bid for Better Care Fund money for the handyperson service", ownerName: "Finance lead", dueOn: "2026-01-31", status: "dropped" },
];

async function seedDemoActions(db: Db, p: DemoPartnership, framework: Framework, raisedIn: string | null) {
  const rows = DEMO_ACTIONS.filter((_, n) => noise(`${p.shortName}|action|${n}`) > 0.15).map((a) => ({
    organisation_id: p.organisationId,
    framework_key: framework.key,
    indicator_key: framework.domains.find((d) => d.key === a.domain)?.indicators[0]?.key ?? null,
    raised_in_assessment_id: raisedIn,
    title: a.title,
    owner_name: a.ownerName,
    due_on: a.dueOn,
    status: a.status,
    created_by: p.lead.personId,
    updated_by: p.lead.personId,
  }));
  if (rows.length > 0) await db.insertInto("action").values(rows).execute();
}
