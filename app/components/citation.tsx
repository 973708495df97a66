export interface CitationProps {
  title: string;
  publisher: string;
  year: number | null;
  url: string;
  /** False when the link is only a copy, or a detail could not be checked. */
  confirmed: boolean;
}

/** A source or library resource as one line: its title as a link, then publisher and year, marked if unconfirmed. */
export function Citation({ title, publisher, year, url, confirmed }: CitationProps) {
  return (
    <>
      <a href={url}>{title}</a>
      {`, ${publisher}${year === null ? "" : `, ${year}`}`}
      {confirmed ? null : " (not yet confirmed)"}
    </>
  );
}
