import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import type { Framework } from "../assessment";
import type { Database, Db } from "./schema";

/**
 * JSON with object keys sorted, so formatting and key order do not change it but every word does.
 * Properties that are undefined are left out (as JSON.stringify does); undefined in an array becomes null.
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : stableStringify(v))).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}

/** sha256 (hex) of a framework version's stable JSON: the hash pinned in tests/unit/assessment and stored in `framework_version`. */
export function frameworkContentHash(framework: Framework): string {
  return createHash("sha256").update(stableStringify(framework)).digest("hex");
}

export class FrameworkChangedError extends Error {
  override name = "FrameworkChangedError";
}

/**
 * Records every published framework version in `framework_version`, so rounds and assessments can refer to it.
 * Drafts are skipped. Running it again changes nothing. A version already recorded with a different content hash
 * is refused: a published version must never change (docs/decisions/011).
 * Returns the versions it added, as "key@version".
 */
export async function syncFrameworkVersions(db: Db, frameworks: readonly Framework[]): Promise<{ added: string[] }> {
  const published = frameworks
    .filter((f) => f.status === "published")
    .map((f) => ({ key: f.key, version: f.version, title: f.title, published_on: f.publishedOn, content_hash: frameworkContentHash(f) }));
  if (published.length === 0) return { added: [] };

  const added = await db
    .insertInto("framework_version")
    .values(published)
    .onConflict((oc) => oc.columns(["key", "version"]).doNothing())
    .returning(["key", "version"])
    .execute();

  const stored = await db
    .selectFrom("framework_version")
    .select(["key", "version", "content_hash"])
    .where("key", "in", [...new Set(published.map((f) => f.key))])
    .execute();
  const storedHash = new Map(stored.map((row) => [`${row.key}@${row.version}`, row.content_hash]));
  for (const f of published) {
    const hash = storedHash.get(`${f.key}@${f.version}`);
    if (hash !== f.content_hash) {
      throw new FrameworkChangedError(
        `framework ${f.key} v${f.version} changed after publication: publish a new version ` +
          `(the database recorded content hash ${hash ?? "(none)"}, the code now has ${f.content_hash}; see docs/frameworks.md).`,
      );
    }
  }
  return { added: added.map((row) => `${row.key}@${row.version}`) };
}
