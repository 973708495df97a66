import path from "node:path";
import { describe, expect, it } from "vitest";
import { allFrameworkTextSamples } from "./framework-text";
import { PAGE_BUDGET_KB, type PageHandle } from "../../app/page-kind";
import { loadBuild } from "./app-harness";
import { pageScriptFiles, publicFiles } from "../../scripts/client-bundle.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the JavaScript sent to browsers", () => {
  it("stays within each kind of page's budget (gzipped), and carries no server code and no framework text", async () => {
    const build = await loadBuild();
    const manifest = build.assets;
    const { read, gzippedBytes } = publicFiles(path.join(ROOT, "public"));
    // Statements and level descriptors of every framework: only ever rendered on the server.
    const frameworkText = allFrameworkTextSamples();
    expect(frameworkText.length).toBeGreaterThan(50);

    const overBudget: string[] = [];
    const leaks: string[] = [];
    for (const id of Object.keys(manifest.routes)) {
      if (id === "root") continue;
      const kind = ((build.routes[id]?.module as { handle?: PageHandle } | undefined)?.handle?.pageKind) ?? "page";
      const files = pageScriptFiles(manifest, [id]);
      const kb = [...files].reduce((sum, file) => sum + gzippedBytes(file), 0) / 1024;
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
