import { Link, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useWatch, type UseFormRegister, type UseFormReturn } from "react-hook-form";
import { CONFIDENCE_LABELS, CONFIDENCE_LEVELS } from "../../assessment/browser";
import { formatDateTime, formatTime } from "~/dates";
import { ratingFieldsSchema, RATIONALE_MAX } from "~/forms/rating-schema";
import type { FieldErrors } from "./error-summary";
import { CheckboxGroup, RadioGroup } from "./choice-fields";
import { IndicatorRecords, type ActionItemView, type EvidenceItemView } from "./indicator-records";
import { ReviewComments, type ReviewCommentView } from "./review-comments";
import { SelectField } from "./select-field";
import { announceSessionExtended } from "./session-timeout";
import { TextareaField } from "./textarea-field";

export interface StoredAnswer {
  answer: string;
  level: number | null;
  targetLevel: number | null;
  confidence: string | null;
  rationale: string;
  revision: number;
  carriedOver: boolean;
  updatedAt: string;
  updatedByName: string | null;
}

export interface IndicatorView {
  key: string;
  title: string;
  statement: string;
  guidance: string;
  choices: { value: string; label: string; hint: string }[];
  stored: StoredAnswer | null;
  evidence: EvidenceItemView[];
  flag: string | null;
  actions: ActionItemView[];
  /** Network staff's comments on this answer, once shared. */
  comments?: ReviewCommentView[];
}

/** Someone else's newer answer, met when saving: "theirs" is null when they had just cleared… never: ratings are not deleted. */
export interface ConflictView {
  indicatorKey: string;
  theirs: StoredAnswer | null;
  revision: number;
}

export type SaveState =
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "waiting"; message: string }
  | { kind: "conflict" }
  | { kind: "error"; message: string };

interface Fields {
  choice: string;
  target: string;
  confidence: string;
  rationale: string;
  confirm: boolean;
  revision: string;
  indicatorKey: string;
}

const snapshot = (f: Partial<Fields> | undefined) =>
  JSON.stringify([f?.choice ?? "", f?.target ?? "", f?.confidence ?? "", f?.rationale ?? "", Boolean(f?.confirm)]);

const choiceOf = (a: { answer: string; level: number | null }) => (a.answer === "level" ? String(a.level) : a.answer);

function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * One indicator's answer on a domain page: the statement, the five levels as choices (plus not applicable and don't
 * know), a target, a confidence and a rationale. With JavaScript it saves itself a moment after each change and says
 * when; if someone else changed the same answer in the meantime it stops and shows both answers for the person to
 * choose. Without JavaScript the page's buttons save everything.
 */
export function IndicatorRatingFields({
  index,
  number,
  assessmentId,
  domainKey,
  indicator,
  targets,
  register,
  form,
  errors,
  pageConflict,
  onResolved,
  onSaveState,
}: {
  index: number;
  number: number;
  assessmentId: string;
  domainKey: string;
  indicator: IndicatorView;
  targets: { value: string; label: string }[];
  // The form's values are nested by path (ratings.<n>.<field>); its type is checked by the schema, not here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: UseFormReturn<any, any, any>;
  errors: FieldErrors;
  pageConflict: ConflictView | null;
  onResolved: () => void;
  onSaveState: (state: SaveState) => void;
}) {
  const name = (field: keyof Fields) => `ratings.${index}.${field}` as never;
  const hydrated = useHydrated();
  const fetcher = useFetcher<{
    saved?: { indicatorKey: string; revision: number }[];
    conflicts?: ConflictView[];
    errors?: FieldErrors;
    savedAt?: string;
    idleSecondsLeft?: number;
  }>();
  // While the page itself is being saved (or left), it saves every answer: no autosave then.
  const navigating = useNavigation().state !== "idle";
  const values = useWatch({ control: form.control, name: `ratings.${index}` as never }) as unknown as Fields | undefined;
  const lastSaved = useRef<string>(snapshot(form.getValues(`ratings.${index}` as never) as unknown as Fields));
  const sending = useRef<Fields | null>(null);
  const [carriedOver, setCarriedOver] = useState(indicator.stored?.carriedOver ?? false);
  const [conflict, setConflict] = useState<ConflictView | null>(null);
  const [state, setState] = useState<SaveState | null>(null);
  const shownConflict = conflict ?? pageConflict;

  const report = (next: SaveState) => {
    setState(next);
    onSaveState(next);
  };

  // Autosave: a moment after the answer changes (longer while typing), if it is complete enough to save.
  useEffect(() => {
    if (!hydrated || !values || shownConflict || fetcher.state !== "idle" || navigating) return;
    const now = snapshot(values);
    if (now === lastSaved.current) return;
    const checked = ratingFieldsSchema.safeParse(values);
    if (!checked.success || values.choice === "") {
      if (values.choice === "") {
        report({ kind: "waiting", message: "Not saved yet: choose an answer to save what you wrote." });
      } else {
        // Say what is wrong next to the field now, rather than when the page is saved.
        void form.trigger(`ratings.${index}` as never);
        report({ kind: "waiting", message: "Not saved yet: see the message above." });
      }
      return;
    }
    if (Object.keys(form.formState.errors).length > 0) void form.trigger(`ratings.${index}` as never);
    const typing = JSON.parse(now)[3] !== JSON.parse(lastSaved.current)[3];
    const timer = setTimeout(() => {
      const body = new FormData();
      body.set("intent", "autosave");
      for (const [key, value] of Object.entries(values)) {
        if (key === "confirm") {
          if (value) body.set("ratings.0.confirm", "yes");
        } else body.set(`ratings.0.${key}`, String(value ?? ""));
      }
      sending.current = { ...values };
      report({ kind: "saving" });
      // A page navigation (such as "Save and continue") may cut an autosave short; the page's own save covers it.
      Promise.resolve(fetcher.submit(body, { method: "post", action: `/assessments/${assessmentId}/domains/${domainKey}` })).catch(() => undefined);
    }, typing ? 1200 : 400);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, values, shownConflict, fetcher.state, navigating]);

  // What the server said about the last autosave.
  useEffect(() => {
    const data = fetcher.data;
    if (fetcher.state !== "idle" || !data || sending.current === null) return;
    const sent = sending.current;
    sending.current = null;
    if (data.idleSecondsLeft) announceSessionExtended(data.idleSecondsLeft);
    const clash = data.conflicts?.find((c) => c.indicatorKey === indicator.key);
    if (clash) {
      setConflict(clash);
      report({ kind: "conflict" });
      return;
    }
    const saved = data.saved?.find((s) => s.indicatorKey === indicator.key);
    if (saved) {
      form.setValue(name("revision"), String(saved.revision) as never);
      if (sent.confirm) form.setValue(name("confirm"), false as never);
      lastSaved.current = snapshot({ ...sent, confirm: false });
      setCarriedOver(false);
      report({ kind: "saved", at: formatTime(data.savedAt ?? new Date().toISOString()) });
      return;
    }
    report({ kind: "error", message: data.errors?.form ?? "Not saved: try again, or use the button at the bottom of the page." });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fetcher.state, fetcher.data]);

  const keepMine = () => {
    if (!shownConflict) return;
    const theirs = shownConflict.theirs;
    form.setValue(name("revision"), String(shownConflict.revision) as never);
    // What is stored now is theirs: this person's answer differs from it, so it saves at once, over theirs.
    lastSaved.current = snapshot(theirs ? { choice: choiceOf(theirs), target: theirs.targetLevel ? String(theirs.targetLevel) : "", confidence: theirs.confidence ?? "", rationale: theirs.rationale } : {});
    setConflict(null);
    onResolved();
  };
  const useTheirs = () => {
    if (!shownConflict) return;
    const theirs = shownConflict.theirs;
    const fields = {
      choice: theirs ? choiceOf(theirs) : "",
      target: theirs?.targetLevel ? String(theirs.targetLevel) : "",
      confidence: theirs?.confidence ?? "",
      rationale: theirs?.rationale ?? "",
      confirm: false,
    };
    for (const [key, value] of Object.entries(fields)) form.setValue(name(key as keyof Fields), value as never);
    form.setValue(name("revision"), String(shownConflict.revision) as never);
    lastSaved.current = snapshot(fields);
    setCarriedOver(theirs?.carriedOver ?? false);
    setConflict(null);
    onResolved();
    report({ kind: "saved", at: formatTime(theirs?.updatedAt ?? new Date().toISOString()) });
  };

  const titleId = `indicator-${index}-title`;
  const stored = indicator.stored;
  const labelOf = (value: string) => indicator.choices.find((c) => c.value === value)?.label ?? "No answer";
  return (
    <section className="hearth-indicator" aria-labelledby={titleId} id={indicator.key}>
      <h2 id={titleId} className="nhsuk-heading-m">
        {number}. {indicator.title}
      </h2>
      <p>{indicator.statement}</p>
      <ReviewComments comments={indicator.comments ?? []} />
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">What to consider</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{indicator.guidance}</p>
        </div>
      </details>
      <input type="hidden" {...register(name("indicatorKey"))} defaultValue={indicator.key} />
      <input type="hidden" {...register(name("revision"))} defaultValue={String(form.getValues(name("revision")) ?? stored?.revision ?? 0)} />

      {shownConflict ? (
        <div className="nhsuk-warning-callout" role="alert">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Someone else changed this answer
            </span>
          </h3>
          <p>
            {shownConflict.theirs
              ? `${shownConflict.theirs.updatedByName ?? "Someone"} saved a different answer at ${formatDateTime(shownConflict.theirs.updatedAt)}, after you opened this page. Nothing has been overwritten.`
              : "Someone else answered this after you opened this page. Nothing has been overwritten."}
          </p>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Their answer</dt>
              <dd className="nhsuk-summary-list__value">
                {shownConflict.theirs ? (
                  <>
                    {labelOf(choiceOf(shownConflict.theirs))}
                    {shownConflict.theirs.targetLevel ? `; target ${shownConflict.theirs.targetLevel}` : ""}
                    {shownConflict.theirs.rationale ? <><br />{shownConflict.theirs.rationale}</> : null}
                  </>
                ) : (
                  "No answer"
                )}
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">Your answer</dt>
              <dd className="nhsuk-summary-list__value">
                {labelOf(values?.choice ?? "")}
                {values?.target ? `; target ${values.target}` : ""}
                {values?.rationale ? <><br />{values.rationale}</> : null}
              </dd>
            </div>
          </dl>
          {hydrated ? (
            <div className="hearth-button-group">
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={keepMine}>
                Keep my answer<span className="nhsuk-u-visually-hidden"> for {indicator.title}</span>
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={useTheirs}>
                Use their answer<span className="nhsuk-u-visually-hidden"> for {indicator.title}</span>
              </button>
            </div>
          ) : (
            <p>
              To keep your answer, save the page again. To use theirs, <a href={`/assessments/${assessmentId}/domains/${domainKey}#${indicator.key}`}>reload this page</a>{" "}
              (your other answers on it are saved).
            </p>
          )}
        </div>
      ) : null}

      {carriedOver ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <strong className="nhsuk-tag nhsuk-tag--yellow">Carried over</strong> This answer comes from your last round. Confirm it still
            stands, or change it.
          </p>
          <CheckboxGroup
            name={`ratings.${index}.confirm`}
            legend={<span className="nhsuk-u-visually-hidden">Confirm {indicator.title}</span>}
            options={[{ value: "yes", label: "This answer still stands" }]}
            defaultValues={form.getValues(name("confirm")) ? ["yes"] : []}
            field={register(name("confirm"))}
            error={errors[`ratings.${index}.confirm`]}
            small
          />
        </div>
      ) : null}

      <RadioGroup
        name={`ratings.${index}.choice`}
        legend={`Your rating for ${indicator.title}`}
        options={indicator.choices}
        defaultValue={String(form.getValues(name("choice")) ?? "")}
        field={register(name("choice"))}
        error={errors[`ratings.${index}.choice`]}
      />
      <SelectField
        label="Target level (optional)"
        hint="Where your partnership aims to be by the next round."
        emptyLabel="No target"
        options={targets}
        defaultValue={String(form.getValues(name("target")) ?? "")}
        error={errors[`ratings.${index}.target`]}
        {...register(name("target"))}
      />
      <RadioGroup
        name={`ratings.${index}.confidence`}
        legend="How confident are you in this rating? (optional)"
        options={CONFIDENCE_LEVELS.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
        defaultValue={String(form.getValues(name("confidence")) ?? "")}
        field={register(name("confidence"))}
        error={errors[`ratings.${index}.confidence`]}
        small
        inline
      />
      <TextareaField
        label="Why this rating?"
        hint={`What you based it on: the evidence, and what is still missing. Up to ${RATIONALE_MAX.toLocaleString("en-GB")} characters.`}
        defaultValue={String(form.getValues(name("rationale")) ?? "")}
        error={errors[`ratings.${index}.rationale`]}
        {...register(name("rationale"))}
      />
      <p className="nhsuk-body-s hearth-indicator__meta">
        {state ? <span className={`hearth-save-state hearth-save-state--${state.kind}`}>{describeState(state)} </span> : null}
        {stored ? `Last changed by ${stored.updatedByName ?? "someone no longer in Hearth"} on ${formatDateTime(stored.updatedAt)}. ` : null}
        <Link to={`/assessments/${assessmentId}/indicators/${indicator.key}/history`}>
          History<span className="nhsuk-u-visually-hidden"> of {indicator.title}</span>
        </Link>
      </p>
      <IndicatorRecords
        assessmentId={assessmentId}
        indicatorKey={indicator.key}
        title={indicator.title}
        evidence={indicator.evidence}
        flag={indicator.flag}
        actions={indicator.actions}
        mayAddEvidence
        mayAddActions
      />
    </section>
  );
}

function describeState(state: SaveState): string {
  switch (state.kind) {
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${state.at}.`;
    case "waiting":
      return state.message;
    case "conflict":
      return "Not saved: someone else changed this answer.";
    case "error":
      return `Not saved: ${state.message}`;
  }
}

/** One indicator's answer, read only: for viewers, and once an assessment is submitted. */
export function IndicatorAnswerSummary({
  number,
  assessmentId,
  indicator,
  mayAddActions,
}: {
  number: number;
  assessmentId: string;
  indicator: IndicatorView;
  mayAddActions: boolean;
}) {
  const stored = indicator.stored;
  const titleId = `indicator-${number}-title`;
  const label = stored ? indicator.choices.find((c) => c.value === choiceOf(stored)) : undefined;
  return (
    <section className="hearth-indicator" aria-labelledby={titleId} id={indicator.key}>
      <h2 id={titleId} className="nhsuk-heading-m">
        {number}. {indicator.title}
      </h2>
      <p>{indicator.statement}</p>
      <ReviewComments comments={indicator.comments ?? []} />
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Rating</dt>
          <dd className="nhsuk-summary-list__value">
            {label ? (
              <>
                {label.label}
                {stored?.carriedOver ? <> <strong className="nhsuk-tag nhsuk-tag--yellow">Carried over</strong></> : null}
                <br />
                <span className="nhsuk-body-s">{label.hint}</span>
              </>
            ) : (
              "Not answered yet"
            )}
          </dd>
        </div>
        {stored?.targetLevel ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Target</dt>
            <dd className="nhsuk-summary-list__value">{indicator.choices.find((c) => c.value === String(stored.targetLevel))?.label}</dd>
          </div>
        ) : null}
        {stored?.confidence ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Confidence</dt>
            <dd className="nhsuk-summary-list__value">{CONFIDENCE_LABELS[stored.confidence as keyof typeof CONFIDENCE_LABELS]}</dd>
          </div>
        ) : null}
        {stored?.rationale ? (
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Why</dt>
            <dd className="nhsuk-summary-list__value hearth-preserve-lines">{stored.rationale}</dd>
          </div>
        ) : null}
      </dl>
      <p className="nhsuk-body-s">
        {stored ? `Last changed by ${stored.updatedByName ?? "someone no longer in Hearth"} on ${formatDateTime(stored.updatedAt)}. ` : null}
        <Link to={`/assessments/${assessmentId}/indicators/${indicator.key}/history`}>
          History<span className="nhsuk-u-visually-hidden"> of {indicator.title}</span>
        </Link>
      </p>
      <IndicatorRecords
        assessmentId={assessmentId}
        indicatorKey={indicator.key}
        title={indicator.title}
        evidence={indicator.evidence}
        flag={indicator.flag}
        actions={indicator.actions}
        mayAddEvidence={false}
        mayAddActions={mayAddActions}
      />
    </section>
  );
}
