import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { requireAssessment, taskListPage, withdraw } from "~/assessments.server";
import { taskListTeam } from "~/team.server";
import { AssessmentHeading } from "~/components/assessment-heading";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ReviewComments } from "~/components/review-comments";
import { formatDate, formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import type { PageHandle } from "~/page-kind";

export const handle: PageHandle = { pageKind: "assessment" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.framework.title}: ${data.assessment.roundName} – Hearth` : "Assessment – Hearth" },
];

/** The task list: every domain with its status, and the way to check and submit. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read", "task-list");
  const url = new URL(request.url);
  const page = await taskListPage(context, user, facts);
  const team = await taskListTeam(context, user, facts, page.ratings);
  // A contributor's task list has only the domains with parts assigned to them.
  const domains = team.contributor ? page.progress.domains.filter((d) => team.byDomain[d.domainKey]!.length > 0) : page.progress.domains;
  return { ...page, ratings: undefined, progress: { ...page.progress, domains }, team, just: url.searchParams.get("just") };
}

export const intents = ["withdraw"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const form = await request.formData();
  switch (readIntent(form, intents)) {
    case "withdraw": {
      const facts = await requireAssessment(context, user, params.assessmentId ?? "", "withdraw");
      const outcome = await withdraw(context, user, facts);
      if (!outcome.ok) return data({ errors: { form: outcome.problems[0]! } as FieldErrors }, { status: 409 });
      return redirect(`/assessments/${facts.id}?just=withdrawn`);
    }
    default:
      await requireAssessment(context, user, params.assessmentId ?? "", "read", "task-list");
      return unknownIntent();
  }
}

const STATUS_WORDS = { not_started: "Not started", in_progress: "In progress", completed: "Completed" } as const;

export default function TaskList() {
  const { assessment, framework, progress, problems, may, just, unsupported, review, team } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  const editable = may.edit;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/">Back to your home page</BackLink>
        <ErrorSummary errors={errors} order={["form"]} />
        {just === "submitted" ? (
          <div className="nhsuk-panel" role="status">
            <h2 className="nhsuk-panel__title">Assessment submitted</h2>
            <div className="nhsuk-panel__body">Your network&apos;s staff will review it. You can read it here at any time.</div>
          </div>
        ) : null}
        {just === "withdrawn" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>The submission was withdrawn. Your partnership can change its answers again, then submit when ready.</p>
          </div>
        ) : null}
        <AssessmentHeading assessment={assessment} title={framework.title} />
        {team.contributor ? (
          <YourPart team={team} />
        ) : (
          <>
            <ReviewStatus assessmentId={assessment.id} review={review} />
            {assessment.startedFrom ? <p className="nhsuk-body-s">Started from the {assessment.startedFrom.roundName} answers.</p> : null}
            <p>
              <Link to={`/assessments/${assessment.id}/results`}>Results and charts</Link> ·{" "}
              <Link to={`/assessments/${assessment.id}/report`}>Printable report</Link> ·{" "}
              <a href={`/assessments/${assessment.id}/export?format=xlsx`} download>
                Download as Excel
              </a>
            </p>
            <p>
              {progress.answered} of {progress.total} indicators answered; {progress.completedDomains} of {progress.domains.length} domains completed.
              {progress.unconfirmed > 0 ? ` ${progress.unconfirmed} answers carried over from the last round still need confirming or changing.` : ""}
            </p>
            {team.mayAssign || team.assignments.length > 0 ? (
              <p>
                {team.assignments.length === 0
                  ? "Nothing is assigned to colleagues yet. "
                  : `${team.assignments.length} ${team.assignments.length === 1 ? "part is" : "parts are"} assigned to colleagues${team.overdue > 0 ? `, ${team.overdue} overdue` : ""}. `}
                {team.mayAssign ? <Link to={`/assessments/${assessment.id}/team`}>Share the work and ask for independent ratings</Link> : null}
              </p>
            ) : null}
          </>
        )}
        {/* A closed round on an unfinished assessment is explained in the heading's status line. */}
        {!editable && !assessment.roundClosed ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              {assessment.status === "submitted"
                ? "This assessment has been submitted, so it cannot be changed unless it is withdrawn or returned by network staff."
                : assessment.status === "approved"
                  ? "This assessment has been approved. It cannot be changed."
                  : assessment.roundStatus !== "open"
                    ? "The round has closed, so this assessment can no longer be changed."
                    : "You can read this assessment but not change it."}
            </p>
          </div>
        ) : null}

        <h2>Domains</h2>
        <ul className="nhsuk-task-list">
          {progress.domains.map((domain, index) => (
            <li className="nhsuk-task-list__item nhsuk-task-list__item--with-link" key={domain.domainKey}>
              <div className="nhsuk-task-list__name-and-hint">
                <Link
                  className="nhsuk-link nhsuk-task-list__link"
                  to={`/assessments/${assessment.id}/domains/${domain.domainKey}`}
                  aria-describedby={`task-${index}-hint task-${index}-status`}
                >
                  {domain.title}
                </Link>
                <div className="nhsuk-task-list__hint" id={`task-${index}-hint`}>
                  {domain.answered} of {domain.total} answered
                  {domain.unconfirmed > 0 ? `, ${domain.unconfirmed} to confirm` : ""}
                  {unsupported[domain.domainKey] ? `, ${unsupported[domain.domainKey]} not yet supported by evidence` : ""}
                  {review.commentsByDomain[domain.domainKey] ? `, ${review.commentsByDomain[domain.domainKey]} review ${review.commentsByDomain[domain.domainKey] === 1 ? "comment" : "comments"}` : ""}
                  {(team.byDomain[domain.domainKey] ?? []).map((a) => (
                    <span className="hearth-assignment" key={a.id}>
                      {a.indicatorKey ? `${a.title.replace(/ \(.*\)$/, "")}: ` : ""}
                      {team.contributor ? "assigned to you" : `assigned to ${a.personName}`}
                      {a.dueOn ? `, due ${formatDate(a.dueOn)}` : ""}
                      {a.overdue ? (
                        <>
                          {" "}
                          <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                        </>
                      ) : null}
                    </span>
                  ))}
                </div>
              </div>
              <div className="nhsuk-task-list__status" id={`task-${index}-status`}>
                {domain.status === "completed" ? (
                  STATUS_WORDS.completed
                ) : (
                  <strong className={`nhsuk-tag ${domain.status === "not_started" ? "nhsuk-tag--grey" : "nhsuk-tag--blue"}`}>{STATUS_WORDS[domain.status]}</strong>
                )}
              </div>
            </li>
          ))}
        </ul>

        {team.contributor ? null : may.submit ? (
          <>
            <h2>Check and submit</h2>
            {problems.length > 0 ? <p>Before you can submit: {problems.join(" ")}</p> : <p>Every indicator is answered. Check your answers, then submit.</p>}
            <Link className="nhsuk-button" to={`/assessments/${assessment.id}/check`}>
              Check your answers
            </Link>
          </>
        ) : (
          <p>
            <Link to={`/assessments/${assessment.id}/check`}>Read all the answers on one page</Link>
          </p>
        )}
        {may.withdraw ? (
          <>
            <h2>Withdraw the submission</h2>
            <p>Nobody has started reviewing it yet, so you can take it back to change it.</p>
            <Form method="post">
              <input type="hidden" name="intent" value="withdraw" />
              <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                Withdraw the submission
              </button>
            </Form>
          </>
        ) : null}
      </div>
    </div>
  );
}

type Review = ReturnType<typeof useLoaderData<typeof loader>>["review"];
type Team = ReturnType<typeof useLoaderData<typeof loader>>["team"];

/** For a contributor: what they have been asked to answer, and that the lead checks it before submitting. */
function YourPart({ team }: { team: Team }) {
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        {team.assignments.length === 1 ? "You have been asked to answer one part of this assessment" : `You have been asked to answer ${team.assignments.length} parts of this assessment`}
        {team.overdue > 0 ? `; ${team.overdue} ${team.overdue === 1 ? "is" : "are"} overdue` : ""}. Your lead checks every answer before the assessment is submitted.
      </p>
    </div>
  );
}

/** Where the review stands: the latest decision with its comment, comments on the whole assessment, and for network staff the way in. */
function ReviewStatus({ assessmentId, review }: { assessmentId: string; review: Review }) {
  const decision = review.latestDecision;
  return (
    <>
      {decision?.decision === "returned" || decision?.decision === "reopened" ? (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              {decision.decision === "returned" ? "Returned for changes" : "Approval reopened for changes"}
            </span>
          </h2>
          <p>
            By {decision.decidedByName} on {formatDateTime(decision.decidedAt)}. Change what is asked, then check your answers and submit again. Comments on
            particular answers are beside them, and the domains with comments say so below.
          </p>
          {decision.comment ? <p className="hearth-preserve-lines">{decision.comment}</p> : null}
        </div>
      ) : null}
      {decision?.decision === "approved" ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Approved by {decision.decidedByName} on {formatDateTime(decision.decidedAt)}. <Link to={`/assessments/${assessmentId}/approvals/${decision.version}`}>What was approved</Link>
          </p>
          {decision.comment ? <p className="hearth-preserve-lines">{decision.comment}</p> : null}
        </div>
      ) : null}
      <ReviewComments comments={review.whole} />
      {review.mayReview ? (
        <p>
          <Link className="nhsuk-button" to={`/assessments/${assessmentId}/review`}>
            Review this assessment
          </Link>
        </p>
      ) : null}
    </>
  );
}
