import { ORGANISATION_KIND_LABELS, type OrganisationKind } from "../../assessment/browser";

export interface OrganisationView {
  name: string;
  kind: OrganisationKind;
  note: string | null;
  homesBand?: string | null;
  boroughs: { key: string; name: string }[];
}

/** The facts about an organisation, as a summary list. */
export function OrganisationSummary({ organisation }: { organisation: OrganisationView }) {
  return (
    <dl className="nhsuk-summary-list">
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">Type</dt>
        <dd className="nhsuk-summary-list__value">{ORGANISATION_KIND_LABELS[organisation.kind]}</dd>
      </div>
      <div className="nhsuk-summary-list__row">
        <dt className="nhsuk-summary-list__key">{organisation.kind === "provider" ? "Boroughs served" : "Boroughs covered"}</dt>
        <dd className="nhsuk-summary-list__value">
          {organisation.boroughs.length ? organisation.boroughs.map((b) => b.name).join(", ") : "None recorded"}
        </dd>
      </div>
      {organisation.note ? (
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Note</dt>
          <dd className="nhsuk-summary-list__value">{organisation.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}
