import { expect, it } from "vitest";
import { getOfferTemplate } from "../../assessment/index";
import { listOrganisations } from "../../db/organisations";
import { createPerson } from "../../db/people";
import { DEMO_PASSWORD, seedDemoData } from "../../db/seed";
import { describeEachBackend, openTestDatabase } from "./backends";
import { describe } from "vitest";

const fastHash = async (password: string) => `test$${password}`;

describeEachBackend("the demo seed", (ctx) => {
  it("adds London's five ICSs with their 33 boroughs, fictional providers, one person per role and one in two organisations, once", async () => {
    const first = await seedDemoData(ctx.db, { hashPassword: fastHash });
    expect(first.seeded).toBe(true);
    expect(first.password).toBe(DEMO_PASSWORD);
    expect(first.people.map((p) => p.email)).toEqual([
      "network@demo.hearth.test",
      "network2@demo.hearth.test",
      "lead.nwl@demo.hearth.test",
      "lead.ncl@demo.hearth.test",
      "lead.nel@demo.hearth.test",
      "lead.sel@demo.hearth.test",
      "lead.swl@demo.hearth.test",
      "viewer.nwl@demo.hearth.test",
      "contributor.nwl@demo.hearth.test",
      "provider1@demo.hearth.test",
      "provider2@demo.hearth.test",
      "dual@demo.hearth.test",
    ]);
    const dual = await ctx.db
      .selectFrom("membership as m")
      .innerJoin("person as p", "p.id", "m.person_id")
      .innerJoin("organisation as o", "o.id", "m.organisation_id")
      .where("p.email", "=", "dual@demo.hearth.test")
      .select(["o.kind", "m.role"])
      .orderBy("o.kind")
      .execute();
    expect(dual).toEqual([
      { kind: "partnership", role: "partnership_viewer" },
      { kind: "provider", role: "provider_editor" },
    ]);

    const partnerships = await listOrganisations(ctx.db, { regionKey: "london", kind: "partnership" });
    expect(Object.fromEntries(partnerships.map((p) => [p.shortName, p.boroughs.length]))).toEqual({ NCL: 5, NEL: 8, NWL: 8, SEL: 6, SWL: 6 });
    const allBoroughs = partnerships.flatMap((p) => p.boroughs.map((b) => b.key));
    expect(new Set(allBoroughs).size).toBe(33); // every London borough and the City, each in one ICS

    const providers = await listOrganisations(ctx.db, { regionKey: "london", kind: "provider" });
    expect(providers.length).toBe(14); // enough for a benchmark with medians: 8 or more other providers
    expect(providers.every((p) => p.name.includes("(demo)"))).toBe(true);
    const template = getOfferTemplate()!;
    const bands = new Set(template.sizeBands.map((b) => b.key));
    const types = new Set(template.organisationTypes.map((t) => t.key));
    const seeded = await ctx.db.selectFrom("organisation").where("kind", "=", "provider").select(["homes_band", "organisation_type", "benchmark_opted_out_at"]).execute();
    for (const { homes_band, organisation_type } of seeded) {
      expect(bands.has(homes_band ?? "")).toBe(true);
      expect(types.has(organisation_type ?? "")).toBe(true);
    }
    expect(seeded.filter((p) => p.benchmark_opted_out_at !== null)).toHaveLength(1);

    // Provider rounds: two closed, with their benchmark peer sets as closing them wrote, and one open.
    const providerRounds = await ctx.db
      .selectFrom("round as r")
      .where("r.framework_key", "=", "provider-offer")
      .select((eb) => [
        "r.name",
        "r.status",
        "r.framework_version",
        eb.selectFrom("benchmark_peer as bp").whereRef("bp.round_id", "=", "r.id").select((e) => e.fn.countAll<number>().as("n")).as("peers"),
        eb.selectFrom("assessment as a").whereRef("a.round_id", "=", "r.id").select((e) => e.fn.countAll<number>().as("n")).as("assessments"),
      ])
      .orderBy("r.opens_on")
      .execute();
    expect(providerRounds).toEqual([
      // Everyone but the provider that joined later; the one that opted out did so after this round closed.
      { name: "2024/25", status: "closed", framework_version: 1, peers: 13, assessments: 13 },
      // Everyone rated; the provider that had opted out is not in the benchmark.
      { name: "2025/26", status: "closed", framework_version: 1, peers: 13, assessments: 14 },
      { name: "2026/27", status: "open", framework_version: 2, peers: 0, assessments: 0 },
    ]);

    const again = await seedDemoData(ctx.db, { hashPassword: fastHash });
    expect(again.seeded).toBe(false);
    expect(again.people).toEqual(first.people); // still listed, for the start-up message
    const people = await ctx.db.selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(people.n)).toBe(first.people.length);
  });
});

describe("the demo seed on a database that already holds data", () => {
  it("writes nothing at all", async () => {
    const { database, dispose } = await openTestDatabase("pglite");
    try {
      await createPerson(database.db, { email: "real.person@nhs.test", name: "Real Person", passwordHash: "x" });
      const result = await seedDemoData(database.db, { hashPassword: fastHash });
      expect(result).toEqual({ seeded: false, password: DEMO_PASSWORD, people: [] });
      const organisations = await database.db.selectFrom("organisation").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      expect(organisations.n).toBe(0);
    } finally {
      await dispose();
    }
  });
});
