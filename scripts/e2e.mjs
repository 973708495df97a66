// Runs the Playwright suite against the built app, on a fresh embedded database.
// Usage: node scripts/e2e.mjs [playwright test arguments]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./find-chromium.mjs";

if (!fs.existsSync("build/server/index.js")) {
  console.error("Build first: npm run build");
  process.exit(1);
}
const chromium = await findChromium();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-e2e-"));
console.log(`End-to-end tests in Chromium from ${chromium.source} (${chromium.executablePath})`);

const child = spawn(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium.executablePath, HEARTH_E2E_DATA_DIR: dataDir },
});
child.on("exit", (code, signal) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
