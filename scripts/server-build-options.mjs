// How the express host and the command-line tool are bundled (by build-server.mjs and dev.mjs).
// Packages stay external (installed in node_modules); our TypeScript is bundled.
export const serverBuildOptions = {
  entryPoints: { index: "server/index.ts", cli: "server/cli.ts" },
  outdir: "build/server",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
};
