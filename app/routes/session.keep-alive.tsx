import type { ActionFunctionArgs } from "@remix-run/node";
import { keepSessionAlive, requireUser } from "~/auth/session.server";

/** "Stay signed in": moves this session's idle expiry on and says when it now falls. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const idleExpiresAt = await keepSessionAlive(context, user);
  const idleSecondsLeft = Math.max(0, Math.floor((idleExpiresAt.getTime() - Date.now()) / 1000));
  return Response.json({ idleSecondsLeft }, { headers: { "Cache-Control": "no-store" } });
}
