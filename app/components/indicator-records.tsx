import { Link } from "@remix-run/react";
import { formatDate } from "~/dates";

export interface EvidenceItemView {
  id: string;
  title: string;
  kind: string;
  url: string | null;
  strengthLabel: string;
  datedOn: string;
  reviewBy: string;
  expired: boolean;
  fileName: string | null;
  purged: boolean;
}

export interface ActionItemView {
  id: string;
  title: string;
  ownerName: string;
  dueOn: string | null;
  statusLabel: string;
  overdue: boolean;
}

/** A rating its evidence does not support: flagged, with the reason in words. */
export function SupportFlag({ flag }: { flag: string | null }) {
  if (!flag) return null;
  return (
    <div className="hearth-flag">
      <strong className="nhsuk-tag nhsuk-tag--orange">Not yet supported</strong> <span>{flag.replace(/^Not yet supported\. /, "")}</span>
    </div>
  );
}

/** One evidence item on a line: a link to it (or its download), how strong, its date and review state. */
export function EvidenceLine({ item }: { item: EvidenceItemView }) {
  return (
    <>
      <Link to={`/evidence/${item.id}`}>{item.title}</Link>
      {item.kind === "file" && !item.purged ? (
        <>
          {" "}
          (<a href={`/evidence/${item.id}/download`} download>
            download<span className="nhsuk-u-visually-hidden"> {item.title}</span>
          </a>
          )
        </>
      ) : null}
      {item.kind === "file" && item.purged ? (
        <>
          {" "}
          <strong className="nhsuk-tag nhsuk-tag--grey">File purged</strong>
        </>
      ) : null}
      {item.kind === "link" && item.url ? (
        <>
          {" "}
          (<a className="hearth-address" href={item.url} rel="noopener noreferrer">
            open<span className="nhsuk-u-visually-hidden"> {item.title}</span>
          </a>
          )
        </>
      ) : null}
      <br />
      <span className="nhsuk-body-s">
        {item.strengthLabel}, dated {formatDate(item.datedOn)}.{" "}
        {item.expired ? <strong className="nhsuk-tag nhsuk-tag--red">Review date passed {formatDate(item.reviewBy)}</strong> : `Review by ${formatDate(item.reviewBy)}.`}
      </span>
    </>
  );
}

/**
 * Under each indicator: the evidence behind its rating (with a flag when it does not support it) and the
 * partnership's actions on it, with ways to add either.
 */
export function IndicatorRecords({
  assessmentId,
  indicatorKey,
  title,
  evidence,
  flag,
  actions,
  mayAddEvidence,
  mayAddActions,
}: {
  assessmentId: string;
  indicatorKey: string;
  title: string;
  evidence: EvidenceItemView[];
  flag: string | null;
  actions: ActionItemView[];
  mayAddEvidence: boolean;
  mayAddActions: boolean;
}) {
  return (
    <div className="hearth-indicator__records">
      <SupportFlag flag={flag} />
      <h3 className="nhsuk-heading-s">Evidence</h3>
      {evidence.length === 0 ? (
        <p className="nhsuk-body-s">No evidence linked yet.</p>
      ) : (
        <ul className="nhsuk-list hearth-compact-list">
          {evidence.map((item) => (
            <li key={item.id}>
              <EvidenceLine item={item} />
            </li>
          ))}
        </ul>
      )}
      {mayAddEvidence ? (
        <p className="nhsuk-body-s">
          <Link to={`/assessments/${assessmentId}/indicators/${indicatorKey}/evidence`}>
            Add or link evidence<span className="nhsuk-u-visually-hidden"> for {title}</span>
          </Link>
        </p>
      ) : null}
      <h3 className="nhsuk-heading-s">Actions</h3>
      {actions.length === 0 ? (
        <p className="nhsuk-body-s">No actions planned.</p>
      ) : (
        <ul className="nhsuk-list hearth-compact-list">
          {actions.map((action) => (
            <li key={action.id}>
              <Link to={`/actions/${action.id}`}>{action.title}</Link>
              <br />
              <span className="nhsuk-body-s">
                {action.statusLabel}
                {action.ownerName ? `, ${action.ownerName}` : ""}
                {action.dueOn ? `, due ${formatDate(action.dueOn)}` : ""}
                {action.overdue ? (
                  <>
                    {" "}
                    <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {mayAddActions ? (
        <p className="nhsuk-body-s">
          <Link to={`/actions/new?assessment=${assessmentId}&indicator=${encodeURIComponent(indicatorKey)}`}>
            Add an action<span className="nhsuk-u-visually-hidden"> for {title}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}
