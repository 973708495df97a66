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

export default function NetworkHome() {
  const { network, partnerships, providers } = useLoaderData<typeof loader>();
  return (
    <>
      <span className="nhsuk-caption-l">{network}</span>
      <h1>Your region</h1>
      <h2>Run the network</h2>
      <ul className="nhsuk-list">
        <li>
          <Link to="/network/rounds">Rounds</Link>: open a round for every partnership or housing provider, see who has not started, close it
        </li>
        <li>
          <Link to="/network/organisations">Organisations</Link>: add and change partnerships and housing providers, merge partnerships
        </li>
        <li>
          <Link to="/network/resources">Keep the resource library</Link>: add, change and retire resources and their tags
        </li>
        <li>
          <Link to="/network/audit">Audit log</Link>: every change recorded in your region, filtered and downloadable
        </li>
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
