import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useCallback, useState } from "react";
import { requireUser } from "~/auth/session.server";
import { BackLink } from "~/components/back-link";
import { RadioGroup } from "~/components/choice-fields";
import { ErrorSummary, type FieldErrors } from "~/components/error-summary";
import { ScrollingTable } from "~/components/scrolling-table";
import { TextField } from "~/components/text-field";
import { formatDate, formatDateTime } from "~/dates";
import { readIntent, unknownIntent } from "~/forms/intents.server";
import { changeRoleSchema, inviteSchema, personActionSchema } from "~/forms/people-schema";
import { useErrorsReported, useHearthForm } from "~/forms/use-hearth-form";
import { parseForm } from "~/forms/validation";
import { changeRole, invitePerson, issueLink, organisationPeoplePage, removeAccess, requirePeople, type IssuedLink, type PeopleOutcome } from "~/people.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `People in ${data.organisation.name} – Hearth` : "People – Hearth" }];

/** Who is in an organisation; bringing people in; for network staff, roles, removal and reset links. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return organisationPeoplePage(context, user, params.organisationId ?? "");
}

export const intents = ["invite", "change-role", "remove", "link"] as const;

type ActionResult = { errors: FieldErrors; values?: Record<string, string>; done?: { message: string; link: IssuedLink | null } };

/** Links are made for the address the person is using, so they work wherever Hearth is served. */
function originOf(request: Request): string {
  return new URL(request.url).origin;
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  const organisationId = params.organisationId ?? "";
  const form = await request.formData();
  const answer = (outcome: PeopleOutcome, values?: Record<string, string>) =>
    outcome.ok ? data<ActionResult>({ errors: {}, done: { message: outcome.message, link: outcome.link } }) : data<ActionResult>({ errors: { [outcome.field]: outcome.reason }, values }, { status: 409 });
  // Who may do it is settled before what was sent is checked: 404 or 403 first, then 400.
  switch (readIntent(form, intents)) {
    case "invite": {
      const organisation = await requirePeople(context, user, organisationId, "invite");
      const typed = { name: String(form.get("name") ?? ""), email: String(form.get("email") ?? ""), role: String(form.get("role") ?? "") };
      const parsed = parseForm(inviteSchema, form);
      if (!parsed.ok) return data<ActionResult>({ errors: parsed.errors, values: typed }, { status: 400 });
      return answer(await invitePerson(context, user, organisation, originOf(request), parsed.data), typed);
    }
    case "change-role": {
      const organisation = await requirePeople(context, user, organisationId, "administer");
      const parsed = parseForm(changeRoleSchema, form);
      if (!parsed.ok) return data<ActionResult>({ errors: { form: "Choose what they may do" } }, { status: 400 });
      return answer(await changeRole(context, user, organisation, parsed.data));
    }
    case "remove": {
      const organisation = await requirePeople(context, user, organisationId, "administer");
      const parsed = parseForm(personActionSchema, form);
      if (!parsed.ok) return data<ActionResult>({ errors: { form: "Choose a person" } }, { status: 400 });
      return answer(await removeAccess(context, user, organisation, parsed.data.membershipId));
    }
    case "link": {
      const organisation = await requirePeople(context, user, organisationId, "administer");
      const parsed = parseForm(personActionSchema, form);
      if (!parsed.ok) return data<ActionResult>({ errors: { form: "Choose a person" } }, { status: 400 });
      return answer(await issueLink(context, user, organisation, originOf(request), parsed.data.membershipId));
    }
    default:
      await requirePeople(context, user, organisationId, "read");
      return unknownIntent();
  }
}

export default function OrganisationPeople() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const [search] = useSearchParams();
  const removing = page.may.administer ? page.members.find((m) => m.membershipId === search.get("remove")) : undefined;
  const errors = result?.errors ?? {};
  // Mistakes the invitation form catches in the browser go to the one error summary at the top, as the server's do.
  const [browserErrors, setBrowserErrors] = useState<FieldErrors>({});
  const reportErrors = useCallback((_form: string, formErrors: FieldErrors) => setBrowserErrors(formErrors), []);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <BackLink to={page.isOwn ? "/" : `/organisations/${page.organisation.id}`}>{page.isOwn ? "Back to your home page" : `Back to ${page.organisation.name}`}</BackLink>
        <ErrorSummary errors={Object.keys(browserErrors).length > 0 ? browserErrors : errors} order={["form", "name", "email", "role", ...page.members.map((m) => `role-${m.membershipId}`)]} />
        {result?.done ? <Done done={result.done} /> : null}
        {removing && !result?.done ? (
          <div className="nhsuk-warning-callout">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>Remove {removing.name}&apos;s access?
              </span>
            </h2>
            <p>
              They will no longer be able to work for {page.organisation.name}. If they are signed in for it, their session ends at once. What they saved stays.
            </p>
            <Form method="post" replace>
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="membershipId" value={removing.membershipId} />
              <button className="nhsuk-button nhsuk-button--warning" type="submit">
                Yes, remove their access
              </button>{" "}
              <Link to="." className="nhsuk-link">
                No, keep it
              </Link>
            </Form>
          </div>
        ) : null}
        <span className="nhsuk-caption-l">{page.organisation.name}</span>
        <h1>People</h1>

        <ScrollingTable label="People in the organisation">
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption">
              {page.members.length} {page.members.length === 1 ? "person" : "people"} in {page.organisation.name}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">Name</th>
                <th scope="col" className="nhsuk-table__header">Role</th>
                <th scope="col" className="nhsuk-table__header">Account</th>
                {page.may.administer ? <th scope="col" className="nhsuk-table__header">Change</th> : null}
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {page.members.map((m) => (
                <tr className="nhsuk-table__row" key={m.membershipId}>
                  <th scope="row" className="nhsuk-table__header">
                    {m.name}
                    {m.isYou ? " (you)" : ""}
                    <br />
                    <span className="nhsuk-body-s hearth-address">{m.email}</span>
                  </th>
                  <td className="nhsuk-table__cell">{m.roleLabel}</td>
                  <td className="nhsuk-table__cell">
                    {m.joined
                      ? `Joined; in the organisation since ${formatDate(m.since.slice(0, 10))}`
                      : m.invitationExpiresAt
                        ? `Invited${m.invitedByName ? ` by ${m.invitedByName}` : ""}; the link works until ${formatDateTime(m.invitationExpiresAt)}`
                        : "Invited, but the link has expired or was withdrawn"}
                  </td>
                  {page.may.administer ? (
                    <td className="nhsuk-table__cell">
                      {m.isYou ? (
                        "Ask a colleague to change your own access"
                      ) : (
                        <MemberChanges member={m} roles={page.roles} error={errors[`role-${m.membershipId}`]} />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollingTable>
        {page.may.invite ? <InviteForm roles={page.roles} onErrors={reportErrors} serverErrors={errors} values={result?.done ? undefined : result?.values} organisationName={page.organisation.name} key={result?.done ? result.done.message : "invite"} /> : null}
        {!page.may.administer ? <p>To change someone&apos;s role or remove their access, ask your network&apos;s staff.</p> : null}
      </div>
    </div>
  );
}

function Done({ done }: { done: { message: string; link: IssuedLink | null } }) {
  return (
    <div className="nhsuk-inset-text" role="status">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>{done.message}</p>
      {done.link ? (
        done.link.sent ? (
          <p>
            A link has been sent to {done.link.email}. It works once, until {formatDateTime(done.link.expiresAt)}.
          </p>
        ) : (
          <>
            <p>
              Hearth does not send email yet. Send {done.link.name} this link yourself ({done.link.email}); it works once, until {formatDateTime(done.link.expiresAt)}, and
              is not shown again:
            </p>
            <p className="hearth-address">
              <code id="issued-link">{done.link.url}</code>
            </p>
          </>
        )
      ) : null}
    </div>
  );
}

function MemberChanges({ member, roles, error }: { member: { membershipId: string; name: string; role: string; joined: boolean }; roles: { value: string; label: string }[]; error?: string }) {
  const id = `role-${member.membershipId}`;
  return (
    <>
      <Form method="post" className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
        <input type="hidden" name="intent" value="change-role" />
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <label className="nhsuk-label nhsuk-u-font-size-16" htmlFor={id}>
          Role of {member.name}
        </label>
        {error ? (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <select id={id} name="role" className="nhsuk-select" defaultValue={member.role} aria-describedby={error ? `${id}-error` : undefined}>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>{" "}
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
          Change role<span className="nhsuk-u-visually-hidden"> of {member.name}</span>
        </button>
      </Form>
      <Form method="post">
        <input type="hidden" name="intent" value="link" />
        <input type="hidden" name="membershipId" value={member.membershipId} />
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
          {member.joined ? "Password-reset link" : "New invitation link"}
          <span className="nhsuk-u-visually-hidden"> for {member.name}</span>
        </button>
      </Form>
      <p className="nhsuk-body-s">
        <Link to={`?remove=${member.membershipId}`}>
          Remove access<span className="nhsuk-u-visually-hidden"> of {member.name}</span>
        </Link>
      </p>
    </>
  );
}

function InviteForm({
  roles,
  serverErrors,
  values,
  organisationName,
  onErrors,
}: {
  roles: { value: string; label: string }[];
  serverErrors: FieldErrors;
  values?: Record<string, string>;
  organisationName: string;
  onErrors: (form: string, errors: FieldErrors) => void;
}) {
  const { register, errors, onSubmit } = useHearthForm(inviteSchema, {
    serverErrors,
    defaultValues: { name: values?.name ?? "", email: values?.email ?? "", role: (values?.role ?? "") as never },
  });
  useErrorsReported(onErrors, "invite", errors);
  return (
    <section aria-labelledby="invite-title" className="nhsuk-u-margin-top-5">
      <h2 id="invite-title">Invite someone</h2>
      <p>
        They get a link to choose a password and join {organisationName}. Someone who already has a Hearth account simply gains {organisationName} among their
        organisations.
      </p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" name="intent" value="invite" />
        <TextField label="Full name" autoComplete="off" error={errors.name} defaultValue={values?.name ?? ""} widthClass="nhsuk-input--width-30" {...register("name")} />
        <TextField label="Email address" type="email" autoComplete="off" spellCheck={false} error={errors.email} defaultValue={values?.email ?? ""} widthClass="nhsuk-input--width-30" {...register("email")} />
        <RadioGroup name="role" legend="What they may do" options={roles} defaultValue={values?.role} field={register("role")} error={errors.role} small />
        <button className="nhsuk-button" type="submit">
          Invite them
        </button>
      </Form>
    </section>
  );
}
