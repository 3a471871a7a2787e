import { sql, type Kysely } from 'kysely';

/**
 * Official documents (issue 8): each plan's numbering settings and counter, and the documents
 * generated from a period's data. A draft is edited by the office; an issued document is
 * archived unchangeable with its number (a trigger refuses any change or deletion) and its .docx
 * by SHA-256. Numbers never repeat: unique per plan, and per plan, year and sequence.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('document_settings')
    .addColumn('plan_id', 'uuid', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('number_prefix', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('recipients', 'text', (c) => c.notNull())
    .addColumn('copy_to', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('document_counters')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_counters_pk', ['plan_id', 'year'])
    .execute();

  await db.schema
    .createTable('official_documents')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('circular', 'leader_report', 'meeting_pack')`))
    .addColumn('period_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'issued')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('number', 'text')
    .addColumn('number_year', 'integer')
    .addColumn('number_sequence', 'integer')
    .addColumn('sha256', 'text', (c) => c.references('stored_files.sha256'))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('issued_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('issued_at', 'timestamptz')
    .addUniqueConstraint('official_documents_number_unique', ['plan_id', 'number'])
    .addUniqueConstraint('official_documents_sequence_unique', ['plan_id', 'number_year', 'number_sequence'])
    .addCheckConstraint('official_documents_issued_complete', sql`status = 'draft' or (number is not null and sha256 is not null and issued_at is not null)`)
    .execute();
  await db.schema.createIndex('official_documents_plan_idx').on('official_documents').columns(['plan_id', 'created_at']).execute();

  // An issued document is the archive: nothing may change or remove it, whoever connects.
  await sql`
    create function official_documents_guard() returns trigger language plpgsql as $$
    begin
      if old.status = 'issued' then
        raise exception 'official document % is issued and archived: % refused', old.number, tg_op using errcode = 'insufficient_privilege';
      end if;
      return case when tg_op = 'DELETE' then old else new end;
    end;
    $$`.execute(db);
  await sql`create trigger official_documents_archive before update or delete on official_documents
            for each row execute function official_documents_guard()`.execute(db);
}
