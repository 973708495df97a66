import type { AppLoadContext } from "@remix-run/node";
import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from "../assessment/browser";
import { frameworkVersions, getFramework, PARTNERSHIP_FRAMEWORK_KEY, PROVIDER_FRAMEWORK_KEY } from "../assessment";
import { closeRegionRound, deleteRegionRound, findRegionRound, listOpenRounds, listRegionRoundsWithProgress, listRoundOrganisations, openRound, type RoundAudience } from "../db/rounds";
import { auditActor } from "./assessments.server";
import { notFound, requireAccess } from "./auth/access.server";
import type { CurrentUser } from "./auth/session.server";
import { formatDate, todayInLondon } from "./dates";

/**
 * Network staff run their region's rounds: the list of both frameworks' rounds with their progress, opening a round
 * for every partnership or every housing provider at once, a round's page (who has not started, who is in progress,
 * submitted, approved), closing it and deleting one opened by mistake.
 */

export const FRAMEWORK_OF_AUDIENCE: Record<RoundAudience, string> = { partnership: PARTNERSHIP_FRAMEWORK_KEY, provider: PROVIDER_FRAMEWORK_KEY };
export const AUDIENCE_WORDS: Record<RoundAudience, string> = { partnership: "Partnerships", provider: "Housing providers" };
const ROUND_STATUS_LABELS = { draft: "Not yet open", open: "Open", closed: "Closed" } as const;

function requireRegion(user: CurrentUser) {
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  return user.organisation.regionKey;
}

/** The region's rounds, both frameworks, with how far organisations have got in each. */
export async function roundsPage(context: AppLoadContext, user: CurrentUser) {
  const regionKey = requireRegion(user);
  const rounds = await listRegionRoundsWithProgress(context.db, regionKey);
  return {
    rounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      statusLabel: ROUND_STATUS_LABELS[r.status],
      audience: r.frameworkKey === PROVIDER_FRAMEWORK_KEY ? ("provider" as const) : ("partnership" as const),
      framework: `${getFramework(r.frameworkKey, r.frameworkVersion)?.title ?? r.frameworkKey}, version ${r.frameworkVersion}`,
      opensOn: r.opensOn,
      dueOn: r.dueOn,
      organisations: r.organisations,
      started: r.started,
      submitted: r.submitted,
      approved: r.approved,
    })),
  };
}

/** The published versions of the framework a round for this audience uses, newest first. */
export function versionOptions(audience: RoundAudience) {
  const published = frameworkVersions(FRAMEWORK_OF_AUDIENCE[audience]).filter((f) => f.status === "published").reverse();
  return published.map((f, i) => ({ value: String(f.version), label: `Version ${f.version}, published ${formatDate(f.publishedOn)}${i === 0 ? " (latest)" : ""}`, title: f.title }));
}

/**
 * The form for opening a round: who it is for (chosen first), then its name, dates and framework version, with the
 * rounds of that framework still open (both stay open unless one is closed).
 */
export async function newRoundPage(context: AppLoadContext, user: CurrentUser, audience: RoundAudience | null) {
  const regionKey = requireRegion(user);
  if (!audience) return { audience: null, versions: [], frameworkTitle: null, stillOpen: [], today: todayInLondon() };
  const versions = versionOptions(audience);
  const stillOpen = await listOpenRounds(context.db, { regionKey, frameworkKey: FRAMEWORK_OF_AUDIENCE[audience] });
  return {
    audience,
    audienceWords: AUDIENCE_WORDS[audience],
    versions: versions.map(({ value, label }) => ({ value, label })),
    frameworkTitle: versions[0]?.title ?? null,
    stillOpen,
    today: todayInLondon(),
  };
}

export async function openRegionRound(
  context: AppLoadContext,
  user: CurrentUser,
  values: { audience: RoundAudience; name: string; opensOn: string | null; dueOn: string | null; frameworkVersion: string },
) {
  const regionKey = requireRegion(user);
  return openRound(context.db, {
    regionKey,
    audience: values.audience,
    frameworkKey: FRAMEWORK_OF_AUDIENCE[values.audience],
    frameworkVersion: Number(values.frameworkVersion),
    name: values.name,
    opensOn: values.opensOn!,
    dueOn: values.dueOn!,
    actor: auditActor(user),
  });
}

/** A round of the person's region they may administer, or 404 (another region's, or none). */
export async function requireRegionRound(context: AppLoadContext, user: CurrentUser, roundId: string) {
  const round = await findRegionRound(context.db, roundId);
  if (!round) notFound();
  requireAccess(user, { type: "round", regionKey: round.regionKey, status: round.status, audience: round.audience }, "administer");
  return round;
}

const GROUPS: { key: "not_started" | "in_progress" | "submitted" | "approved"; title: string }[] = [
  { key: "not_started", title: "Not started" },
  { key: "in_progress", title: "In progress" },
  { key: "submitted", title: "Submitted, waiting for review" },
  { key: "approved", title: "Approved" },
];

const GROUP_OF: Record<AssessmentStatus, "in_progress" | "submitted" | "approved"> = { in_progress: "in_progress", returned: "in_progress", submitted: "submitted", approved: "approved" };

/** A round's page: its details, and every organisation it is for by where it has got to. */
export async function roundPage(context: AppLoadContext, user: CurrentUser, roundId: string) {
  const round = await requireRegionRound(context, user, roundId);
  const organisations = await listRoundOrganisations(context.db, { roundId: round.id, regionKey: round.regionKey, audience: round.audience });
  const framework = getFramework(round.frameworkKey, round.frameworkVersion);
  return {
    round: {
      id: round.id,
      name: round.name,
      status: round.status,
      statusLabel: ROUND_STATUS_LABELS[round.status],
      audience: round.audience,
      audienceWords: AUDIENCE_WORDS[round.audience],
      framework: `${framework?.title ?? round.frameworkKey}, version ${round.frameworkVersion}`,
      opensOn: round.opensOn,
      dueOn: round.dueOn,
      closedAt: round.closedAt?.toISOString() ?? null,
      closedByName: round.closedByName,
    },
    groups: GROUPS.map((g) => ({
      ...g,
      organisations: organisations
        .filter((o) => (o.status ? GROUP_OF[o.status] : "not_started") === g.key)
        .map((o) => ({ id: o.organisationId, name: o.name, assessmentId: o.assessmentId, statusLabel: o.status ? ASSESSMENT_STATUS_LABELS[o.status] : null, status: o.status })),
    })),
    mayDelete: organisations.every((o) => o.assessmentId === null),
  };
}

export async function closeRoundFor(context: AppLoadContext, user: CurrentUser, roundId: string) {
  const round = await requireRegionRound(context, user, roundId);
  return closeRegionRound(context.db, { roundId: round.id, regionKey: round.regionKey, actor: auditActor(user) });
}

export async function deleteRoundFor(context: AppLoadContext, user: CurrentUser, roundId: string) {
  const round = await requireRegionRound(context, user, roundId);
  return deleteRegionRound(context.db, { roundId: round.id, regionKey: round.regionKey, actor: auditActor(user) });
}
