import { Citation } from "./citation";

export interface ResourceView {
  id: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  summary: string;
  confirmed: boolean;
  note: string | null;
  /** Titles of the indicators the resource is about, if any. */
  about: string[];
}

/** Library resources as a bordered list: each one cited, summarised, and marked if not yet confirmed. */
export function ResourceList({ resources, empty }: { resources: ResourceView[]; empty: string }) {
  if (resources.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul className="nhsuk-list nhsuk-list--border">
      {resources.map((r) => (
        <li key={r.id}>
          <Citation title={r.title} publisher={r.publisher} year={r.year} url={r.url} confirmed={r.confirmed} />
          <br />
          {r.summary}
          {r.about.length > 0 ? <span className="nhsuk-body-s"> About: {r.about.join("; ")}.</span> : null}
          {r.note ? <span className="nhsuk-body-s"> {r.confirmed ? "Note" : "Not yet confirmed"}: {r.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
