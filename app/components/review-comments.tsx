import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import { formatDateTime } from "~/dates";
import { reviewCommentSchema } from "~/forms/review-schema";
import { useErrorsReported, useHearthForm } from "~/forms/use-hearth-form";
import type { FieldErrors } from "./error-summary";
import { TextareaField } from "./textarea-field";

export interface ReviewCommentView {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  earlierVersion: number | null;
  draft: boolean;
}

/** Network staff's comments on an answer, a domain or a whole assessment, as an inset: who, when, what. */
export function ReviewComments({ comments, forStaff = false }: { comments: ReviewCommentView[]; forStaff?: boolean }) {
  if (comments.length === 0) return null;
  return (
    <div className="nhsuk-inset-text hearth-review-comments">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        <strong>{comments.length === 1 ? "Reviewer's comment" : "Reviewers' comments"}</strong>
      </p>
      <ul className="nhsuk-list">
        {comments.map((c) => (
          <li key={c.id}>
            <p className="hearth-preserve-lines nhsuk-u-margin-bottom-1">{c.body}</p>
            <p className="nhsuk-body-s">
              {c.authorName}, {formatDateTime(c.createdAt)}
              {c.earlierVersion ? ` (on version ${c.earlierVersion})` : ""}
              {forStaff && c.draft ? (
                <>
                  {" "}
                  <strong className="nhsuk-tag nhsuk-tag--grey">Not yet shared</strong>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The id of the comment box for one place, safe in a URL fragment. */
export const commentFieldId = (about: string) => `comment-${about.replace(/[^a-z0-9-]/gi, "-")}`;

/** A reviewer's small form for one place (the assessment, a domain or an indicator), folded away until opened. */
export function CommentForm({
  about,
  label,
  error,
  defaultValue,
  onErrors,
}: {
  about: string;
  label: string;
  error?: string;
  defaultValue?: string;
  /** Tells the page the form's errors, keyed by the comment box's id, for its error summary. */
  onErrors?: (form: string, errors: FieldErrors) => void;
}) {
  const { register, errors, onSubmit } = useHearthForm(reviewCommentSchema, {
    serverErrors: error ? { body: error } : {},
    defaultValues: { about, body: defaultValue ?? "" },
  });
  const id = commentFieldId(about);
  const message = (errors as FieldErrors).body;
  useErrorsReported(onErrors, about, message ? { [id]: message } : {});
  // Opened by the reviewer or by an error, it stays open while they type (correcting the error must not fold it away).
  const [open, setOpen] = useState(Boolean(message));
  useEffect(() => {
    if (message) setOpen(true);
  }, [message]);
  return (
    <details className="nhsuk-details hearth-comment-form" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{label}</span>
      </summary>
      <div className="nhsuk-details__text">
        <Form method="post" noValidate onSubmit={onSubmit} preventScrollReset>
          <input type="hidden" name="intent" value="comment" />
          <input type="hidden" defaultValue={about} {...register("about")} />
          <TextareaField id={id} label={<>Comment<span className="nhsuk-u-visually-hidden"> {label.replace(/^Comment /, "")}</span></>} hint="The partnership sees it once you return or approve the assessment." rows={3} error={message} defaultValue={defaultValue ?? ""} {...register("body")} />
          <button className="nhsuk-button nhsuk-button--secondary" type="submit">
            Add the comment
          </button>
        </Form>
      </div>
    </details>
  );
}
