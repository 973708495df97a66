import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { evidenceDownload } from "~/evidence.server";

/** An evidence file, as an attachment, for people who may read its organisation's assessments. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return evidenceDownload(context, user, params.evidenceId ?? "");
}
