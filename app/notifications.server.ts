/** Server-only: the in-app list of what changed for a person and the organisation they act for. */
import type { AppLoadContext } from "@remix-run/node";
import { listNotifications, markNotificationsSeen } from "../db/notifications";
import type { CurrentUser } from "./auth/session.server";

export async function notificationsPage(context: AppLoadContext, user: CurrentUser) {
  const rows = await listNotifications(context.db, { personId: user.personId, organisationId: user.organisation.id });
  return {
    organisationName: user.organisation.name,
    newCount: rows.filter((r) => r.isNew).length,
    items: rows.map((r) => ({ id: r.id, title: r.title, link: r.link, createdAt: r.createdAt.toISOString(), isNew: Boolean(r.isNew) })),
  };
}

export async function markAllSeen(context: AppLoadContext, user: CurrentUser): Promise<void> {
  await markNotificationsSeen(context.db, user.personId);
}
