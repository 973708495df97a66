// Runs the Playwright suite against the built app, on a fresh embedded database.
// Usage: node scripts/e2e.mjs [playwright test arguments]
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { findChromium } from "./find-chromium.mjs";

if (!fs.existsSync("build/server/index.js")) {
  console.error("Build first: npm run build");
  process.exit(1);
}
const chromium = await findChromium();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hearth-e2e-"));
// A free port, so the suite can run beside a running Hearth (or another run of itself).
const port = process.env.HEARTH_E2E_PORT ?? (await freePort());
console.log(`End-to-end tests in Chromium from ${chromium.source} (${chromium.executablePath})`);

const child = spawn(process.execPath, ["node_modules/@playwright/test/cli.js", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, CHROMIUM_PATH: chromium.executablePath, HEARTH_E2E_DATA_DIR: dataDir, HEARTH_E2E_PORT: String(port) },
});
child.on("exit", (code, signal) => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
