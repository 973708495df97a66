import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useCallback, useState } from "react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { requireAssessment } from "~/assessments.server";
import { BackLink } from "~/components/back-link";
import { RadioGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { EvidenceLine, SupportFlag } from "~/components/indicator-records";
import { CommentForm, commentFieldId, ReviewComments } from "~/components/review-comments";
import { StatusTag } from "~/components/status-tag";
import { TextareaField } from "~/components/textarea-field";
import { formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { reopenSchema, reviewCommentSchema, reviewDecisionSchema } from "~/forms/review-schema";
import { useErrorsReported, useHearthForm } from "~/forms/use-hearth-form";
import { parseForm } from "~/forms/validation";
import { commentOnAssessment, decideOnAssessment, reopenAssessment, reviewPage, reviewRefusal } from "~/reviews.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Review: ${data.assessment.organisationName}, ${data.assessment.roundName} – Hearth` : "Review – Hearth" }];

/**
 * Network staff review one assessment: every answer with its evidence and flags, comments on the whole, a domain or an
 * indicator, then return it for changes or approve it; an approval in an open round can be reopened.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read");
  return { ...(await reviewPage(context, user, facts)), just: new URL(request.url).searchParams.get("just") };
}

export const intents = ["comment", "decide", "reopen"] as const;

type ActionResult = { intent: (typeof intents)[number]; errors: FieldErrors; about?: string; values?: Record<string, string> };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const form = await request.formData();
  const id = params.assessmentId ?? "";
  const fail = (result: ActionResult, status = 400) => data(result, { status });
  // Who may review is settled first (404/403); an assessment no longer in the state to review (a colleague decided,
  // the organisation withdrew) answers 409 with what the reviewer typed kept.
  switch (readIntent(form, intents)) {
    case "comment": {
      const facts = await requireAssessment(context, user, id, "read");
      const about = String(form.get("about") ?? "");
      const typed = { body: String(form.get("body") ?? "") };
      const refusal = reviewRefusal(user, facts, "review");
      if (refusal) return fail({ intent: "comment", errors: { [commentFieldId(about)]: refusal }, about, values: typed }, 409);
      const parsed = parseForm(reviewCommentSchema, form);
      if (!parsed.ok) return fail({ intent: "comment", errors: { [commentFieldId(about)]: parsed.errors.body ?? parsed.errors.about ?? "Enter your comment" }, about, values: typed });
      const outcome = await commentOnAssessment(context, user, facts, parsed.data);
      if (!outcome.ok) return fail({ intent: "comment", errors: { [commentFieldId(about)]: outcome.reason }, about, values: typed }, 409);
      return redirect(`/assessments/${facts.id}/review?just=commented#${commentFieldId(about)}-place`);
    }
    case "decide": {
      const facts = await requireAssessment(context, user, id, "read");
      const typed = { decision: String(form.get("decision") ?? ""), comment: String(form.get("comment") ?? "") };
      const refusal = reviewRefusal(user, facts, "review");
      if (refusal) return fail({ intent: "decide", errors: { decision: refusal }, values: typed }, 409);
      const parsed = parseForm(reviewDecisionSchema, form);
      if (!parsed.ok) return fail({ intent: "decide", errors: parsed.errors, values: typed });
      const outcome = await decideOnAssessment(context, user, facts, parsed.data);
      if (!outcome.ok) return fail({ intent: "decide", errors: { decision: outcome.reason }, values: typed }, 409);
      return redirect(`/network/reviews?just=${parsed.data.decision}`);
    }
    case "reopen": {
      const facts = await requireAssessment(context, user, id, "read");
      const typed = { reason: String(form.get("reason") ?? "") };
      const refusal = reviewRefusal(user, facts, "reopen");
      if (refusal) return fail({ intent: "reopen", errors: { reason: refusal }, values: typed }, 409);
      const parsed = parseForm(reopenSchema, form);
      if (!parsed.ok) return fail({ intent: "reopen", errors: parsed.errors, values: typed });
      const outcome = await reopenAssessment(context, user, facts, parsed.data);
      if (!outcome.ok) return fail({ intent: "reopen", errors: { reason: outcome.reason }, values: typed }, 409);
      return redirect(`/assessments/${facts.id}/review?just=reopened`);
    }
    default:
      await requireAssessment(context, user, id, "read");
      return unknownIntent();
  }
}

export default function Review() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const errors = result?.errors ?? {};
  // Mistakes the small forms catch in the browser, by form, for the one error summary at the top.
  const [browserErrors, setBrowserErrors] = useState<Record<string, FieldErrors>>({});
  const reportErrors = useCallback((form: string, formErrors: FieldErrors) => setBrowserErrors((all) => ({ ...all, [form]: formErrors })), []);
  const caughtInBrowser: FieldErrors = Object.assign({}, ...Object.values(browserErrors));
  const { assessment, notes, may } = page;
  const commentError = (about: string) => (result?.about === about ? errors[commentFieldId(about)] : undefined);
  const commentValue = (about: string) => (result?.about === about ? result.values?.body : undefined);
  const order = ["decision", "comment", "revision", "reason", commentFieldId("assessment"), ...page.domains.flatMap((d) => [commentFieldId(`domain:${d.key}`), ...d.indicators.map((i) => commentFieldId(`indicator:${i.key}`))])];
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/reviews">Back to reviews</BackLink>
        <ErrorSummary errors={Object.keys(caughtInBrowser).length > 0 ? caughtInBrowser : errors} order={order} />
        {page.just === "commented" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Comment added. The partnership sees it when you return or approve the assessment.</p>
          </div>
        ) : null}
        {page.just === "reopened" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Approval reopened. The partnership can change its answers and submit version {assessment.version}.</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">
          {assessment.organisationName}, {assessment.roundName}
        </span>
        <h1>Review the assessment</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Status</dt>
            <dd className="nhsuk-summary-list__value">
              <StatusTag status={assessment.status} label={assessment.statusLabel} />
              {assessment.version > 1 ? ` (version ${assessment.version})` : ""}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Submitted</dt>
            <dd className="nhsuk-summary-list__value">{assessment.submittedAt ? `${formatDateTime(assessment.submittedAt)}${assessment.submittedByName ? ` by ${assessment.submittedByName}` : ""}` : "Not yet"}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Answered</dt>
            <dd className="nhsuk-summary-list__value">
              {assessment.answered} of {assessment.total} indicators; {assessment.unsupported === 0 ? "every rating is supported by its evidence" : `${assessment.unsupported} ${assessment.unsupported === 1 ? "rating is" : "ratings are"} not yet supported by evidence`}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Framework</dt>
            <dd className="nhsuk-summary-list__value">
              {page.framework.title}, version {page.framework.version}
            </dd>
          </div>
        </dl>
        {may.review || may.reopen ? (
          <p>
            <a href={may.review ? "#decide-title" : "#reopen-title"}>{may.review ? "Go to your decision" : "Go to reopening the approval"}</a>
          </p>
        ) : null}
        <p>
          <Link to={`/assessments/${assessment.id}/results`}>Results and charts</Link> · <Link to={`/assessments/${assessment.id}/report`}>Printable report</Link>
          {page.approvals.map((a) => (
            <span key={a.version}>
              {" "}
              · <Link to={`/assessments/${assessment.id}/approvals/${a.version}`}>What was approved{page.approvals.length > 1 ? ` (version ${a.version})` : ""}</Link>
            </span>
          ))}
        </p>

        {notes.decisions.length > 0 ? (
          <>
            <h2>Decisions so far</h2>
            <ul className="nhsuk-list nhsuk-list--border">
              {notes.decisions.map((d) => (
                <li key={d.id}>
                  <strong>{d.words}</strong> (version {d.version}) by {d.decidedByName}, {formatDateTime(d.decidedAt)}
                  {d.comment ? <p className="hearth-preserve-lines nhsuk-u-margin-bottom-0">{d.comment}</p> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {result?.intent === "comment" && !may.review ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Your comment was not added
              </span>
            </h2>
            <p>{errors[commentFieldId(result.about ?? "")]}</p>
            <p>What you wrote, to keep:</p>
            <p className="hearth-preserve-lines" id={commentFieldId(result.about ?? "")} tabIndex={-1}>
              {result.values?.body}
            </p>
          </div>
        ) : null}

        <h2 id={`${commentFieldId("assessment")}-place`}>The whole assessment</h2>
        <ReviewComments comments={notes.whole} forStaff />
        {may.review ? <CommentForm about="assessment" onErrors={reportErrors} label="Comment on the whole assessment" error={commentError("assessment")} defaultValue={commentValue("assessment")} /> : null}

        {page.domains.map((domain) => (
          <section key={domain.key} aria-labelledby={`domain-${domain.key}`}>
            <h2 id={`domain-${domain.key}`}>{domain.title}</h2>
            <div id={`${commentFieldId(`domain:${domain.key}`)}-place`}>
              <ReviewComments comments={notes.byDomain[domain.key] ?? []} forStaff />
              {may.review ? <CommentForm about={`domain:${domain.key}`} onErrors={reportErrors} label={`Comment on ${domain.title}`} error={commentError(`domain:${domain.key}`)} defaultValue={commentValue(`domain:${domain.key}`)} /> : null}
            </div>
            {domain.indicators.map((indicator) => (
              <div key={indicator.key} className="hearth-review-indicator" id={`${commentFieldId(`indicator:${indicator.key}`)}-place`}>
                <h3>{indicator.title}</h3>
                <dl className="nhsuk-summary-list">
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Answer</dt>
                    <dd className="nhsuk-summary-list__value">{indicator.answer}</dd>
                  </div>
                  {indicator.target ? (
                    <div className="nhsuk-summary-list__row">
                      <dt className="nhsuk-summary-list__key">Target</dt>
                      <dd className="nhsuk-summary-list__value">{indicator.target}</dd>
                    </div>
                  ) : null}
                  {indicator.confidence ? (
                    <div className="nhsuk-summary-list__row">
                      <dt className="nhsuk-summary-list__key">Confidence</dt>
                      <dd className="nhsuk-summary-list__value">{indicator.confidence}</dd>
                    </div>
                  ) : null}
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Why</dt>
                    <dd className="nhsuk-summary-list__value hearth-preserve-lines">{indicator.rationale || "No rationale given"}</dd>
                  </div>
                  <div className="nhsuk-summary-list__row">
                    <dt className="nhsuk-summary-list__key">Evidence</dt>
                    <dd className="nhsuk-summary-list__value">
                      {indicator.evidence.length === 0 ? (
                        "None linked"
                      ) : (
                        <ul className="nhsuk-list">
                          {indicator.evidence.map((e) => (
                            <li key={e.id}>
                              <EvidenceLine item={e} />
                            </li>
                          ))}
                        </ul>
                      )}
                      <SupportFlag flag={indicator.flag} />
                    </dd>
                  </div>
                </dl>
                <ReviewComments comments={notes.byIndicator[indicator.key] ?? []} forStaff />
                {may.review ? <CommentForm about={`indicator:${indicator.key}`} onErrors={reportErrors} label={`Comment on ${indicator.title}`} error={commentError(`indicator:${indicator.key}`)} defaultValue={commentValue(`indicator:${indicator.key}`)} /> : null}
              </div>
            ))}
          </section>
        ))}

        {/* After a refusal (a colleague decided first, say) the form stays, with what was typed and the reason. */}
        {may.review || result?.intent === "decide" ? (
          <DecisionForm revision={assessment.revision} roundOpen={assessment.roundStatus === "open"} errors={errors} values={result?.values} onErrors={reportErrors} />
        ) : null}
        {may.reopen || result?.intent === "reopen" ? <ReopenForm errors={errors} values={result?.values} onErrors={reportErrors} /> : null}
        {!may.review && !may.reopen && !result ? (
          <p className="nhsuk-u-margin-top-5">
            {assessment.status === "submitted"
              ? ""
              : assessment.status === "approved"
                ? "This approval stands: the round has closed."
                : "There is nothing to decide until the partnership submits."}
          </p>
        ) : null}
      </div>
    </div>
  );
}

type SmallFormProps = { errors: FieldErrors; values?: Record<string, string>; onErrors: (form: string, errors: FieldErrors) => void };

function DecisionForm({ revision, roundOpen, errors: serverErrors, values, onErrors }: SmallFormProps & { revision: number; roundOpen: boolean }) {
  const { register, errors, onSubmit } = useHearthForm(reviewDecisionSchema, {
    serverErrors,
    defaultValues: { decision: (values?.decision ?? "") as never, comment: values?.comment ?? "", revision: String(revision) },
  });
  useErrorsReported(onErrors, "decide", errors);
  return (
    <section aria-labelledby="decide-title" className="nhsuk-u-margin-top-7">
      <h2 id="decide-title">Your decision</h2>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="decide" />
        <input type="hidden" defaultValue={String(revision)} {...register("revision")} />
        <RadioGroup
          name="decision"
          legend="Approve the assessment, or return it for changes?"
          options={[
            { value: "approved", label: "Approve it", hint: "Its answers and evidence are recorded as they are now, and cannot change afterwards." },
            ...(roundOpen ? [{ value: "returned", label: "Return it for changes", hint: "The partnership can change its answers again and sees your comments beside them." }] : []),
          ]}
          hint={roundOpen ? undefined : "The round has closed, so it cannot be returned for changes: the organisation could not change its answers any more."}
          defaultValue={values?.decision}
          field={register("decision")}
          error={errors.decision}
        />
        <TextareaField label="Comment for the partnership" hint="Needed when you return it: say what should change." rows={4} error={errors.comment} defaultValue={values?.comment ?? ""} {...register("comment")} />
        <button className="nhsuk-button" type="submit">
          Record the decision
        </button>
      </Form>
    </section>
  );
}

function ReopenForm({ errors: serverErrors, values, onErrors }: SmallFormProps) {
  const { register, errors, onSubmit } = useHearthForm(reopenSchema, { serverErrors, defaultValues: { reason: values?.reason ?? "" } });
  useErrorsReported(onErrors, "reopen", errors);
  return (
    <section aria-labelledby="reopen-title" className="nhsuk-u-margin-top-7">
      <h2 id="reopen-title">Reopen the approval</h2>
      <p>The approval stays on record as it is. The assessment becomes a new version the partnership can change and submit again.</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="reopen" />
        <TextareaField label="Why it is being reopened" rows={3} error={errors.reason} defaultValue={values?.reason ?? ""} {...register("reason")} />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Reopen for changes
        </button>
      </Form>
    </section>
  );
}
