import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useState } from "react";
import { can } from "~/auth/access";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { CheckboxGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { EvidenceDetailFields } from "~/components/evidence-fields";
import { EvidenceLine } from "~/components/indicator-records";
import { TextField } from "~/components/text-field";
import { TextareaField } from "~/components/textarea-field";
import { formatDate } from "~/dates";
import { evidenceDetailPage, purgeEvidence, requireEvidence } from "~/evidence.server";
import { checkEvidenceDates, editEvidenceSchema } from "~/forms/evidence-schema";
import { purgeEvidenceSchema } from "~/forms/purge-schema";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { useErrorsReported, useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { todayInLondon } from "~/dates";
import { defaultReviewBy } from "../../assessment/browser";
import { deleteEvidence, updateEvidence } from "../../db/evidence";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.evidence.title} – Hearth` : "Evidence – Hearth" }];

/** One piece of evidence: what it is, what it supports; its organisation's editors can change or delete it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireEvidence(context, user, params.evidenceId ?? "", "read");
  return {
    ...(await evidenceDetailPage(context, facts)),
    organisationId: facts.organisation.id,
    mayEdit: can(user, { type: "evidence", organisation: facts.organisation }, "edit"),
    // Network staff of the region purge a file uploaded with personal data by mistake.
    mayPurge: can(user, { type: "evidence", organisation: facts.organisation }, "administer"),
    purged: new URL(request.url).searchParams.get("purged") === "1",
  };
}

export const intents = ["update", "delete", "purge"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  const intent = readIntent(form, intents);
  // Purging is for network staff of the region; changing and deleting for the organisation's editors.
  const facts = await requireEvidence(context, user, params.evidenceId ?? "", intent === "purge" ? "administer" : "edit");
  const actor = { personId: user.personId, name: user.name };
  switch (intent) {
    case "purge": {
      const parsed = parseForm(purgeEvidenceSchema, form);
      if (!parsed.ok) return data({ errors: parsed.errors, values: formDataToObject(form) }, { status: 400 });
      const purged = await purgeEvidence(context, user, facts, parsed.data.reason);
      if (!purged) return data({ errors: { reason: "This evidence has no file to purge, or it has been purged already" } as FieldErrors, values: formDataToObject(form) }, { status: 409 });
      return redirect(`/evidence/${facts.id}?purged=1`);
    }
    case "update": {
      const parsed = parseForm(editEvidenceSchema, form);
      const errors: FieldErrors = parsed.ok ? checkEvidenceDates(parsed.data.datedOn!, parsed.data.reviewBy, todayInLondon()) : parsed.errors;
      const page = await evidenceDetailPage(context, facts);
      const url = typeof form.get("url") === "string" ? String(form.get("url")).trim() : "";
      if (page.evidence.kind === "link" && !/^https?:\/\/\S+$/i.test(url)) errors.url = "Enter a web address that starts with https://, like https://www.example.org/report.pdf";
      if (!parsed.ok || Object.keys(errors).length > 0) return data({ errors, values: formDataToObject(form) }, { status: 400 });
      const d = parsed.data;
      await updateEvidence(context.db, {
        id: facts.id,
        organisationId: facts.organisation.id,
        actor,
        changes: { title: d.title, description: d.description, url: page.evidence.kind === "link" ? url : null, strength: d.strength, datedOn: d.datedOn!, reviewBy: d.reviewBy ?? defaultReviewBy(d.datedOn!), ownerName: d.ownerName },
      });
      return redirect(`/evidence/${facts.id}?saved=1`);
    }
    case "delete": {
      if (form.get("confirm") !== "yes") {
        return data({ errors: { confirm: "Tick the box to confirm you want to delete this evidence" } as FieldErrors, values: {} }, { status: 400 });
      }
      await deleteEvidence(context.db, { id: facts.id, organisationId: facts.organisation.id, actor });
      return redirect(`/organisations/${facts.organisation.id}/evidence?deleted=1`);
    }
    default:
      return unknownIntent();
  }
}

export default function EvidenceDetail() {
  const { evidence, supports, mayEdit, mayPurge, purged, organisationId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, never> } | undefined;
  const { register, errors, onSubmit } = useHearthForm(editEvidenceSchema, { serverErrors: result?.errors });
  const sent = result?.values;
  // Mistakes the purge form catches in the browser, for the one error summary at the top.
  const [purgeErrors, setPurgeErrors] = useState<FieldErrors>({});
  const reportPurgeErrors = useCallback((_form: string, formErrors: FieldErrors) => setPurgeErrors(formErrors), []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${organisationId}/evidence`}>Back to the evidence register</BackLink>
        <ErrorSummary errors={Object.keys(purgeErrors).length > 0 ? purgeErrors : errors} order={["url", "title", "strength", "datedOn", "reviewBy", "ownerName", "description", "confirm", "reason", "form"]} />
        {purged ? (
          <div className="nhsuk-inset-text" role="status">
            <p>File purged. Its contents are deleted; this record and the audit trail say when and why.</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">Evidence</span>
        <h1>{evidence.title}</h1>
        <p>
          <EvidenceLine item={evidence} />
        </p>
        {evidence.purged ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                File purged
              </span>
            </h2>
            <p>
              File purged by network staff on {evidence.purgedAt ? formatDate(evidence.purgedAt) : "an earlier date"}
              {evidence.purgeReason ? `: ${evidence.purgeReason}` : ""}. The record of the evidence stays; its file cannot be downloaded, and it no longer supports a rating.
            </p>
          </div>
        ) : null}
        {evidence.description ? <p className="hearth-preserve-lines">{evidence.description}</p> : null}
        <p>Owner: {evidence.ownerName || "not recorded"}.</p>
        <h2>Supports</h2>
        {supports.length === 0 ? (
          <p>It is not linked to any indicator.</p>
        ) : (
          <ul>
            {supports.map((s) => (
              <li key={`${s.assessmentId}/${s.indicatorKey}`}>
                <Link to={`/assessments/${s.assessmentId}/indicators/${s.indicatorKey}/history`}>{s.indicator}</Link> ({s.roundName})
              </li>
            ))}
          </ul>
        )}
        {mayEdit ? (
          <>
            <h2>Change its details</h2>
            <Form method="post" noValidate onSubmit={onSubmit}>
              <input type="hidden" name="intent" value="update" />
              {evidence.kind === "link" ? (
                <TextField label="Web address" type="url" spellCheck={false} error={errors.url} defaultValue={sent?.url ?? evidence.url ?? ""} {...register("url")} />
              ) : null}
              <EvidenceDetailFields
                prefix=""
                errors={errors}
                register={register}
                defaults={sent ?? { title: evidence.title, strength: evidence.strength, datedOn: evidence.datedOn, reviewBy: evidence.reviewBy, ownerName: evidence.ownerName, description: evidence.description }}
              />
              <button className="nhsuk-button" type="submit">
                Save changes
              </button>
            </Form>
            <h2>Delete it</h2>
            <p>
              Deleting removes it from every indicator it supports{evidence.kind === "file" ? ", and deletes the file" : ""}. The audit trail keeps a
              record that it existed and who deleted it.
            </p>
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="delete" />
              <CheckboxGroup
                name="confirm"
                legend="Confirm"
                options={[{ value: "yes", label: "Yes, delete this evidence" }]}
                error={errors.confirm}
                small
              />
              <button className="nhsuk-button nhsuk-button--warning" type="submit">
                Delete the evidence
              </button>
            </Form>
          </>
        ) : null}
        {mayPurge && evidence.kind === "file" && !evidence.purged ? <PurgeForm serverErrors={result?.errors} values={sent as Record<string, unknown> | undefined} onErrors={reportPurgeErrors} /> : null}
      </div>
    </div>
  );
}

/** Network staff: purge a file uploaded with personal data by mistake, with a reason and a confirmation. */
function PurgeForm({ serverErrors, values, onErrors }: { serverErrors?: FieldErrors; values?: Record<string, unknown>; onErrors: (form: string, errors: FieldErrors) => void }) {
  const { register, errors, onSubmit } = useHearthForm(purgeEvidenceSchema, { serverErrors, defaultValues: { reason: typeof values?.reason === "string" ? values.reason : "" } });
  useErrorsReported(onErrors, "purge", errors);
  return (
    <section aria-labelledby="purge-title" className="nhsuk-u-margin-top-7">
      <h2 id="purge-title">Purge this file</h2>
      <p>
        If the file holds personal data that should never have been uploaded (about patients, residents or staff), purge it. Its contents are deleted
        for good; the evidence&apos;s record stays, saying it was purged, when and why, and it no longer supports any rating.
      </p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="purge" />
        <TextareaField label="Why the file is being purged" hint="Kept in the audit trail and shown on this record. Do not repeat the personal data." rows={3} error={errors.reason} defaultValue={typeof values?.reason === "string" ? values.reason : ""} {...register("reason")} />
        <CheckboxGroup name="confirm" legend="Confirm" options={[{ value: "yes", label: "Yes, delete the file's contents for good" }]} field={register("confirm")} error={errors.confirm} small />
        <button className="nhsuk-button nhsuk-button--warning" type="submit">
          Purge this file
        </button>
      </Form>
    </section>
  );
}
