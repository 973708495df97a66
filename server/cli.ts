import { parseArgs } from "node:util";
import { createFirstNetworkStaff } from "../db/people";
import { exportToFile, importFromFile } from "../db/transfer";
import { DataDirInUseError } from "../db/data-dir-lock";
import { migrateToLatest, latestAppliedMigration } from "../db/migrate";
import { ConfigError, readConfig } from "./config";
import { openConfiguredDatabase } from "./runtime";

/**
 * npm run db:migrate                 run pending migrations
 * npm run db:export -- FILE          write every row to a JSON file
 * npm run db:import -- FILE          load such a file into an empty database
 * npm run admin:create -- --email E --name N --region KEY [--region-name NAME] [--network NAME] [--base-url URL]
 *                                    the first network staff member of a region, with a one-time link to choose a password
 * Each uses DATABASE_URL when set, else the embedded database in HEARTH_DATA_DIR
 * (which must not be open in a running server).
 */
const USAGE =
  "Usage: hearth-cli migrate | export FILE | import FILE | admin-create --email E --name N --region KEY [--region-name NAME] [--network NAME] [--base-url URL]";

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
  if (!command || !["migrate", "export", "import"].includes(command) || (command !== "migrate" && !file)) {
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError || error instanceof DataDirInUseError ? error.message : error);
    process.exit(1);
  },
);
