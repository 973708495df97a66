import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/access";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { ActionFields } from "~/components/action-fields";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { formatDate, formatDateTime } from "~/dates";
import { actionFormFramework, actionIndicatorOptions } from "~/evidence.server";
import { actionSchema } from "~/forms/action-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { ACTION_STATUS_LABELS, type ActionStatus } from "../../assessment/browser";
import { findActionAccessFacts, getAction, updateAction } from "../../db/actions";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.action.title} – Hearth` : "Action – Hearth" }];

async function requireActionFacts(args: LoaderFunctionArgs | ActionFunctionArgs, ability: "read" | "edit") {
  const user = await requireUser(args.request, args.context);
  const facts = await findActionAccessFacts(args.context.db, args.params.actionId ?? "");
  if (!facts) throw new Response("Not found", { status: 404 });
  requireAccess(user, { type: "action", organisation: facts.organisation }, ability);
  return { user, facts };
}

/** One action: what, who, by when, its status, and every change to it. Editors of its organisation can change it. */
export async function loader(args: LoaderFunctionArgs) {
  const { user, facts } = await requireActionFacts(args, "read");
  const action = await getAction(args.context.db, { id: facts.id, organisationId: facts.organisation.id });
  if (!action) throw new Response("Not found", { status: 404 });
  return {
    organisationId: facts.organisation.id,
    action: { ...action, statusLabel: ACTION_STATUS_LABELS[action.status as ActionStatus], createdAt: action.createdAt.toISOString() },
    history: (action.history as { id: string; occurredAt: string; actorName: string; action: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[]).map((h) => ({
      ...h,
      changes: describeChanges(h.before, h.after),
    })),
    indicators: actionIndicatorOptions(await actionFormFramework(args.context, facts.organisation, null)).map((o) => ({ value: o.value, label: o.label })),
    mayEdit: can(user, { type: "action", organisation: facts.organisation }, "edit"),
  };
}

function describeChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  if (!after) return [];
  const label: Record<string, string> = { title: "What", detail: "Detail", ownerName: "Owner", dueOn: "Due", status: "Status" };
  const show = (key: string, value: unknown) =>
    value === null || value === "" || value === undefined ? "none" : key === "status" ? ACTION_STATUS_LABELS[value as ActionStatus] : key === "dueOn" ? formatDate(String(value)) : String(value);
  if (!before) return [`Added: ${show("title", after.title)}, ${show("status", after.status)}`];
  return Object.keys(label)
    .filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
    .map((key) => `${label[key]}: ${show(key, before[key])} to ${show(key, after[key])}`);
}

export async function action(args: ActionFunctionArgs) {
  const { user, facts } = await requireActionFacts(args, "edit");
  const form = await args.request.formData();
  const parsed = parseForm(actionSchema, form);
  const indicators = actionIndicatorOptions(await actionFormFramework(args.context, facts.organisation, null));
  const errors: FieldErrors = parsed.ok ? {} : parsed.errors;
  if (parsed.ok && parsed.data.indicatorKey && !indicators.some((o) => o.value === parsed.data.indicatorKey)) errors.indicatorKey = "Choose an indicator from the list";
  if (!parsed.ok || Object.keys(errors).length > 0) return data({ errors, values: formDataToObject(form) }, { status: 400 });
  const d = parsed.data;
  const outcome = await updateAction(args.context.db, {
    id: facts.id,
    organisationId: facts.organisation.id,
    actor: { personId: user.personId, name: user.name },
    expectedRevision: Number(d.revision ?? "0"),
    changes: { title: d.title, detail: d.detail, ownerName: d.ownerName, dueOn: d.dueOn, status: d.status },
  });
  if (!outcome.ok && outcome.reason === "conflict") {
    return data(
      { errors: { form: "Someone else changed this action while you were editing it. Their version is shown below: make your changes again if they are still needed." } as FieldErrors, values: undefined },
      { status: 409 },
    );
  }
  if (!outcome.ok) throw new Response("Not found", { status: 404 });
  return redirect(`/actions/${facts.id}?saved=1`);
}

export default function ActionPage() {
  const { action: item, history, indicators, mayEdit, organisationId } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, never> } | undefined;
  const { register, errors, onSubmit } = useHearthForm(actionSchema, { serverErrors: result?.errors });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/organisations/${organisationId}/actions`}>Back to the actions</BackLink>
        <ErrorSummary errors={errors} order={["form", "title", "indicatorKey", "detail", "ownerName", "dueOn", "status"]} />
        <span className="nhsuk-caption-l">Action{item.raisedInRound ? `, raised in ${item.raisedInRound}` : ""}</span>
        <h1>{item.title}</h1>
        <dl className="nhsuk-summary-list">
          {[
            ["Status", item.statusLabel],
            ["Owner", item.ownerName || "Not recorded"],
            ["Due", item.dueOn ? formatDate(item.dueOn) : "No date"],
            ["Indicator", indicators.find((o) => o.value === item.indicatorKey)?.label ?? (item.indicatorKey ? "An indicator no longer in the framework" : "General")],
          ].map(([key, value]) => (
            <div className="nhsuk-summary-list__row" key={key}>
              <dt className="nhsuk-summary-list__key">{key}</dt>
              <dd className="nhsuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        {item.detail ? <p className="hearth-preserve-lines">{item.detail}</p> : null}
        {mayEdit ? (
          <>
            <h2>Change it</h2>
            <Form method="post" noValidate onSubmit={onSubmit} key={item.revision}>
              <input type="hidden" {...register("revision")} value={String(item.revision)} />
              <ActionFields
                errors={errors}
                register={register}
                indicators={indicators}
                defaults={result?.values ?? { title: item.title, detail: item.detail, ownerName: item.ownerName, dueOn: item.dueOn, status: item.status, indicatorKey: item.indicatorKey ?? "" }}
              />
              <button className="nhsuk-button" type="submit">
                Save changes
              </button>
            </Form>
          </>
        ) : null}
        <h2>History</h2>
        <ol className="nhsuk-list">
          {history.map((h) => (
            <li key={h.id}>
              <strong>
                {formatDateTime(h.occurredAt)}, {h.actorName || "someone no longer in Hearth"}
              </strong>
              <ul>
                {h.changes.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
