import type { UseFormRegister } from "react-hook-form";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "../../assessment/browser";
import { RadioGroup } from "./choice-fields";
import { DateField } from "./date-field";
import type { FieldErrors } from "./error-summary";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import { TextareaField } from "./textarea-field";

export interface ActionDefaults {
  title?: string;
  detail?: string;
  ownerName?: string;
  dueOn?: string | { day?: string; month?: string; year?: string } | null;
  status?: string;
  indicatorKey?: string;
}

/** The fields of an improvement action. */
export function ActionFields({
  errors,
  defaults,
  register,
  indicators,
}: {
  errors: FieldErrors;
  defaults: ActionDefaults;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  indicators: { value: string; label: string }[];
}) {
  return (
    <>
      <TextField label="What will be done" error={errors.title} defaultValue={defaults.title ?? ""} {...register("title")} />
      <SelectField
        label="Indicator it improves (optional)"
        options={indicators}
        emptyLabel="None: a general action"
        error={errors.indicatorKey}
        defaultValue={defaults.indicatorKey ?? ""}
        {...register("indicatorKey")}
      />
      <TextareaField label="Detail (optional)" rows={3} error={errors.detail} defaultValue={defaults.detail ?? ""} {...register("detail")} />
      <TextField label="Owner (optional)" hint="Who will make it happen." error={errors.ownerName} defaultValue={defaults.ownerName ?? ""} {...register("ownerName")} />
      <DateField name="dueOn" legend="Due by (optional)" hint="For example, 31 3 2027" defaultValue={defaults.dueOn} error={errors.dueOn} register={register} />
      <RadioGroup
        name="status"
        legend="Status"
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
        defaultValue={defaults.status ?? "open"}
        field={register("status")}
        error={errors.status}
        small
      />
    </>
  );
}
