import { Link } from "@remix-run/react";
import { formatDate } from "~/dates";

type Merge = { id: string; name: string; mergedOn: string };

/**
 * The partnerships merged into this one, each with a way into its history (read only), and the one it merged into if
 * it has: for an organisation's page and a partnership's home page.
 */
export function MergedFrom({ merges }: { merges: { from: Merge[]; into: Merge | null } }) {
  if (merges.from.length === 0 && !merges.into) return null;
  return (
    <>
      {merges.into ? (
        <div className="nhsuk-inset-text">
          <p>
            Merged into {merges.into.name} on {formatDate(merges.into.mergedOn)}. What follows is its history, kept as it was.
          </p>
        </div>
      ) : null}
      {merges.from.map((m) => (
        <section key={m.id} aria-labelledby={`merged-${m.id}`}>
          <h2 id={`merged-${m.id}`}>
            Merged from {m.name} on {formatDate(m.mergedOn)}
          </h2>
          <p>Its own history, read only:</p>
          <ul className="nhsuk-list">
            <li>
              <Link to={`/organisations/${m.id}/progress`}>{m.name}: progress and assessments</Link>
            </li>
            <li>
              <Link to={`/organisations/${m.id}/evidence`}>{m.name}: evidence register</Link>
            </li>
            <li>
              <Link to={`/organisations/${m.id}/actions`}>{m.name}: actions</Link>
            </li>
          </ul>
        </section>
      ))}
    </>
  );
}
