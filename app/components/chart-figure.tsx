import type { ReactNode } from "react";

/**
 * A chart drawn on the server (SVG markup from app/charts.server.tsx), with its title, a sentence saying what it
 * shows, and the same numbers as a table beside it, for screen readers and for copying.
 */
export interface ChartLegendItem {
  label: string;
  swatch: "solid" | "hatched" | "mark" | "line" | "dot";
}

export function ChartFigure({ id, title, summary, svg, legend, table }: { id: string; title: string; summary: string; svg: string; legend: ChartLegendItem[]; table: ReactNode }) {
  return (
    <figure className="hearth-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>
        <h2 className="nhsuk-heading-m">{title}</h2>
        <p>{summary}</p>
      </figcaption>
      {/* On a narrow screen the chart keeps a readable size and scrolls sideways in its own region. */}
      <div className="nhsuk-scroll">
        <div className="nhsuk-scroll__content hearth-chart__image" role="region" aria-label={`Chart: ${title}`} tabIndex={0} dangerouslySetInnerHTML={{ __html: svg }} />
      </div>
      <ul className="hearth-chart__legend" aria-label="Key">
        {legend.map((item) => (
          <li key={item.label}>
            <span className={`hearth-swatch hearth-swatch--${item.swatch}`} aria-hidden="true" /> {item.label}
          </li>
        ))}
      </ul>
      {table}
    </figure>
  );
}
