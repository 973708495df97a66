import type { UseFormRegister } from "react-hook-form";
import { FieldError } from "./field-error";

/**
 * The NHS.UK date input: day, month and year in their own fields (`<name>.day`, `.month`, `.year`), one error for the
 * date. The day field's id is the date's name, so the error summary's link lands on it.
 */
export function DateField({
  name,
  legend,
  hint,
  error,
  defaultValue,
  register,
}: {
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  /** "YYYY-MM-DD", or parts as typed. */
  defaultValue?: string | { day?: string; month?: string; year?: string } | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register?: UseFormRegister<any>;
}) {
  const parts =
    typeof defaultValue === "string" && /^\d{4}-\d{2}-\d{2}$/.test(defaultValue)
      ? { year: defaultValue.slice(0, 4), month: String(Number(defaultValue.slice(5, 7))), day: String(Number(defaultValue.slice(8, 10))) }
      : typeof defaultValue === "object" && defaultValue
        ? defaultValue
        : {};
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const field = (part: "day" | "month" | "year", label: string, width: string) => {
    const fieldName = `${name}.${part}`;
    return (
      <div className="nhsuk-date-input__item">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label nhsuk-date-input__label" htmlFor={part === "day" ? name : `${name}-${part}`}>
            {label}
          </label>
          <input
            className={`nhsuk-input nhsuk-date-input__input ${width}${error ? " nhsuk-input--error" : ""}`}
            id={part === "day" ? name : `${name}-${part}`}
            type="text"
            inputMode="numeric"
            defaultValue={parts[part] ?? ""}
            {...(register ? register(fieldName) : { name: fieldName })}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <FieldError id={errorId} message={error} />
        <div className="nhsuk-date-input">
          {field("day", "Day", "nhsuk-input--width-2")}
          {field("month", "Month", "nhsuk-input--width-2")}
          {field("year", "Year", "nhsuk-input--width-4")}
        </div>
      </fieldset>
    </div>
  );
}
