import { Link } from "@remix-run/react";
import { formatDate } from "~/dates";

export interface AssignedWorkItem {
  id: string;
  roundName: string;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  href: string;
}

/** The parts of assessments assigned to the person: their starting point as a contributor. */
export function AssignedWork({ items }: { items: AssignedWorkItem[] }) {
  return (
    <>
      <h2>Your assigned work</h2>
      {items.length === 0 ? (
        <p>Nothing is assigned to you at the moment. Your lead assigns you parts of an assessment to answer; they will then be listed here.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {items.map((item) => (
            <li key={item.id}>
              <Link to={item.href}>{item.title}</Link>
              <br />
              <span className="nhsuk-body-s">
                {item.roundName}
                {item.dueOn ? `, due ${formatDate(item.dueOn)}` : ""}
              </span>
              {item.overdue ? (
                <>
                  {" "}
                  <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
