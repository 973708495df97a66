import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./0001-foundation";
import * as wholeProduct from "./0002-whole-product";
import * as benchmarkPeerSnapshot from "./0003-benchmark-peer-snapshot";
import * as approvedAnswersAreFinal from "./0004-approved-answers-are-final";
import * as resourceKindsAndFacets from "./0005-resource-kinds-and-facets";
import * as contributorsAndConsensus from "./0006-contributors-and-consensus";

/**
 * Every migration, by name, in the order they run. Imported in code rather than
 * read from disk so it works in the bundled server and in tests alike.
 * Never edit a released migration: add a new one.
 */
export const migrations: Record<string, Migration> = {
  "0001-foundation": foundation,
  "0002-whole-product": wholeProduct,
  "0003-benchmark-peer-snapshot": benchmarkPeerSnapshot,
  "0004-approved-answers-are-final": approvedAnswersAreFinal,
  "0005-resource-kinds-and-facets": resourceKindsAndFacets,
  "0006-contributors-and-consensus": contributorsAndConsensus,
};

export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
