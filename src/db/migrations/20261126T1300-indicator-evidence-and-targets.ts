import { sql, type Kysely } from 'kysely';

/**
 * Indicators, second part (issue 6): evidence files on actual values (stored once by SHA-256,
 * like report attachments), and the office's choice of the governing target where the plan's
 * overall goals and its annual table disagree.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('indicator_value_evidence')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('value_id', 'uuid', (c) => c.notNull().references('indicator_values.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('stored_files.sha256'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('indicator_value_evidence_plan_idx').on('indicator_value_evidence').column('plan_id').execute();

  await db.schema
    .createTable('indicator_target_choices')
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('plan_indicators.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    /** Which target governs the year: the overall goal's or the annual table's. */
    .addColumn('governs', 'text', (c) => c.notNull().check(sql`governs in ('goal', 'table')`))
    .addColumn('chosen_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('chosen_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_target_choices_pk', ['indicator_id', 'year'])
    .execute();
}
