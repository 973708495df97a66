import { Link } from "@remix-run/react";

/** Said on every page of an earlier version of a framework, with a link to the latest. Nothing for the latest. */
export function EarlierVersionNotice({ version, latestVersion, latestHref }: { version: number; latestVersion: number; latestHref: string }) {
  if (version === latestVersion) return null;
  return (
    <div className="nhsuk-inset-text">
      <span className="nhsuk-u-visually-hidden">Information: </span>
      <p>
        This is an earlier version ({version}). Assessments made with it keep its wording.{" "}
        <Link to={latestHref}>See the latest version ({latestVersion})</Link>.
      </p>
    </div>
  );
}
