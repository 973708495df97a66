import type { ReactNode } from "react";

/**
 * A table too wide to reflow scrolls sideways inside its own region, so the page itself never does (WCAG 2.2
 * 1.4.10, Reflow). The region takes keyboard focus, so it can be scrolled with the arrow keys, shows a focus ring
 * when it has it, and is named after the table it holds. The markup is NHS.UK's scroll component (what
 * nhsuk-frontend's table macro renders with `scroll: true`), which also brings shadows at the edge that can scroll.
 *
 * Give `label` the table's caption.
 */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-scroll">
      <div className="nhsuk-scroll__content" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
