import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { SelectField } from "~/components/select-field";
import { mergeSchema } from "~/forms/organisation-schema";
import { useHearthForm } from "~/forms/use-hearth-form";
import { parseForm } from "~/forms/validation";
import { mergeInto, mergePage } from "~/organisations.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `Merge a partnership into ${data.successor.name} – Hearth` : "Merge partnerships – Hearth" }];

/**
 * Network staff merge a partnership into this one: choose it, check what will happen, then confirm. This partnership
 * keeps its id; the other's people and boroughs move to it, and the other is archived with its history kept.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  return mergePage(context, user, params.organisationId ?? "");
}

type Result = { errors: FieldErrors; predecessorId?: string; check?: boolean };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const page = await mergePage(context, user, params.organisationId ?? "");
  const form = await request.formData();
  const parsed = parseForm(mergeSchema(page.partnerships.map((p) => p.id)), form);
  if (!parsed.ok) return data<Result>({ errors: parsed.errors, predecessorId: String(form.get("predecessorId") ?? "") }, { status: 400 });
  // First the check: what will happen, with a button to confirm.
  if (parsed.data.confirm !== "yes") return data<Result>({ errors: {}, predecessorId: parsed.data.predecessorId, check: true });
  const outcome = await mergeInto(context, user, page.successor.id, parsed.data.predecessorId);
  if (!outcome.ok) return data<Result>({ errors: { predecessorId: outcome.reason }, predecessorId: parsed.data.predecessorId }, { status: 409 });
  return redirect(`/network/organisations/${page.successor.id}?just=merged`);
}

export default function MergePartnerships() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result | undefined;
  const chosen = result?.check ? page.partnerships.find((p) => p.id === result.predecessorId) : undefined;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={`/network/organisations/${page.successor.id}`}>{`Back to ${page.successor.name}`}</BackLink>
        {chosen ? <CheckMerge successor={page.successor} predecessor={chosen} /> : <ChoosePredecessor page={page} result={result} />}
      </div>
    </div>
  );
}

function ChoosePredecessor({ page, result }: { page: ReturnType<typeof useLoaderData<typeof loader>>; result: Result | undefined }) {
  const schema = useMemo(() => mergeSchema(page.partnerships.map((p) => p.id)), [page.partnerships]);
  const { register, errors, onSubmit } = useHearthForm(schema, { serverErrors: result?.errors, defaultValues: { predecessorId: result?.predecessorId ?? "", confirm: "" } });
  return (
    <>
      <ErrorSummary errors={errors} order={["predecessorId"]} />
      <span className="nhsuk-caption-l">{page.successor.name}</span>
      <h1>Merge a partnership into this one</h1>
      {page.partnerships.length === 0 ? (
        <p>There is no other partnership in your region to merge.</p>
      ) : (
        <Form method="post" noValidate onSubmit={onSubmit}>
          <SelectField
            label="Which partnership is merging into it?"
            hint={`${page.successor.name} carries on. The partnership you choose is archived; its history stays readable.`}
            options={page.partnerships.map((p) => ({ value: p.id, label: p.name }))}
            emptyLabel="Choose a partnership"
            error={errors.predecessorId}
            defaultValue={result?.predecessorId ?? ""}
            {...register("predecessorId")}
          />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </Form>
      )}
    </>
  );
}

function CheckMerge({ successor, predecessor }: { successor: { id: string; name: string; boroughs: string[] }; predecessor: { id: string; name: string; boroughs: string[] } }) {
  const boroughs = [...new Set([...successor.boroughs, ...predecessor.boroughs])].sort();
  return (
    <>
      <h1>Check the merge before it is made</h1>
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Merging</dt>
          <dd className="nhsuk-summary-list__value">{predecessor.name}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Into</dt>
          <dd className="nhsuk-summary-list__value">{successor.name}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Boroughs afterwards</dt>
          <dd className="nhsuk-summary-list__value">{boroughs.length > 0 ? boroughs.join(", ") : "None recorded"}</dd>
        </div>
      </dl>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>
          Everyone in {predecessor.name} becomes a member of {successor.name}, in the same role (someone already in both keeps their place in {successor.name}).
        </li>
        <li>
          {predecessor.name} is archived. Its assessments, evidence and actions stay its own, read only, and are linked from {successor.name}&apos;s page.
        </li>
        <li>This cannot be undone here.</li>
      </ul>
      <Form method="post">
        <input type="hidden" name="predecessorId" value={predecessor.id} />
        <input type="hidden" name="confirm" value="yes" />
        <button className="nhsuk-button nhsuk-button--warning" type="submit">
          Merge the partnerships
        </button>{" "}
        <Link className="nhsuk-u-margin-left-3" to={`/network/organisations/${successor.id}`}>
          Cancel
        </Link>
      </Form>
    </>
  );
}
