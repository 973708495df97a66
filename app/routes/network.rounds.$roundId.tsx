import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { StatusTag } from "~/components/status-tag";
import { formatDate, formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { confirmSchema } from "~/forms/round-schema";
import { parseForm } from "~/forms/validation";
import { closeRoundFor, deleteRoundFor, requireRegionRound, roundPage } from "~/rounds.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.round.name} round – Hearth` : "Round – Hearth" }];

/**
 * One round for network staff: who has not started, who is in progress, who has submitted and who is approved; then
 * closing it, or deleting it while nothing is in it, each after a confirmation step (`?confirm=close|delete`).
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const search = new URL(request.url).searchParams;
  const confirm = search.get("confirm");
  return {
    ...(await roundPage(context, user, params.roundId ?? "")),
    confirm: confirm === "close" || confirm === "delete" ? confirm : null,
    just: search.has("opened") ? ("opened" as const) : search.has("closed") ? ("closed" as const) : null,
  };
}

export const intents = ["close", "delete"] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const id = params.roundId ?? "";
  const form = await request.formData();
  const intent = readIntent(form, intents);
  const round = await requireRegionRound(context, user, id);
  if (!intent) return unknownIntent();
  const confirmed = parseForm(confirmSchema, form);
  if (!confirmed.ok) return data({ errors: { [intent]: `Confirm that you want to ${intent} the round` } as FieldErrors }, { status: 400 });
  if (intent === "close") {
    const outcome = await closeRoundFor(context, user, round.id);
    if (!outcome.ok) return data({ errors: { close: outcome.reason } as FieldErrors }, { status: 409 });
    return redirect(`/network/rounds/${round.id}?closed=1`);
  }
  const outcome = await deleteRoundFor(context, user, round.id);
  if (!outcome.ok) return data({ errors: { delete: outcome.reason } as FieldErrors }, { status: 409 });
  return redirect("/network/rounds?deleted=1");
}

export default function RoundPage() {
  const { round, groups, mayDelete, confirm, just } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as { errors: FieldErrors } | undefined;
  const errors = result?.errors ?? {};
  const total = groups.reduce((n, g) => n + g.organisations.length, 0);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/network/rounds">Back to rounds</BackLink>
        <ErrorSummary errors={errors} order={["form", "close", "delete"]} />
        {just === "opened" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>The round is open. Every {round.audience === "provider" ? "housing provider" : "partnership"} of your region has been told, and can start from its home page.</p>
          </div>
        ) : null}
        {just === "closed" ? (
          <div className="nhsuk-inset-text" role="status">
            <p>The round is closed.{round.audience === "provider" ? " Its benchmark peer set is now fixed." : ""}</p>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{round.audienceWords}</span>
        <h1>The {round.name} round</h1>
        <dl className="nhsuk-summary-list">
          <Row label="Status" value={round.closedAt ? `${round.statusLabel} on ${formatDateTime(round.closedAt)}${round.closedByName ? ` by ${round.closedByName}` : ""}` : round.statusLabel} />
          <Row label="Opens on" value={formatDate(round.opensOn)} />
          <Row label="Due date" value={formatDate(round.dueOn)} />
          <Row label="Framework" value={round.framework} />
          <Row label="Taking part" value={`${total - (groups[0]?.organisations.length ?? 0)} of ${total} have started`} />
        </dl>

        {confirm === "close" && round.status === "open" ? (
          <ConfirmBox intent="close" error={errors.close} title={`Close the ${round.name} round?`} button="Yes, close the round">
            <p>Nobody can change their assessment in it afterwards. Submitted assessments can still be reviewed.</p>
            {round.audience === "provider" ? <p>The benchmark peer set is fixed as it is now: the providers that have submitted and take part.</p> : null}
          </ConfirmBox>
        ) : null}
        {confirm === "delete" ? (
          <ConfirmBox intent="delete" error={errors.delete} title={`Delete the ${round.name} round?`} button="Yes, delete the round" warning>
            <p>Only for a round opened by mistake: it goes, with the notice that it had opened.</p>
          </ConfirmBox>
        ) : null}
        {!confirm && (errors.close || errors.delete) ? (
          <p className="nhsuk-error-message" id={errors.close ? "close" : "delete"}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {errors.close ?? errors.delete}
          </p>
        ) : null}

        {groups.map((g) => (
          <section key={g.key} aria-labelledby={`group-${g.key}`}>
            <h2 id={`group-${g.key}`}>
              {g.title} ({g.organisations.length})
            </h2>
            {g.organisations.length === 0 ? (
              <p>None.</p>
            ) : (
              <ul className="nhsuk-list nhsuk-list--border">
                {g.organisations.map((o) => (
                  <li key={o.id}>
                    {o.assessmentId ? <Link to={`/assessments/${o.assessmentId}`}>{o.name}</Link> : <Link to={`/organisations/${o.id}`}>{o.name}</Link>}
                    {o.status === "returned" && o.statusLabel ? (
                      <>
                        {" "}
                        <StatusTag status="returned" label={o.statusLabel} />
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}

        {!confirm ? (
          <>
            <h2>Change the round</h2>
            <ul className="nhsuk-list">
              {round.status === "open" ? (
                <li>
                  <Link to="?confirm=close">Close the round</Link>
                </li>
              ) : null}
              {mayDelete ? (
                <li>
                  <Link to="?confirm=delete">Delete the round</Link> (only for a round opened by mistake: nobody has started in it)
                </li>
              ) : (
                <li>This round cannot be deleted: organisations have started their assessments in it, and their work is kept.</li>
              )}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{value}</dd>
    </div>
  );
}

function ConfirmBox({ intent, title, button, error, warning, children }: { intent: "close" | "delete"; title: string; button: string; error?: string; warning?: boolean; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${intent}-title`} className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <h2 id={`${intent}-title`}>{title}</h2>
      {error ? (
        <p className="nhsuk-error-message" id={intent} tabIndex={-1}>
          <span className="nhsuk-u-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {children}
      <Form method="post">
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="confirm" value="yes" />
        <button className={`nhsuk-button${warning ? " nhsuk-button--warning" : ""}`} type="submit">
          {button}
        </button>{" "}
        <Link className="nhsuk-u-margin-left-3" to=".">
          No, go back
        </Link>
      </Form>
    </section>
  );
}
