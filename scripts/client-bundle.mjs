// What JavaScript a page makes the browser load, and how big it is gzipped: used by the bundle budget test
// (tests/integration/client-bundle.test.ts) and by `npm run bench` (scripts/bench.mjs), so both count the same way.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { matchRoutes } from "@remix-run/router";

/**
 * The browser files a page loads: the entry with its imports, the root route's module with its imports, and each
 * of the given routes' modules with their imports.
 * @param {import("@remix-run/server-runtime").AssetsManifest} manifest the build's `assets`
 * @param {string[]} routeIds
 * @returns {Set<string>} URLs under /build
 */
export function pageScriptFiles(manifest, routeIds) {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (const id of ["root", ...routeIds]) {
    const route = manifest.routes[id];
    if (!route) continue;
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  return files;
}

/**
 * A function giving a public file's gzipped size in bytes (each file compressed once).
 * @param {string} publicDir the project's public/ folder
 * @returns {{ read(url: string): string, gzippedBytes(url: string): number }}
 */
export function publicFiles(publicDir) {
  /** @type {Map<string, number>} */
  const cache = new Map();
  const read = (/** @type {string} */ url) => fs.readFileSync(path.join(publicDir, url), "utf8");
  return {
    read,
    gzippedBytes(url) {
      let size = cache.get(url);
      if (size === undefined) cache.set(url, (size = zlib.gzipSync(read(url)).length));
      return size;
    },
  };
}

/**
 * The ids of the routes a URL path matches in a server build, outermost first.
 * @param {{ routes: Record<string, { id: string, parentId?: string, path?: string, index?: boolean, caseSensitive?: boolean }> }} build
 * @param {string} pathname
 * @returns {string[]}
 */
export function matchedRouteIds(build, pathname) {
  const all = Object.values(build.routes);
  /** @returns {import("@remix-run/router").AgnosticRouteObject[]} */
  const childrenOf = (/** @type {string | undefined} */ parentId) =>
    all
      .filter((route) => route.parentId === parentId)
      .map((route) =>
        route.index
          ? { id: route.id, index: true, path: route.path }
          : { id: route.id, path: route.path, caseSensitive: route.caseSensitive, children: childrenOf(route.id) },
      );
  return (matchRoutes(childrenOf(undefined), pathname) ?? []).map((match) => String(match.route.id));
}
