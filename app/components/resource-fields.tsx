import type { UseFormRegister } from "react-hook-form";
import type { FieldErrors } from "./error-summary";
import { CheckboxGroup, RadioGroup } from "./choice-fields";
import { FieldError } from "./field-error";
import { TextField } from "./text-field";
import { TextareaField } from "./textarea-field";

/** What the resource form offers (app/resource-library.server.ts resourceFormOptions), as the page receives it. */
export interface ResourceFieldOptions {
  frameworks: { key: string; title: string; domains: { key: string; title: string; indicators: { key: string; title: string }[] }[] }[];
  kinds: { value: string; label: string }[];
  reportAreas: { value: string; label: string }[];
  mouAims: { value: string; label: string }[];
  londonAims: { value: string; label: string }[];
  networkThemes: { value: string; label: string }[];
}

export interface ResourceFieldValues {
  title: string;
  publisher: string;
  year: string;
  url: string;
  summary: string;
  kind: string;
  frameworks: string[];
  domains: string[];
  indicators: string[];
  reportAreas: string[];
  mouAims: string[];
  londonAims: string[];
  networkThemes: string[];
}

export const EMPTY_RESOURCE: ResourceFieldValues = {
  title: "",
  publisher: "",
  year: "",
  url: "",
  summary: "",
  kind: "",
  frameworks: [],
  domains: [],
  indicators: [],
  reportAreas: [],
  mouAims: [],
  londonAims: [],
  networkThemes: [],
};

/** Anything the form sends back, as the form's values (a single ticked box arrives as one value, not a list). */
export function asResourceValues(sent: Record<string, unknown> | undefined): ResourceFieldValues | undefined {
  if (!sent) return undefined;
  const text = (key: string) => (typeof sent[key] === "string" ? (sent[key] as string) : "");
  const list = (key: string) => {
    const value = sent[key];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : typeof value === "string" ? [value] : [];
  };
  return {
    title: text("title"),
    publisher: text("publisher"),
    year: text("year"),
    url: text("url"),
    summary: text("summary"),
    kind: text("kind"),
    frameworks: list("frameworks"),
    domains: list("domains"),
    indicators: list("indicators"),
    reportAreas: list("reportAreas"),
    mouAims: list("mouAims"),
    londonAims: list("londonAims"),
    networkThemes: list("networkThemes"),
  };
}

/**
 * The fields of a resource: what it is, where it lives, and what it helps with (frameworks, domains and indicators,
 * then the regional vocabularies). Indicators sit in a closed section per domain, open where some are ticked.
 */
export function ResourceFields({
  options,
  values,
  errors,
  register,
}: {
  options: ResourceFieldOptions;
  values: ResourceFieldValues;
  errors: FieldErrors;
  register: UseFormRegister<never>;
}) {
  const reg = register as unknown as UseFormRegister<Record<string, unknown>>;
  return (
    <>
      <TextField label="Title" error={errors.title} defaultValue={values.title} {...reg("title")} />
      <TextField label="Organisation or publisher" error={errors.publisher} defaultValue={values.publisher} {...reg("publisher")} />
      <TextField label="Year published" hint="Leave it empty if there is none, as for a web page kept up to date." inputMode="numeric" widthClass="nhsuk-input--width-4" error={errors.year} defaultValue={values.year} {...reg("year")} />
      <TextField label="Web address" type="url" spellCheck={false} hint="For example, https://www.example.org/guide" error={errors.url} defaultValue={values.url} {...reg("url")} />
      <TextareaField label="Summary" hint="One line, in your own words: what it offers a partnership." rows={3} error={errors.summary} defaultValue={values.summary} {...reg("summary")} />
      <RadioGroup name="kind" legend="Kind of resource" options={options.kinds} defaultValue={values.kind} field={reg("kind")} error={errors.kind} small />

      <h2>What it helps with</h2>
      <p>People find it under each framework, domain and indicator you choose, and it is suggested to partnerships with gaps there.</p>
      <CheckboxGroup
        name="frameworks"
        legend="Background reading for a whole framework"
        options={options.frameworks.map((f) => ({ value: f.key, label: f.title }))}
        defaultValues={values.frameworks}
        field={reg("frameworks")}
        error={errors.frameworks}
        small
      />
      {options.frameworks.map((framework) => (
        <div key={framework.key}>
          <h3>{framework.title}</h3>
          <KeyCheckboxes
            name="domains"
            idPrefix={`domains-${framework.key}`}
            legend={`Whole domains of the ${framework.title}`}
            options={framework.domains.map((d) => ({ value: d.key, label: d.title }))}
            checked={values.domains}
            register={reg}
            error={framework === options.frameworks[0] ? errors.domains : undefined}
          />
          <fieldset className="nhsuk-fieldset nhsuk-u-margin-bottom-5" id={framework === options.frameworks[0] ? "indicators" : undefined} tabIndex={-1}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Indicators of the {framework.title}</legend>
            {framework === options.frameworks[0] ? <FieldError id="indicators-error" message={errors.indicators} /> : null}
            {framework.domains.map((domain) => {
              const ticked = domain.indicators.filter((i) => values.indicators.includes(i.key)).length;
              return (
                <details className="nhsuk-details nhsuk-u-margin-bottom-2" key={domain.key} open={ticked > 0}>
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">
                      {domain.title}
                      {ticked > 0 ? ` (${ticked} chosen)` : ""}
                    </span>
                  </summary>
                  <div className="nhsuk-details__text">
                    <KeyCheckboxes
                      name="indicators"
                      idPrefix={`indicators-${domain.key}`}
                      legend={`Indicators of ${domain.title}`}
                      hiddenLegend
                      options={domain.indicators.map((i) => ({ value: i.key, label: i.title }))}
                      checked={values.indicators}
                      register={reg}
                    />
                  </div>
                </details>
              );
            })}
          </fieldset>
        </div>
      ))}

      <h2>Regional tags</h2>
      <p>Beside those its domains and indicators carry, so people filtering the library by them find it.</p>
      <CheckboxGroup name="reportAreas" legend="King's Fund report areas" options={options.reportAreas} defaultValues={values.reportAreas} field={reg("reportAreas")} error={errors.reportAreas} small />
      <CheckboxGroup name="mouAims" legend="MoU aims" options={options.mouAims} defaultValues={values.mouAims} field={reg("mouAims")} error={errors.mouAims} small />
      <CheckboxGroup name="londonAims" legend="London strategy aims" options={options.londonAims} defaultValues={values.londonAims} field={reg("londonAims")} error={errors.londonAims} small />
      <CheckboxGroup name="networkThemes" legend="Network themes" options={options.networkThemes} defaultValues={values.networkThemes} field={reg("networkThemes")} error={errors.networkThemes} small inline />
    </>
  );
}

/** Checkboxes of one field spread over several groups on the page, each box with an id of its own. */
function KeyCheckboxes({
  name,
  idPrefix,
  legend,
  hiddenLegend,
  options,
  checked,
  register,
  error,
}: {
  name: string;
  idPrefix: string;
  legend: string;
  hiddenLegend?: boolean;
  options: { value: string; label: string }[];
  checked: readonly string[];
  register: UseFormRegister<Record<string, unknown>>;
  error?: string;
}) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={errorId}>
        <legend className={hiddenLegend ? "nhsuk-u-visually-hidden" : "nhsuk-fieldset__legend nhsuk-fieldset__legend--s"}>{legend}</legend>
        <FieldError id={errorId} message={error} />
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {options.map((option, index) => {
            // The first box of a field carries the field's name as its id, so the error summary can lead to it.
            const id = index === 0 && error ? name : `${idPrefix}-${index + 1}`;
            return (
              <div className="nhsuk-checkboxes__item" key={option.value}>
                <input className="nhsuk-checkboxes__input" id={id} type="checkbox" value={option.value} defaultChecked={checked.includes(option.value)} {...register(name)} />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
