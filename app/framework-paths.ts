/**
 * Where a framework's public pages are: the overview at /frameworks/:key and one page per domain at
 * /frameworks/:key/:domainKey. `version` is given only when the reader asked for one (`?version=N`), so that
 * moving between the pages of an earlier version stays on it.
 */
export function frameworkPath(
  frameworkKey: string,
  { domainKey, version = null, fragment }: { domainKey?: string; version?: number | null; fragment?: string } = {},
): string {
  const path = `/frameworks/${encodeURIComponent(frameworkKey)}${domainKey ? `/${encodeURIComponent(domainKey)}` : ""}`;
  return `${path}${version === null ? "" : `?version=${version}`}${fragment ? `#${fragment}` : ""}`;
}
