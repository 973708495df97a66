import type { AppLoadContext } from "@remix-run/node";
import { PUBLIC_STATUS_LABELS, publicDates, publicStatus, type PublicStatus } from "../assessment/public-progress";
import { findRegion, listPublicProgress, listRegionsWithPartnerships, type PublicProgressRow } from "../db/public-progress";
import { notFound } from "./auth/access.server";

/**
 * The public progress pages (docs/decisions/025): no sign-in, a status and dates for each partnership, nothing more.
 * What goes to the page is built here field by field, so nothing else a query could return reaches the public.
 */
export interface PublicProgressView {
  organisationId: string;
  name: string;
  status: PublicStatus;
  statusLabel: string;
  startedOn: string | null;
  submittedOn: string | null;
  approvedOn: string | null;
}

export interface PublicRoundView {
  name: string;
  dueOn: string;
  closed: boolean;
}

function toView(row: PublicProgressRow): PublicProgressView {
  const status = publicStatus(row.status);
  return { organisationId: row.organisationId, name: row.name, status, statusLabel: PUBLIC_STATUS_LABELS[status], ...publicDates(status, row) };
}

function roundOf(rows: readonly PublicProgressRow[]): PublicRoundView | null {
  const first = rows.find((r) => r.roundName !== null);
  return first && first.roundName && first.roundDueOn ? { name: first.roundName, dueOn: first.roundDueOn, closed: first.roundStatus === "closed" } : null;
}

export async function publicProgressRegions(context: AppLoadContext) {
  const regions = await listRegionsWithPartnerships(context.db);
  return regions.map((r) => ({ key: r.key, name: r.name, partnerships: r.partnerships }));
}

/** A region's page; an unknown region is not found. Two queries whatever the region's size. */
export async function publicProgressPage(context: AppLoadContext, regionKey: string) {
  const [region, rows] = await Promise.all([findRegion(context.db, regionKey), listPublicProgress(context.db, { regionKey })]);
  if (!region) notFound();
  const partnerships = rows.map(toView);
  const counts = Object.fromEntries(Object.keys(PUBLIC_STATUS_LABELS).map((s) => [s, partnerships.filter((p) => p.status === s).length])) as Record<PublicStatus, number>;
  return { region: { key: region.key, name: region.name }, round: roundOf(rows), partnerships, counts };
}

/** What the region's public page shows about one partnership, for its own home page. One query. */
export async function publicProgressOf(context: AppLoadContext, organisation: { id: string; regionKey: string }) {
  const rows = await listPublicProgress(context.db, { organisationId: organisation.id });
  const row = rows[0];
  return row ? { regionKey: organisation.regionKey, round: roundOf(rows), shown: toView(row) } : null;
}
