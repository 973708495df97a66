import type { Db } from "./schema";

/** Who did something: kept by id, and by name so the trail stays readable after they leave. */
export interface Actor {
  personId: string;
  name: string;
}

export interface AuditEntry {
  actor: Actor | null;
  organisationId: string | null;
  subjectType: string;
  subjectId: string;
  action: string;
  /** The thing as it was before, and as it is after (JSON). */
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
  at?: Date;
}

/** Appends to the audit log; call it in the same transaction as the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_event")
    .values({
      person_id: entry.actor?.personId ?? null,
      actor_name: entry.actor?.name ?? "",
      organisation_id: entry.organisationId,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      action: entry.action,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      detail: JSON.stringify(entry.detail ?? {}),
      ...(entry.at ? { occurred_at: entry.at } : {}),
    })
    .execute();
}
