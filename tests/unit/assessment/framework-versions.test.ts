import { describe, expect, it } from "vitest";
import { checkCarryOver, frameworks, frameworkVersions, getFramework, type Framework } from "../../../assessment";
import { frameworkContentHash as contentHash, stableStringify as canonicalJson } from "../../../db/frameworks";
import pinnedHashes from "./published-framework-hashes.json";

/**
 * A published framework version never changes. Each published version's content is pinned here as a sha256
 * of its canonical JSON (db/frameworks.ts: keys sorted, so formatting and key order do not matter, but every word does).
 * Changing wording or structure fails this test: publish a new version instead (docs/frameworks.md).
 */

const pinned: Record<string, string> = pinnedHashes;

const id = (f: Framework) => `${f.key}@${f.version}`;
const published = frameworks.filter((f) => f.status === "published");

describe("published framework versions are pinned", () => {
  it.each(published.map((f) => [id(f), f] as const))("%s has not changed since it was published", (name, framework) => {
    const actual = contentHash(framework);
    const expected = pinned[name];
    if (expected === undefined) {
      throw new Error(
        `${name} is published but its content is not pinned. If it is newly published, add "${name}": "${actual}" ` +
          `to tests/unit/assessment/published-framework-hashes.json.`,
      );
    }
    if (actual !== expected) {
      throw new Error(
        `${name} has changed since it was published (content hash ${actual}, pinned ${expected}). ` +
          `A published version must never change: publish a new version instead. Copy it to version ${framework.version + 1}, ` +
          `make the change there, list the indicators that carry over in carriesOverFrom, and pin the new version's hash. ` +
          `See docs/frameworks.md.`,
      );
    }
  });

  it("still has every version that was ever pinned, and none has gone back to draft", () => {
    for (const name of Object.keys(pinned)) {
      const [key, version] = name.split("@");
      const framework = getFramework(key ?? "", Number(version));
      expect(framework, `${name} was published and must not be removed`).toBeDefined();
      expect(framework?.status, `${name} was published and must stay published`).toBe("published");
    }
  });
});

describe("the pinning hash", () => {
  const framework = frameworks[0]!;

  it("ignores key order", () => {
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(canonicalJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
  });

  it("changes when a single word of a descriptor changes", () => {
    const copy = structuredClone(framework) as Framework;
    copy.domains[0]!.indicators[0]!.levels[2]!.descriptor += " Also.";
    expect(contentHash(copy)).not.toBe(contentHash(framework));
  });

  it("changes when indicators are reordered", () => {
    const copy = structuredClone(framework) as Framework;
    copy.domains[0]!.indicators.reverse();
    expect(contentHash(copy)).not.toBe(contentHash(framework));
  });
});

describe("versions and carry-over", () => {
  const keys = [...new Set(frameworks.map((f) => f.key))];

  it.each(keys)("%s is numbered 1, 2, 3… with no gaps", (key) => {
    const versions = frameworkVersions(key).map((f) => f.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it.each(frameworks.filter((f) => f.version > 1).map((f) => [id(f), f] as const))(
    "%s says which indicators carry over from the version before",
    (_name, framework) => {
      expect(framework.carriesOverFrom, "every version after the first must declare carriesOverFrom").toBeDefined();
    },
  );

  it.each(frameworks.filter((f) => f.carriesOverFrom).map((f) => [id(f), f] as const))(
    "%s carries over only keys that exist in both versions",
    (_name, framework) => {
      const previous = getFramework(framework.key, framework.carriesOverFrom!.version);
      expect(checkCarryOver(framework, previous)).toEqual([]);
    },
  );

  it("rejects a carry-over that names keys missing from either version", () => {
    const previous = frameworks[0]!;
    const next: Framework = {
      ...structuredClone(previous),
      version: previous.version + 1,
      carriesOverFrom: { version: previous.version, indicatorKeys: { "made.up": previous.domains[0]!.indicators[0]!.key, [previous.domains[0]!.indicators[0]!.key]: "gone.away" } },
    };
    const problems = checkCarryOver(next, previous).join("\n");
    expect(problems).toMatch(/"made\.up", which is not in this version/);
    expect(problems).toMatch(/"gone\.away", which is not in version/);
    expect(checkCarryOver(next, undefined)).toEqual([expect.stringMatching(/does not exist/)]);
  });
});
