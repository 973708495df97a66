import type { ServiceDetailsView } from "./offer-details";
import { ScrollingTable } from "./scrolling-table";

const list = (items: string[]) => (items.length ? items.join(", ") : "Not stated");

/** The services of one published offer in the directory: what, where, for whom, how much, and how to refer. */
export function DirectoryServices({ provider, services }: { provider: string; services: ServiceDetailsView[] }) {
  const caption = `Services of ${provider}`;
  return (
    <ScrollingTable label={caption}>
      <table className="nhsuk-table hearth-directory__table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Service</th>
            <th scope="col" className="nhsuk-table__header">Boroughs</th>
            <th scope="col" className="nhsuk-table__header">Groups served</th>
            <th scope="col" className="nhsuk-table__header">Capacity</th>
            <th scope="col" className="nhsuk-table__header">Referral</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {services.map((s, i) => (
            <tr className="nhsuk-table__row" key={`${s.serviceKey}-${i}`}>
              <th scope="row" className="nhsuk-table__header">{s.name}</th>
              <td className="nhsuk-table__cell">{list(s.boroughs)}</td>
              <td className="nhsuk-table__cell">{list(s.clientGroups)}</td>
              <td className="nhsuk-table__cell">{s.capacity || "Not stated"}</td>
              <td className="nhsuk-table__cell">
                {list(s.referralRoutes)}
                {s.referralDetail ? <span className="nhsuk-body-s hearth-preserve-lines">{`\n${s.referralDetail}`}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
