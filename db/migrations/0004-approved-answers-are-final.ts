import { sql, type Kysely } from "kysely";

/**
 * An approved assessment's answers never change: the database refuses to update or delete a rating while its
 * assessment is approved, or to move a rating into an approved assessment, whatever code asks (reopening an approval
 * first makes the assessment "returned" again, so the organisation can change it). Two things still pass: a change to
 * `updated_by` alone (set to null when a person who saved the answer is erased), and inserts, because loading data (an
 * import, the demo seed) writes an approved assessment's row before its ratings; no code path adds a rating to an
 * approved assessment otherwise (saving needs an open, editable assessment).
 * Frozen once released; takes Kysely<any> on purpose.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function hearth_refuse_change_to_approved_rating() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and (to_jsonb(new) - 'updated_by') = (to_jsonb(old) - 'updated_by') then
        return new;
      end if;
      if exists (select 1 from assessment a where a.id = old.assessment_id and a.status = 'approved')
         or (tg_op = 'UPDATE' and exists (select 1 from assessment a where a.id = new.assessment_id and a.status = 'approved')) then
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
