import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation, type ShouldRevalidateFunction } from "@remix-run/react";
import { useEffect, useMemo, useState } from "react";
import { decide } from "~/auth/access";
import { getCurrentUser, requireUser } from "~/auth/session.server";
import { domainPage, requireAssessment, saveAnswers } from "~/assessments.server";
import { AssessmentHeading } from "~/components/assessment-heading";
import { BackLink } from "~/components/back-link";
import { ReviewComments } from "~/components/review-comments";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { Pagination } from "~/components/pagination";
import { IndicatorAnswerSummary, IndicatorRatingFields, type ConflictView, type SaveState } from "~/components/indicator-rating";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { domainRatingsSchema, ratingToFields } from "~/forms/rating-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import type { PageHandle } from "~/page-kind";

export const handle: PageHandle = { pageKind: "assessment" };
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.domain.title}: ${data.assessment.roundName} – Hearth` : "Assessment – Hearth" },
];

/** One domain of an assessment: each indicator's statement, the five levels, and the answer. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read", { domainKey: params.domainKey ?? "" });
  return domainPage(context, user, facts, params.domainKey ?? "");
}

/** Autosaves answer with the saved revisions only; the page's data need not be loaded again for them. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, currentUrl, nextUrl, defaultShouldRevalidate }) =>
  // Only when staying on the page: an autosave that lands during a move to another page must let that page load.
  formData?.get("intent") === "autosave" && currentUrl.href === nextUrl.href ? false : defaultShouldRevalidate;

export const intents = ["save", "autosave"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = readIntent(form, intents);
  const values = formDataToObject(form);
  // A background save from a page whose session has ended is told so, not sent to the sign-in page (which would
  // take the person away from what they are typing).
  if (intent === "autosave" && !(await getCurrentUser(request, context))) {
    return data({ errors: { form: "you have been signed out. Sign in again in a new tab, then change the answer again to save it." } as FieldErrors, values }, { status: 401 });
  }
  const user = await requireUser(request, context);
  const facts = await requireAssessment(context, user, params.assessmentId ?? "", "read", { domainKey: params.domainKey ?? "" });
  if (!intent) return unknownIntent();
  // Refused edits answer with the reason and what was typed (never an error page that loses it).
  const decision = decide(user, { type: "assessment", ...facts }, "edit");
  if (decision.outcome === "forbidden") return data({ errors: { form: decision.reason } as FieldErrors, values }, { status: 403 });

  const parsed = parseForm(domainRatingsSchema, form);
  if (!parsed.ok || parsed.data.ratings.length === 0) {
    return data({ errors: parsed.ok ? ({ form: "Reload the page and try again: no answers were sent." } as FieldErrors) : parsed.errors, values }, { status: 400 });
  }
  const result = await saveAnswers(context, user, facts, params.domainKey ?? "", parsed.data.ratings);
  if (!result.ok) return data({ errors: { form: result.error } as FieldErrors, values }, { status: 409 });
  if (intent === "autosave" || result.conflicts.length > 0) {
    const idleSecondsLeft = Math.max(0, Math.floor((user.idleExpiresAt.getTime() - Date.now()) / 1000));
    return data({ ...result, values, idleSecondsLeft }, { status: result.conflicts.length > 0 ? 409 : 200 });
  }
  const next = form.get("then") === "continue" ? String(form.get("nextDomain") ?? "") : "";
  return redirect(next ? `/assessments/${facts.id}/domains/${next}` : `/assessments/${facts.id}`);
}

type ActionResult = {
  errors?: FieldErrors;
  values?: { ratings?: Record<string, unknown>[] };
  conflicts?: ConflictView[];
  saved?: { indicatorKey: string; revision: number }[];
  savedAt?: string;
};

const FIELDS = ["choice", "target", "confidence", "rationale", "confirm"] as const;

export default function DomainPage() {
  const page = useLoaderData<typeof loader>();
  // A new form for each domain: moving from one domain to the next must not carry the last one's answers.
  return <DomainForm key={`${page.assessment.id}/${page.domain.key}`} page={page} />;
}

function DomainForm({ page }: { page: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const navigation = useNavigation();
  const { assessment, domain, indicators, may } = page;

  // What the fields start with: what was sent, when the server sent it back (an error or a conflict), else what is stored.
  const defaultRatings = useMemo(() => {
    const sent = result?.values?.ratings;
    return indicators.map((indicator, i) => {
      const stored = ratingToFields(indicator.key, indicator.stored ?? undefined);
      const mine = sent?.[i];
      if (!mine || mine.indicatorKey !== indicator.key) return stored;
      const conflict = result?.conflicts?.find((c) => c.indicatorKey === indicator.key);
      const saved = result?.saved?.find((s) => s.indicatorKey === indicator.key);
      return {
        ...stored,
        choice: String(mine.choice ?? ""),
        target: String(mine.target ?? ""),
        confidence: String(mine.confidence ?? ""),
        rationale: String(mine.rationale ?? ""),
        confirm: mine.confirm === "yes",
        // Without JavaScript, saving again after a conflict keeps this person's answer: the page says so.
        revision: String(conflict ? conflict.revision : saved ? saved.revision : (mine.revision ?? stored.revision)),
      };
    });
    // Only the first render's defaults matter to the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { register, errors, onSubmit, form } = useHearthForm(domainRatingsSchema, {
    serverErrors: result?.errors,
    defaultValues: { ratings: defaultRatings } as never,
  });

  // Conflicts from a whole-page save, by indicator (autosave conflicts are kept by each indicator).
  const [pageConflicts, setPageConflicts] = useState<ConflictView[]>(result?.conflicts ?? []);
  useEffect(() => {
    setPageConflicts(result?.conflicts ?? []);
    for (const saved of result?.saved ?? []) {
      const index = indicators.findIndex((i) => i.key === saved.indicatorKey);
      if (index >= 0 && !result?.conflicts?.some((c) => c.indicatorKey === saved.indicatorKey)) {
        form.setValue(`ratings.${index}.revision` as never, String(saved.revision) as never);
      }
    }
  }, [result, indicators, form]);

  const [saveStates, setSaveStates] = useState<Record<string, SaveState>>({});
  const pageState = Object.values(saveStates);
  const liveMessage = pageState.some((s) => s.kind === "saving")
    ? "Saving…"
    : pageState.some((s) => s.kind === "error" || s.kind === "conflict")
      ? "Some answers are not saved: see the messages below."
      : pageState.length > 0
        ? `All changes saved at ${pageState.map((s) => (s.kind === "saved" ? s.at : "")).sort().at(-1)}`
        : "";

  const order = ["form", ...indicators.flatMap((_, i) => FIELDS.map((f) => `ratings.${i}.${f}`))];
  const submitting = navigation.state === "submitting";

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/assessments/${assessment.id}`}>Back to the task list</BackLink>
        <ErrorSummary errors={errors} order={order} />
        <AssessmentHeading assessment={assessment} title={domain.title} />
        <p className="nhsuk-body-s">
          Domain {domain.number} of {domain.of}. {domain.summary}
        </p>
        <ReviewComments comments={page.domainComments} />
        {may.edit ? (
          <p className="nhsuk-body-s">
            Your answers are saved as you go. Everyone in your partnership sees the same answers; if someone else changes one while you are
            working, Hearth shows you both before anything is overwritten.
          </p>
        ) : null}
        <div className="hearth-save-status" role="status" aria-live="polite">
          {liveMessage}
        </div>

        {may.edit ? (
          <Form method="post" noValidate onSubmit={onSubmit}>
            <input type="hidden" name="nextDomain" value={page.next?.key ?? ""} />
            {indicators.map((indicator, index) => (
              <IndicatorRatingFields
                key={indicator.key}
                index={index}
                number={index + 1}
                assessmentId={assessment.id}
                domainKey={domain.key}
                indicator={indicator}
                targets={page.targets}
                register={register}
                form={form}
                errors={errors}
                pageConflict={pageConflicts.find((c) => c.indicatorKey === indicator.key) ?? null}
                onResolved={() => setPageConflicts((all) => all.filter((c) => c.indicatorKey !== indicator.key))}
                onSaveState={(state) => setSaveStates((all) => ({ ...all, [indicator.key]: state }))}
              />
            ))}
            <div className="hearth-button-group">
              {page.next ? (
                <button className="nhsuk-button" type="submit" name="then" value="continue" disabled={submitting}>
                  Save and continue to {page.next.title}
                </button>
              ) : null}
              <button className={`nhsuk-button${page.next ? " nhsuk-button--secondary" : ""}`} type="submit" name="then" value="tasks" disabled={submitting}>
                Save and return to the task list
              </button>
              <input type="hidden" name="intent" value="save" />
            </div>
          </Form>
        ) : (
          indicators.map((indicator, index) => (
            <IndicatorAnswerSummary key={indicator.key} number={index + 1} assessmentId={assessment.id} indicator={indicator} mayAddActions={page.mayChangeRecords} />
          ))
        )}

        <Pagination
          label="Domains of this assessment"
          previous={page.previous ? { href: `/assessments/${assessment.id}/domains/${page.previous.key}`, title: page.previous.title } : null}
          next={page.next ? { href: `/assessments/${assessment.id}/domains/${page.next.key}`, title: page.next.title } : null}
        />
      </div>
    </div>
  );
}
