import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useMemo } from "react";
import { useFieldArray } from "react-hook-form";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { DateField } from "~/components/date-field";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { EMPTY_SERVICE, OfferServiceFields, type ServiceValues } from "~/components/offer-service-fields";
import { RadioGroup } from "~/components/choice-fields";
import { TextareaField } from "~/components/textarea-field";
import { offerFormSchema } from "~/forms/offer-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { offerFormPage, saveOffer, type OfferFormValues } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Change your offer – Hearth" }];

/** The provider's offer as a form: its own details, then each service as a repeatable group. Saved as a draft. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  return offerFormPage(context, user);
}

export const intents = ["save"] as const;

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const page = await offerFormPage(context, user);
  const form = await request.formData();
  const values = formDataToObject(form) as Partial<OfferFormValues> & { revision?: string };
  const services = Array.isArray(values.services) ? values.services.filter(Boolean) : [];
  // Without JavaScript, adding or removing a service comes back to the form with everything typed kept.
  if (form.has("addService")) return data({ values: { ...values, services: [...services, EMPTY_SERVICE()] }, errors: {} as FieldErrors }, { status: 200 });
  if (form.has("removeService")) {
    const index = Number(form.get("removeService"));
    return data({ values: { ...values, services: services.filter((_, i) => i !== index) }, errors: {} as FieldErrors }, { status: 200 });
  }
  if (form.get("intent") !== "save") return data({ values, errors: { form: "Choose an action on this page" } as FieldErrors }, { status: 400 });
  const parsed = parseForm(offerFormSchema(page.formOptions), form);
  if (!parsed.ok) return data({ values, errors: parsed.errors }, { status: 400 });
  const outcome = await saveOffer(context, user, parsed.data);
  if (!outcome.ok) {
    return data(
      { values, errors: { form: "Someone else in your organisation saved the offer while you were changing it. Your changes are still below: check their version on the offer page in a new tab, then save again to keep yours." } as FieldErrors, revision: outcome.currentRevision },
      { status: 409 },
    );
  }
  return redirect("/provider/offer?saved=1");
}

const FIELD_ORDER = [
  "serviceKey", "boroughs", "eligibility", "clientGroups", "capacity", "capacityUnit", "referralRoutes", "referralDetail", "responseTime",
  "responseTimeUnit", "outcomesMeasured", "outcomesOther", "funding", "costBasis", "costDetail", "tenures", "hours", "hoursDetail", "contractEndOn",
];

export default function OfferForm() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { values?: OfferFormValues & { revision?: string }; errors?: FieldErrors; revision?: number } | undefined;
  const navigation = useNavigation();
  const schema = useMemo(() => offerFormSchema(page.formOptions), [page.formOptions]);
  const start = (result?.values ?? page.values) as OfferFormValues;
  const { register, errors, onSubmit, form } = useHearthForm(schema, { serverErrors: result?.errors, defaultValues: start as never });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "services" as never });
  // Saving again after a conflict keeps this person's version: the page says so.
  const revision = String(result?.revision ?? result?.values?.revision ?? page.revision);
  const order = ["form", "organisationType", "contactRoute", "lastReviewedOn", "services", ...fields.flatMap((_, i) => FIELD_ORDER.map((f) => `services.${i}.${f}`))];

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/provider/offer">Back to your offer</BackLink>
        <ErrorSummary errors={errors} order={order} />
        <h1>Change your offer</h1>
        <p>
          {page.startedFrom === "published"
            ? "This starts from your published offer. Your changes are a draft until you publish them: the published version stays visible until then."
            : "Your changes are a draft until you publish them. Nobody outside your organisation sees a draft, except your network's staff."}
        </p>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" name="revision" value={revision} />
          <input type="hidden" name="intent" value="save" />
          {/* Enter in a field submits through the form's first button: make that "Save the draft", not "Remove service 1". */}
          <button type="submit" className="hearth-default-submit" tabIndex={-1} aria-hidden="true">
            Save the draft
          </button>
          <h2>About your organisation</h2>
          <RadioGroup
            name="organisationType"
            legend="Type of organisation"
            options={page.options.organisationTypes.map((o) => ({ value: o.key, label: o.label }))}
            defaultValue={start.organisationType}
            field={register("organisationType")}
            error={errors.organisationType}
            small
          />
          <TextareaField label="How health partners reach you" hint="The team, email address or phone number to contact about your offer." rows={2} error={errors.contactRoute} defaultValue={start.contactRoute} {...register("contactRoute")} />
          <DateField name="lastReviewedOn" legend="Offer last reviewed" hint="When you last checked the whole offer was right. For example, 1 11 2026" defaultValue={start.lastReviewedOn} error={errors.lastReviewedOn} register={register} />

          <h2 id="services" tabIndex={-1}>
            Services
          </h2>
          {fields.map((field, index) => (
            <fieldset className="nhsuk-fieldset hearth-service" key={field.id} aria-labelledby={`service-${index}-title`}>
              <legend className="nhsuk-u-visually-hidden">Service {index + 1}</legend>
              <h3 id={`service-${index}-title`}>Service {index + 1}</h3>
              <OfferServiceFields index={index} values={field as unknown as ServiceValues} options={page.options} boroughs={page.boroughs} errors={errors} register={register} />
              {fields.length > 1 ? (
                <button
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  type="submit"
                  name="removeService"
                  value={index}
                  formNoValidate
                  onClick={(event) => {
                    event.preventDefault();
                    remove(index);
                  }}
                >
                  Remove service {index + 1}
                </button>
              ) : null}
            </fieldset>
          ))}
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="submit"
            name="addService"
            value="1"
            formNoValidate
            onClick={(event) => {
              event.preventDefault();
              append(EMPTY_SERVICE() as never);
            }}
          >
            Add another service
          </button>
          <div>
            <button className="nhsuk-button" type="submit" disabled={navigation.state === "submitting"}>
              Save the draft
            </button>
          </div>
        </Form>
      </div>
    </div>
  );
}
