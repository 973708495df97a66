import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireAccess } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { asResourceValues, ResourceFields } from "~/components/resource-fields";
import { formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { RESOURCE_FIELDS, resourceFormSchema } from "~/forms/resource-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { changeResource, checkResourceTags, formValuesOf, requireStaffResource, resourceFormOptions, retireResource } from "~/resource-library.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Change: ${data.resource.title} – Hearth` : "Change a resource – Hearth" }];

/** Network staff change a resource and its tags, retire it, or bring it back. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "resource-library" }, "administer");
  const resource = await requireStaffResource(context, params.resourceId ?? "");
  return {
    resource: { id: resource.id, title: resource.title, seeded: resource.seedKey !== null, editedAt: resource.editedAt, retiredAt: resource.retiredAt },
    values: formValuesOf(resource),
    options: resourceFormOptions(),
    just: new URL(request.url).searchParams.get("just"),
  };
}

export const intents = ["save", "retire", "restore"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireAccess(user, { type: "resource-library" }, "administer");
  const resource = await requireStaffResource(context, params.resourceId ?? "");
  const form = await request.formData();
  switch (readIntent(form, intents)) {
    case "save": {
      const parsed = parseForm(resourceFormSchema, form);
      const errors: FieldErrors = parsed.ok ? checkResourceTags(parsed.data) : parsed.errors;
      if (!parsed.ok || Object.keys(errors).length > 0) return data({ errors, values: formDataToObject(form) }, { status: 400 });
      await changeResource(context, user, resource.id, parsed.data);
      return redirect(`/network/resources?${new URLSearchParams({ just: "saved", status: "all", q: parsed.data.title.slice(0, 100) })}`);
    }
    case "retire":
    case "restore": {
      const retire = form.get("intent") === "retire";
      // Retiring twice, or bringing back what is already current, changes nothing.
      await retireResource(context, user, resource.id, retire);
      return redirect(`/network/resources/${resource.id}?just=${retire ? "retired" : "restored"}`);
    }
    default:
      return unknownIntent();
  }
}

export default function ChangeResource() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;
  const values = asResourceValues(result?.values) ?? page.values;
  const navigation = useNavigation();
  const { register, errors, onSubmit } = useHearthForm(resourceFormSchema, { serverErrors: result?.errors, defaultValues: values as never });
  const { resource } = page;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/resources">Back to the resource library</BackLink>
        <ErrorSummary errors={errors} order={RESOURCE_FIELDS} />
        {page.just === "retired" || page.just === "restored" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{page.just === "retired" ? "Resource retired: it no longer shows in the library or in suggestions." : "Resource brought back into the library."}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{resource.retiredAt ? "Retired resource" : "Resource"}</span>
        <h1>Change a resource</h1>
        {resource.retiredAt ? (
          <div className="nhsuk-inset-text">
            <p>Retired on {formatDateTime(resource.retiredAt)}: it does not show in the library or in suggestions.</p>
          </div>
        ) : null}
        {resource.seeded ? (
          <p>
            {resource.editedAt
              ? "This came with Hearth's starting content and network staff have changed it, so updates to the starting content leave it as it is."
              : "This came with Hearth's starting content. Once you change it, updates to the starting content leave it as you made it."}
          </p>
        ) : null}
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" name="intent" value="save" />
          <ResourceFields options={page.options} values={values} errors={errors} register={register as never} />
          <button className="nhsuk-button" type="submit" disabled={navigation.state === "submitting"}>
            Save changes
          </button>
        </Form>
        {resource.retiredAt ? (
          <>
            <h2>Bring it back</h2>
            <p>It shows in the library and in suggestions again.</p>
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                Bring the resource back
              </button>
            </Form>
          </>
        ) : (
          <>
            <h2>Retire it</h2>
            <p>A retired resource leaves the library and suggestions, and stays listed for network staff, who can bring it back.</p>
            <Form method="post">
              <input type="hidden" name="intent" value="retire" />
              <button className="nhsuk-button nhsuk-button--warning" type="submit">
                Retire the resource
              </button>
            </Form>
          </>
        )}
      </div>
    </div>
  );
}
