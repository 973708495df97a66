import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/access";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { OfferDetails } from "~/components/offer-details";
import { formatDateTime } from "~/dates";
import { ownOfferPage, publish } from "~/offers.server";

export const meta: MetaFunction = () => [{ title: "Your offer to the health system – Hearth" }];

/** A provider's own offer: what the region sees (the published version), the draft being prepared, and publishing. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const page = await ownOfferPage(context, user);
  const url = new URL(request.url);
  return {
    ...page,
    organisationName: user.organisation.name,
    mayEdit: can(user, { type: "offer", organisation: user.organisation, published: false }, "edit"),
    just: url.searchParams.has("published") ? "published" : url.searchParams.has("saved") ? "saved" : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "provider");
  const form = await request.formData();
  const outcome = await publish(context, user, Number(form.get("revision") ?? "-1"));
  if (!outcome.ok) return data({ errors: { draft: outcome.problems.length > 1 ? `This draft cannot be published yet: ${outcome.problems.length} things are missing, listed below.` : outcome.problems[0]! } as FieldErrors }, { status: 400 });
  return redirect("/provider/offer?published=1");
}

export default function OwnOffer() {
  const { draft, published, problems, mayEdit, just, organisationName } = useLoaderData<typeof loader>();
  const errors = useActionData<typeof action>()?.errors ?? {};
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/provider">Back to your organisation</BackLink>
        <ErrorSummary errors={errors} order={["draft"]} />
        {just === "published" ? (
          <div className="nhsuk-panel" role="status">
            <h2 className="nhsuk-panel__title">Offer published</h2>
            <div className="nhsuk-panel__body">Partnerships and providers in your region can now find it in the directory.</div>
          </div>
        ) : null}
        {just === "saved" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>Your draft is saved. Publish it when it is ready.</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{organisationName}</span>
        <h1>Your offer to the health system</h1>
        <p>
          What you offer the NHS and councils, in the standard shape: each service, where, for whom, how much, how to refer and what you measure.
          Publishing it puts it in the directory partnerships use to find housing services.
        </p>
        {mayEdit ? (
          <p>
            <Link className="nhsuk-button" to="/provider/offer/edit">
              {draft ? "Carry on changing the draft" : published ? "Change your offer" : "Set out your offer"}
            </Link>
          </p>
        ) : null}

        {draft ? (
          <section aria-labelledby="draft-title" id="draft" tabIndex={-1}>
            <h2 id="draft-title">Draft (version {draft.version}), not yet published</h2>
            <p className="nhsuk-body-s">Last saved {formatDateTime(draft.updatedAt)}. Only your organisation and network staff see it.</p>
            {problems.length > 0 ? (
              <div className="nhsuk-warning-callout">
                <h3 className="nhsuk-warning-callout__label">
                  <span role="text">
                    <span className="nhsuk-u-visually-hidden">Important: </span>
                    Before you can publish
                  </span>
                </h3>
                <ul>
                  {problems.map((p) => (
                    <li key={p.field + p.message}>{p.message}</li>
                  ))}
                </ul>
              </div>
            ) : mayEdit ? (
              <Form method="post">
                <input type="hidden" name="revision" value={draft.revision} />
                <button className="nhsuk-button" type="submit">
                  Publish this version
                </button>
              </Form>
            ) : null}
            <OfferDetails offer={draft} />
          </section>
        ) : null}

        <section aria-labelledby="published-title">
          <h2 id="published-title">{published ? `Published (version ${published.version})` : "Not published yet"}</h2>
          {published ? (
            <>
              <p className="nhsuk-body-s">
                Published {published.publishedAt ? formatDateTime(published.publishedAt) : ""}
                {published.publishedByName ? ` by ${published.publishedByName}` : ""}. This is what others in your region see.
              </p>
              <OfferDetails offer={published} />
            </>
          ) : (
            <p>Nobody outside your organisation can see your offer until you publish it.</p>
          )}
        </section>
      </div>
    </div>
  );
}
