import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { checkAnswersPage, requireAssessment, submit } from "~/assessments.server";
import { AssessmentHeading } from "~/components/assessment-heading";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { SupportFlag } from "~/components/indicator-records";
import type { PageHandle } from "~/page-kind";

export const handle: PageHandle = { pageKind: "assessment" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.may.submit ? "Check your answers before you submit – Hearth" : "All the answers – Hearth" }];

/** "Check your answers": every answer on one page, with a way to change each, then submit. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read");
  return checkAnswersPage(context, user, facts);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "submit");
  const outcome = await submit(context, user, facts);
  if (!outcome.ok) return data({ errors: { form: outcome.problems.join(" ") } as FieldErrors }, { status: 400 });
  return redirect(`/assessments/${facts.id}?just=submitted`);
}

export default function CheckAnswers() {
  const { assessment, may, problems, domains, unsupported } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  const submitting = useNavigation().state === "submitting";
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/assessments/${assessment.id}`}>Back to the task list</BackLink>
        <ErrorSummary errors={errors} order={["form"]} />
        <AssessmentHeading assessment={assessment} title={may.submit ? "Check your answers before you submit" : "All the answers"} />
        {domains.map((domain) => (
          <section key={domain.key} aria-labelledby={`domain-${domain.key}`}>
            <h2 id={`domain-${domain.key}`}>{domain.title}</h2>
            <dl className="nhsuk-summary-list">
              {domain.indicators.map((indicator) => (
                <div className="nhsuk-summary-list__row" key={indicator.key}>
                  <dt className="nhsuk-summary-list__key">{indicator.title}</dt>
                  <dd className="nhsuk-summary-list__value">
                    {indicator.answer ? (
                      <>
                        <strong>{indicator.answer}</strong>
                        {indicator.carriedOver ? <> <strong className="nhsuk-tag nhsuk-tag--yellow">Carried over: confirm</strong></> : null}
                        {indicator.target ? <><br />Target: {indicator.target}</> : null}
                        {indicator.confidence ? <><br />Confidence: {indicator.confidence}</> : null}
                        {indicator.rationale ? <><br /><span className="hearth-preserve-lines">{indicator.rationale}</span></> : <><br />No rationale given.</>}
                        {indicator.updatedByName ? <><br /><span className="nhsuk-body-s">Answered by {indicator.updatedByName}</span></> : null}
                        <br />
                        <span className="nhsuk-body-s">
                          Evidence:{" "}
                          {indicator.evidence.length === 0
                            ? "none linked"
                            : indicator.evidence.map((e) => `${e.title} (${e.strengthLabel}${e.expired ? ", review date passed" : ""})`).join("; ")}
                        </span>
                        <SupportFlag flag={indicator.flag} />
                      </>
                    ) : (
                      <strong className="nhsuk-tag nhsuk-tag--grey">Not answered</strong>
                    )}
                  </dd>
                  {may.edit ? (
                    <dd className="nhsuk-summary-list__actions">
                      <Link to={`/assessments/${assessment.id}/domains/${domain.key}#${indicator.key}`}>
                        Change<span className="nhsuk-u-visually-hidden"> {indicator.title}</span>
                      </Link>
                    </dd>
                  ) : null}
                </div>
              ))}
            </dl>
          </section>
        ))}

        {may.submit ? (
          problems.length > 0 ? (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>
                  Not ready to submit
                </span>
              </h2>
              {problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          ) : (
            <>
              {unsupported > 0 ? (
                <div className="nhsuk-inset-text">
                  <span className="nhsuk-u-visually-hidden">Information: </span>
                  <p>
                    {unsupported} {unsupported === 1 ? "rating is" : "ratings are"} not yet supported by evidence (marked above). You can still
                    submit: network staff will see the same marks when they review it.
                  </p>
                </div>
              ) : null}
              <h2>Now submit your assessment</h2>
              <p>
                By submitting it you confirm that, as far as your partnership knows, these answers are right. Network staff will review it; until
                they return it, nobody in your partnership can change it. You can withdraw it until they start reviewing it.
              </p>
              <Form method="post">
                <button className="nhsuk-button" type="submit" disabled={submitting}>
                  Submit the assessment
                </button>
              </Form>
            </>
          )
        ) : null}
      </div>
    </div>
  );
}
