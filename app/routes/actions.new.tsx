import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { ActionFields } from "~/components/action-fields";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { actionFormFramework, actionIndicatorOptions } from "~/evidence.server";
import { actionSchema } from "~/forms/action-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { createAction } from "../../db/actions";

export const meta: MetaFunction = () => [{ title: "Add an action – Hearth" }];

/** Adding an improvement action to the organisation's plan, usually for one indicator (from its domain page). */
async function context_(args: LoaderFunctionArgs | ActionFunctionArgs) {
  const user = await requireUser(args.request, args.context);
  requireAccess(user, { type: "action", organisation: user.organisation }, "edit");
  const url = new URL(args.request.url);
  const assessmentId = url.searchParams.get("assessment");
  // Coming from an assessment: it must be one of this organisation's, which this person may read.
  const facts = assessmentId ? await requireAssessment(args.context, user, assessmentId, "read") : null;
  if (facts && facts.organisation.id !== user.organisation.id) throw new Response("Not found", { status: 404 });
  // The indicators of that assessment's framework version (or of the organisation's current assessment).
  const framework = await actionFormFramework(args.context, user.organisation, facts);
  const options = actionIndicatorOptions(framework);
  const indicatorKey = url.searchParams.get("indicator") ?? "";
  return { user, facts, framework, options, indicatorKey: options.some((o) => o.value === indicatorKey) ? indicatorKey : "" };
}

/** The indicator's place on its assessment's domain page, its domain found in the framework. */
function backTo(facts: { id: string } | null, options: { value: string; domainKey: string }[], indicatorKey: string) {
  const domainKey = options.find((o) => o.value === indicatorKey)?.domainKey;
  return facts && domainKey ? `/assessments/${facts.id}/domains/${domainKey}#${indicatorKey}` : null;
}

export async function loader(args: LoaderFunctionArgs) {
  const { facts, options, indicatorKey } = await context_(args);
  return { options: options.map((o) => ({ value: o.value, label: o.label })), indicatorKey, back: backTo(facts, options, indicatorKey) };
}

export async function action(args: ActionFunctionArgs) {
  const { user, facts, framework, options } = await context_(args);
  const form = await args.request.formData();
  const parsed = parseForm(actionSchema, form);
  const errors: FieldErrors = parsed.ok ? {} : parsed.errors;
  if (parsed.ok && parsed.data.indicatorKey && !options.some((o) => o.value === parsed.data.indicatorKey)) errors.indicatorKey = "Choose an indicator from the list";
  if (!parsed.ok || Object.keys(errors).length > 0) return data({ errors, values: formDataToObject(form) }, { status: 400 });
  const d = parsed.data;
  await createAction(args.context.db, {
    organisationId: user.organisation.id,
    frameworkKey: framework.key,
    indicatorKey: d.indicatorKey || null,
    raisedInAssessmentId: facts?.id ?? null,
    title: d.title,
    detail: d.detail,
    ownerName: d.ownerName,
    dueOn: d.dueOn,
    status: d.status,
    actor: { personId: user.personId, name: user.name },
  });
  return redirect(backTo(facts, options, d.indicatorKey ?? "") ?? `/organisations/${user.organisation.id}/actions`);
}

export default function NewAction() {
  const { options, indicatorKey, back } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, never> } | undefined;
  const { register, errors, onSubmit } = useHearthForm(actionSchema, { serverErrors: result?.errors });
  const location = useLocation();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back ?? "/"}>Back</BackLink>
        <ErrorSummary errors={errors} order={["title", "indicatorKey", "detail", "ownerName", "dueOn", "status"]} />
        <h1>Add an action</h1>
        <p>Actions belong to your organisation: they stay in view, on their indicator, in later rounds until they are done or dropped.</p>
        <Form method="post" action={`/actions/new${location.search}`} noValidate onSubmit={onSubmit}>
          <ActionFields errors={errors} register={register} indicators={options} defaults={result?.values ?? { indicatorKey }} />
          <button className="nhsuk-button" type="submit">
            Add the action
          </button>
        </Form>
      </div>
    </div>
  );
}
