// Bundles the express host and the command-line tool into build/server/.
import { build } from "esbuild";
import { serverBuildOptions } from "./server-build-options.mjs";

await build({ ...serverBuildOptions, banner: { js: "// Built by scripts/build-server.mjs: edit server/*.ts instead." } });
