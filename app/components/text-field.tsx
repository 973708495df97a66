import { forwardRef, type InputHTMLAttributes } from "react";
import { FieldError } from "./field-error";

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  /** An NHS.UK width class such as nhsuk-input--width-10. */
  widthClass?: string;
}

/** An NHS.UK text input with its label, hint and error message wired up for assistive technology. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(function TextField(
  { name, label, hint, error, widthClass, className, ...input },
  ref,
) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <label className="nhsuk-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <FieldError id={errorId} message={error} />
      <input
        ref={ref}
        id={name}
        name={name}
        className={["nhsuk-input", widthClass, error ? "nhsuk-input--error" : "", className].filter(Boolean).join(" ")}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
});
