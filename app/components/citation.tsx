export interface CitationProps {
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  /** False when the link is only a copy, or a detail could not be checked. */
  confirmed: boolean;
  /**
   * A framework source's caveat (Source.note; null when it has none). Given for a source, the line ends with the
   * caveat as the framework's Sources list shows it ("Note: …", or "Not yet confirmed: …") instead of the short mark.
   */
  note?: string | null;
}

/** A source or library resource as one line: its title as a link, then publisher and year, marked if unconfirmed. */
export function Citation({ title, publisher, year, url, confirmed, note }: CitationProps) {
  return (
    <>
      <a href={url}>{title}</a>
      {`, ${publisher}${year === null ? "" : `, ${year}`}`}
      {note === undefined ? (
        confirmed ? null : " (not yet confirmed)"
      ) : (
        <>
          .<SourceNote confirmed={confirmed} note={note} />
        </>
      )}
    </>
  );
}

/** A source's caveat and whether it is confirmed, the same words wherever a framework's source is shown. */
export function SourceNote({ confirmed, note }: { confirmed: boolean; note: string | null }) {
  if (note) {
    return (
      <span className="nhsuk-body-s">
        {" "}
        {confirmed ? "Note" : "Not yet confirmed"}: {note}
      </span>
    );
  }
  return confirmed ? null : <span className="nhsuk-body-s"> Not yet confirmed.</span>;
}
