import fs from "node:fs";
import { parseArgs } from "node:util";
import { hashPassword } from "../app/auth/password.server";
import { createFirstNetworkStaff } from "../db/people";
import { DEFAULT_SCALE_SEED, parseScaleSizes, ScaleSeedRefusedError, seedScaleData } from "../db/scale-seed";
import { exportToFile, importFromFile } from "../db/transfer";
import { DataDirInUseError } from "../db/data-dir-lock";
import { migrateToLatest, latestAppliedMigration } from "../db/migrate";
import { ConfigError, readConfig } from "./config";
import { openConfiguredDatabase } from "./runtime";
import { backupFileName, writeBackup } from "./backups";
import path from "node:path";

/**
 * npm run db:migrate                 run pending migrations
 * npm run db:export -- FILE          write every row to a JSON file
 * npm run db:import -- FILE          load such a file into an empty database
 * npm run db:backup [-- FILE]        the same as export, to FILE or to HEARTH_BACKUP_DIR/hearth-<time>.json, never half-written
 * npm run db:restore -- FILE         load a backup into an empty database (all of it or nothing)
 * npm run admin:create -- --email E --name N --region KEY [--region-name NAME] [--network NAME] [--base-url URL]
 *                                    the first network staff member of a region, with a one-time link to choose a password
 * npm run seed:scale -- [--partnerships 42] [--providers 1500] [--rounds 10] [--seed 1] [--summary FILE]
 *                                    fill an empty database with synthetic national-scale data (db/scale-seed.ts);
 *                                    --summary writes what was made, and whom to sign in as, to a JSON file
 * Each uses DATABASE_URL when set, else the embedded database in HEARTH_DATA_DIR
 * (which must not be open in a running server).
 */
const USAGE =
  "Usage: hearth-cli migrate | export FILE | import FILE | backup [FILE] | restore FILE | admin-create --email E --name N --region KEY [--region-name NAME] [--network NAME] [--base-url URL] | seed-scale [--partnerships N] [--providers N] [--rounds N] [--seed N] [--summary FILE]";

/** `admin-create`: prints the link to choose a password (there is no email to send it by). */
async function adminCreate(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, name: { type: "string" }, region: { type: "string" }, "region-name": { type: "string" }, network: { type: "string" }, "base-url": { type: "string" } },
    strict: true,
  });
  if (!values.email || !values.name || !values.region || !/^[^@\s]+@[^@\s]+$/.test(values.email)) {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
    const outcome = await createFirstNetworkStaff(database.db, { email: values.email, name: values.name, regionKey: values.region, regionName: values["region-name"], networkName: values.network });
    if (!outcome.ok) {
      console.error(outcome.reason);
      return 1;
    }
    const base = (values["base-url"] ?? process.env.HEARTH_BASE_URL ?? `http://localhost:${config.port}`).replace(/\/+$/, "");
    console.log(`${values.name} is network staff of ${outcome.networkName}.`);
    console.log(`Send them this link to choose a password (it works once, until ${outcome.link.expiresAt.toISOString()}):`);
    console.log(`  ${base}/join/${outcome.link.token}`);
    return 0;
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  const [command, file] = argv;
  if (command === "admin-create") return adminCreate(argv.slice(1));
  if (command === "seed-scale") return seedScale(argv.slice(1));
  if (!command || !["migrate", "export", "import", "backup", "restore"].includes(command) || (command !== "migrate" && command !== "backup" && !file)) {
    console.error(USAGE);
    return 2;
  }
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    if (command === "migrate") {
      console.log(applied.length ? `Applied: ${applied.map((m) => m.migrationName).join(", ")}` : "Nothing to migrate.");
      console.log(`Database (${database.kind}) is at ${await latestAppliedMigration(database.db)}.`);
    } else if (command === "backup") {
      const made = await writeBackup(database, file ?? path.join(config.backupDir, backupFileName("hearth")));
      console.log(`Backed up ${made.rows} rows from ${made.tables} tables (evidence files included) to ${made.file}.`);
    } else if (command === "restore") {
      const counts = await importFromFile(database.db, file!);
      console.log(`Restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${database.kind} from ${file}.`);
    } else if (command === "export") {
      const counts = await exportToFile(database.db, file!);
      const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
      console.log(`Exported ${rows} rows from ${Object.keys(counts).length} tables to ${file}.`);
    } else {
      const counts = await importFromFile(database.db, file!);
      console.log(`Imported ${Object.values(counts).reduce((a, b) => a + b, 0)} rows into ${database.kind}.`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

async function seedScale(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      partnerships: { type: "string" },
      providers: { type: "string" },
      rounds: { type: "string" },
      seed: { type: "string" },
      summary: { type: "string" },
    },
    strict: true,
  });
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const sizes = parseScaleSizes({ partnerships: number(values.partnerships), providers: number(values.providers), rounds: number(values.rounds) });
  const seed = number(values.seed) ?? DEFAULT_SCALE_SEED;
  if (!Number.isInteger(seed)) throw new RangeError(`--seed must be a whole number (got ${values.seed})`);
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
    console.log(`Filling the ${database.kind} database: ${sizes.partnerships} partnerships, ${sizes.providers} providers, ${sizes.rounds} rounds, seed ${seed}.`);
    const started = performance.now();
    const summary = await seedScaleData(database.db, {
      sizes,
      seed,
      hashPassword,
      onProgress: (message) => console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s  ${message}`),
    });
    const rows = Object.values(summary.counts).reduce((sum, n) => sum + (n ?? 0), 0);
    console.log(`Wrote ${rows} rows in ${(summary.elapsedMs / 1000).toFixed(1)} s. Everyone's password is "${summary.password}"; for example ${summary.sample.partnershipLeadEmail}.`);
    if (values.summary) fs.writeFileSync(values.summary, JSON.stringify(summary, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof ScaleSeedRefusedError) {
      console.error(error.message);
      return 3;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError || error instanceof DataDirInUseError || error instanceof RangeError ? error.message : error);
    process.exit(1);
  },
);
