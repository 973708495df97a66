// `npm test`: everything a change must pass, in order, stopping at the first
// failure: types, production build, unit + integration tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), then the end-to-end suite in Chromium.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const reports = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-test-reports-"));
const vitestReport = path.join(reports, "vitest.json");
const playwrightReport = path.join(reports, "playwright.json");

const steps = [
  { name: "typecheck", cmd: ["node_modules/typescript/bin/tsc", "--noEmit"] },
  { name: "build", cmd: ["node_modules/@remix-run/dev/dist/cli.js", "--version"], npm: "build" },
  {
    name: "unit and integration tests",
    cmd: ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`],
  },
  {
    name: "end-to-end tests",
    cmd: ["scripts/e2e.mjs", "--reporter=list,json"],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
  },
];

console.log(
  process.env.TEST_DATABASE_URL
    ? "Integration tests run on PGlite and on the PostgreSQL server in TEST_DATABASE_URL."
    : "Integration tests run on PGlite only (set TEST_DATABASE_URL to run them on PostgreSQL too).",
);

// The whole run must stay well inside CI's limits on two cores: past this it fails, even when every test passed.
// Longer runs belong in `npm run bench`. HEARTH_TEST_BUDGET_SECONDS changes it (for a slower machine, say).
const budgetSeconds = Number(process.env.HEARTH_TEST_BUDGET_SECONDS ?? 12 * 60);
const started = Date.now();
const stageTimes = [];
let failedStep = null;
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = step.npm
    ? spawnSync("npm", ["run", "--silent", step.npm], { stdio: "inherit", shell: process.platform === "win32" })
    : spawnSync(process.execPath, step.cmd, { stdio: "inherit", env: { ...process.env, ...step.env } });
  console.log(`  ${step.name}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  stageTimes.push([step.name, (Date.now() - t0) / 1000]);
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 };
if (fs.existsSync(vitestReport)) {
  const v = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
  counts.passed += v.numPassedTests ?? 0;
  counts.failed += v.numFailedTests ?? 0;
  counts.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
}
if (fs.existsSync(playwrightReport)) {
  const p = JSON.parse(fs.readFileSync(playwrightReport, "utf8"));
  counts.passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  counts.failed += p.stats?.unexpected ?? 0;
  counts.skipped += p.stats?.skipped ?? 0;
}
fs.rmSync(reports, { recursive: true, force: true });
if (failedStep && counts.failed === 0) counts.failed = 1; // a failed typecheck or build counts as a failure

const tookSeconds = (Date.now() - started) / 1000;
console.log("\nTime per stage:");
for (const [name, seconds] of stageTimes) console.log(`  ${name.padEnd(28)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`\nnpm test took ${tookSeconds.toFixed(0)} s${failedStep ? `; stopped at: ${failedStep}` : ""}`);
console.log(`Total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
const overBudget = tookSeconds > budgetSeconds;
if (overBudget) {
  console.error(`npm test took ${tookSeconds.toFixed(0)} s, over its budget of ${budgetSeconds} s: make the slow stage faster, or move long runs to npm run bench.`);
}
process.exit(failedStep || overBudget ? 1 : 0);
