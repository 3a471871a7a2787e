import { sql, type Kysely } from 'kysely';

/**
 * Overall goals in the indicator registry (issue 6): an overall goal (总体目标) that measures
 * nothing the annual table measures gets its own plan_indicators row, so it has values, a
 * baseline, a provider and a status like a table indicator.
 *
 * - origin: 'table' (the annual table, numbered as the document numbers it) or 'goal'.
 * - kind: what the target is. 'level' (reach 40家 by 2025); 'annual_growth' (年均增长6%: each
 *   year's value is that year's growth rate, and `targets` holds the signed rate for each year);
 *   'relative_change' (下降15%: `targets` holds the change in % by its year, and the level to
 *   reach is worked out from the office's baseline).
 * - metric_key: a goal row's identity across re-imports (with its kind), the parser's metric key;
 *   values hang on the row, so a revised document updates it in place and retires it when the
 *   goal is dropped.
 * - qualifier: 以上 / 左右 / 以内 of a growth target, as written; goal_text and theme: the goal as
 *   the document words it and the dash-led theme it sits under.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('plan_indicators')
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('table').check(sql`origin in ('table', 'goal')`))
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('level').check(sql`kind in ('level', 'annual_growth', 'relative_change')`))
    .addColumn('metric_key', 'text')
    .addColumn('qualifier', 'text')
    .addColumn('goal_text', 'text')
    .addColumn('theme', 'text')
    .execute();
  await db.schema
    .alterTable('plan_indicators')
    .addCheckConstraint('plan_indicators_goal_has_key', sql`origin = 'table' or metric_key is not null`)
    .execute();
  await sql`create unique index plan_indicators_goal_key_unique on plan_indicators (plan_id, kind, metric_key) where origin = 'goal'`.execute(db);
}
