import { useEffect, useRef } from "react";

export type FieldErrors = Partial<Record<string, string>>;

/**
 * The NHS.UK error summary: a list of the problems at the top of the page,
 * each linking to its field, focused when it appears so screen readers announce it.
 * Problems come in the page's order of fields; any the page did not expect (a form altered outside Hearth's pages)
 * follow, so no problem the server found is ever left unsaid.
 */
export function ErrorSummary({ errors, order }: { errors: FieldErrors; order: string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const names = [...order, ...Object.keys(errors).filter((name) => !order.includes(name))];
  const entries = names.filter((name) => errors[name]).map((name) => [name, errors[name]!] as const);
  const key = entries.map(([name, message]) => `${name}:${message}`).join("|");
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (entries.length === 0) return null;
  return (
    <div className="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#${name}`}>{message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
