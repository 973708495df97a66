import { forwardRef, type ReactNode, type TextareaHTMLAttributes } from "react";
import { FieldError } from "./field-error";

interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: ReactNode;
  hint?: string;
  error?: string;
}

/** An NHS.UK textarea with its label, hint and error message wired up for assistive technology. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>(function TextareaField({ name, id, label, hint, error, rows = 5, ...textarea }, ref) {
  // The id is the name unless several fields of one name share a page (several small forms).
  const fieldId = id ?? name;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={fieldId}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId} message={error} />
      <textarea
        ref={ref}
        id={fieldId}
        name={name}
        rows={rows}
        className={`nhsuk-textarea${error ? " nhsuk-textarea--error" : ""}`}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </div>
  );
});
