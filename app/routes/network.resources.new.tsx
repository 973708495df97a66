import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { asResourceValues, EMPTY_RESOURCE, ResourceFields } from "~/components/resource-fields";
import { RESOURCE_FIELDS, resourceFormSchema } from "~/forms/resource-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { addResource, checkResourceTags, resourceFormOptions } from "~/resource-library.server";

export const meta: MetaFunction = () => [{ title: "Add a resource – Hearth" }];

/** Network staff add a resource to the library, with what it helps with. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "resource-library" }, "administer");
  return { options: resourceFormOptions() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "resource-library" }, "administer");
  const form = await request.formData();
  const parsed = parseForm(resourceFormSchema, form);
  const errors: FieldErrors = parsed.ok ? checkResourceTags(parsed.data) : parsed.errors;
  if (!parsed.ok || Object.keys(errors).length > 0) return data({ errors, values: formDataToObject(form) }, { status: 400 });
  await addResource(context, user, parsed.data);
  return redirect(`/network/resources?${new URLSearchParams({ just: "added", status: "all", q: parsed.data.title.slice(0, 100) })}`);
}

export default function AddResource() {
  const { options } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;
  const values = asResourceValues(result?.values) ?? EMPTY_RESOURCE;
  const navigation = useNavigation();
  const { register, errors, onSubmit } = useHearthForm(resourceFormSchema, { serverErrors: result?.errors, defaultValues: values as never });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/resources">Back to the resource library</BackLink>
        <ErrorSummary errors={errors} order={RESOURCE_FIELDS} />
        <h1>Add a resource</h1>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <ResourceFields options={options} values={values} errors={errors} register={register as never} />
          <button className="nhsuk-button" type="submit" disabled={navigation.state === "submitting"}>
            Add the resource
          </button>
        </Form>
      </div>
    </div>
  );
}
