import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { start, startPage } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { RadioGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { formatDate } from "~/dates";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Start your ${data?.round.name ?? ""} assessment – Hearth` }];

/** Starting an organisation's assessment in an open round: blank, or from the last round's answers. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await startPage(context, user, params.roundId ?? "");
  if (page.existingAssessmentId) throw redirect(`/assessments/${page.existingAssessmentId}`);
  return page;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const page = await startPage(context, user, params.roundId ?? "");
  const from = (await request.formData()).get("from");
  if (from !== "blank" && !(from === "previous" && page.previous)) {
    return data({ errors: { from: "Choose how to start" } as FieldErrors }, { status: 400 });
  }
  const id = await start(context, user, params.roundId ?? "", from);
  return redirect(`/assessments/${id}`);
}

export default function StartAssessment() {
  const { round, previous } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Back</BackLink>
        <ErrorSummary errors={errors} order={["from"]} />
        <span className="nhsuk-caption-l">{round.name}</span>
        <h1>Start your assessment</h1>
        <p>
          This round uses the {round.frameworkTitle}, version {round.frameworkVersion}. It is due by {formatDate(round.dueOn)}: you can still work
          on it after that, but it will show as late.
        </p>
        <p>The assessment belongs to your partnership: everyone in it sees the same answers, and each change is kept in its history.</p>
        <Form method="post" noValidate>
          {previous ? (
            <>
              <RadioGroup
                name="from"
                legend="How do you want to start?"
                error={errors.from}
                defaultValue="previous"
                options={[
                  {
                    value: "previous",
                    label: `From your ${previous.roundName} answers (recommended)`,
                    hint: `${previous.carried} answers carry over. Each one is marked until someone confirms or changes it.`,
                  },
                  { value: "blank", label: "Blank", hint: "Every indicator starts unanswered." },
                ]}
              />
              {previous.notCarried.length > 0 ? (
                <div className="nhsuk-inset-text">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    {previous.notCarried.length} of your {previous.roundName} answers are to indicators that this version of the framework no longer
                    has (version {previous.frameworkVersion} to {round.frameworkVersion}), so they cannot carry over:
                  </p>
                  <ul>
                    {previous.notCarried.map((n) => (
                      <li key={n.indicatorKey}>{n.title}</li>
                    ))}
                  </ul>
                  <p>They stay in your {previous.roundName} assessment.</p>
                </div>
              ) : null}
            </>
          ) : (
            <input type="hidden" name="from" value="blank" />
          )}
          <button className="nhsuk-button" type="submit">
            Start the assessment
          </button>
        </Form>
      </div>
    </div>
  );
}
