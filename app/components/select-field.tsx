import { forwardRef, type SelectHTMLAttributes } from "react";
import { FieldError } from "./field-error";

interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  /** The first option, for "nothing chosen" (value ""). */
  emptyLabel?: string;
}

/** An NHS.UK select with its label, hint and error message. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField({ name, label, hint, error, options, emptyLabel, ...select }, ref) {
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
      <select
        ref={ref}
        id={name}
        name={name}
        className={`nhsuk-select${error ? " nhsuk-select--error" : ""}`}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...select}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
});
