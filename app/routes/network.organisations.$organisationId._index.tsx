import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ORGANISATION_FIELD_ORDER, OrganisationFields, typedValues } from "~/components/organisation-fields";
import { formatDate } from "~/dates";
import { organisationSchema } from "~/forms/organisation-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { formDataToObject, parseForm } from "~/forms/validation";
import { changeRegionOrganisation, editOrganisationPage } from "~/organisations.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Change ${data.values.name} – Hearth` : "Change an organisation – Hearth" }];

/** Network staff change a partnership's or housing provider's details; a partnership's page also leads to merging. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const search = new URL(request.url).searchParams;
  return { ...(await editOrganisationPage(context, user, params.organisationId ?? "")), just: search.get("just") };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const page = await editOrganisationPage(context, user, params.organisationId ?? "");
  if (page.organisation.archived) throw new Response("This partnership has merged into another: its details are kept as they were.", { status: 403, statusText: "Forbidden" });
  const form = await request.formData();
  const values = formDataToObject(form);
  const parsed = parseForm(organisationSchema(page.formOptions), { ...values, kind: page.organisation.kind });
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  const outcome = await changeRegionOrganisation(context, user, page.organisation.id, parsed.data);
  if (!outcome.ok) return data({ errors: { [outcome.field]: outcome.reason } as FieldErrors, values }, { status: 400 });
  return redirect(`/network/organisations/${page.organisation.id}?just=saved`);
}

export default function ChangeOrganisation() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors: FieldErrors; values: Record<string, unknown> } | undefined;
  const schema = useMemo(() => organisationSchema(page.formOptions), [page.formOptions]);
  const values = result ? typedValues(result.values) : page.values;
  const { register, errors, onSubmit } = useHearthForm(schema, { serverErrors: result?.errors, defaultValues: { ...values, kind: page.organisation.kind } as never });
  const { organisation, merges } = page;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/organisations">Back to organisations</BackLink>
        <ErrorSummary errors={errors} order={ORGANISATION_FIELD_ORDER} />
        {page.just === "added" || page.just === "saved" || page.just === "merged" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{page.just === "added" ? "The organisation has been added." : page.just === "merged" ? "The partnerships have been merged." : "Your changes have been saved."}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{organisation.kindLabel}</span>
        <h1>{page.values.name}</h1>
        <p>
          <Link to={`/organisations/${organisation.id}`}>Its page, evidence, actions and progress</Link>
        </p>
        {merges.into ? (
          <div className="nhsuk-inset-text">
            <p>
              Merged into <Link to={`/network/organisations/${merges.into.id}`}>{merges.into.name}</Link> on {formatDate(merges.into.mergedOn)}. Its details are kept as they were.
            </p>
          </div>
        ) : null}
        {merges.from.length > 0 ? (
          <>
            <h2>Merged from</h2>
            <ul className="nhsuk-list">
              {merges.from.map((m) => (
                <li key={m.id}>
                  <Link to={`/organisations/${m.id}`}>{m.name}</Link>, merged on {formatDate(m.mergedOn)}: its history
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {organisation.archived ? null : (
          <>
            <h2>Change its details</h2>
            <Form method="post" noValidate onSubmit={onSubmit}>
              <OrganisationFields values={values} errors={errors} register={register} chooseKind={false} kind={organisation.kind} choices={page} />
              <button className="nhsuk-button" type="submit">
                Save the changes
              </button>
            </Form>
            {organisation.kind === "partnership" ? (
              <>
                <h2>Merge another partnership into this one</h2>
                <p>When partnerships merge, this one carries on and takes the other&apos;s people and boroughs; the other&apos;s history stays readable from here.</p>
                <p>
                  <Link to={`/network/organisations/${organisation.id}/merge`}>Merge a partnership into {page.values.name}</Link>
                </p>
              </>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
