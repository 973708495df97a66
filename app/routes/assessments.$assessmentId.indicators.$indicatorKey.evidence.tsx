import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { SelectField } from "~/components/select-field";
import { TextField } from "~/components/text-field";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { EvidenceDetailFields } from "~/components/evidence-fields";
import { EvidenceLine } from "~/components/indicator-records";
import { addEvidence, attachEvidence, indicatorEvidencePage, receiveUpload } from "~/evidence.server";
import { checkEvidenceDates, linkFormSchema, uploadFormSchema } from "~/forms/evidence-schema";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { findKeptUpload, unlinkEvidence } from "../../db/evidence";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Evidence for ${data.indicator.title} – Hearth` : "Evidence – Hearth" }];

/** Adding evidence to one indicator of an assessment: upload a file, add a link, or link evidence already held. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "edit", { indicatorKey: params.indicatorKey ?? "" });
  return indicatorEvidencePage(context, facts, params.indicatorKey ?? "", new URL(request.url).searchParams.get("title") ?? "");
}

export const intents = ["upload", "link", "attach", "unlink"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "edit", { indicatorKey: params.indicatorKey ?? "" });
  const page = await indicatorEvidencePage(context, facts, params.indicatorKey ?? "");
  const back = `/assessments/${facts.id}/domains/${page.domain.key}#${page.indicator.key}`;
  const actor = { personId: user.personId, name: user.name };

  // An upload streams its file into the database while the form is read; the other forms are small.
  const multipart = (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
  const upload = multipart ? await receiveUpload(context, user, request, facts.organisation.id) : null;
  const form = upload ? upload.fields : await request.formData();
  const values = formDataToObject(form);

  switch (readIntent(form, intents)) {
    case "upload": {
      const parsed = parseForm(uploadFormSchema, form);
      const errors: FieldErrors = parsed.ok ? prefixed("upload", checkEvidenceDates(parsed.data.upload.datedOn!, parsed.data.upload.reviewBy, page.today)) : { ...parsed.errors };
      // A file received with an earlier attempt (the page kept it) must be this organisation's, unused and unpurged.
      const keptId = typeof (values.upload as Record<string, unknown> | undefined)?.fileId === "string" ? String((values.upload as Record<string, unknown>).fileId) : "";
      const fileId = upload?.ok ? upload.fileId : keptId && (await findKeptUpload(context.db, { fileId: keptId, organisationId: facts.organisation.id })) ? keptId : null;
      if (!fileId) errors["upload.file"] = upload && !upload.ok ? upload.fileError : "Select a file to upload";
      if (!parsed.ok || Object.keys(errors).length > 0) {
        // A file received while something else was wrong is kept, so it need not be chosen again.
        const kept = fileId ? { fileId, fileName: upload?.ok ? upload.fileName : String((values.upload as Record<string, unknown>)?.fileName ?? "your file") } : null;
        return data({ form: "upload", errors, values, kept }, { status: 400 });
      }
      const d = parsed.data.upload;
      await addEvidence(context, user, facts, page.indicator.key, { ...d, datedOn: d.datedOn!, url: null, fileId });
      return redirect(back);
    }
    case "link": {
      const parsed = parseForm(linkFormSchema, form);
      const errors: FieldErrors = parsed.ok ? prefixed("link", checkEvidenceDates(parsed.data.link.datedOn!, parsed.data.link.reviewBy, page.today)) : { ...parsed.errors };
      if (!parsed.ok || Object.keys(errors).length > 0) return data({ form: "link", errors, values, kept: null }, { status: 400 });
      const d = parsed.data.link;
      await addEvidence(context, user, facts, page.indicator.key, { ...d, datedOn: d.datedOn!, fileId: null });
      return redirect(back);
    }
    case "attach": {
      // Checked directly (the organisation's, not purged), not against the picker, which lists only the newest.
      if (!(await attachEvidence(context, user, facts, page.indicator.key, String(form.get("evidenceId") ?? "")))) {
        return data({ form: "attach", errors: { evidenceId: "Select the evidence to link" } as FieldErrors, values, kept: null }, { status: 400 });
      }
      return redirect(back);
    }
    case "unlink": {
      const evidenceId = String(form.get("evidenceId") ?? "");
      if (!page.linked.some((e) => e.id === evidenceId)) {
        return data({ form: "unlink", errors: { form: "That evidence is not linked to this indicator" } as FieldErrors, values, kept: null }, { status: 400 });
      }
      await unlinkEvidence(context.db, { evidenceId, organisationId: facts.organisation.id, assessmentId: facts.id, indicatorKey: page.indicator.key, actor });
      return redirect(`/assessments/${facts.id}/indicators/${page.indicator.key}/evidence`);
    }
    default:
      return unknownIntent();
  }
}

function prefixed(prefix: string, errors: Record<string, string>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [`${prefix}.${key}`, message]));
}

type ActionResult = { form?: string; errors?: FieldErrors; values?: Record<string, Record<string, unknown>>; kept?: { fileId: string; fileName: string } | null };

export default function IndicatorEvidence() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const submitting = useNavigation().state === "submitting";
  const sent = (formName: string) => (result?.form === formName ? (result.values?.[formName] as Record<string, never> | undefined) ?? {} : {});
  const upload = useHearthForm(uploadFormSchema, { serverErrors: result?.form === "upload" ? result.errors : undefined });
  const link = useHearthForm(linkFormSchema, { serverErrors: result?.form === "link" ? result.errors : undefined });
  const errors: FieldErrors = { ...(result?.form === "attach" || result?.form === "unlink" ? result.errors : {}), ...upload.errors, ...link.errors };
  const order = [
    "form",
    "upload.file",
    ...["title", "strength", "datedOn", "reviewBy", "ownerName", "description"].map((f) => `upload.${f}`),
    "link.url",
    ...["title", "strength", "datedOn", "reviewBy", "ownerName", "description"].map((f) => `link.${f}`),
    "evidenceId",
  ];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/assessments/${page.assessmentId}/domains/${page.domain.key}#${page.indicator.key}`}>{`Back to ${page.domain.title}`}</BackLink>
        <ErrorSummary errors={errors} order={order} />
        <span className="nhsuk-caption-l">{page.domain.title}</span>
        <h1>Evidence for {page.indicator.title}</h1>
        <p>{page.indicator.statement}</p>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Evidence expected at each level</span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {page.evidenceExpected.map((e) => (
                <li key={e.level}>
                  Level {e.level}: {e.text}
                </li>
              ))}
            </ul>
          </div>
        </details>

        <h2>Linked to this indicator</h2>
        {page.linked.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--border">
            {page.linked.map((item) => (
              <li key={item.id}>
                <EvidenceLine item={item} />
                <Form method="post" className="hearth-inline-form">
                  <input type="hidden" name="intent" value="unlink" />
                  <input type="hidden" name="evidenceId" value={item.id} />{" "}
                  <button type="submit" className="hearth-link-button">
                    Remove from this indicator<span className="nhsuk-u-visually-hidden">: {item.title}</span>
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}

        <h2>Upload a file</h2>
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              No personal data
            </span>
          </h3>
          <p>
            Do not upload anything that identifies patients, residents or staff. Evidence is about how your partnership works: summaries,
            plans, agreements and aggregate figures.
          </p>
        </div>
        <Form method="post" encType="multipart/form-data" noValidate onSubmit={upload.onSubmit}>
          <input type="hidden" name="intent" value="upload" />
          {result?.kept ? (
            <>
              <input type="hidden" name="upload.fileId" value={result.kept.fileId} />
              <input type="hidden" name="upload.fileName" value={result.kept.fileName} />
              <div className="nhsuk-inset-text">
                <p>
                  We have received <strong>{result.kept.fileName}</strong>: you do not need to choose it again. Fix the problems below, then add
                  it.
                </p>
              </div>
            </>
          ) : (
            <div className={`nhsuk-form-group${errors["upload.file"] ? " nhsuk-form-group--error" : ""}`}>
              <label className="nhsuk-label" htmlFor="upload.file">
                File
              </label>
              <div className="nhsuk-hint" id="upload.file-hint">
                A PDF, Word document (.docx), Excel workbook (.xlsx), CSV file, PNG or JPEG image, smaller than 10 MB. Files with macros are
                not accepted.
              </div>
              {errors["upload.file"] ? (
                <span className="nhsuk-error-message" id="upload.file-error">
                  <span className="nhsuk-u-visually-hidden">Error:</span> {errors["upload.file"]}
                </span>
              ) : null}
              <input
                className={`nhsuk-file-upload${errors["upload.file"] ? " nhsuk-file-upload--error" : ""}`}
                id="upload.file"
                name="file"
                type="file"
                accept=".pdf,.docx,.xlsx,.csv,.png,.jpg,.jpeg"
                aria-describedby={["upload.file-hint", errors["upload.file"] ? "upload.file-error" : ""].filter(Boolean).join(" ")}
              />
            </div>
          )}
          <EvidenceDetailFields prefix="upload" errors={errors} defaults={sent("upload")} register={upload.register} />
          <button className="nhsuk-button" type="submit" disabled={submitting}>
            Upload and link the file
          </button>
        </Form>

        <h2>Add a link</h2>
        <p>For evidence published on the web or kept on a shared drive your colleagues and reviewers can open.</p>
        <Form method="post" noValidate onSubmit={link.onSubmit}>
          <input type="hidden" name="intent" value="link" />
          <TextField label="Web address" hint="Starting https://" type="url" spellCheck={false} error={errors["link.url"]} defaultValue={String(sent("link").url ?? "")} {...link.register("link.url")} />
          <EvidenceDetailFields prefix="link" errors={errors} defaults={sent("link")} register={link.register} />
          <button className="nhsuk-button" type="submit" disabled={submitting}>
            Add and link it
          </button>
        </Form>

        <h2 id="link-existing">Link evidence you already have</h2>
        {page.linkableTruncated || page.titleSearch ? (
          // A plain GET form: the search goes in the address (?title=), and the page comes back at this section.
          <form method="get" action={`/assessments/${page.assessmentId}/indicators/${page.indicator.key}/evidence#link-existing`}>
            <TextField
              name="title"
              label="Search your evidence by title"
              hint={page.linkableTruncated ? `The list shows the newest ${page.linkableLimit} pieces. Search to find older evidence.` : undefined}
              type="search"
              defaultValue={page.titleSearch}
              widthClass="nhsuk-input--width-20"
            />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Search
            </button>
          </form>
        ) : null}
        {page.linkable.length === 0 ? (
          <p>{page.titleSearch ? `No other evidence has a title containing "${page.titleSearch}".` : "Your partnership has no other evidence yet."}</p>
        ) : (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="attach" />
            <SelectField
              name="evidenceId"
              label="Evidence"
              hint={page.titleSearch ? `Evidence with "${page.titleSearch}" in its title. One piece of evidence can support several indicators, and later rounds.` : "One piece of evidence can support several indicators, and later rounds."}
              options={page.linkable.map((e) => ({ value: e.id, label: e.label }))}
              emptyLabel="Choose evidence"
              error={errors.evidenceId}
            />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit" disabled={submitting}>
              Link it
            </button>
          </Form>
        )}
      </div>
    </div>
  );
}
