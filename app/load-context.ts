import type { Kysely } from "kysely";
import type { DatabaseKind } from "../db/client";
import type { Database } from "../db/schema";
import type { ContactEmails } from "../server/config";
import type { MailSender } from "./mail.server";

/** What the express host (server/app.ts) gives every loader and action. */
export interface HearthLoadContext {
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  cspNonce: string;
  /** The client's address, from the host proxy's header when configured, else the socket. */
  clientIp: string;
  sessionSecret: string;
  /** True when served over HTTPS (cookies then get the __Host- prefix and Secure). */
  secure: boolean;
  /** Work done once per request and shared by its loaders (e.g. who is signed in). */
  requestCache: Map<string, unknown>;
  /** Where people write to about the service, from the configuration. */
  contactEmails: ContactEmails;
  /** How messages to people are sent (logged only unless SMTP is configured). */
  mail: MailSender;
}

declare module "@remix-run/server-runtime" {
  interface AppLoadContext extends HearthLoadContext {}
  interface Future {
    v3_singleFetch: true;
  }
}
