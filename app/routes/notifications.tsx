import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { formatDateTime } from "~/dates";
import { markAllSeen, notificationsPage } from "~/notifications.server";

export const meta: MetaFunction = () => [{ title: "What has changed – Hearth" }];

/** What changed for the person and the organisation they act for, newest first; new ones marked until they say they have seen them. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  return notificationsPage(context, user);
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request, context);
  await markAllSeen(context, user);
  return redirect("/notifications");
}

export default function Notifications() {
  const { items, newCount, organisationName } = useLoaderData<typeof loader>();
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>What has changed</h1>
        <p>
          For you and for {organisationName}: work given to you and reminders when it falls due, assessments returned or approved, rounds opening and falling due, and offers published in your area.
        </p>
        {newCount > 0 ? (
          <Form method="post">
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Mark {newCount === 1 ? "it" : `all ${newCount}`} as seen
            </button>
          </Form>
        ) : null}
        {items.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--border">
            {items.map((n) => (
              <li key={n.id}>
                {n.isNew ? (
                  <>
                    <strong className="nhsuk-tag nhsuk-tag--blue">New</strong>{" "}
                  </>
                ) : null}
                {n.link ? <Link to={n.link}>{n.title}</Link> : n.title}
                <br />
                <span className="nhsuk-body-s">{formatDateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
