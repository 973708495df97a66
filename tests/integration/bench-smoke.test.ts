import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { assertBuilt } from "./hearth-process";

const ROOT = path.resolve(import.meta.dirname, "../..");

interface BenchFigures {
  backend: string;
  pages: { page: string; queries: number | null; scriptKb: number | null; load: { requests: number; failures: number; reqPerSec: number; p50: number; p95: number; p99: number } }[];
  autosave: { saved: number; conflicts: number; failed: number; savesPerSec: number; p95: number };
  downloads: { page: string; load: { requests: number; failures: number; p95: number } }[];
  summary: { counts: Record<string, number> };
}

/** `npm run bench` in miniature: tiny data, a second a page, a few pages. Proves the harness, not the speed. */
describe("the bench, in a smoke run", () => {
  it("seeds, serves, signs in, loads pages, autosaves and downloads, and reports figures for each", async () => {
    assertBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-bench-smoke-"));
    const json = path.join(dir, "figures.json");
    try {
      const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ["scripts/bench.mjs", "--smoke", "--no-build", "--json", json], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        const timer = setTimeout(() => child.kill("SIGTERM"), 150_000);
        child.once("exit", (exitCode) => {
          clearTimeout(timer);
          resolve({ code: exitCode, output });
        });
      });
      expect(code, output).toBe(0);
      const figures = JSON.parse(fs.readFileSync(json, "utf8")) as BenchFigures;
      expect(figures.summary.counts.assessment).toBeGreaterThan(0);
      expect(figures.pages.map((p) => p.page)).toEqual(["floor: accessibility statement", "ceiling: /healthz", "partnership home", "assessment task list"]);
      for (const page of figures.pages) {
        expect(page.load.failures, page.page).toBe(0);
        expect(page.load.requests, page.page).toBeGreaterThan(0);
        expect(page.load.p95, page.page).toBeGreaterThanOrEqual(page.load.p50);
        expect(page.load.p99, page.page).toBeGreaterThanOrEqual(page.load.p95);
        expect(page.queries, page.page).not.toBeNull();
      }
      expect(figures.pages.find((p) => p.page === "partnership home")!.scriptKb).toBeGreaterThan(10);
      expect(figures.autosave.saved).toBeGreaterThan(0);
      expect([figures.autosave.conflicts, figures.autosave.failed]).toEqual([0, 0]);
      expect(figures.downloads).toHaveLength(1);
      expect(figures.downloads[0]!.load.failures).toBe(0);
      expect(output).toContain("| page | path | req/s |");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
