import { sql, type Kysely } from 'kysely';

/**
 * The reporting cycle (issue 5): periods the office opens and closes, exceptions for one unit
 * in a closed period, unit and consolidated reports with every submitted version, evidence
 * stored by content hash, in-app notifications, and the reminder ledger whose unique key makes
 * each reminder go out once however many servers run.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plans').addColumn('reporting_rule', 'jsonb').execute();

  await db.schema
    .createTable('reporting_periods')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('late_after', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addUniqueConstraint('reporting_periods_plan_key_unique', ['plan_id', 'key'])
    .execute();

  await db.schema
    .createTable('period_exceptions')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('period_exceptions_pk', ['period_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('task_id', 'uuid', (c) => c.notNull().references('plan_tasks.id'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('unit', 'consolidated')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'awaiting_approval', 'submitted', 'returned', 'accepted')`),
    )
    .addColumn('progress', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('next_steps', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('task_status', 'text', (c) => c.check(sql`task_status in ('on_track', 'lagging', 'completed', 'not_started')`))
    .addColumn('target_progress', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('first_submitted_at', 'timestamptz')
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('approved_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('return_reason', 'text')
    .addColumn('updated_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('reports_obligation_unique', ['period_id', 'task_id', 'unit_id', 'kind'])
    .execute();
  await db.schema.createIndex('reports_unit_period_idx').on('reports').columns(['unit_id', 'period_id']).execute();
  await db.schema.createIndex('reports_plan_status_idx').on('reports').columns(['plan_id', 'status']).execute();

  await db.schema
    .createTable('report_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('report_versions_report_number_unique', ['report_id', 'number'])
    .execute();

  // Evidence is stored once per content (SHA-256); attachments point at it.
  await db.schema
    .createTable('stored_files')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('report_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('report_id', 'uuid', (c) => c.notNull().references('reports.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('stored_files.sha256'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_attachments_report_idx').on('report_attachments').column('report_id').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.references('plans.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('read_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('reminder_ledger')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('period_id', 'uuid', (c) => c.notNull().references('reporting_periods.id').onDelete('cascade'))
    .addColumn('task_id', 'uuid', (c) => c.notNull().references('plan_tasks.id'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('report_kind', 'text', (c) => c.notNull())
    .addColumn('reminder_kind', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('reminder_ledger_once', ['period_id', 'task_id', 'unit_id', 'report_kind', 'reminder_kind', 'day'])
    .execute();
}
