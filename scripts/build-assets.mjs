// Copies the nhsuk-frontend stylesheet into public/, without the NHS's own web
// fonts (Hearth is not an NHS service and its CSP allows fonts from itself only)
// and with its icon paths pointed at the copied images.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.dirname(new URL(import.meta.url).pathname) + "/..";
const nhsuk = path.dirname(require.resolve("nhsuk-frontend/package.json"));
const source = path.join(nhsuk, "dist/nhsuk/nhsuk-frontend.min.css");

let css = fs.readFileSync(source, "utf8");
css = css.replace(/@font-face\{[^}]*\}/g, "");
css = css.replaceAll("Frutiger W01,", "").replaceAll("font-family:Frutiger W01", "font-family:arial,sans-serif");
css = css.replaceAll("url(/assets/images/", "url(/styles/images/");

const out = path.join(root, "public/styles");
fs.mkdirSync(path.join(out, "images"), { recursive: true });
fs.writeFileSync(path.join(out, "nhsuk-frontend.css"), css);
for (const file of fs.readdirSync(path.join(nhsuk, "dist/nhsuk/assets/images"))) {
  fs.copyFileSync(path.join(nhsuk, "dist/nhsuk/assets/images", file), path.join(out, "images", file));
}
