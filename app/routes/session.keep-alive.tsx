import type { ActionFunctionArgs } from "@remix-run/node";
import { keepSessionAlive, requireUser } from "~/auth/session.server";

/** "Stay signed in": moves this session's idle expiry on and says when it now falls. */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const idleExpiresAt = await keepSessionAlive(context, user);
  return { idleExpiresAt: idleExpiresAt.toISOString() };
}
