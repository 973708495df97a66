import type { UseFormRegister } from "react-hook-form";
import { EVIDENCE_STRENGTH_INFO, EVIDENCE_STRENGTHS } from "../../assessment/browser";
import { RadioGroup } from "./choice-fields";
import { DateField } from "./date-field";
import type { FieldErrors } from "./error-summary";
import { TextField } from "./text-field";
import { TextareaField } from "./textarea-field";

export interface EvidenceDefaults {
  title?: string;
  strength?: string;
  datedOn?: string | { day?: string; month?: string; year?: string } | null;
  reviewBy?: string | { day?: string; month?: string; year?: string } | null;
  ownerName?: string;
  description?: string;
}

/**
 * The details every piece of evidence has: title, strength (E1–E4), its date, when to review it, who owns it and a
 * note. Field names are `<prefix>.title` etc., so two forms on one page keep distinct ids.
 */
export function EvidenceDetailFields({
  prefix,
  errors,
  defaults,
  register,
}: {
  prefix: string;
  errors: FieldErrors;
  defaults: EvidenceDefaults;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
}) {
  const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
  return (
    <>
      <TextField label="Title" hint="What it is, so colleagues and reviewers recognise it, like 'Discharge protocol signed by the ICB and councils'." error={errors[name("title")]} defaultValue={defaults.title ?? ""} {...register(name("title"))} />
      <RadioGroup
        name={name("strength")}
        legend="How strong is this evidence?"
        options={EVIDENCE_STRENGTHS.map((s) => ({ value: s, label: `${EVIDENCE_STRENGTH_INFO[s].code} ${EVIDENCE_STRENGTH_INFO[s].label}`, hint: EVIDENCE_STRENGTH_INFO[s].description }))}
        defaultValue={defaults.strength}
        field={register(name("strength"))}
        error={errors[name("strength")]}
      />
      <DateField name={name("datedOn")} legend="Date of the evidence" hint="When it was written, signed or published. For example, 14 3 2025" defaultValue={defaults.datedOn} error={errors[name("datedOn")]} register={register} />
      <DateField
        name={name("reviewBy")}
        legend="Review by (optional)"
        hint="When it should be checked again. Leave it empty for two years after its date."
        defaultValue={defaults.reviewBy}
        error={errors[name("reviewBy")]}
        register={register}
      />
      <TextField label="Owner (optional)" hint="Who looks after it, like 'Head of estates, North West London ICB'." error={errors[name("ownerName")]} defaultValue={defaults.ownerName ?? ""} {...register(name("ownerName"))} />
      <TextareaField label="Note (optional)" rows={3} error={errors[name("description")]} defaultValue={defaults.description ?? ""} {...register(name("description"))} />
    </>
  );
}
