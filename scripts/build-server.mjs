// Bundles the express host and the command-line tool into build/server/.
// Packages stay external (installed in node_modules); our TypeScript is bundled.
import { build } from "esbuild";

await build({
  entryPoints: { index: "server/index.ts", cli: "server/cli.ts" },
  outdir: "build/server",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
  banner: { js: "// Built by scripts/build-server.mjs: edit server/*.ts instead." },
});
