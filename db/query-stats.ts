import { AsyncLocalStorage } from "node:async_hooks";
import type { LogEvent } from "kysely";

/**
 * How many SQL queries the current request has run, and for how long: counted for every query of both back-ends
 * (Kysely's log hook), per request (the express host runs each request inside `queryStats.run`). The host reports
 * them in a Server-Timing header, which the tests and `npm run bench` read to prove a page's query count does not
 * grow with its data.
 */
export interface QueryStats {
  queries: number;
  durationMs: number;
}

export const queryStats = new AsyncLocalStorage<QueryStats>();

export function logQuery(event: LogEvent): void {
  const stats = queryStats.getStore();
  if (!stats) return;
  stats.queries += 1;
  stats.durationMs += event.queryDurationMillis;
  if (event.level === "error" && process.env.HEARTH_LOG_SQL_ERRORS === "1") console.error(event.error);
}
