import type { UseFormRegister } from "react-hook-form";
import { CheckboxGroup, RadioGroup } from "./choice-fields";
import type { FieldErrors } from "./error-summary";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

type Option = { value: string; label: string };

export interface OrganisationFieldValues {
  kind: string;
  name: string;
  shortName: string;
  boroughs: string[];
  homesBand: string;
  organisationType: string;
}

export const ORGANISATION_FIELD_ORDER = ["form", "kind", "name", "shortName", "boroughs", "homesBand", "organisationType"];

/**
 * A partnership's or housing provider's details, for adding one or changing it. The kind is chosen when adding
 * (`chooseKind`) and fixed afterwards; the partnership-only and provider-only fields say so, so the form needs no
 * JavaScript to make sense.
 */
export function OrganisationFields({
  values,
  errors,
  register,
  chooseKind,
  kind,
  choices,
}: {
  values: OrganisationFieldValues;
  errors: FieldErrors;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  chooseKind: boolean;
  kind?: "partnership" | "provider";
  choices: { boroughs: Option[]; homesBands: Option[]; organisationTypes: Option[] };
}) {
  const showPartnership = chooseKind || kind === "partnership";
  const showProvider = chooseKind || kind === "provider";
  return (
    <>
      {chooseKind ? (
        <RadioGroup
          name="kind"
          legend="What kind of organisation is it?"
          options={[
            { value: "partnership", label: "Partnership", hint: "An integrated care system (ICS) or sustainability and transformation partnership (STP)" },
            { value: "provider", label: "Housing provider" },
          ]}
          defaultValue={values.kind}
          field={register("kind")}
          error={errors.kind}
        />
      ) : (
        <input type="hidden" value={kind} {...register("kind")} />
      )}
      <TextField label="Name" error={errors.name} defaultValue={values.name} autoComplete="organization" spellCheck={false} {...register("name")} />
      {showPartnership ? (
        <TextField
          label={chooseKind ? "Short name (partnerships only)" : "Short name"}
          hint="For example, NWL. Used where space is short, such as the regional overview."
          widthClass="nhsuk-input--width-10"
          error={errors.shortName}
          defaultValue={values.shortName}
          spellCheck={false}
          {...register("shortName")}
        />
      ) : null}
      <CheckboxGroup
        name="boroughs"
        legend={chooseKind ? "Boroughs it covers or serves" : kind === "provider" ? "Boroughs it serves" : "Boroughs it covers"}
        hint="Select all that apply"
        options={choices.boroughs}
        defaultValues={values.boroughs}
        field={register("boroughs")}
        error={errors.boroughs}
        small
        columns
      />
      {showProvider ? (
        <>
          <SelectField
            label={chooseKind ? "Size band (housing providers only)" : "Size band"}
            hint="How many homes it manages"
            options={choices.homesBands}
            emptyLabel="Not known"
            error={errors.homesBand}
            defaultValue={values.homesBand}
            {...register("homesBand")}
          />
          <SelectField
            label={chooseKind ? "Type of organisation (housing providers only)" : "Type of organisation"}
            hint="A provider's offer sets this when it is published"
            options={choices.organisationTypes}
            emptyLabel="Not known"
            error={errors.organisationType}
            defaultValue={values.organisationType}
            {...register("organisationType")}
          />
        </>
      ) : null}
    </>
  );
}

/** What was typed, back in the form's shape (nothing typed is lost when the form comes back with errors). */
export function typedValues(values: Record<string, unknown> | undefined, fallback?: OrganisationFieldValues): OrganisationFieldValues {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  if (!values) return fallback ?? { kind: "", name: "", shortName: "", boroughs: [], homesBand: "", organisationType: "" };
  const boroughs = values.boroughs;
  return {
    kind: text(values.kind),
    name: text(values.name),
    shortName: text(values.shortName),
    boroughs: Array.isArray(boroughs) ? boroughs.filter((b): b is string => typeof b === "string") : typeof boroughs === "string" ? [boroughs] : [],
    homesBand: text(values.homesBand),
    organisationType: text(values.organisationType),
  };
}
