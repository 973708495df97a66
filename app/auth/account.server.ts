import type { AppLoadContext } from "@remix-run/node";
import { getPasswordHash, updatePasswordHash } from "../../db/people";
import { deleteSessionsOfPerson } from "../../db/sessions";
import { recordAudit } from "../../db/audit";
import { hashPassword, verifyPassword } from "./password.server";
import type { CurrentUser } from "./session.server";

/** Changes a password after checking the current one; every other session of the person ends. */
export async function changePassword(
  context: AppLoadContext,
  user: CurrentUser,
  currentPassword: string,
  newPassword: string,
): Promise<{ ok: true; otherSessionsEnded: number } | { ok: false }> {
  const stored = await getPasswordHash(context.db, user.personId);
  if (!stored || !(await verifyPassword(currentPassword, stored))) return { ok: false };
  const hash = await hashPassword(newPassword);
  return context.db.transaction().execute(async (trx) => {
    await updatePasswordHash(trx, user.personId, hash);
    const ended = await deleteSessionsOfPerson(trx, user.personId, user.sessionId);
    await recordAudit(trx, { actor: { personId: user.personId, name: user.name }, organisationId: user.organisation.id, subjectType: "person", subjectId: user.personId, action: "password-changed" });
    return { ok: true as const, otherSessionsEnded: ended };
  });
}

/** "Sign out everywhere": ends every session of the person, this one included. */
export async function signOutEverywhere(context: AppLoadContext, user: CurrentUser): Promise<number> {
  return context.db.transaction().execute(async (trx) => {
    const ended = await deleteSessionsOfPerson(trx, user.personId);
    await recordAudit(trx, { actor: { personId: user.personId, name: user.name }, organisationId: user.organisation.id, subjectType: "person", subjectId: user.personId, action: "signed-out-everywhere", detail: { sessions: ended } });
    return ended;
  });
}
