import { ScrollingTable } from "./scrolling-table";

export interface LevelsTableRow {
  level: number;
  label: string;
  what: string;
  evidence: string;
}

/** Five rows, one per maturity level: what it looks like and the evidence it needs. Scrolls on its own if too wide. */
export function LevelsTable({ caption, headings, rows }: { caption: string; headings: [what: string, evidence: string]; rows: LevelsTableRow[] }) {
  return (
    <ScrollingTable label={caption}>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              Level
            </th>
            <th scope="col" className="nhsuk-table__header">
              {headings[0]}
            </th>
            <th scope="col" className="nhsuk-table__header">
              {headings[1]}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {rows.map((row) => (
            <tr className="nhsuk-table__row" key={row.level}>
              <th scope="row" className="nhsuk-table__header">
                {row.level} {row.label}
              </th>
              <td className="nhsuk-table__cell">{row.what}</td>
              <td className="nhsuk-table__cell">{row.evidence}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollingTable>
  );
}
