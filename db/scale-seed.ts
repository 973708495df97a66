import { createHash } from "node:crypto";
import { sql, type Insertable, type Kysely } from "kysely";
import {
  frameworks,
  getFramework,
  latestFramework,
  PARTNERSHIP_FRAMEWORK_KEY,
  PROVIDER_FRAMEWORK_KEY,
  type AnswerKind,
  type EvidenceStrength,
  type Framework,
  type OfferTemplate,
} from "../assessment";
import type { ActionStatus, Confidence, Role } from "../assessment/vocabulary";
import { closeRound } from "./benchmark";
import { syncFrameworkVersions } from "./frameworks";
import { LONDON, LONDON_PARTNERSHIPS, boroughKey } from "./london";
import type { Database, Db, TableName } from "./schema";

/**
 * Synthetic data at national scale, for measuring Hearth (`npm run seed:scale`, `npm run bench`;
 * docs/decisions/021-national-scale-bench.md). England has 42 integrated care systems in 7 NHS regions and about
 * 1,500 housing providers; with a round a year for ten years. London's five ICSs and their boroughs are the real ones
 * the demo uses; every other region's areas and every organisation and person are made up, and named "(synthetic)".
 *
 * Everything is written with batched multi-row inserts (about a thousand rows a statement) in one transaction, and
 * closed rounds are closed with `closeRound`, so their benchmark peer sets are exactly what closing a round writes.
 * The same seed and sizes give the same rows: ids come from a small seeded generator, and every date is fixed.
 * Only an empty database is filled.
 */

export interface ScaleSizes {
  partnerships: number;
  providers: number;
  rounds: number;
}

export const NATIONAL_SIZES: ScaleSizes = { partnerships: 42, providers: 1500, rounds: 10 };
export const SCALE_PASSWORD = "hearth-scale";
export const SCALE_EMAIL_DOMAIN = "scale.hearth.test";
export const DEFAULT_SCALE_SEED = 1;

/** The seven NHS England regions; London's key is the demo's. */
export const NHS_REGIONS = [
  LONDON,
  { key: "south-east", name: "South East" },
  { key: "south-west", name: "South West" },
  { key: "east-of-england", name: "East of England" },
  { key: "midlands", name: "Midlands" },
  { key: "north-east-and-yorkshire", name: "North East and Yorkshire" },
  { key: "north-west", name: "North West" },
] as const;

/** Boroughs (local authority areas) per synthetic partnership. */
const BOROUGHS_PER_SYNTHETIC_PARTNERSHIP = 5;
/** The year the newest round opens in: fixed, so the data does not depend on the day it is made. */
const LATEST_ROUND_YEAR = 2026;

export class ScaleSeedRefusedError extends Error {
  override name = "ScaleSeedRefusedError";
}

export interface ScaleSeedSummary {
  seed: number;
  sizes: ScaleSizes;
  /** Rows in each table afterwards. */
  counts: Partial<Record<TableName, number>>;
  elapsedMs: number;
  password: string;
  /** People to sign in as, and things to ask for: the first partnership and provider, which the bench uses. */
  sample: {
    networkStaffEmail: string;
    partnershipLeadEmail: string;
    partnershipViewerEmail: string;
    providerEditorEmail: string;
    partnershipId: string;
    providerId: string;
    /** The first partnership's region, for its public progress page. */
    regionKey: string;
    /** The first partnership's assessment in the open round (in progress, half answered). */
    openAssessmentId: string;
    /** A domain of that assessment with answers. */
    answeredDomainKey: string;
    /** Indicators of that assessment nobody has answered, with their domains: for autosave writers. */
    unansweredIndicators: { domainKey: string; indicatorKey: string }[];
    /** The first partnership's latest approved assessment (a closed round). */
    approvedAssessmentId: string;
    /** A file held as evidence by the first partnership. */
    evidenceFileEvidenceId: string;
  };
}

// --- Deterministic randomness ----------------------------------------------------------------------------------

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** `n` distinct items, in the order they were drawn. */
  some<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  /** A version-4 UUID from the generator, so ids are the same on every run with the same seed. */
  uuid(): string {
    const bytes: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const word = Math.floor(this.next() * 4_294_967_296);
      bytes.push(word >>> 24, (word >>> 16) & 0xff, (word >>> 8) & 0xff, word & 0xff);
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
}

// --- Batched writing --------------------------------------------------------------------------------------------

/** Parents before children, so flushing a table first flushes every table it may refer to. */
const TABLE_ORDER: TableName[] = [
  "region",
  "borough",
  "organisation",
  "organisation_borough",
  "person",
  "membership",
  "round",
  "assessment",
  "rating",
  "evidence_file",
  "evidence_file_chunk",
  "evidence",
  "evidence_link",
  "action",
  "offer_version",
  "offer_service",
  "offer_service_borough",
  "review_comment",
  "review_decision",
  "notification",
  "audit_event",
];

const BATCH_ROWS = 1000;

/** Collects rows per table and writes them in multi-row inserts of up to BATCH_ROWS rows. */
class BatchWriter {
  private readonly pending = new Map<TableName, unknown[]>();
  readonly written = new Map<TableName, number>();
  constructor(private readonly db: Db) {}

  async add<T extends TableName>(table: T, row: Insertable<Database[T]>): Promise<void> {
    let rows = this.pending.get(table);
    if (!rows) this.pending.set(table, (rows = []));
    rows.push(row);
    if (rows.length >= BATCH_ROWS) await this.flushThrough(table);
  }

  /** Writes everything pending for this table and for every table before it in TABLE_ORDER. */
  async flushThrough(table: TableName): Promise<void> {
    const last = TABLE_ORDER.indexOf(table);
    for (const t of TABLE_ORDER.slice(0, last + 1)) {
      const rows = this.pending.get(t);
      if (!rows || rows.length === 0) continue;
      this.pending.set(t, []);
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        // The rows were typed as this table's insertable rows when added.
        await this.db.insertInto(t).values(rows.slice(i, i + BATCH_ROWS) as never).execute();
      }
      this.written.set(t, (this.written.get(t) ?? 0) + rows.length);
    }
  }

  async flushAll(): Promise<void> {
    await this.flushThrough(TABLE_ORDER[TABLE_ORDER.length - 1]!);
  }
}

// --- Words -------------------------------------------------------------------------------------------------------

const PLACE_STARTS = ["Ash", "Brook", "Castle", "Dale", "Elm", "Fern", "Glen", "Hart", "Holly", "Kings", "Lark", "Mill", "Oak", "Pine", "Queens", "Rye", "Stone", "Thorn", "Willow", "Wood", "Marsh", "Fox", "Heath", "Bridge", "Church", "Hazel", "Moor", "Red", "Silver", "Swan"];
const PLACE_ENDS = ["field", "ford", "ham", "ley", "ton", "wick", "bury", "worth", "mouth", "dale", "stead", "borough", "by", "combe", "gate"];
const FIRST_NAMES = ["Aisha", "Ben", "Chloe", "Dev", "Emma", "Femi", "Grace", "Hamza", "Isla", "Jack", "Kiran", "Leah", "Mo", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tariq", "Uma", "Vik", "Wen", "Yusuf", "Zara"];
const LAST_NAMES = ["Adeyemi", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "O'Brien", "Patel", "Roberts", "Singh", "Taylor", "Walker", "Wright", "Young"];
const PROVIDER_WORDS: Record<string, string[]> = {
  "housing-association": ["Homes", "Housing Association", "Housing Trust", "Housing Group"],
  "council-landlord": ["Council Homes", "Homes (council landlord)"],
  "home-improvement-agency": ["Home Improvement Agency", "Care and Repair"],
  "supported-housing-provider": ["Supported Living", "Supported Homes"],
  "voluntary-sector": ["Housing Charity", "Community Housing"],
  other: ["Housing Co-operative", "Almshouses"],
};

const RATIONALES: Record<number, string[]> = {
  1: [
    "Nothing is in place beyond contacts between individuals; we have not discussed it as a partnership yet.",
    "This depends on individual staff knowing who to call; nothing is written down or agreed.",
  ],
  2: [
    "Discussed at the health and housing forum and a proposal is being drafted, but nothing is agreed yet.",
    "A pilot ran in one area last winter; we have named contacts but no agreed plan.",
  ],
  3: [
    "Agreed and running in some areas. We monitor activity monthly, but do not yet measure outcomes.",
    "In place with the partners we work with most; we check it each year but do not yet measure the difference it makes.",
  ],
  4: [
    "Running across the system with a budget line; outcomes are reported to the board each quarter against a baseline.",
    "In place in every area we cover, kept current, with a year of outcome data showing improvement.",
  ],
  5: ["Funded for the long term and independently evaluated, with residents helping to review it each year; others have adopted our approach."],
};
const EVIDENCE_TITLES = [
  "Partnership board minutes naming a housing sponsor",
  "Health and housing forum terms of reference",
  "Integrated care strategy, housing chapter",
  "Data sharing agreement with councils and housing providers",
  "Housing-related delayed discharges by month",
  "Independent evaluation of the housing-led discharge pilot",
  "Estates strategy: review of surplus land",
  "Falls prevention and home adaptations: outcomes report",
  "Annual report to the health and wellbeing board",
  "Service level agreement with the hospital discharge team",
];
const ACTION_TITLES = [
  "Agree a housing sponsor on the partnership board",
  "Share housing status on admission with the councils",
  "Publish the referral route for discharge support",
  "Measure readmissions avoided by the adaptations service",
  "Review the data sharing agreement",
  "Add housing to the workforce training plan",
  "Set a baseline for delayed discharges caused by housing",
];
const STRENGTHS: EvidenceStrength[] = ["intent", "documentary", "documentary", "outcome", "independent"];
const CONFIDENCES: Confidence[] = ["low", "medium", "high"];
const ACTION_STATUSES: ActionStatus[] = ["open", "open", "in_progress", "done", "dropped"];

const TINY_PDF = (title: string) =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n% ${title} (synthetic file)\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

// --- The generator -----------------------------------------------------------------------------------------------

interface Place {
  key: string;
  name: string;
}

interface OrganisationSeed {
  id: string;
  index: number;
  name: string;
  regionKey: string;
  boroughKeys: string[];
  /** Typical maturity (1–5) and how it moves each round. */
  base: number;
  trend: number;
  editor: { personId: string; name: string };
}

interface RatingRow {
  indicatorKey: string;
  answer: AnswerKind;
  level: number | null;
  targetLevel: number | null;
  confidence: Confidence | null;
  rationale: string;
}

interface RoundSeed {
  id: string;
  regionKey: string;
  framework: Framework;
  name: string;
  opensOn: string;
  dueOn: string;
  closesAt: Date | null;
  index: number;
}

export function parseScaleSizes(values: Partial<Record<keyof ScaleSizes, number>>): ScaleSizes {
  const sizes = { ...NATIONAL_SIZES, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) } as ScaleSizes;
  for (const [name, value] of Object.entries(sizes)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`--${name} must be a whole number of at least 1 (got ${value})`);
  }
  return sizes;
}

/**
 * Fills an empty, migrated database with synthetic data of the given sizes. Refuses (ScaleSeedRefusedError) when
 * the database already holds organisations, people or rounds. `hashPassword` is called once: everyone shares it.
 */
export async function seedScaleData(
  db: Kysely<Database>,
  {
    sizes = NATIONAL_SIZES,
    seed = DEFAULT_SCALE_SEED,
    hashPassword,
    onProgress = () => {},
  }: { sizes?: ScaleSizes; seed?: number; hashPassword: (password: string) => Promise<string>; onProgress?: (message: string) => void },
): Promise<ScaleSeedSummary> {
  const started = performance.now();
  const existing = await db
    .selectNoFrom((eb) => [
      eb.selectFrom("organisation").select((e) => e.fn.countAll<number>().as("n")).as("organisations"),
      eb.selectFrom("person").select((e) => e.fn.countAll<number>().as("n")).as("people"),
      eb.selectFrom("round").select((e) => e.fn.countAll<number>().as("n")).as("rounds"),
    ])
    .executeTakeFirstOrThrow();
  if (Number(existing.organisations) > 0 || Number(existing.people) > 0 || Number(existing.rounds) > 0) {
    throw new ScaleSeedRefusedError(
      `This database is not empty (${existing.organisations} organisations, ${existing.people} people, ${existing.rounds} rounds): ` +
        "the scale seed only fills an empty database. Point DATABASE_URL (or HEARTH_DATA_DIR) at a new database and run it again.",
    );
  }
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const sample = await db.transaction().execute(async (trx) => {
    await syncFrameworkVersions(trx, frameworks);
    return generate(trx, { sizes, seed, passwordHash, onProgress });
  });

  // Fresh statistics for the planner, as a database that grew to this size would have: straight after a bulk load
  // it would otherwise plan for empty tables until autovacuum gets round to them.
  await sql`analyze`.execute(db);
  onProgress("analyzed");

  const counts: Partial<Record<TableName, number>> = {};
  for (const table of [...TABLE_ORDER, "benchmark_peer"] as TableName[]) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return { seed, sizes, counts, elapsedMs: performance.now() - started, password: SCALE_PASSWORD, sample };
}

async function generate(
  db: Db,
  { sizes, seed, passwordHash, onProgress }: { sizes: ScaleSizes; seed: number; passwordHash: string; onProgress: (message: string) => void },
): Promise<ScaleSeedSummary["sample"]> {
  const dice = new Dice(seed);
  const out = new BatchWriter(db);
  const email = (local: string) => `${local}@${SCALE_EMAIL_DOMAIN}`;
  const personName = () => `${dice.pick(FIRST_NAMES)} ${dice.pick(LAST_NAMES)}`;
  const at = (date: string, time = "10:00:00") => new Date(`${date}T${time}Z`);
  const CREATED = at("2016-04-01", "09:00:00");
  const partnershipV1 = getFramework(PARTNERSHIP_FRAMEWORK_KEY, 1)!;
  const providerV1 = getFramework(PROVIDER_FRAMEWORK_KEY, 1)!;
  const partnershipLatest = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const providerLatest = latestFramework(PROVIDER_FRAMEWORK_KEY)!;
  const template = providerLatest.offerTemplate as OfferTemplate;

  // Regions and partnerships: round-robin over the regions, London taking at most its five real ICSs.
  const regionOf: number[] = [];
  let londonTaken = 0;
  let overflow = 1;
  for (let i = 0; i < sizes.partnerships; i += 1) {
    let region = i % NHS_REGIONS.length;
    if (region === 0 && londonTaken >= LONDON_PARTNERSHIPS.length) {
      region = overflow;
      overflow = (overflow % (NHS_REGIONS.length - 1)) + 1;
    }
    if (region === 0) londonTaken += 1;
    regionOf.push(region);
  }
  const usedRegions = NHS_REGIONS.filter((_, index) => regionOf.includes(index));
  for (const region of usedRegions) await out.add("region", { key: region.key, name: region.name });

  const boroughsOfRegion = new Map<string, Place[]>(usedRegions.map((r) => [r.key, []]));
  const usedBoroughNames = new Set<string>();
  const syntheticPlace = (): string => {
    for (;;) {
      const name = `${dice.pick(PLACE_STARTS)}${dice.pick(PLACE_ENDS)}`;
      const unique = usedBoroughNames.has(name) ? `${name} ${usedBoroughNames.size}` : name;
      if (!usedBoroughNames.has(unique)) {
        usedBoroughNames.add(unique);
        return unique;
      }
    }
  };

  // People first need ids for created_by columns; organisations need them for memberships.
  const partnerships: OrganisationSeed[] = [];
  const perRegionCount = new Map<string, number>();
  for (let i = 0; i < sizes.partnerships; i += 1) {
    const region = NHS_REGIONS[regionOf[i]!]!;
    const k = (perRegionCount.get(region.key) ?? 0) + 1;
    perRegionCount.set(region.key, k);
    const real = region.key === LONDON.key ? LONDON_PARTNERSHIPS[k - 1] : undefined;
    const places: Place[] = real
      ? real.boroughs.map((name) => ({ key: boroughKey(name), name }))
      : Array.from({ length: BOROUGHS_PER_SYNTHETIC_PARTNERSHIP }, () => {
          const name = syntheticPlace();
          return { key: `${region.key}-${boroughKey(name)}`, name };
        });
    for (const place of places) {
      usedBoroughNames.add(place.name);
      boroughsOfRegion.get(region.key)!.push(place);
      await out.add("borough", { key: place.key, name: place.name, region_key: region.key });
    }
    const id = dice.uuid();
    const name = real ? `${real.name} (synthetic data)` : `${region.name} ${places[0]!.name} and ${places[1]!.name} ICS (synthetic)`;
    await out.add("organisation", {
      id,
      kind: "partnership",
      name,
      short_name: real ? real.shortName : `${region.name.split(" ").map((word) => word[0]!.toUpperCase()).join("")}${k}`,
      region_key: region.key,
      note: real?.note ?? null,
      created_at: CREATED,
    });
    for (const place of places) await out.add("organisation_borough", { organisation_id: id, borough_key: place.key });
    partnerships.push({ id, index: i, name, regionKey: region.key, boroughKeys: places.map((p) => p.key), base: 1.6 + dice.float() * 2.2, trend: dice.float() * 0.25, editor: { personId: "", name: "" } });
  }

  const networks = new Map<string, { id: string; staff: { personId: string; name: string }[] }>();
  for (const region of usedRegions) {
    const id = dice.uuid();
    networks.set(region.key, { id, staff: [] });
    await out.add("organisation", {
      id,
      kind: "network",
      name: `${region.name} Health and Housing Network (synthetic)`,
      short_name: "Network",
      region_key: region.key,
      created_at: CREATED,
    });
    for (const place of boroughsOfRegion.get(region.key)!) await out.add("organisation_borough", { organisation_id: id, borough_key: place.key });
  }

  const sizeBands = template.sizeBands.map((b) => b.key);
  const organisationTypes = template.organisationTypes.map((t) => t.key);
  const typeWeights = ["housing-association", "housing-association", "housing-association", "council-landlord", ...organisationTypes];
  const providers: (OrganisationSeed & { organisationType: string; homesBand: string; optedOutAt: Date | null; firstRound: number })[] = [];
  for (let i = 0; i < sizes.providers; i += 1) {
    const region = usedRegions[i % usedRegions.length]!;
    const places = boroughsOfRegion.get(region.key)!;
    const boroughKeys = dice.some(places, dice.int(1, 4)).map((p) => p.key);
    const organisationType = dice.pick(typeWeights);
    const homesBand = organisationType === "home-improvement-agency" ? "no-homes" : dice.pick(sizeBands.filter((b) => b !== "no-homes"));
    const id = dice.uuid();
    const name = `${dice.pick(PLACE_STARTS)}${dice.pick(PLACE_ENDS)} ${dice.pick(PROVIDER_WORDS[organisationType] ?? ["Housing"])} (synthetic ${i + 1})`;
    const optedOutAt = dice.chance(0.03) ? at(`${LATEST_ROUND_YEAR - dice.int(0, 3)}-06-12`, "11:20:00") : null;
    const firstRound = dice.chance(0.8) ? 0 : dice.int(1, Math.max(1, sizes.rounds - 1));
    await out.add("organisation", {
      id,
      kind: "provider",
      name,
      region_key: region.key,
      homes_band: homesBand,
      organisation_type: organisationType,
      benchmark_opted_out_at: optedOutAt,
      note: "Synthetic organisation for measuring Hearth at national scale.",
      created_at: CREATED,
    });
    for (const key of boroughKeys) await out.add("organisation_borough", { organisation_id: id, borough_key: key });
    providers.push({ id, index: i, name, regionKey: region.key, boroughKeys, base: 1.5 + dice.float() * 2.5, trend: dice.float() * 0.2, editor: { personId: "", name: "" }, organisationType, homesBand, optedOutAt, firstRound });
  }
  onProgress(`${usedRegions.length} regions, ${partnerships.length} partnerships, ${providers.length} providers`);

  // People: two network staff per region, a lead and a viewer per partnership, an editor per provider (and a viewer
  // for every tenth). One password hash for everyone.
  const addPerson = async (local: string, organisationId: string, role: Role) => {
    const personId = dice.uuid();
    const name = personName();
    await out.add("person", { id: personId, email: email(local), name, password_hash: passwordHash, password_changed_at: CREATED, created_at: CREATED });
    await out.add("membership", { id: dice.uuid(), person_id: personId, organisation_id: organisationId, role, created_at: CREATED });
    return { personId, name };
  };
  for (const region of usedRegions) {
    const network = networks.get(region.key)!;
    network.staff.push(await addPerson(`network.${region.key}`, network.id, "network_staff"));
    network.staff.push(await addPerson(`network2.${region.key}`, network.id, "network_staff"));
  }
  for (const p of partnerships) {
    p.editor = await addPerson(`lead.${p.index + 1}`, p.id, "partnership_lead");
    await addPerson(`viewer.${p.index + 1}`, p.id, "partnership_viewer");
  }
  for (const p of providers) {
    p.editor = await addPerson(`editor.${p.index + 1}`, p.id, "provider_editor");
    if (p.index % 10 === 0) await addPerson(`provider-viewer.${p.index + 1}`, p.id, "provider_viewer");
  }
  await out.flushThrough("membership");
  onProgress("people and memberships");

  // Rounds: one a year per region and framework, the newest open (on the latest version), the others closed (v1).
  const rounds: RoundSeed[] = [];
  for (const region of usedRegions) {
    const network = networks.get(region.key)!;
    for (const [latest, v1] of [
      [partnershipLatest, partnershipV1],
      [providerLatest, providerV1],
    ] as const) {
      for (let r = 0; r < sizes.rounds; r += 1) {
        const year = LATEST_ROUND_YEAR - (sizes.rounds - 1) + r;
        const isOpen = r === sizes.rounds - 1;
        const round: RoundSeed = {
          id: dice.uuid(),
          regionKey: region.key,
          framework: isOpen ? latest : v1,
          name: `${year}/${String((year + 1) % 100).padStart(2, "0")}`,
          opensOn: isOpen ? `${year}-10-01` : `${year}-05-01`,
          dueOn: isOpen ? `${year + 1}-01-29` : `${year}-09-30`,
          closesAt: isOpen ? null : at(`${year}-10-07`, "17:00:00"),
          index: r,
        };
        rounds.push(round);
        await out.add("round", {
          id: round.id,
          region_key: region.key,
          framework_key: round.framework.key,
          framework_version: round.framework.version,
          name: round.name,
          opens_on: round.opensOn,
          due_on: round.dueOn,
          status: "open", // closed below with closeRound, as network staff close a round
          created_by: network.staff[0]!.personId,
          created_at: at(round.opensOn, "09:00:00"),
        });
      }
    }
  }
  await out.flushThrough("round");

  const answers = (org: OrganisationSeed, framework: Framework, roundIndex: number, domains?: number): RatingRow[] =>
    framework.domains.slice(0, domains ?? framework.domains.length).flatMap((domain, d) =>
      domain.indicators.map((indicator): RatingRow => {
        const roll = dice.float();
        if (roll < 0.04) return { indicatorKey: indicator.key, answer: "not_applicable", level: null, targetLevel: null, confidence: null, rationale: "This does not apply to our services at present." };
        if (roll < 0.09) return { indicatorKey: indicator.key, answer: "dont_know", level: null, targetLevel: null, confidence: "low", rationale: "We could not find out in time; colleagues are checking." };
        const value = org.base + org.trend * roundIndex + ((d * 7 + org.index) % 5) * 0.25 - 0.5 + (dice.float() - 0.5);
        const level = Math.min(5, Math.max(1, Math.round(value)));
        return {
          indicatorKey: indicator.key,
          answer: "level",
          level,
          targetLevel: level < 5 && dice.chance(0.6) ? level + 1 : null,
          confidence: dice.pick(CONFIDENCES),
          rationale: dice.pick(RATIONALES[level]!),
        };
      }),
    );

  const lastApproved = new Map<string, string>();
  const assessmentsOf = new Map<string, { id: string; framework: Framework; roundIndex: number }[]>();
  let sample: Partial<ScaleSeedSummary["sample"]> = {};

  const addAssessment = async (org: OrganisationSeed, round: RoundSeed, kind: "partnership" | "provider") => {
    const network = networks.get(round.regionKey)!;
    const reviewer = network.staff[org.index % network.staff.length]!;
    const isOpen = round.closesAt === null;
    const lead = org.editor;
    // The open round finds organisations at every stage; in closed rounds nearly everyone was approved.
    const stage = isOpen ? (["half", "carried", "submitted", "none"] as const)[org.index % 4]! : dice.chance(kind === "partnership" ? 0.95 : 0.85) ? "approved" : "submitted";
    if (stage === "none") return;
    const id = dice.uuid();
    const createdAt = at(round.opensOn, "11:00:00");
    const submittedAt = isOpen ? at("2026-11-20", "15:45:00") : at(round.dueOn, `1${org.index % 7}:30:00`);
    const approved = stage === "approved";
    const returnedFirst = approved && dice.chance(0.1);
    const ratings = stage === "half" ? answers(org, round.framework, round.index, Math.ceil(round.framework.domains.length / 2)) : answers(org, round.framework, round.index);
    const submitted = stage === "submitted" || approved;
    await out.add("assessment", {
      id,
      round_id: round.id,
      organisation_id: org.id,
      framework_key: round.framework.key,
      framework_version: round.framework.version,
      status: approved ? "approved" : submitted ? "submitted" : "in_progress",
      revision: returnedFirst ? 4 : approved ? 3 : submitted ? 2 : 1,
      submitted_at: submitted ? submittedAt : null,
      submitted_by: submitted ? lead.personId : null,
      review_started_at: approved ? new Date(submittedAt.getTime() + 86_400_000) : null,
      review_started_by: approved ? reviewer.personId : null,
      decided_at: approved ? new Date(submittedAt.getTime() + 7 * 86_400_000) : null,
      decided_by: approved ? reviewer.personId : null,
      started_from_id: stage === "carried" || !isOpen ? (lastApproved.get(org.id) ?? null) : null,
      created_by: lead.personId,
      updated_by: lead.personId,
      created_at: createdAt,
      updated_at: submittedAt,
    });
    for (const [n, r] of ratings.entries()) {
      await out.add("rating", {
        assessment_id: id,
        indicator_key: r.indicatorKey,
        answer: r.answer,
        level: r.level,
        target_level: r.targetLevel,
        confidence: r.confidence,
        rationale: r.rationale,
        carried_over: stage === "carried" && n % 3 !== 0,
        revision: 1 + (n % 3),
        updated_by: lead.personId,
        updated_at: submittedAt,
        created_at: createdAt,
      });
    }
    if (submitted) {
      await out.add("audit_event", { id: dice.uuid(), occurred_at: submittedAt, person_id: lead.personId, actor_name: lead.name, organisation_id: org.id, subject_type: "assessment", subject_id: id, action: "assessment-submitted", detail: JSON.stringify({ round: round.name }), before: JSON.stringify({ status: "in_progress" }), after: JSON.stringify({ status: "submitted" }) });
    }
    if (returnedFirst) {
      const returnedAt = new Date(submittedAt.getTime() - 10 * 86_400_000);
      await out.add("review_comment", { id: dice.uuid(), assessment_id: id, assessment_version: 1, domain_key: round.framework.domains[0]!.key, indicator_key: null, body: "Please add the evidence you mention for this domain before we approve it.", author_id: reviewer.personId, created_at: returnedAt });
      await out.add("review_decision", { id: dice.uuid(), assessment_id: id, assessment_version: 1, decision: "returned", comment: "Returned for the evidence in the first domain.", snapshot: null, decided_by: reviewer.personId, decided_at: returnedAt });
    }
    if (approved) {
      const decidedAt = new Date(submittedAt.getTime() + 7 * 86_400_000);
      if (dice.chance(0.3)) {
        await out.add("review_comment", { id: dice.uuid(), assessment_id: id, assessment_version: 1, domain_key: null, indicator_key: ratings[0]!.indicatorKey, body: "A clear rationale; thank you for the outcome figures.", author_id: reviewer.personId, created_at: decidedAt });
      }
      await out.add("review_decision", {
        id: dice.uuid(),
        assessment_id: id,
        assessment_version: 1,
        decision: "approved",
        comment: "Thank you: a clear and well-evidenced assessment.",
        snapshot: JSON.stringify({ ratings }),
        decided_by: reviewer.personId,
        decided_at: decidedAt,
      });
      await out.add("audit_event", { id: dice.uuid(), occurred_at: decidedAt, person_id: reviewer.personId, actor_name: reviewer.name, organisation_id: org.id, subject_type: "assessment", subject_id: id, action: "assessment-approved", detail: JSON.stringify({ round: round.name }), before: JSON.stringify({ status: "submitted" }), after: JSON.stringify({ status: "approved" }) });
      lastApproved.set(org.id, id);
    }
    const list = assessmentsOf.get(org.id) ?? [];
    list.push({ id, framework: round.framework, roundIndex: round.index });
    assessmentsOf.set(org.id, list);
    if (kind === "partnership" && org.index === 0) {
      if (isOpen) {
        const answeredDomains = Math.ceil(round.framework.domains.length / 2);
        sample = {
          ...sample,
          openAssessmentId: id,
          answeredDomainKey: round.framework.domains[0]!.key,
          unansweredIndicators: round.framework.domains.slice(answeredDomains).flatMap((d) => d.indicators.map((i) => ({ domainKey: d.key, indicatorKey: i.key }))),
        };
      } else if (approved) sample = { ...sample, approvedAssessmentId: id };
    }
  };

  for (const round of rounds) {
    if (round.framework.key === PARTNERSHIP_FRAMEWORK_KEY) {
      for (const p of partnerships) if (p.regionKey === round.regionKey) await addAssessment(p, round, "partnership");
    } else {
      for (const p of providers) if (p.regionKey === round.regionKey && p.firstRound <= round.index) await addAssessment(p, round, "provider");
    }
  }
  await out.flushAll();
  onProgress(`${rounds.length} rounds with their assessments and ratings`);

  // Close every round but the newest, as network staff do: this fixes the closed provider rounds' peer sets.
  for (const round of rounds) {
    if (!round.closesAt) continue;
    const network = networks.get(round.regionKey)!;
    const closed = await closeRound(db, { roundId: round.id, actor: network.staff[0]!, at: round.closesAt });
    if (!closed.ok) throw new Error(`could not close round ${round.name} in ${round.regionKey}: ${closed.reason}`);
  }
  onProgress("closed rounds closed, benchmark peer sets fixed");

  // Evidence (held by the organisation, linked to indicators of its assessments) and actions.
  const addEvidence = async (org: OrganisationSeed, items: number, withFile: boolean) => {
    const mine = assessmentsOf.get(org.id) ?? [];
    for (let n = 0; n < items; n += 1) {
      const id = dice.uuid();
      const year = LATEST_ROUND_YEAR - dice.int(0, 3);
      const datedOn = `${year}-${String(dice.int(1, 12)).padStart(2, "0")}-${String(dice.int(1, 28)).padStart(2, "0")}`;
      const title = EVIDENCE_TITLES[(org.index + n) % EVIDENCE_TITLES.length]!;
      let fileId: string | null = null;
      if (withFile && n === 0) {
        const bytes = TINY_PDF(title);
        fileId = dice.uuid();
        await out.add("evidence_file", { id: fileId, organisation_id: org.id, sha256: createHash("sha256").update(bytes).digest("hex"), media_type: "application/pdf", size_bytes: bytes.length, file_name: `${title}.pdf`, created_by: org.editor.personId, created_at: at(datedOn) });
        await out.add("evidence_file_chunk", { file_id: fileId, seq: 0, bytes });
        if (org === partnerships[0]) sample = { ...sample, evidenceFileEvidenceId: id };
      }
      await out.add("evidence", {
        id,
        organisation_id: org.id,
        title,
        description: "Synthetic evidence for measuring Hearth.",
        kind: fileId ? "file" : "link",
        url: fileId ? null : `https://evidence.example.test/${org.id.slice(0, 8)}/${n + 1}`,
        file_id: fileId,
        strength: dice.pick(STRENGTHS),
        dated_on: datedOn,
        review_by: `${year + dice.int(1, 2)}${datedOn.slice(4)}`,
        owner_name: org.editor.name,
        created_by: org.editor.personId,
        updated_by: org.editor.personId,
        created_at: at(datedOn),
        updated_at: at(datedOn),
      });
      // Each item supports an indicator or two in each of the organisation's last four assessments.
      for (const assessment of mine.slice(-4)) {
        const domain = assessment.framework.domains[(n * 3 + org.index) % assessment.framework.domains.length]!;
        for (const indicator of dice.some(domain.indicators, dice.int(1, 2))) {
          await out.add("evidence_link", { evidence_id: id, assessment_id: assessment.id, indicator_key: indicator.key });
        }
      }
    }
  };
  const addActions = async (org: OrganisationSeed, framework: Framework, count: number) => {
    const raisedIn = lastApproved.get(org.id) ?? null;
    const indicators = framework.domains.flatMap((d) => d.indicators);
    for (let n = 0; n < count; n += 1) {
      const createdAt = at(`${LATEST_ROUND_YEAR - dice.int(0, 2)}-${String(dice.int(1, 12)).padStart(2, "0")}-15`);
      await out.add("action", {
        id: dice.uuid(),
        organisation_id: org.id,
        framework_key: framework.key,
        indicator_key: dice.chance(0.8) ? dice.pick(indicators).key : null,
        raised_in_assessment_id: raisedIn,
        title: ACTION_TITLES[(org.index + n) % ACTION_TITLES.length]!,
        detail: "Synthetic action for measuring Hearth.",
        owner_name: org.editor.name,
        due_on: `${LATEST_ROUND_YEAR + dice.int(0, 1)}-${String(dice.int(1, 12)).padStart(2, "0")}-28`,
        status: dice.pick(ACTION_STATUSES),
        created_by: org.editor.personId,
        updated_by: org.editor.personId,
        created_at: createdAt,
        updated_at: createdAt,
      });
    }
  };
  for (const p of partnerships) {
    await addEvidence(p, 10, true);
    await addActions(p, partnershipLatest, 8);
  }
  for (const p of providers) {
    await addEvidence(p, 3, p.index % 20 === 0);
    await addActions(p, providerLatest, 2);
  }
  await out.flushAll();
  onProgress("evidence, links and actions");

  // Offers: most providers have published (some more than once, some with a draft of a change); a few only drafted.
  const services = template.serviceTypes.map((s) => s.key);
  const option = (options: { key: string }[] | undefined) => (options ?? []).map((o) => o.key);
  for (const p of providers) {
    const publishedVersions = dice.chance(0.9) ? dice.int(1, 3) : 0;
    const withDraft = publishedVersions === 0 || dice.chance(0.15);
    const versions = publishedVersions + (withDraft ? 1 : 0);
    for (let v = 1; v <= versions; v += 1) {
      const isDraft = withDraft && v === versions;
      const status = isDraft ? "draft" : v === publishedVersions ? "published" : "superseded";
      const offerId = dice.uuid();
      const year = LATEST_ROUND_YEAR - (versions - v);
      const reviewedOn = `${year}-0${dice.int(1, 9)}-${String(dice.int(10, 28))}`;
      await out.add("offer_version", {
        id: offerId,
        organisation_id: p.id,
        version: v,
        status,
        framework_key: providerLatest.key,
        framework_version: providerLatest.version,
        organisation_type: p.organisationType,
        contact_route: `Health partnerships team: health.partners@provider-${p.index + 1}.example.test`,
        last_reviewed_on: reviewedOn,
        revision: 1 + (v % 2),
        created_at: at(reviewedOn),
        updated_at: at(reviewedOn),
        updated_by: p.editor.personId,
        published_at: isDraft ? null : at(reviewedOn, "14:00:00"),
        published_by: isDraft ? null : p.editor.personId,
      });
      for (const [position, serviceKey] of dice.some(services, dice.int(1, 3)).entries()) {
        const serviceId = dice.uuid();
        await out.add("offer_service", {
          id: serviceId,
          offer_version_id: offerId,
          position,
          service_key: serviceKey,
          eligibility: "Residents of the areas we cover who are referred by a health or care professional.",
          client_groups: dice.some(option(template.clientGroups), dice.int(1, 3)),
          capacity: dice.int(5, 80),
          capacity_unit: dice.pick(option(template.capacityUnits)),
          referral_routes: dice.some(option(template.referralRoutes), dice.int(1, 2)),
          referral_detail: "Email the team with the person's details; we call back within a working day.",
          response_time: dice.int(1, 10),
          response_time_unit: dice.pick(option(template.responseTimeUnits)),
          outcomes: dice.some(option(template.outcomeMeasures), dice.int(1, 2)),
          funding: dice.some(option(template.fundingSources), dice.int(1, 2)),
          cost_basis: template.costBases ? dice.pick(option(template.costBases)) : null,
          tenures: dice.some(option(template.tenures), dice.int(1, 3)),
          hours: template.serviceHours ? dice.pick(option(template.serviceHours)) : null,
          contract_end_on: dice.chance(0.5) ? `${LATEST_ROUND_YEAR + dice.int(1, 3)}-03-31` : null,
        });
        for (const borough of dice.some(p.boroughKeys, dice.int(1, p.boroughKeys.length))) {
          await out.add("offer_service_borough", { offer_service_id: serviceId, borough_key: borough });
        }
      }
    }
  }
  await out.flushAll();
  onProgress("offers");

  // Notifications: each organisation was told the newest round opened; each partnership that its last one was approved.
  for (const org of [...partnerships, ...providers]) {
    await out.add("notification", { id: dice.uuid(), organisation_id: org.id, person_id: null, kind: "round-opened", title: `The ${LATEST_ROUND_YEAR}/${(LATEST_ROUND_YEAR + 1) % 100} round is open`, link: "/", created_at: at(`${LATEST_ROUND_YEAR}-10-01`, "09:00:00") });
  }
  for (const p of partnerships) {
    const approvedId = lastApproved.get(p.id);
    if (approvedId) await out.add("notification", { id: dice.uuid(), organisation_id: p.id, person_id: p.editor.personId, kind: "assessment-approved", title: "Your assessment was approved", link: `/assessments/${approvedId}/results`, created_at: at(`${LATEST_ROUND_YEAR - 1}-10-14`) });
  }
  await out.flushAll();
  onProgress("notifications");

  const first = partnerships[0]!;
  // The sample provider takes part in the benchmark from the first round (one that opted out sees no figures).
  const firstProvider = providers.find((p) => p.optedOutAt === null && p.firstRound === 0) ?? providers[0];
  const firstRegion = usedRegions[0]!;
  if (!sample.openAssessmentId || !sample.evidenceFileEvidenceId) throw new Error("the scale seed made no sample assessment: this is a bug");
  return {
    networkStaffEmail: email(`network.${firstRegion.key}`),
    partnershipLeadEmail: email(`lead.${first.index + 1}`),
    partnershipViewerEmail: email(`viewer.${first.index + 1}`),
    providerEditorEmail: firstProvider ? email(`editor.${firstProvider.index + 1}`) : "",
    partnershipId: first.id,
    providerId: firstProvider?.id ?? "",
    regionKey: first.regionKey,
    openAssessmentId: sample.openAssessmentId,
    answeredDomainKey: sample.answeredDomainKey!,
    unansweredIndicators: sample.unansweredIndicators ?? [],
    approvedAssessmentId: sample.approvedAssessmentId ?? "",
    evidenceFileEvidenceId: sample.evidenceFileEvidenceId,
  };
}
