import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireArea } from "~/auth/access.server";
import { requireUser } from "~/auth/session.server";
import { listOrganisations } from "../../db/organisations";

export const meta: MetaFunction = () => [{ title: "Your region – Hearth" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await requireUser(request, context);
  requireArea(user, "network");
  const organisations = await listOrganisations(context.db, { regionKey: user.organisation.regionKey });
  return {
    network: user.organisation.name,
    partnerships: organisations.filter((o) => o.kind === "partnership"),
    providers: organisations.filter((o) => o.kind === "provider"),
  };
}

/** Network staff's administration, each with what it is for (on its own line, so each link stands alone). */
const RUN_THE_NETWORK = [
  { to: "/network/rounds", title: "Rounds", description: "Open a round for every partnership or housing provider, see who has not started, close it." },
  { to: "/network/organisations", title: "Organisations", description: "Add and change partnerships and housing providers, merge partnerships." },
  { to: "/network/people", title: "People in the region", description: "Everyone in the region's organisations: invitations, roles, access and password-reset links." },
  { to: "/network/resources", title: "Keep the resource library", description: "Add, change and retire resources and their tags." },
  { to: "/network/audit", title: "Audit log", description: "Every change recorded in your region, filtered and downloadable." },
];

export default function NetworkHome() {
  const { network, partnerships, providers } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{network}</span>
      <h1>Your region</h1>
      <h2>Run the network</h2>
      <ul className="nhsuk-list nhsuk-list--border">
        {RUN_THE_NETWORK.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.title}</Link>
            <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">{item.description}</p>
          </li>
        ))}
      </ul>
      <h2>Integrated care systems ({partnerships.length})</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Integrated care systems in your region</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Partnership</th>
            <th scope="col" className="nhsuk-table__header">Boroughs</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {partnerships.map((p) => (
            <tr className="nhsuk-table__row" key={p.id}>
              <td className="nhsuk-table__cell">
                <Link to={`/organisations/${p.id}`}>{p.name}</Link>
              </td>
              <td className="nhsuk-table__cell">{p.boroughs.map((b) => b.name).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Housing providers ({providers.length})</h2>
      <ul className="nhsuk-list">
        <li>
          <Link to="/network/offers">Their offers and the services each borough has</Link>
        </li>
        <li>
          <Link to="/network/benchmark">Their benchmark positions</Link>
        </li>
      </ul>
      <ul className="nhsuk-list">
        {providers.map((p) => (
          <li key={p.id}>
            <Link to={`/organisations/${p.id}`}>{p.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
