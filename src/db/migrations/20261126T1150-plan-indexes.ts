import type { Kysely } from 'kysely';

/**
 * Indexes the benchmark found missing (docs/performance.md): every query that lists a plan's
 * unit assignments or its indicator values filtered on plan_id scanned every county's rows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('task_units_plan_idx').on('task_units').columns(['plan_id', 'task_id']).execute();
  await db.schema.createIndex('indicator_values_plan_idx').on('indicator_values').columns(['plan_id', 'period']).execute();
}

