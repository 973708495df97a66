import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { auditTable } from "~/audit.server";
import { todayInLondon } from "~/dates";
import { attachmentDisposition } from "~/evidence-files.server";
import { downloadName, toCsv, toXlsx } from "~/exports.server";

/** The audit log under the page's filters, as a CSV file (`format=csv`) or an Excel workbook (`format=xlsx`). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "region", regionKey: user.organisation.regionKey }, "administer");
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  if (format !== "csv" && format !== "xlsx") throw new Response("Not found", { status: 404 });
  const table = await auditTable(context, user, url.searchParams);
  const name = ["Audit log", todayInLondon()];
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "xlsx") {
    const bytes = await toXlsx([table as never], `Audit log, ${todayInLondon()}`);
    return new Response(new Blob([new Uint8Array(bytes)]), {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": attachmentDisposition(downloadName(name, "xlsx")) },
    });
  }
  return new Response(toCsv(table), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachmentDisposition(downloadName(name, "csv")) },
  });
}
