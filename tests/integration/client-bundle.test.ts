import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadBuild } from "./app-harness";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** The most JavaScript (gzipped) any page may make the browser load. */
const PAGE_BUDGET_KB = 130;

describe("the JavaScript sent to browsers", () => {
  it(`stays under ${PAGE_BUDGET_KB} KB gzipped for every page, and carries no server code`, async () => {
    const build = await loadBuild();
    const manifest = build.assets;
    const gzipped = new Map<string, number>();
    const read = (url: string) => fs.readFileSync(path.join(ROOT, "public", url), "utf8");
    const size = (url: string) => {
      if (!gzipped.has(url)) gzipped.set(url, zlib.gzipSync(read(url)).length);
      return gzipped.get(url)!;
    };

    const overBudget: string[] = [];
    const leaks: string[] = [];
    for (const [id, route] of Object.entries(manifest.routes)) {
      if (id === "root") continue;
      const files = new Set([
        manifest.entry.module,
        ...manifest.entry.imports,
        manifest.routes.root!.module,
        ...(manifest.routes.root!.imports ?? []),
        route.module,
        ...(route.imports ?? []),
      ]);
      const kb = [...files].reduce((sum, file) => sum + size(file), 0) / 1024;
      if (kb > PAGE_BUDGET_KB) overBudget.push(`${id}: ${kb.toFixed(1)} KB`);
      for (const file of files) {
        const text = read(file);
        for (const marker of ["password_hash", "scrypt", "@electric-sql/pglite", "selectFrom(", "SESSION_SECRET"]) {
          if (text.includes(marker)) leaks.push(`${file} (${id}) contains ${marker}`);
        }
      }
    }
    expect(overBudget).toEqual([]);
    expect([...new Set(leaks)]).toEqual([]);
  });
});
