import { sql, type Kysely } from 'kysely';

/**
 * A plan's content as imported from its document (issue 3): sections, tasks with their units
 * and quantified targets, the overall goals, the annual indicator table, and the checker's
 * findings. Every row carries plan_id. Uploaded documents wait in plan_imports until an office
 * confirms them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plans')
    .addColumn('rules', 'jsonb')
    .addColumn('metadata', 'jsonb')
    .addColumn('office_unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('imported_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('plan_imports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('region_id', 'uuid', (c) => c.notNull().references('regions.id'))
    .addColumn('plan_id', 'uuid', (c) => c.references('plans.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('document', 'jsonb', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .execute();

  await db.schema
    .createTable('plan_sections')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addUniqueConstraint('plan_sections_plan_ordinal_unique', ['plan_id', 'ordinal'])
    .execute();

  await db.schema
    .createTable('plan_tasks')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('section_id', 'uuid', (c) => c.notNull().references('plan_sections.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('unit_clause', 'text')
    .addColumn('source_line', 'integer')
    /** A task dropped from a revised document keeps its history: it is retired, not deleted. */
    .addColumn('is_retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('plan_tasks_plan_number_unique', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('task_units')
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('task_id', 'uuid', (c) => c.notNull().references('plan_tasks.id').onDelete('cascade'))
    .addColumn('unit_id', 'uuid', (c) => c.notNull().references('units.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'responsible', 'cooperating')`))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('task_units_pk', ['task_id', 'unit_id', 'role'])
    .execute();
  await db.schema.createIndex('task_units_unit_idx').on('task_units').columns(['unit_id', 'plan_id']).execute();

  await db.schema
    .createTable('plan_targets')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    /** null: an overall goal (总体目标); otherwise a quantified sub-target of this task. */
    .addColumn('task_id', 'uuid', (c) => c.references('plan_tasks.id').onDelete('cascade'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('comparator', 'text', (c) => c.notNull())
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('max_value', 'numeric')
    .addColumn('qualifier', 'text')
    .addColumn('unit', 'text')
    .addColumn('year', 'integer')
    .addColumn('start_year', 'integer')
    .addColumn('cadence', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('theme', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('plan_targets_plan_idx').on('plan_targets').columns(['plan_id', 'task_id']).execute();

  await db.schema
    .createTable('plan_indicators')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('comparator', 'text')
    .addColumn('attribute', 'text', (c) => c.check(sql`attribute in ('expected', 'binding')`))
    .addColumn('direction', 'text', (c) => c.notNull().check(sql`direction in ('higher', 'lower')`))
    /** Targets by year, e.g. {"2023": 1.2, "2024": 1.32, "2025": 1.45}. */
    .addColumn('targets', 'jsonb', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .addColumn('is_retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('plan_indicators_plan_number_unique', ['plan_id', 'number'])
    .execute();

  await db.schema
    .createTable('plan_findings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('message_zh', 'text', (c) => c.notNull())
    .addColumn('source_line', 'integer')
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_findings_plan_idx').on('plan_findings').column('plan_id').execute();
}
