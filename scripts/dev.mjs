// `npm run dev`: rebuilds on every change and restarts the server (about a second,
// with the same ./data database). Reload the browser to see a change.
import { spawn } from "node:child_process";
import { context } from "esbuild";
import { serverBuildOptions } from "./server-build-options.mjs";

const env = { ...process.env, NODE_ENV: "development" };
const run = (cmd, args) => spawn(cmd, args, { stdio: "inherit", env });

await new Promise((resolve) => run(process.execPath, ["scripts/build-assets.mjs"]).on("exit", resolve));
const remix = run(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "watch"]);
const server = await context(serverBuildOptions);
await server.rebuild();
await server.watch();
// Wait for the first Remix build, then run the server, restarting when anything in build/ changes.
const waitForBuild = async () => {
  const fs = await import("node:fs");
  while (!fs.existsSync("build/index.js")) await new Promise((r) => setTimeout(r, 200));
};
await waitForBuild();
const node = run(process.execPath, ["--watch-path=build", "--enable-source-maps", "build/server/index.js"]);

const stop = () => {
  node.kill("SIGTERM");
  remix.kill("SIGTERM");
  void server.dispose();
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
node.on("exit", () => process.exit(0));
