// Finds a Chromium for the end-to-end tests, in this order:
//   1. CHROMIUM_PATH, 2. /usr/bin/chromium (Debian's package),
//   3. the @sparticuz/chromium npm package, which ships a Linux build.
// Playwright's own browser download cannot work here (no network but npm).
import fs from "node:fs";

export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return { executablePath: fromEnv, source: "CHROMIUM_PATH" };
  }
  if (isExecutable("/usr/bin/chromium")) return { executablePath: "/usr/bin/chromium", source: "/usr/bin/chromium" };
  if (process.platform === "linux") {
    try {
      const { default: chromium } = await import("@sparticuz/chromium");
      return { executablePath: await chromium.executablePath(), source: "@sparticuz/chromium" };
    } catch (error) {
      throw new Error(`No Chromium found, and @sparticuz/chromium failed: ${error.message}`);
    }
  }
  throw new Error("No Chromium found: install Chromium and set CHROMIUM_PATH to it.");
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
