import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { attachmentDisposition } from "~/evidence-files.server";
import { downloadName, toCsv, toXlsx } from "~/exports.server";
import { assessmentRecords, assessmentTables } from "~/results.server";

/**
 * An assessment's answers, evidence and actions to take away: one CSV file per table (`?format=csv&table=answers`), or
 * an Excel workbook with a sheet for each (`?format=xlsx`). For people who may read the assessment.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "download");
  const url = new URL(request.url);
  const format = url.searchParams.get("format");
  const records = await assessmentRecords(context, facts);
  const tables = assessmentTables(records);
  const name = [records.assessment.organisationName, records.assessment.roundName];
  const headers = { "Cache-Control": "private, no-store" };
  if (format === "xlsx") {
    const bytes = await toXlsx(tables, `${records.assessment.organisationName}, ${records.assessment.roundName}`);
    return new Response(new Blob([new Uint8Array(bytes)]), {
      headers: {
        ...headers,
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": attachmentDisposition(downloadName(name, "xlsx")),
      },
    });
  }
  const table = tables.find((t) => t.name.toLowerCase() === (url.searchParams.get("table") ?? "answers"));
  if (format !== "csv" || !table) throw new Response("Not found", { status: 404 });
  return new Response(toCsv(table), {
    headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachmentDisposition(downloadName([...name, table.name], "csv")) },
  });
}
