import { sql, type Kysely } from 'kysely';

/**
 * Supervision (issue 9): notices (督办单) with their history, evidence and reminder ledger; each
 * plan's escalation thresholds; quarterly work meetings whose decisions become notices; and the
 * annual assessment: the scoring scheme, the office's ratings of reports, and adjustments.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('supervision_settings')
    .addColumn('plan_id', 'uuid', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('yellow_days_before', 'integer', (c) => c.notNull().check(sql`yellow_days_before between 0 and 60`))
    .addColumn('red_days_after', 'integer', (c) => c.notNull().check(sql`red_days_after between 0 and 60`))
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supervision_notices')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull().check(sql`subject_kind in ('task', 'indicator', 'decision', 'unit')`))
    .addColumn('task_id', 'uuid', (c) => c.references('plan_tasks.id'))
    .addColumn('indicator_id', 'uuid', (c) => c.references('plan_indicators.id'))
    .addColumn('decision_id', 'uuid')
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull().check(sql`urgency in ('normal', 'urgent', 'very_urgent')`))
    .addColumn('due_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('issued', 'signed', 'responded', 'returned', 'closed')`))
    .addColumn('response', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('signed_at', 'timestamptz')
    .addColumn('responded_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('supervision_notices_number_unique', ['plan_id', 'year', 'serial'])
    .execute();
  await db.schema.createIndex('supervision_notices_unit_idx').on('supervision_notices').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('supervision_notices_plan_idx').on('supervision_notices').columns(['plan_id', 'status']).execute();

  // Every step of a notice, never changed: its history and the basis of the assessment's deductions.
  await db.schema
    .createTable('supervision_notice_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('supervision_notices.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supervision_notice_events_notice_idx').on('supervision_notice_events').column('notice_id').execute();

  await db.schema
    .createTable('supervision_notice_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('supervision_notices.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (c) => c.notNull().references('stored_files.sha256'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('supervision_reminder_ledger')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('notice_id', 'uuid', (c) => c.notNull().references('supervision_notices.id').onDelete('cascade'))
    .addColumn('reminder_kind', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('supervision_reminder_ledger_once', ['notice_id', 'reminder_kind', 'day'])
    .execute();

  await db.schema
    .createTable('work_meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('attendees', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('agenda', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('minutes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('work_meeting_decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('work_meetings.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('due_date', 'date', (c) => c.notNull())
    // Set in the same transaction, right after the decision's notice is issued.
    .addColumn('notice_id', 'uuid', (c) => c.references('supervision_notices.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_schemes')
    .addColumn('plan_id', 'uuid', (c) => c.primaryKey().references('plans.id').onDelete('cascade'))
    .addColumn('scheme', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  // The office's rating of a report's quality, given when it accepts the report (0–100).
  await db.schema
    .createTable('report_ratings')
    .addColumn('report_id', 'uuid', (c) => c.primaryKey().references('reports.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 0 and 100`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rated_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('rated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('assessment_adjustments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('points', 'numeric', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`length(trim(reason)) > 0`))
    .addColumn('created_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
