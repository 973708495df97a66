import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useState } from "react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { CheckboxGroup } from "~/components/choice-fields";
import { DateField } from "~/components/date-field";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ScrollingTable } from "~/components/scrolling-table";
import { SelectField } from "~/components/select-field";
import { formatDate, formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { assignSchema, ratingRequestSchema, unassignSchema } from "~/forms/team-schema";
import { useErrorsReported, useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import type { PageHandle } from "~/page-kind";
import { assign, requestRatings, teamPage, unassign } from "~/team.server";

export const handle: PageHandle = { pageKind: "assessment" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Share the work: ${data.assessment.roundName} – Hearth` : "Share the work – Hearth" }];

/** The lead shares the assessment out: who has which domain or indicator, by when; and independent ratings. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "edit");
  return { ...(await teamPage(context, user, facts)), just: new URL(request.url).searchParams.get("just") };
}

export const intents = ["assign", "unassign", "request-ratings"] as const;

type ActionResult = { errors: FieldErrors; values?: Record<string, unknown>; form?: string; done?: string };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  const intent = readIntent(form, intents);
  // Who may do it first (404/403), then what was sent (400).
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "edit");
  if (!intent) return unknownIntent();
  const page = await teamPage(context, user, facts);
  const values = formDataToObject(form);
  switch (intent) {
    case "assign": {
      const parsed = parseForm(assignSchema(page.parts.map((p) => p.value), page.people.map((p) => p.value)), form);
      if (!parsed.ok) return data<ActionResult>({ errors: parsed.errors, values, form: "assign" }, { status: 400 });
      const outcome = await assign(context, user, facts, parsed.data);
      if (!outcome.ok) return data<ActionResult>({ errors: { [outcome.field]: outcome.reason }, values, form: "assign" }, { status: 409 });
      return data<ActionResult>({ errors: {}, done: outcome.message });
    }
    case "unassign": {
      const parsed = parseForm(unassignSchema, form);
      if (!parsed.ok) return data<ActionResult>({ errors: { form: "Choose an assignment to take back" } }, { status: 400 });
      const outcome = await unassign(context, user, facts, parsed.data.assignmentId);
      if (!outcome.ok) return data<ActionResult>({ errors: { form: outcome.reason } }, { status: 409 });
      return data<ActionResult>({ errors: {}, done: outcome.message });
    }
    case "request-ratings": {
      const parsed = parseForm(ratingRequestSchema(page.domains.map((d) => d.value), page.people.map((p) => p.value)), form);
      if (!parsed.ok) return data<ActionResult>({ errors: parsed.errors, values, form: "request-ratings" }, { status: 400 });
      const outcome = await requestRatings(context, user, facts, parsed.data);
      if (!outcome.ok) return data<ActionResult>({ errors: { [outcome.field]: outcome.reason }, values, form: "request-ratings" }, { status: 409 });
      return redirect(`/assessments/${facts.id}/ratings/${outcome.id}`);
    }
  }
}

export default function TeamPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const [browserErrors, setBrowserErrors] = useState<Record<string, FieldErrors>>({});
  const report = useCallback((form: string, errors: FieldErrors) => setBrowserErrors((all) => ({ ...all, [form]: errors })), []);
  const shown = Object.values(browserErrors).find((e) => Object.keys(e).length > 0) ?? result?.errors ?? {};
  const byDomain = page.assignments.filter((a) => !a.indicatorKey);
  const byIndicator = page.assignments.filter((a) => a.indicatorKey);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={`/assessments/${page.assessment.id}`}>Back to the task list</BackLink>
        <ErrorSummary errors={shown} order={["form", "part", "personId", "dueOn", "domainKey", "raterIds"]} />
        {result?.done ? (
          <div className="nhsuk-inset-text" role="status">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>{result.done}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">
          {page.assessment.organisationName}: {page.assessment.roundName}
        </span>
        <h1>Share the work</h1>
        <p>
          Give a domain, or single indicators, to the colleagues who know them best. A contributor sees and answers only what you give them. You still check
          every answer before you submit.
        </p>

        <h2>Who has what</h2>
        {page.assignments.length === 0 ? (
          <p>Nothing is assigned yet.</p>
        ) : (
          <ScrollingTable label="Assigned parts of the assessment">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Assigned parts of the assessment</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Part</th>
                  <th scope="col" className="nhsuk-table__header">Assigned to</th>
                  <th scope="col" className="nhsuk-table__header">Due</th>
                  <th scope="col" className="nhsuk-table__header">Answered</th>
                  {page.mayChange ? <th scope="col" className="nhsuk-table__header">Change</th> : null}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {[...byDomain, ...byIndicator].map((a) => (
                  <tr className="nhsuk-table__row" key={a.id}>
                    <td className="nhsuk-table__cell">{a.indicatorKey ? a.title : `${a.title} (whole domain)`}</td>
                    <td className="nhsuk-table__cell">{a.personName}</td>
                    <td className="nhsuk-table__cell">
                      {a.dueOn ? formatDate(a.dueOn) : "No date"}
                      {a.overdue ? (
                        <>
                          {" "}
                          <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                        </>
                      ) : null}
                    </td>
                    <td className="nhsuk-table__cell">
                      {a.done ? "Done" : `${a.answered} of ${a.total}`}
                    </td>
                    {page.mayChange ? (
                      <td className="nhsuk-table__cell">
                        <Form method="post" replace>
                          <input type="hidden" name="intent" value="unassign" />
                          <input type="hidden" name="assignmentId" value={a.id} />
                          <button className="hearth-link-button" type="submit">
                            Take back<span className="nhsuk-u-visually-hidden"> {a.title} from {a.personName}</span>
                          </button>
                        </Form>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollingTable>
        )}

        {page.mayChange ? (
          <AssignForm key={result?.done ?? "assign"} page={page} result={result?.form === "assign" ? result : undefined} onErrors={report} />
        ) : null}

        <h2>Independent ratings</h2>
        <p>
          Ask two or more people to rate a domain on their own first. Nobody sees the others&apos; ratings until everyone has rated or you close the
          rating. Then you see where they agree and differ, and record the agreed rating with the reason.
        </p>
        {page.requests.length > 0 ? (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {page.requests.map((r) => (
              <li key={r.id}>
                <Link to={`/assessments/${page.assessment.id}/ratings/${r.id}`}>{r.domainTitle}</Link>: {r.released ? "released" : "rating"}, asked by{" "}
                {r.requestedByName ?? "someone no longer in Hearth"} on {formatDateTime(r.createdAt)} ({r.raters.map((x) => `${x.name} ${x.rated} of ${x.of}`).join(", ")})
              </li>
            ))}
          </ul>
        ) : (
          <p>No independent ratings have been asked for.</p>
        )}
        {page.mayChange ? <RatingRequestForm page={page} result={result?.form === "request-ratings" ? result : undefined} onErrors={report} /> : null}
      </div>
    </div>
  );
}

type Page = ReturnType<typeof useLoaderData<typeof loader>>;

function AssignForm({ page, result, onErrors }: { page: Page; result?: ActionResult; onErrors: (form: string, errors: FieldErrors) => void }) {
  const schema = assignSchema(page.parts.map((p) => p.value), page.people.map((p) => p.value));
  const sent = result?.values as { part?: string; personId?: string; dueOn?: { day?: string; month?: string; year?: string } } | undefined;
  const { register, errors, onSubmit } = useHearthForm(schema, {
    serverErrors: result?.errors,
    defaultValues: { part: sent?.part ?? "", personId: sent?.personId ?? "", dueOn: sent?.dueOn ?? { day: "", month: "", year: "" } } as never,
  });
  useErrorsReported(onErrors, "assign", errors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <h2>Assign a part</h2>
      {page.people.length === 0 ? (
        <p>
          Nobody can be given work yet. Invite colleagues as contributors from your organisation&apos;s people page first.
        </p>
      ) : null}
      <SelectField label="Domain or indicator" emptyLabel="Choose a domain or indicator" options={page.parts} error={errors.part} {...register("part")} />
      <SelectField label="Assign to" hint="Your organisation's leads and contributors" emptyLabel="Choose a person" options={page.people} error={errors.personId} {...register("personId")} />
      <DateField name="dueOn" legend="Due date (optional)" hint="For example, 12 1 2027" error={errors.dueOn} defaultValue={sent?.dueOn ?? null} register={register} />
      <button className="nhsuk-button" type="submit" name="intent" value="assign">
        Assign
      </button>
    </Form>
  );
}

function RatingRequestForm({ page, result, onErrors }: { page: Page; result?: ActionResult; onErrors: (form: string, errors: FieldErrors) => void }) {
  const schema = ratingRequestSchema(page.domains.map((d) => d.value), page.people.map((p) => p.value));
  const sent = result?.values as { domainKey?: string; raterIds?: string | string[] } | undefined;
  const raters = sent?.raterIds === undefined ? [] : Array.isArray(sent.raterIds) ? sent.raterIds : [sent.raterIds];
  const { register, errors, onSubmit } = useHearthForm(schema, {
    serverErrors: result?.errors,
    defaultValues: { domainKey: sent?.domainKey ?? "", raterIds: raters } as never,
  });
  useErrorsReported(onErrors, "request-ratings", errors);
  return (
    <Form method="post" noValidate onSubmit={onSubmit}>
      <h3>Ask for independent ratings</h3>
      <SelectField label="Domain" emptyLabel="Choose a domain" options={page.domains} error={errors.domainKey} {...register("domainKey")} />
      <CheckboxGroup name="raterIds" legend="Who rates it" hint="Choose two or more people" options={page.people} error={errors.raterIds} field={register("raterIds")} defaultValues={raters} small />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit" name="intent" value="request-ratings">
        Ask them to rate
      </button>
    </Form>
  );
}
