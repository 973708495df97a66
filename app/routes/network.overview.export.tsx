import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { attachmentDisposition } from "~/evidence-files.server";
import { downloadName, toCsv, toXlsx } from "~/exports.server";
import { overviewTables, regionalOverview } from "~/overview.server";

/** The regional overview to take away, under the same filters: a CSV file per table (`table=partnerships|trend`) or an Excel workbook. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const url = new URL(request.url);
  const page = await regionalOverview(context, user, url.searchParams);
  const tables = overviewTables(page);
  const name = ["Regional overview", page.round?.name ?? "no round"];
  const headers = { "Cache-Control": "private, no-store" };
  const format = url.searchParams.get("format");
  if (format === "xlsx") {
    const bytes = await toXlsx(tables, `Regional overview, ${page.round?.name ?? ""}`);
    return new Response(new Blob([new Uint8Array(bytes)]), {
      headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": attachmentDisposition(downloadName(name, "xlsx")) },
    });
  }
  const table = tables.find((t) => t.name.toLowerCase() === (url.searchParams.get("table") ?? "partnerships"));
  if (format !== "csv" || !table) throw new Response("Not found", { status: 404 });
  return new Response(toCsv(table), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachmentDisposition(downloadName([...name, table.name], "csv")) },
  });
}
