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
      "lead.nwl@demo.hearth.test",
      "lead.ncl@demo.hearth.test",
      "lead.nel@demo.hearth.test",
      "lead.sel@demo.hearth.test",
      "lead.swl@demo.hearth.test",
      "viewer.nwl@demo.hearth.test",
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
    expect(providers.length).toBeGreaterThanOrEqual(6); // enough for an anonymous benchmark of 5 peers
    expect(providers.every((p) => p.name.includes("(demo)"))).toBe(true);
    const bands = new Set(getOfferTemplate()!.sizeBands.map((b) => b.key));
    const seededBands = await ctx.db.selectFrom("organisation").where("kind", "=", "provider").select("homes_band").execute();
    for (const { homes_band } of seededBands) expect(bands.has(homes_band ?? "")).toBe(true);

    const again = await seedDemoData(ctx.db, { hashPassword: fastHash });
    expect(again.seeded).toBe(false);
    expect(again.people).toHaveLength(10); // still listed, for the start-up message
    const people = await ctx.db.selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(people.n).toBe(10);
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
