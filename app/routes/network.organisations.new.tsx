import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ORGANISATION_FIELD_ORDER, OrganisationFields, typedValues } from "~/components/organisation-fields";
import { organisationSchema } from "~/forms/organisation-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { addRegionOrganisation, newOrganisationPage } from "~/organisations.server";

export const meta: MetaFunction = () => [{ title: "Add an organisation – Hearth" }];

/** Network staff add a partnership or a housing provider to their region. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return newOrganisationPage(context, user);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const page = await newOrganisationPage(context, user);
  const form = await request.formData();
  const values = formDataToObject(form);
  const parsed = parseForm(organisationSchema(page.formOptions), form);
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const outcome = await addRegionOrganisation(context, user, parsed.data);
  if (!outcome.ok) return data({ errors: { [outcome.field]: outcome.reason } as FieldErrors, values }, { status: 400 });
  return redirect(`/network/organisations/${outcome.id}?just=added`);
}

export default function NewOrganisation() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors: FieldErrors; values: Record<string, unknown> } | undefined;
  const schema = useMemo(() => organisationSchema(page.formOptions), [page.formOptions]);
  const values = typedValues(result?.values);
  const { register, errors, onSubmit } = useHearthForm(schema, { serverErrors: result?.errors, defaultValues: values as never });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/organisations">Back to organisations</BackLink>
        <ErrorSummary errors={errors} order={ORGANISATION_FIELD_ORDER} />
        <h1>Add an organisation</h1>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <OrganisationFields values={values} errors={errors} register={register} chooseKind choices={page} />
          <button className="nhsuk-button" type="submit">
            Add the organisation
          </button>
        </Form>
      </div>
    </div>
  );
}
