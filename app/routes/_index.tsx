import type { MetaFunction } from "@remix-run/node";

export const meta: MetaFunction = () => [{ title: "Hearth: health and housing partnerships" }];

export default function Home() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Health and housing, working together</h1>
        <p className="nhsuk-lede-text">
          Hearth helps integrated care systems, housing providers and their regional network see where their
          partnership stands and what to do next.
        </p>
      </div>
    </div>
  );
}
