// `npm run bench`: Hearth's pages measured at national scale (docs/decisions/021-national-scale-bench.md).
//
// Builds the production server, fills a fresh database with the scale seed (db/scale-seed.ts), starts the built
// server on 127.0.0.1, signs in as each role and drives every page in PAGES with autocannon at 20 connections for a
// fixed time, then autosave with 20 writers on one assessment, then the downloads at 5 concurrent. Prints a table
// and writes the figures into docs/performance.md (between its bench markers; the rest of the file is kept).
// Before that it asks every page once on a database a tenth of the size, to check that query counts do not grow.
//
//   npm run bench -- [--partnerships 42] [--providers 1500] [--rounds 10] [--duration 8] [--connections 20]
//                    [--embedded] [--no-build] [--no-tenth] [--no-write] [--json FILE] [--only TEXT] [--profile DIR]
//                    [--smoke]   (tiny data, 1 s a page, a few pages, nothing written to docs/: proves the harness)
//
// The database: a new one on the PostgreSQL server at 127.0.0.1:5432 when it answers (dropped at the end), else an
// embedded one in a temporary folder. Only 127.0.0.1 is ever loaded; every phase has a time limit; the server is
// stopped and the database dropped whatever happens.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import pg from "pg";
import { matchedRouteIds, pageScriptFiles, publicFiles } from "./client-bundle.mjs";

/**
 * The pages measured, in the order measured. `path` gets the scale seed's sample (its `sample` object: ids and
 * people); `as` is who is signed in (null: nobody). `smoke: true` pages are also asked in the smoke run.
 * Add a page by adding a line.
 */
const PAGES = [
  { name: "floor: accessibility statement", path: () => "/accessibility", as: null, floor: true, smoke: true },
  { name: "floor, no compression", path: () => "/accessibility", as: null, encoding: "identity" },
  { name: "ceiling: /healthz", path: () => "/healthz", as: null, ceiling: true, smoke: true },
  { name: "frameworks", path: () => "/frameworks", as: null },
  { name: "partnership framework", path: () => "/frameworks/partnership-self-assessment", as: null },
  { name: "partnership framework domain", path: (s) => `/frameworks/partnership-self-assessment/${s.answeredDomainKey}`, as: null },
  { name: "provider framework", path: () => "/frameworks/provider-offer", as: null },
  { name: "partnership home", path: () => "/partnership", as: "partnershipLead", smoke: true },
  { name: "assessment task list", path: (s) => `/assessments/${s.openAssessmentId}`, as: "partnershipLead", smoke: true },
  { name: "assessment domain page", path: (s) => `/assessments/${s.openAssessmentId}/domains/${s.answeredDomainKey}`, as: "partnershipLead" },
  { name: "check answers", path: (s) => `/assessments/${s.openAssessmentId}/check`, as: "partnershipLead" },
  { name: "results (approved)", path: (s) => `/assessments/${s.approvedAssessmentId}/results`, as: "partnershipLead" },
  { name: "report (approved)", path: (s) => `/assessments/${s.approvedAssessmentId}/report`, as: "partnershipLead" },
  { name: "progress over rounds", path: (s) => `/organisations/${s.partnershipId}/progress`, as: "partnershipLead" },
  { name: "evidence register", path: (s) => `/organisations/${s.partnershipId}/evidence`, as: "partnershipLead" },
  { name: "actions", path: (s) => `/organisations/${s.partnershipId}/actions`, as: "partnershipLead" },
  { name: "resources", path: () => "/resources", as: "partnershipLead" },
  { name: "share the work (team)", path: (s) => `/assessments/${s.openAssessmentId}/team`, as: "partnershipLead" },
  { name: "your account", path: () => "/account", as: "partnershipLead" },
  { name: "public progress (region)", path: (s) => `/progress/${s.regionKey}`, as: null },
  { name: "provider home", path: () => "/provider", as: "providerEditor" },
  { name: "provider offer", path: () => "/provider/offer", as: "providerEditor" },
  { name: "provider benchmark", path: () => "/provider/benchmark", as: "providerEditor" },
  { name: "directory", path: () => "/directory", as: "partnershipLead" },
  { name: "network home", path: () => "/network", as: "networkStaff" },
  { name: "network offers", path: () => "/network/offers", as: "networkStaff" },
  { name: "network benchmark", path: () => "/network/benchmark", as: "networkStaff" },
  { name: "regional overview", path: () => "/network/overview", as: "networkStaff" },
  { name: "review queue", path: () => "/network/reviews", as: "networkStaff" },
  { name: "review page (approved)", path: (s) => `/assessments/${s.approvedAssessmentId}/review`, as: "networkStaff" },
  { name: "what has changed", path: () => "/notifications", as: "partnershipLead" },
  { name: "people in the region", path: () => "/network/people", as: "networkStaff" },
  { name: "an organisation's people", path: (s) => `/organisations/${s.partnershipId}/people`, as: "networkStaff" },
  { name: "rounds", path: () => "/network/rounds", as: "networkStaff" },
  { name: "organisations", path: () => "/network/organisations", as: "networkStaff" },
  { name: "resource library (staff)", path: () => "/network/resources", as: "networkStaff" },
  { name: "audit log", path: () => "/network/audit", as: "networkStaff" },
];

/** Downloads: timed separately, by time to the last byte at DOWNLOAD_CONNECTIONS concurrent. */
const DOWNLOADS = [
  { name: "results as CSV", path: (s) => `/assessments/${s.approvedAssessmentId}/export?format=csv`, as: "partnershipLead" },
  { name: "results as Excel", path: (s) => `/assessments/${s.approvedAssessmentId}/export?format=xlsx`, as: "partnershipLead" },
  { name: "evidence file", path: (s) => `/evidence/${s.evidenceFileEvidenceId}/download`, as: "partnershipLead" },
  { name: "regional overview as Excel", path: () => "/network/overview/export?format=xlsx", as: "networkStaff" },
  { name: "audit log as CSV", path: () => "/network/audit/export?format=csv", as: "networkStaff" },
];
const DOWNLOAD_CONNECTIONS = 5;
const AUTOSAVE_WRITERS = 20;
/** Requests, one at a time, for each page's "alone" time. */
const ALONE_REQUESTS = 15;

/** Who `as` means: the scale seed's sample people. */
const PEOPLE = {
  partnershipLead: (s) => s.partnershipLeadEmail,
  partnershipViewer: (s) => s.partnershipViewerEmail,
  providerEditor: (s) => s.providerEditorEmail,
  networkStaff: (s) => s.networkStaffEmail,
};

const ROOT = path.resolve(import.meta.dirname, "..");
const SERVER_ENTRY = path.join(ROOT, "build/server/index.js");
const CLI_ENTRY = path.join(ROOT, "build/server/cli.js");
const POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";
const HOST = "127.0.0.1";
/** What the server and the CLI need besides the database (a server database requires a secret and an address). */
const HEARTH_ENV = { SESSION_SECRET: "bench-session-secret-of-more-than-32-characters", HEARTH_CONTACT_EMAIL: "hearth-bench@example.test", HEARTH_DEMO: "false", HEARTH_LOG: "quiet" };

const { values: args } = parseArgs({
  options: {
    partnerships: { type: "string" },
    providers: { type: "string" },
    rounds: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string" },
    seed: { type: "string" },
    embedded: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-tenth": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    json: { type: "string" },
    only: { type: "string" },
    profile: { type: "string" },
    smoke: { type: "boolean", default: false },
  },
  strict: true,
});

const smoke = args.smoke;
const sizes = {
  partnerships: Number(args.partnerships ?? (smoke ? 3 : 42)),
  providers: Number(args.providers ?? (smoke ? 12 : 1500)),
  rounds: Number(args.rounds ?? (smoke ? 2 : 10)),
};
const durationSeconds = Number(args.duration ?? (smoke ? 1 : 8));
/** Each page is first driven this long, unmeasured, so the figures are of a warm server (compiled code, caches). */
const warmUpSeconds = smoke ? 0 : 1;
const connections = Number(args.connections ?? 20);
const seed = Number(args.seed ?? 1);
const checkTenth = !smoke && !args["no-tenth"];
const writeDoc = !smoke && !args["no-write"];
for (const [name, value] of Object.entries({ ...sizes, duration: durationSeconds, connections, seed })) {
  if (!Number.isFinite(value) || value < (name === "seed" ? 0 : 1)) {
    console.error(`--${name} must be a positive number (got ${value})`);
    process.exit(2);
  }
}
const pages = PAGES.filter((p) => (!smoke || p.smoke) && (!args.only || p.name.includes(args.only) || p.path.toString().includes(args.only)));
const downloads = smoke ? DOWNLOADS.slice(0, 1) : DOWNLOADS.filter((d) => !args.only || d.name.includes(args.only));

// The whole run is bounded: phases have their own limits, and this stops everything if they are not enough.
const pageCount = pages.length + downloads.length + 1;
const RUN_LIMIT_MS = (smoke ? 3 : 30) * 60_000 + pageCount * (durationSeconds + 6) * 1000;

// --- Clean-up, whatever happens -------------------------------------------------------------------------------

const cleanups = [];
let cleaning = null;
function cleanUp() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (error) {
        console.error(`clean-up: ${error.message}`);
      }
    }
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the server and removing the database`);
    cleanUp().then(() => process.exit(130));
  });
}
const runLimit = setTimeout(() => {
  console.error(`The bench ran longer than ${Math.round(RUN_LIMIT_MS / 60_000)} minutes: stopping.`);
  cleanUp().then(() => process.exit(1));
}, RUN_LIMIT_MS);

// --- Helpers --------------------------------------------------------------------------------------------------

const log = (message) => console.log(message);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function run(command, commandArgs, { env = {}, limitMs }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(commandArgs[0] ?? command)} ${commandArgs.slice(1).join(" ")} failed (${code ?? signal}):\n${output}`));
    });
  });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function withPostgres(fn) {
  const client = new pg.Client({ connectionString: POSTGRES_SERVER, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database: on the local PostgreSQL server if it answers (unless --embedded), else embedded. */
async function createDatabase(label) {
  if (!args.embedded && (await postgresReachable())) {
    const name = `hearth_bench_${Date.now()}_${label}`;
    await withPostgres((client) => client.query(`create database "${name}"`));
    cleanups.push(() => withPostgres((client) => client.query(`drop database if exists "${name}" with (force)`)));
    const url = new URL(POSTGRES_SERVER);
    url.pathname = `/${name}`;
    return { kind: "postgres", description: `PostgreSQL (${(await postgresVersion()) ?? "local server"}) at ${HOST}:5432, database ${name}`, env: { DATABASE_URL: url.toString() } };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hearth-bench-${label}-`));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { kind: "pglite", description: `embedded PGlite in ${dir}`, env: { HEARTH_DATA_DIR: dir } };
}

async function postgresVersion() {
  try {
    return await withPostgres(async (client) => (await client.query("show server_version")).rows[0].server_version.split(" ")[0]);
  } catch {
    return null;
  }
}

async function seedDatabase(database, seedSizes) {
  const summaryFile = path.join(os.tmpdir(), `hearth-bench-summary-${process.pid}-${Date.now()}.json`);
  cleanups.push(() => fs.rmSync(summaryFile, { force: true }));
  const started = performance.now();
  await run(
    process.execPath,
    [CLI_ENTRY, "seed-scale", "--partnerships", String(seedSizes.partnerships), "--providers", String(seedSizes.providers), "--rounds", String(seedSizes.rounds), "--seed", String(seed), "--summary", summaryFile],
    { env: { ...database.env, ...HEARTH_ENV }, limitMs: 20 * 60_000 },
  );
  const summary = JSON.parse(fs.readFileSync(summaryFile, "utf8"));
  return { ...summary, wallMs: performance.now() - started };
}

async function startServer(database, { profileDir } = {}) {
  const port = await freePort();
  const nodeArgs = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, SERVER_ENTRY] : [SERVER_ENTRY];
  const child = spawn(process.execPath, nodeArgs, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? os.tmpdir(),
      NODE_ENV: "production",
      ...database.env,
      ...HEARTH_ENV,
      HOST,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  cleanups.push(stop);
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it was ready:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) })).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the server was not ready within 90 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop, output: () => output, cpuMs: () => processCpuMs(child.pid) };
}

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc (Linux; null elsewhere). Unlike latency it
 * hardly moves when other work shares the machine, so it is the steadiest measure of what a page costs.
 */
function processCpuMs(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
const CLOCK_TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout?.trim()) || 100;

/** Signs in through the sign-in form, as a browser does (same-origin POST), and returns the session cookie. */
async function signIn(url, email, password) {
  const res = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
    signal: AbortSignal.timeout(30_000),
  });
  const cookie = res.headers.get("set-cookie");
  if (res.status !== 302 || !cookie) throw new Error(`signing in as ${email} failed: ${res.status}`);
  return cookie.split(";")[0];
}

async function signInEveryone(url, summary) {
  const cookies = {};
  for (const [role, emailOf] of Object.entries(PEOPLE)) {
    const email = emailOf(summary.sample);
    if (email) cookies[role] = await signIn(url, email, summary.password);
  }
  return cookies;
}

/**
 * Asks for a page `times` times, one after another, as a browser would: its status, the SQL query count from
 * Server-Timing, the size of the HTML (fetch undoes the gzip, so uncompressed) and the median time of one request
 * on its own (the server's cost for the page, without queueing behind 19 others).
 */
async function probe(url, page, cookies, sample, times = 1) {
  const target = page.path(sample);
  const latencies = [];
  let res;
  let body;
  for (let i = 0; i < times; i += 1) {
    const started = performance.now();
    res = await fetch(`${url}${target}`, {
      headers: { ...(page.as ? { Cookie: cookies[page.as] } : {}), "Accept-Encoding": page.encoding ?? "gzip" },
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    body = Buffer.from(await res.arrayBuffer());
    latencies.push(performance.now() - started);
    if (res.status !== 200) break;
  }
  latencies.sort((a, b) => a - b);
  const match = /desc="(\d+) queries"/.exec(res.headers.get("server-timing") ?? "");
  return { target, status: res.status, queries: match ? Number(match[1]) : null, bytes: body.length, aloneMs: percentile(latencies, 50) };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Drives one URL with autocannon for a fixed time; latencies of every response, so p95 is exact. */
async function load(url, target, headers, { concurrency, durationS }) {
  const latencies = [];
  let failures = 0;
  const instance = autocannon({ url: `${url}${target}`, connections: concurrency, duration: durationS, headers, timeout: 30 });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    if (statusCode !== 200) failures += 1;
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures: failures + result.errors + result.timeouts,
    reqPerSec: latencies.length / durationS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    bytesPerSec: result.throughput.average,
  };
}

/** 20 writers on one assessment, each saving its own indicator as autosave does, for a fixed time. */
async function autosave(url, cookie, sample, { writers, durationS }) {
  const targets = sample.unansweredIndicators.slice(0, writers);
  const latencies = [];
  const outcomes = { saved: 0, conflicts: 0, failed: 0 };
  const stopAt = performance.now() + durationS * 1000;
  await Promise.all(
    targets.map(async ({ domainKey, indicatorKey }, writer) => {
      let revision = 0;
      while (performance.now() < stopAt) {
        const started = performance.now();
        try {
          const res = await fetch(`${url}/assessments/${sample.openAssessmentId}/domains/${domainKey}.data`, {
            method: "POST",
            redirect: "manual",
            headers: { Origin: url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({
              intent: "autosave",
              "ratings.0.indicatorKey": indicatorKey,
              "ratings.0.revision": String(revision),
              // A different level each time, so every save is a change (and bumps the revision).
              "ratings.0.choice": String(((revision + writer) % 5) + 1),
              "ratings.0.rationale": `Autosave ${revision} from writer ${writer}`,
            }),
            signal: AbortSignal.timeout(30_000),
          });
          await res.arrayBuffer();
          latencies.push(performance.now() - started);
          if (res.status === 200) {
            outcomes.saved += 1;
            revision += 1;
          } else if (res.status === 409) outcomes.conflicts += 1;
          else outcomes.failed += 1;
        } catch {
          outcomes.failed += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { writers: targets.length, ...outcomes, savesPerSec: outcomes.saved / durationS, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

/** The gzipped JavaScript a page loads, counted as the bundle budget test counts it. */
async function scriptSizer() {
  const build = await import(pathToFileURL(path.join(ROOT, "build/index.js")).href);
  const files = publicFiles(path.join(ROOT, "public"));
  return (target) => {
    const pathname = target.split("?")[0];
    const ids = matchedRouteIds(build, pathname).filter((id) => id !== "root");
    if (ids.length === 0 || !build.assets.routes[ids.at(-1)]) return null;
    return [...pageScriptFiles(build.assets, ids)].reduce((sum, file) => sum + files.gzippedBytes(file), 0) / 1024;
  };
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    memoryGb: os.totalmem() / 1024 ** 3,
    loadAverage: os.loadavg(),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

// --- Reporting --------------------------------------------------------------------------------------------------

const fmt = (n, digits = 0) => (n === null || n === undefined ? "–" : Number(n).toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function pageTable(results, floorReqPerSec) {
  const lines = [
    "| page | path | req/s | share of floor | p50 ms | p95 ms | p99 ms | alone ms | server CPU ms/req | SQL queries | queries at a tenth | JS gz KB | HTML KB | meets targets |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    const share = floorReqPerSec ? r.load.reqPerSec / floorReqPerSec : null;
    const misses = [];
    if (r.load.failures > 0) misses.push(`${r.load.failures} failed`);
    if (r.load.p95 !== null && r.load.p95 >= 100) misses.push("p95");
    if (share !== null && share < 0.5 && !r.page.floor) misses.push("throughput");
    if (r.tenthQueries !== undefined && r.tenthQueries !== r.queries) misses.push("queries grow");
    lines.push(
      `| ${r.page.name} | \`${r.target.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")}\` | ${fmt(r.load.reqPerSec, 1)} | ${share === null ? "–" : `${fmt(share * 100)} %`} | ${fmt(r.load.p50, 1)} | ${fmt(r.load.p95, 1)} | ${fmt(r.load.p99, 1)} | ${fmt(r.aloneMs, 1)} | ${fmt(r.load.cpuMsPerRequest, 1)} | ${fmt(r.queries)} | ${r.tenthQueries === undefined ? "–" : fmt(r.tenthQueries)} | ${fmt(r.scriptKb, 1)} | ${fmt(r.bytes / 1024, 1)} | ${misses.length ? `no: ${misses.join(", ")}` : "yes"} |`,
    );
  }
  return lines.join("\n");
}

function downloadTable(results) {
  const lines = ["| download | path | downloads/s | p50 ms | p95 ms | p99 ms | size KB | failed |", "|---|---|---:|---:|---:|---:|---:|---:|"];
  for (const r of results) {
    lines.push(`| ${r.page.name} | \`${r.target.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")}\` | ${fmt(r.load.reqPerSec, 1)} | ${fmt(r.load.p50, 1)} | ${fmt(r.load.p95, 1)} | ${fmt(r.load.p99, 1)} | ${fmt(r.bytes / 1024, 1)} | ${r.load.failures} |`);
  }
  return lines.join("\n");
}

function report(run) {
  const m = run.machine;
  const c = run.summary.counts;
  const a = run.autosave;
  return [
    `Measured ${run.date} by \`npm run bench\` (scripts/bench.mjs) on ${m.cores} cores (${m.cpu}), ${fmt(m.memoryGb, 1)} GB memory, ` +
      `Node ${m.node}, ${m.platform}; load average before the run ${m.loadAverage.map((l) => l.toFixed(2)).join(", ")}.`,
    "",
    `- Back-end: ${run.database}.`,
    `- Data (scale seed ${run.summary.seed}): ${run.summary.sizes.partnerships} partnerships, ${run.summary.sizes.providers} providers, ` +
      `${run.summary.sizes.rounds} rounds a region and framework; ${fmt(c.organisation)} organisations, ${fmt(c.person)} people, ${fmt(c.round)} rounds, ` +
      `${fmt(c.assessment)} assessments, ${fmt(c.rating)} ratings, ${fmt(c.evidence)} evidence items (${fmt(c.evidence_link)} links), ${fmt(c.action)} actions, ` +
      `${fmt(c.offer_version)} offer versions (${fmt(c.offer_service)} services), ${fmt(c.review_decision)} review decisions, ${fmt(c.benchmark_peer)} benchmark peers, ` +
      `${fmt(c.audit_event)} audit events. Generated in ${seconds(run.summary.elapsedMs)} (${seconds(run.summary.wallMs)} with migrations).`,
    `- Load: autocannon, ${run.connections} connections, ${run.durationSeconds} s a page after ${warmUpSeconds} s unmeasured, \`Accept-Encoding: gzip\` as browsers send it, signed in as the page's role. ` +
      "**The load generator runs on the same two cores as the server**, so every figure is lower than the server alone would manage.",
    "- p50/p95/p99 are exact percentiles of every response's latency in the run (autocannon's `response` events), not autocannon's p97.5.",
    "- SQL queries: from the page's `Server-Timing` header" + (run.tenthSizes ? `, also at a tenth of the size (${run.tenthSizes.partnerships}/${run.tenthSizes.providers}/${run.tenthSizes.rounds})` : "") + ". JS: the gzipped JavaScript the page loads, counted as the bundle budget test counts it. " +
      `Alone: the median of ${ALONE_REQUESTS} requests one at a time (no queueing). Server CPU: the server process's own CPU time during the run over the requests served (from /proc; ` +
      "steadier than latency when other work shares the machine). HTML KB: the page uncompressed.",
    "",
    pageTable(run.pages, run.floorReqPerSec),
    "",
    `Autosave: ${a.writers} writers on one assessment, each saving its own indicator in turn for ${run.durationSeconds} s: ` +
      `${fmt(a.savesPerSec, 1)} saves/s, p50 ${fmt(a.p50, 1)} ms, p95 ${fmt(a.p95, 1)} ms, p99 ${fmt(a.p99, 1)} ms; ${a.saved} saved, ${a.conflicts} conflicts, ${a.failed} failed.`,
    "",
    `Downloads, ${DOWNLOAD_CONNECTIONS} at a time (time to the last byte):`,
    "",
    downloadTable(run.downloads),
  ].join("\n");
}

const BEGIN = "<!-- bench:begin (written by npm run bench; edit outside these markers) -->";
const END = "<!-- bench:end -->";

function writePerformanceDoc(text) {
  const file = path.join(ROOT, "docs/performance.md");
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : `# Performance\n\n## Latest figures\n\n${BEGIN}\n${END}\n`;
  const start = existing.indexOf(BEGIN);
  const end = existing.indexOf(END);
  const updated = start >= 0 && end > start ? `${existing.slice(0, start + BEGIN.length)}\n${text}\n${existing.slice(end)}` : `${existing.trimEnd()}\n\n## Latest figures\n\n${BEGIN}\n${text}\n${END}\n`;
  fs.writeFileSync(file, updated);
  log(`Wrote the figures into ${path.relative(ROOT, file)}.`);
}

// --- The run ----------------------------------------------------------------------------------------------------

async function measureQueriesAtATenth() {
  const tenth = { partnerships: Math.max(1, Math.ceil(sizes.partnerships / 10)), providers: Math.max(1, Math.ceil(sizes.providers / 10)), rounds: Math.max(2, Math.ceil(sizes.rounds / 10)) };
  const database = await createDatabase("tenth");
  log(`Query counts at a tenth of the size (${tenth.partnerships}/${tenth.providers}/${tenth.rounds}) on ${database.kind}…`);
  const summary = await seedDatabase(database, tenth);
  const server = await startServer(database);
  const cookies = await signInEveryone(server.url, summary);
  const queries = new Map();
  for (const page of pages) queries.set(page.name, (await probe(server.url, page, cookies, summary.sample)).queries);
  await server.stop();
  return { tenth, queries };
}

async function main() {
  const started = performance.now();
  const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  const loadBefore = machine();
  if (!args["no-build"] || !fs.existsSync(SERVER_ENTRY)) {
    log("Building the production server…");
    const built = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit", timeout: 5 * 60_000 });
    if (built.status !== 0) throw new Error("npm run build failed");
  }
  const tenth = checkTenth ? await measureQueriesAtATenth() : null;

  const database = await createDatabase("national");
  log(`Database: ${database.description}.`);
  log(`Filling it: ${sizes.partnerships} partnerships, ${sizes.providers} providers, ${sizes.rounds} rounds…`);
  const summary = await seedDatabase(database, sizes);
  log(`  ${Object.values(summary.counts).reduce((s, n) => s + n, 0).toLocaleString("en-GB")} rows in ${seconds(summary.wallMs)}.`);

  const profileDir = args.profile ? path.resolve(args.profile) : undefined;
  const server = await startServer(database, { profileDir });
  log(`Server: ${server.url}${profileDir ? ` (CPU profile to ${profileDir})` : ""}.`);
  const cookies = await signInEveryone(server.url, summary);
  const scriptKb = await scriptSizer();

  const results = [];
  let failed = false;
  for (const page of pages) {
    const first = await probe(server.url, page, cookies, summary.sample, smoke ? 3 : ALONE_REQUESTS);
    if (first.status !== 200) {
      log(`  ${page.name}: ${first.target} answered ${first.status}; not measured`);
      results.push({ page, target: first.target, queries: first.queries, bytes: first.bytes, scriptKb: null, load: { requests: 0, failures: 1, reqPerSec: 0, p50: null, p95: null, p99: null } });
      failed = true;
      continue;
    }
    const headers = { ...(page.as ? { Cookie: cookies[page.as] } : {}), "Accept-Encoding": page.encoding ?? "gzip" };
    if (warmUpSeconds > 0) await load(server.url, first.target, headers, { concurrency: connections, durationS: warmUpSeconds });
    const cpuBefore = server.cpuMs();
    const measured = await load(server.url, first.target, headers, { concurrency: connections, durationS: durationSeconds });
    const cpuAfter = server.cpuMs();
    measured.cpuMsPerRequest = cpuBefore === null || cpuAfter === null || measured.requests === 0 ? null : (cpuAfter - cpuBefore) / measured.requests;
    if (measured.failures > 0) failed = true;
    const result = { page, target: first.target, queries: first.queries, bytes: first.bytes, aloneMs: first.aloneMs, scriptKb: page.ceiling ? null : scriptKb(first.target), load: measured };
    if (tenth) result.tenthQueries = tenth.queries.get(page.name) ?? null;
    results.push(result);
    log(`  ${page.name.padEnd(32)} ${fmt(measured.reqPerSec, 1).padStart(7)} req/s  p50 ${fmt(measured.p50, 1).padStart(6)}  p95 ${fmt(measured.p95, 1).padStart(6)}  p99 ${fmt(measured.p99, 1).padStart(6)} ms  alone ${fmt(first.aloneMs, 1).padStart(5)} ms  cpu ${fmt(measured.cpuMsPerRequest, 1).padStart(5)} ms  ${first.queries ?? "–"} queries${measured.failures ? `  ${measured.failures} FAILED` : ""}`);
  }

  log(`Autosave: ${AUTOSAVE_WRITERS} writers on one assessment…`);
  const saves = await autosave(server.url, cookies.partnershipLead, summary.sample, { writers: AUTOSAVE_WRITERS, durationS: durationSeconds });
  log(`  ${fmt(saves.savesPerSec, 1)} saves/s, p50 ${fmt(saves.p50, 1)} ms, p95 ${fmt(saves.p95, 1)} ms; ${saves.saved} saved, ${saves.conflicts} conflicts, ${saves.failed} failed`);
  if (saves.conflicts > 0 || saves.failed > 0 || saves.saved === 0) failed = true;

  const downloadResults = [];
  for (const page of downloads) {
    const first = await probe(server.url, page, cookies, summary.sample);
    if (first.status !== 200) {
      log(`  ${page.name}: ${first.target} answered ${first.status}; not measured`);
      failed = true;
      continue;
    }
    const headers = { ...(page.as ? { Cookie: cookies[page.as] } : {}), "Accept-Encoding": "gzip" };
    const measured = await load(server.url, first.target, headers, { concurrency: DOWNLOAD_CONNECTIONS, durationS: Math.max(1, Math.round(durationSeconds / 2)) });
    downloadResults.push({ page, target: first.target, queries: first.queries, bytes: first.bytes, load: measured });
    log(`  ${page.name.padEnd(32)} ${fmt(measured.reqPerSec, 1).padStart(7)} /s  p50 ${fmt(measured.p50, 1).padStart(6)}  p95 ${fmt(measured.p95, 1).padStart(6)} ms  ${fmt(first.bytes / 1024, 1)} KB`);
  }
  await server.stop();

  const floor = results.find((r) => r.page.floor);
  const outcome = {
    date,
    machine: loadBefore,
    database: database.description,
    backend: database.kind,
    connections,
    durationSeconds,
    summary,
    tenthSizes: tenth?.tenth ?? null,
    floorReqPerSec: floor?.load.reqPerSec ?? null,
    pages: results,
    autosave: saves,
    downloads: downloadResults,
    elapsedMs: performance.now() - started,
  };
  const text = report(outcome);
  log(`\n${text}\n`);
  if (writeDoc) writePerformanceDoc(text);
  if (args.json) {
    fs.writeFileSync(args.json, JSON.stringify({ ...outcome, pages: results.map((r) => ({ ...r, page: r.page.name })), downloads: downloadResults.map((r) => ({ ...r, page: r.page.name })) }, null, 2));
  }
  log(`Bench finished in ${seconds(outcome.elapsedMs)}${failed ? ", with failures (see above)" : ""}.`);
  return failed ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`The bench failed: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanUp();
  clearTimeout(runLimit);
}
process.exit(exitCode);
