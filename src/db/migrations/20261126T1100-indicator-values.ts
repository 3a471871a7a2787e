import { sql, type Kysely } from 'kysely';

/**
 * Indicator actuals (issue 6): each indicator's baseline, providing unit and tracking, and its
 * actual values per year (or quarter), entered by the providing unit and reviewed by the office.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_indicators')
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_value', 'numeric')
    .addColumn('provider_unit_id', 'uuid', (c) => c.references('units.id'))
    .addColumn('tracking', 'text', (c) => c.notNull().defaultTo('yearly').check(sql`tracking in ('yearly', 'quarterly_cumulative', 'quarterly_point')`))
    .addColumn('tolerance', 'numeric')
    .execute();

  await db.schema
    .createTable('indicator_values')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('indicator_id', 'uuid', (c) => c.notNull().references('plan_indicators.id').onDelete('cascade'))
    /** 2024 for a year, 2024Q2 for a quarter. */
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('submitted', 'accepted', 'returned')`))
    .addColumn('entered_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('entered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('return_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('indicator_values_indicator_period_unique', ['indicator_id', 'period'])
    .execute();
}
