import { latestFramework, PARTNERSHIP_FRAMEWORK_KEY } from "../assessment";
import { assignPart } from "./assignments";
import { createRatingRequest, saveIndependentRatings } from "./consensus";
import type { Db } from "./schema";

/**
 * The demo's team work, so a new user meets it in use: in North West London's open assessment, the lead has given
 * two domains to a contributor (one done, one overdue) and asked the lead and the contributor to rate a third independently;
 * the contributor has rated, the lead has not yet. Call inside the demo seed's transaction, after the assessments.
 */
export async function seedDemoTeam(
  db: Db,
  { organisationId, lead, contributor }: { organisationId: string; lead: { personId: string; name: string }; contributor: { personId: string; name: string } },
): Promise<void> {
  const assessment = await db
    .selectFrom("assessment as a")
    .innerJoin("round as r", "r.id", "a.round_id")
    .where("a.organisation_id", "=", organisationId)
    .where("r.status", "=", "open")
    .where("a.framework_key", "=", PARTNERSHIP_FRAMEWORK_KEY)
    .select("a.id")
    .executeTakeFirst();
  if (!assessment) return;
  const framework = latestFramework(PARTNERSHIP_FRAMEWORK_KEY)!;
  const domain = (key: string) => framework.domains.find((d) => d.key === key) ?? framework.domains[0]!;
  const at = { assessmentId: assessment.id, organisationId };
  await assignPart(db, { ...at, scope: { domainKey: domain("mental-health").key }, personId: contributor.personId, dueOn: "2026-11-30", actor: lead });
  await assignPart(db, { ...at, scope: { domainKey: domain("data").key }, personId: contributor.personId, dueOn: "2027-01-15", actor: lead });
  const rated = domain("admissions-discharge");
  const request = await createRatingRequest(db, { ...at, domainKey: rated.key, raterIds: [lead.personId, contributor.personId], actor: lead });
  if (!request.ok) return;
  await saveIndependentRatings(db, {
    requestId: request.id,
    organisationId,
    actor: contributor,
    indicatorKeys: rated.indicators.map((i) => i.key),
    cleared: [],
    ratings: rated.indicators.map((i, n) => ({
      indicatorKey: i.key,
      answer: "level",
      level: 2 + (n % 3),
      rationale: n % 2 === 0 ? "From what I see at the discharge hub, this is agreed but not yet routine." : "Written down in the board's plan; not yet tested in practice.",
    })),
  });
}
