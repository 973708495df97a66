import { formatDate } from "~/dates";

export interface ServiceDetailsView {
  serviceKey: string;
  name: string;
  boroughs: string[];
  eligibility: string;
  clientGroups: string[];
  capacity: string;
  referralRoutes: string[];
  referralDetail: string;
  responseTime: string;
  outcomes: string[];
  funding: string[];
  cost: string;
  tenures: string[];
  hours: string;
  contractEndOn: string | null;
}

export interface OfferDetailsView {
  organisationType: string;
  contactRoute: string;
  lastReviewedOn: string | null;
  reviewOverdue: boolean;
  services: ServiceDetailsView[];
}

const list = (items: string[]) => (items.length ? items.join(", ") : "Not stated");

/** One service of an offer, as a summary list. */
export function ServiceDetails({ service, headingLevel = 3 }: { service: ServiceDetailsView; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const rows: [string, string][] = [
    ["Boroughs served", list(service.boroughs)],
    ["Who it is for", service.eligibility || "Not stated"],
    ["Groups it serves", list(service.clientGroups)],
    ["Capacity", service.capacity || "Not stated"],
    ["Who can refer", list(service.referralRoutes)],
    ["How to refer", service.referralDetail || "Not stated"],
    ["Target response time", service.responseTime || "Not stated"],
    ["Outcomes measured", list(service.outcomes)],
    ["How it is funded", list(service.funding)],
    ["How it is paid for", service.cost || "Not stated"],
    ["Tenures covered", list(service.tenures)],
    ["When it is available", service.hours || "Not stated"],
    ["Contract or funding ends", service.contractEndOn ? formatDate(service.contractEndOn) : "Not stated"],
  ];
  return (
    <>
      <Heading className="nhsuk-heading-s">{service.name}</Heading>
      <dl className="nhsuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="nhsuk-summary-list__row" key={key}>
            <dt className="nhsuk-summary-list__key">{key}</dt>
            <dd className="nhsuk-summary-list__value hearth-preserve-lines">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** A whole offer: the organisation's details, when it was last reviewed (warning after a year), and each service. */
export function OfferDetails({ offer }: { offer: OfferDetailsView }) {
  return (
    <>
      {offer.reviewOverdue ? (
        <div className="nhsuk-warning-callout">
          <h3 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Not reviewed for over a year
            </span>
          </h3>
          <p>
            {offer.lastReviewedOn ? `This offer was last reviewed on ${formatDate(offer.lastReviewedOn)}.` : "This offer has no review date."} Check with the
            provider that it is still right before you rely on it.
          </p>
        </div>
      ) : null}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Type of organisation</dt>
          <dd className="nhsuk-summary-list__value">{offer.organisationType || "Not stated"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">How to reach them</dt>
          <dd className="nhsuk-summary-list__value hearth-preserve-lines">{offer.contactRoute || "Not stated"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Last reviewed</dt>
          <dd className="nhsuk-summary-list__value">{offer.lastReviewedOn ? formatDate(offer.lastReviewedOn) : "Not stated"}</dd>
        </div>
      </dl>
      {offer.services.map((service, i) => (
        <ServiceDetails key={`${service.serviceKey}-${i}`} service={service} />
      ))}
    </>
  );
}
