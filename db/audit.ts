import type { Kysely, Transaction } from "kysely";
import type { Database, Db } from "./schema";

export interface AuditEntry {
  personId: string | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  detail?: Record<string, unknown>;
}

/** Appends to the audit log; call it in the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      person_id: entry.personId,
      organisation_id: entry.organisationId,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

