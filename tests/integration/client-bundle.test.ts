import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { allFrameworkTextSamples } from "./framework-text";
import { PAGE_BUDGET_KB, type PageHandle } from "../../app/page-kind";
import { loadBuild } from "./app-harness";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the JavaScript sent to browsers", () => {
  it("stays within each kind of page's budget (gzipped), and carries no server code and no framework text", async () => {
    const build = await loadBuild();
    const manifest = build.assets;
    const gzipped = new Map<string, number>();
    const read = (url: string) => fs.readFileSync(path.join(ROOT, "public", url), "utf8");
    const size = (url: string) => {
      if (!gzipped.has(url)) gzipped.set(url, zlib.gzipSync(read(url)).length);
      return gzipped.get(url)!;
    };
    // Statements and level descriptors of every framework: only ever rendered on the server.
    const frameworkText = allFrameworkTextSamples();
    expect(frameworkText.length).toBeGreaterThan(50);

    const overBudget: string[] = [];
    const leaks: string[] = [];
    for (const [id, route] of Object.entries(manifest.routes)) {
      if (id === "root") continue;
      const kind = ((build.routes[id]?.module as { handle?: PageHandle } | undefined)?.handle?.pageKind) ?? "page";
      const files = new Set([
        manifest.entry.module,
        ...manifest.entry.imports,
        manifest.routes.root!.module,
        ...(manifest.routes.root!.imports ?? []),
        route.module,
        ...(route.imports ?? []),
      ]);
      const kb = [...files].reduce((sum, file) => sum + size(file), 0) / 1024;
      if (kb > PAGE_BUDGET_KB[kind]) overBudget.push(`${id} (${kind}): ${kb.toFixed(1)} KB, budget ${PAGE_BUDGET_KB[kind]} KB`);
      for (const file of files) {
        const text = read(file);
        for (const marker of ["password_hash", "scrypt", "@electric-sql/pglite", "selectFrom(", "SESSION_SECRET"]) {
          if (text.includes(marker)) leaks.push(`${file} (${id}) contains ${marker}`);
        }
        const sample = frameworkText.find((t) => text.includes(t));
        if (sample) leaks.push(`${file} (${id}) contains framework text: "${sample.slice(0, 60)}…"`);
      }
    }
    expect(overBudget).toEqual([]);
    expect([...new Set(leaks)]).toEqual([]);
  });
});
