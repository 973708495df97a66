import { sql, type Kysely } from "kysely";

/**
 * An approved assessment's answers never change: the database refuses to update or delete a rating while its
 * assessment is approved, whatever code asks (reopening an approval first makes the assessment "returned" again, so
 * the organisation can change it). New answers cannot be added either, except by loading data (an import), which
 * inserts ratings before or after the assessment's status and never changes them.
 * Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function hearth_refuse_change_to_approved_rating() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from assessment a where a.id = old.assessment_id and a.status = 'approved') then
        raise exception 'the answers of an approved assessment cannot be changed' using errcode = 'integrity_constraint_violation';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$`.execute(db);
  await sql`
    create trigger rating_final_when_approved before update or delete on rating
    for each row execute function hearth_refuse_change_to_approved_rating()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists rating_final_when_approved on rating`.execute(db);
  await sql`drop function if exists hearth_refuse_change_to_approved_rating()`.execute(db);
}
