import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { DataDirInUseError } from "../db/data-dir-lock";
import { createApp } from "./app";
import { startHousekeeping } from "./housekeeping";
import { mailSenderFor } from "./smtp-mail";
import { startAutomaticBackups } from "./backups";
import { ConfigError, readConfig, TRIAL_CONTACT_EMAIL } from "./config";
import { loadSessionSecret, openConfiguredDatabase, prepareDatabase } from "./runtime";

// build/server/index.js → the project folder is two levels up.
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function main() {
  const config = readConfig();
  const database = await openConfiguredDatabase(config);
  let closing = false;
  const closeDatabase = async () => {
    if (closing) return;
    closing = true;
    await database.close();
  };

  try {
    const prepared = await prepareDatabase(database, config);
    const sessionSecret = loadSessionSecret(config);
    const build = (await import(pathToFileURL(path.join(rootDir, "build/index.js")).href)) as ServerBuild;
    const mail = mailSenderFor(config);
    const app = createApp({ build, database, config, sessionSecret, rootDir, mail });
    const stopHousekeeping = startHousekeeping(database, { mail, baseUrl: config.baseUrl });
    // An embedded database backs itself up at start and daily (README "Backups"); a server database has its own.
    const stopBackups = database.kind === "pglite" ? startAutomaticBackups(database, config.backupDir, config.log === "info" ? console.log : () => {}) : () => {};

    const server = app.listen(config.port, config.host, () => {
      const where = config.database.kind === "pglite" ? `embedded database in ${path.resolve(config.database.dataDir)}` : "PostgreSQL";
      console.log(`Hearth is running at http://localhost:${config.port} (${where}, migration ${prepared.migration})`);
      if (prepared.appliedMigrations.length > 0) console.log(`Applied migrations: ${prepared.appliedMigrations.join(", ")}`);
      const { added, updated, keptEdits } = prepared.library;
      if (added || updated) console.log(`Resource library: ${added} added and ${updated} updated from this release's content.`);
      for (const kept of keptEdits) {
        console.log(`Resource library: "${kept.title}" has newer content in this release but network staff have edited it, so it was left as they made it.`);
      }
      if (config.contactEmails.service === TRIAL_CONTACT_EMAIL) {
        console.log(`HEARTH_CONTACT_EMAIL is not set: the accessibility statement and privacy notice show ${TRIAL_CONTACT_EMAIL}.`);
      }
      if (prepared.demo?.people.length) {
        console.log(`\nDemo sign-ins (password "${prepared.demo.password}"):`);
        for (const person of prepared.demo.people) console.log(`  ${person.email.padEnd(34)} ${person.description}`);
        console.log("");
      }
    });
    server.on("error", async (error) => {
      console.error(`Hearth could not listen on ${config.host}:${config.port}: ${error.message}`);
      await closeDatabase();
      process.exit(1);
    });

    const shutdown = (signal: string) => {
      console.log(`${signal} received: finishing requests, then closing the database.`);
      stopHousekeeping();
      stopBackups();
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      force.unref();
      server.close(async () => {
        await closeDatabase();
        process.exit(0);
      });
      server.closeIdleConnections();
    };
    process.once("SIGTERM", () => shutdown("SIGTERM"));
    process.once("SIGINT", () => shutdown("SIGINT"));
  } catch (error) {
    await closeDatabase();
    throw error;
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DataDirInUseError) {
    console.error(error.message);
  } else {
    console.error("Hearth could not start:", error);
  }
  process.exit(1);
});
