import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";

/** Sign out is a POST (a link could be followed by a prefetch or another site). */
export async function action({ request, context }: ActionFunctionArgs) {
  const cookie = await endSession(request, context);
  return redirect("/sign-in?signedOut=1", { headers: { "Set-Cookie": cookie } });
}

export async function loader() {
  return redirect("/");
}
