import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "./field-error";

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  name: string;
  legend: ReactNode;
  /** Show the legend as the page's heading (one question per page). */
  legendAsHeading?: boolean;
  hint?: string;
  options: ChoiceOption[];
  error?: string;
  small?: boolean;
  inline?: boolean;
  /** Lay a long list of short options out in columns where there is room (boroughs). */
  columns?: boolean;
  /** react-hook-form's registration, when the form uses it; otherwise the inputs are uncontrolled. */
  field?: UseFormRegisterReturn;
}

/**
 * NHS.UK radios or checkboxes in a fieldset, wired for assistive technology. The first input's id is the group's
 * name, so the error summary's link lands on it; the others are name-2, name-3…
 */
function ChoiceGroup({
  type,
  name,
  legend,
  legendAsHeading,
  hint,
  options,
  error,
  small,
  inline,
  columns,
  field,
  isChecked,
}: ChoiceGroupProps & { type: "radio" | "checkbox"; isChecked: (value: string) => boolean }) {
  const base = type === "radio" ? "nhsuk-radios" : "nhsuk-checkboxes";
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className={`nhsuk-fieldset__legend${legendAsHeading ? " nhsuk-fieldset__legend--l" : " nhsuk-fieldset__legend--s"}`}>
          {legendAsHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <FieldError id={errorId} message={error} />
        <div className={[base, small ? `${base}--small` : "", inline ? `${base}--inline` : "", columns ? "hearth-choice-columns" : ""].filter(Boolean).join(" ")}>
          {options.map((option, index) => {
            const id = index === 0 ? name : `${name}-${index + 1}`;
            const itemHintId = option.hint ? `${id}-item-hint` : undefined;
            return (
              <div className={`${base}__item`} key={option.value}>
                <input
                  className={`${base}__input`}
                  id={id}
                  type={type}
                  value={option.value}
                  aria-describedby={itemHintId}
                  // Checked in the server's HTML too, so the form works before (or without) JavaScript.
                  defaultChecked={isChecked(option.value)}
                  {...(field ?? { name })}
                />
                <label className={`nhsuk-label ${base}__label`} htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div className={`nhsuk-hint ${base}__hint`} id={itemHintId}>
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One choice from several. */
export function RadioGroup({ defaultValue, ...props }: ChoiceGroupProps & { defaultValue?: string }) {
  return <ChoiceGroup type="radio" {...props} isChecked={(value) => value === defaultValue} />;
}

/** Any number of choices: the form sends the name once per ticked box (a repeated field). */
export function CheckboxGroup({ defaultValues = [], ...props }: ChoiceGroupProps & { defaultValues?: readonly string[] }) {
  return <ChoiceGroup type="checkbox" {...props} isChecked={(value) => defaultValues.includes(value)} />;
}
