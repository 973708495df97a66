import type { UseFormRegister } from "react-hook-form";
import { CheckboxGroup, RadioGroup } from "./choice-fields";
import { DateField } from "./date-field";
import type { FieldErrors } from "./error-summary";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";
import { TextareaField } from "./textarea-field";

export interface OptionView {
  key: string;
  label: string;
  definition?: string;
}

export interface OfferFormOptionsView {
  serviceTypes: OptionView[];
  clientGroups: OptionView[];
  capacityUnits: OptionView[];
  referralRoutes: OptionView[];
  responseTimeUnits: OptionView[];
  outcomeMeasures: OptionView[];
  fundingSources: OptionView[];
  costBases: OptionView[];
  tenures: OptionView[];
  serviceHours: OptionView[];
  organisationTypes: OptionView[];
}

export interface ServiceValues {
  serviceKey: string;
  boroughs: string[];
  eligibility: string;
  clientGroups: string[];
  capacity: string;
  capacityUnit: string;
  referralRoutes: string[];
  referralDetail: string;
  responseTime: string;
  responseTimeUnit: string;
  outcomesMeasured: string[];
  outcomesOther: string;
  funding: string[];
  costBasis: string;
  costDetail: string;
  tenures: string[];
  hours: string;
  hoursDetail: string;
  contractEndOn: { day: string; month: string; year: string };
}

/** A new, empty service in the form. */
export const EMPTY_SERVICE = (): ServiceValues => ({
  serviceKey: "",
  boroughs: [],
  eligibility: "",
  clientGroups: [],
  capacity: "",
  capacityUnit: "",
  referralRoutes: [],
  referralDetail: "",
  responseTime: "",
  responseTimeUnit: "",
  outcomesMeasured: [],
  outcomesOther: "",
  funding: [],
  costBasis: "",
  costDetail: "",
  tenures: [],
  hours: "",
  hoursDetail: "",
  contractEndOn: { day: "", month: "", year: "" },
});

const asChoices = (list: OptionView[]) => list.map((o) => ({ value: o.key, label: o.label, ...(o.definition ? { hint: o.definition } : {}) }));

/** One service of an offer: every field the template asks about it. Names are `services.<n>.<field>`. */
export function OfferServiceFields({
  index,
  values,
  options,
  boroughs,
  errors,
  register,
}: {
  index: number;
  values: ServiceValues;
  options: OfferFormOptionsView;
  boroughs: OptionView[];
  errors: FieldErrors;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
}) {
  const name = (field: string) => `services.${index}.${field}`;
  const error = (field: string) => errors[name(field)];
  return (
    <>
      <SelectField label="Type of service" options={asChoices(options.serviceTypes)} emptyLabel="Choose a type" error={error("serviceKey")} defaultValue={values.serviceKey} {...register(name("serviceKey"))} />
      <CheckboxGroup name={name("boroughs")} legend="Boroughs served" hint="Every borough where the service is available." options={asChoices(boroughs)} defaultValues={values.boroughs} field={register(name("boroughs"))} error={error("boroughs")} small columns />
      <TextareaField label="Who it is for" hint="The people it serves and any criteria, like 'over 60s leaving hospital in Lambeth'." rows={2} error={error("eligibility")} defaultValue={values.eligibility} {...register(name("eligibility"))} />
      <CheckboxGroup name={name("clientGroups")} legend="Groups it serves" options={asChoices(options.clientGroups)} defaultValues={values.clientGroups} field={register(name("clientGroups"))} error={error("clientGroups")} small />
      <div className="hearth-inline-fields">
        <TextField label="Capacity" inputMode="numeric" widthClass="nhsuk-input--width-5" error={error("capacity")} defaultValue={values.capacity} {...register(name("capacity"))} />
        <SelectField label="Counted in" options={asChoices(options.capacityUnits)} emptyLabel="Choose a unit" error={error("capacityUnit")} defaultValue={values.capacityUnit} {...register(name("capacityUnit"))} />
      </div>
      <CheckboxGroup name={name("referralRoutes")} legend="Who can refer" options={asChoices(options.referralRoutes)} defaultValues={values.referralRoutes} field={register(name("referralRoutes"))} error={error("referralRoutes")} small />
      <TextareaField label="How to refer" hint="The phone number, email address or form to use." rows={2} error={error("referralDetail")} defaultValue={values.referralDetail} {...register(name("referralDetail"))} />
      <div className="hearth-inline-fields">
        <TextField label="Target response time" inputMode="numeric" widthClass="nhsuk-input--width-4" error={error("responseTime")} defaultValue={values.responseTime} {...register(name("responseTime"))} />
        <SelectField label="Measured in" options={asChoices(options.responseTimeUnits)} emptyLabel="Choose a unit" error={error("responseTimeUnit")} defaultValue={values.responseTimeUnit} {...register(name("responseTimeUnit"))} />
      </div>
      <CheckboxGroup name={name("outcomesMeasured")} legend="Outcomes measured" hint="Each with the shared definition all providers use." options={asChoices(options.outcomeMeasures)} defaultValues={values.outcomesMeasured} field={register(name("outcomesMeasured"))} error={error("outcomesMeasured")} small />
      <TextField label="Other outcomes measured (optional)" error={error("outcomesOther")} defaultValue={values.outcomesOther} {...register(name("outcomesOther"))} />
      <CheckboxGroup name={name("funding")} legend="How it is funded (optional)" options={asChoices(options.fundingSources)} defaultValues={values.funding} field={register(name("funding"))} error={error("funding")} small />
      <RadioGroup name={name("costBasis")} legend="How it is paid for" options={asChoices(options.costBases)} defaultValue={values.costBasis} field={register(name("costBasis"))} error={error("costBasis")} small />
      <TextField label="Cost or charge detail (optional)" hint="Like '£45 a night, spot purchase'." error={error("costDetail")} defaultValue={values.costDetail} {...register(name("costDetail"))} />
      <CheckboxGroup name={name("tenures")} legend="Tenures covered" options={asChoices(options.tenures)} defaultValues={values.tenures} field={register(name("tenures"))} error={error("tenures")} small />
      <RadioGroup name={name("hours")} legend="When it is available" options={asChoices(options.serviceHours)} defaultValue={values.hours} field={register(name("hours"))} error={error("hours")} small />
      <TextField label="Hours detail (optional)" error={error("hoursDetail")} defaultValue={values.hoursDetail} {...register(name("hoursDetail"))} />
      <DateField name={name("contractEndOn")} legend="Contract or funding ends (optional)" hint="For example, 31 3 2027" defaultValue={values.contractEndOn} error={error("contractEndOn")} register={register} />
    </>
  );
}
