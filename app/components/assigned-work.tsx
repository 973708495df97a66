import { Link } from "@remix-run/react";
import { formatDate } from "~/dates";

export interface AssignedWorkItem {
  id: string;
  roundName: string;
  title: string;
  dueOn: string | null;
  overdue: boolean;
  done: boolean;
  href: string;
}

export interface RatingAskedItem {
  id: string;
  roundName: string;
  title: string;
  rated: number;
  of: number;
  href: string;
}

/** The parts of assessments assigned to the person: their starting point as a contributor. */
export function AssignedWork({ items, ratings }: { items: AssignedWorkItem[]; ratings: RatingAskedItem[] }) {
  return (
    <>
      <h2>Your assigned work</h2>
      {items.length === 0 && ratings.length === 0 ? (
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
              ) : item.done ? (
                <>
                  {" "}
                  <strong className="nhsuk-tag nhsuk-tag--green">Done</strong>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {ratings.length > 0 ? (
        <>
          <h3>Independent ratings asked of you</h3>
          <ul className="nhsuk-list nhsuk-list--border">
            {ratings.map((r) => (
              <li key={r.id}>
                <Link to={r.href}>Rate {r.title} on your own</Link>
                <br />
                <span className="nhsuk-body-s">
                  {r.roundName}: you have rated {r.rated} of {r.of} indicators
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
