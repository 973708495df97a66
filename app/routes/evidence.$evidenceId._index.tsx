import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/access";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { CheckboxGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { EvidenceDetailFields } from "~/components/evidence-fields";
import { EvidenceLine } from "~/components/indicator-records";
import { TextField } from "~/components/text-field";
import { evidenceDetailPage, requireEvidence } from "~/evidence.server";
import { checkEvidenceDates, editEvidenceSchema } from "~/forms/evidence-schema";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { useHearthForm } from "~/forms/use-hearth-form";
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
  };
}

export const intents = ["update", "delete"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireEvidence(context, user, params.evidenceId ?? "", "edit");
  const form = await request.formData();
  const actor = { personId: user.personId, name: user.name };
  switch (readIntent(form, intents)) {
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
  const { evidence, supports, mayEdit, organisationId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, never> } | undefined;
  const { register, errors, onSubmit } = useHearthForm(editEvidenceSchema, { serverErrors: result?.errors });
  const sent = result?.values;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${organisationId}/evidence`}>Back to the evidence register</BackLink>
        <ErrorSummary errors={errors} order={["url", "title", "strength", "datedOn", "reviewBy", "ownerName", "description", "confirm", "form"]} />
        <span className="nhsuk-caption-l">Evidence</span>
        <h1>{evidence.title}</h1>
        <p>
          <EvidenceLine item={evidence} />
        </p>
        {evidence.purged ? <p>The file was removed because it held personal data. The record of it stays.</p> : null}
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
      </div>
    </div>
  );
}
