import type { Kysely } from "kysely";
import { frameworks } from "../assessment";
import { seedDemoAssessments } from "./demo-assessments";
import { seedDemoNotifications } from "./demo-notifications";
import { seedDemoOffers } from "./demo-offers";
import { seedDemoProviders } from "./demo-providers";
import { seedDemoTeam } from "./demo-team";
import { syncFrameworkVersions } from "./frameworks";
import { LONDON, LONDON_PARTNERSHIPS, boroughKey } from "./london";
import { createOrganisation } from "./organisations";
import { addMembership, createPerson } from "./people";
import { upsertBoroughs, upsertRegion } from "./places";
import type { Role } from "../assessment/vocabulary";
import type { Database } from "./schema";

export const DEMO_PASSWORD = "hearth-demo";
export const DEMO_EMAIL_DOMAIN = "demo.hearth.test";

export interface SeedResult {
  /** True when this call wrote the demo data; false when it was already there. */
  seeded: boolean;
  password: string;
  people: { email: string; description: string }[];
}

/** Clearly fictional housing providers, spread over London's boroughs. */
const DEMO_PROVIDERS: { name: string; boroughs: string[]; homesBand: string }[] = [
  { name: "Example Homes Trust (demo)", boroughs: ["Brent", "Ealing", "Harrow", "Barnet"], homesBand: "15000-49999" },
  { name: "Sample Street Housing (demo)", boroughs: ["Camden", "Islington", "Hackney"], homesBand: "1000-4999" },
  { name: "Placeholder Place Homes (demo)", boroughs: ["Lambeth", "Southwark", "Lewisham"], homesBand: "5000-14999" },
  { name: "Demo Lane Housing Co-operative (demo)", boroughs: ["Croydon", "Sutton"], homesBand: "under-1000" },
  { name: "Fictional Fields Housing Association (demo)", boroughs: ["Newham", "Tower Hamlets", "Waltham Forest"], homesBand: "50000-plus" },
  { name: "Imaginary Court Supported Living (demo)", boroughs: ["Hounslow", "Hillingdon", "Richmond upon Thames"], homesBand: "under-1000" },
  { name: "Pretend Row Homes (demo)", boroughs: ["Bexley", "Bromley", "Greenwich"], homesBand: "1000-4999" },
];

/**
 * Demo data for trying Hearth out: London's ICSs and boroughs, fictional
 * providers and one person per role. Writes nothing into a database that
 * already holds organisations or people; reports the demo sign-ins if they are
 * already there.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  { hashPassword }: { hashPassword: (password: string) => Promise<string> },
): Promise<SeedResult> {
  const existing = await db
    .selectFrom("person")
    .select((eb) => [
      eb.fn.countAll<number>().as("people"),
      eb.fn.count<number>("id").filterWhere("email", "like", `%@${DEMO_EMAIL_DOMAIN}`).as("demoPeople"),
    ])
    .executeTakeFirstOrThrow();
  const organisations = await db.selectFrom("organisation").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  if (existing.people > 0 || organisations.n > 0) {
    return { seeded: false, password: DEMO_PASSWORD, people: existing.demoPeople > 0 ? demoPeopleList() : [] };
  }

  const people = demoPeople();
  // Every demo account has the same password, so one (slow) hash serves them all.
  const hash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    await syncFrameworkVersions(trx, frameworks); // the demo's rounds refer to them
    await upsertRegion(trx, LONDON);
    const boroughNames = [...new Set(LONDON_PARTNERSHIPS.flatMap((p) => p.boroughs))].sort();
    await upsertBoroughs(trx, boroughNames.map((name) => ({ key: boroughKey(name), name, region_key: LONDON.key })));

    const organisationIds = new Map<string, string>();
    const network = await createOrganisation(trx, {
      kind: "network",
      name: "London Health and Housing Impact Network (demo)",
      short_name: "Network",
      region_key: LONDON.key,
      boroughKeys: boroughNames.map(boroughKey),
    });
    organisationIds.set("network", network.id);
    for (const partnership of LONDON_PARTNERSHIPS) {
      const created = await createOrganisation(trx, {
        kind: "partnership",
        name: partnership.name,
        short_name: partnership.shortName,
        region_key: LONDON.key,
        note: partnership.note ?? null,
        boroughKeys: partnership.boroughs.map(boroughKey),
      });
      organisationIds.set(partnership.shortName.toLowerCase(), created.id);
    }
    for (const [index, provider] of DEMO_PROVIDERS.entries()) {
      const created = await createOrganisation(trx, {
        kind: "provider",
        name: provider.name,
        region_key: LONDON.key,
        homes_band: provider.homesBand,
        note: "Fictional organisation for demonstration.",
        boroughKeys: provider.boroughs.map(boroughKey),
      });
      organisationIds.set(`provider${index + 1}`, created.id);
    }

    const personIds = new Map<string, string>();
    for (const person of people) {
      const { id } = await createPerson(trx, { email: person.email, name: person.name, passwordHash: hash });
      personIds.set(person.email, id);
      for (const membership of person.memberships) {
        await addMembership(trx, { personId: id, organisationId: organisationIds.get(membership.organisation)!, role: membership.role });
      }
    }

    const byEmail = (email: string) => {
      const person = people.find((p) => p.email === email)!;
      return { personId: personIds.get(email)!, name: person.name };
    };
    await seedDemoAssessments(trx, {
      regionKey: LONDON.key,
      networkStaff: byEmail(`network@${DEMO_EMAIL_DOMAIN}`),
      partnerships: LONDON_PARTNERSHIPS.map((p) => ({
        shortName: p.shortName,
        organisationId: organisationIds.get(p.shortName.toLowerCase())!,
        lead: byEmail(`lead.${p.shortName.toLowerCase()}@${DEMO_EMAIL_DOMAIN}`),
      })),
    });
    await seedDemoTeam(trx, { organisationId: organisationIds.get("nwl")!, lead: byEmail(`lead.nwl@${DEMO_EMAIL_DOMAIN}`), contributor: byEmail(`contributor.nwl@${DEMO_EMAIL_DOMAIN}`) });
    await seedDemoProviders(trx, { regionKey: LONDON.key, networkStaff: byEmail(`network@${DEMO_EMAIL_DOMAIN}`) });
    await seedDemoOffers(trx, DEMO_PROVIDERS.map((_, index) => organisationIds.get(`provider${index + 1}`)!));
    await seedDemoNotifications(trx);
  });

  return { seeded: true, password: DEMO_PASSWORD, people: demoPeopleList() };
}

interface DemoPerson {
  email: string;
  name: string;
  /** Their organisations and roles, oldest membership first. */
  memberships: { organisation: string; role: Role }[];
  description: string;
}

function demoPeople(): DemoPerson[] {
  const at = (local: string) => `${local}@${DEMO_EMAIL_DOMAIN}`;
  const one = (organisation: string, role: Role) => [{ organisation, role }];
  return [
    { email: at("network"), name: "Nia Network", memberships: one("network", "network_staff"), description: "network staff (London)" },
    { email: at("network2"), name: "Noor Network", memberships: one("network", "network_staff"), description: "network staff (London), a second reviewer" },
    ...LONDON_PARTNERSHIPS.map((p) => ({
      email: at(`lead.${p.shortName.toLowerCase()}`),
      name: `${p.shortName} Lead`,
      memberships: one(p.shortName.toLowerCase(), "partnership_lead"),
      description: `partnership lead, ${p.name}`,
    })),
    { email: at("viewer.nwl"), name: "Vic Viewer", memberships: one("nwl", "partnership_viewer"), description: "partnership viewer, North West London ICS" },
    {
      email: at("contributor.nwl"),
      name: "Cal Contributor",
      memberships: one("nwl", "partnership_contributor"),
      description: "partnership contributor, North West London ICS (answers the parts assigned to them)",
    },
    { email: at("provider1"), name: "Priya Provider", memberships: one("provider1", "provider_editor"), description: `housing provider, ${DEMO_PROVIDERS[0]!.name}` },
    { email: at("provider2"), name: "Pat Provider", memberships: one("provider2", "provider_editor"), description: `housing provider, ${DEMO_PROVIDERS[1]!.name}` },
    {
      // Someone who works for a housing association and also sits on an ICS's housing board.
      email: at("dual"),
      name: "Dana Dual",
      memberships: [
        { organisation: "provider5", role: "provider_editor" },
        { organisation: "nel", role: "partnership_viewer" },
      ],
      description: `two organisations: housing provider, ${DEMO_PROVIDERS[4]!.name}; partnership viewer, North East London ICS`,
    },
  ];
}

function demoPeopleList() {
  return demoPeople().map(({ email, description }) => ({ email, description }));
}
