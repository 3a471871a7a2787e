import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * The cockpit's reads: lean rows for the whole plan in one statement each, so the cockpit is a
 * handful of queries whatever the number of units, tasks and quarters (no query per row).
 */
export class CockpitRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * Every report of the plan, only the columns timeliness and task states need. The first
   * submission comes as epoch milliseconds (a float parses far faster than a timestamp's text,
   * and a plan has thousands of reports).
   */
  async listReportFacts(planId: string) {
    const rows = await this.db
      .selectFrom('reports')
      .select([
        'id as reportId',
        'period_id as periodId',
        'task_id as taskId',
        'unit_id as unitId',
        'kind',
        'status',
        sql<number | null>`(extract(epoch from first_submitted_at) * 1000)::float8`.as('firstSubmittedMs'),
        'task_status as taskStatus',
      ])
      .where('plan_id', '=', planId)
      .execute();
    return rows.map(({ firstSubmittedMs, ...row }) => ({ ...row, firstSubmittedAt: firstSubmittedMs === null ? null : new Date(firstSubmittedMs) }));
  }

  /** The plan's active tasks (number, title, section), in order. */
  async listTaskHeads(planId: string) {
    return this.db
      .selectFrom('plan_tasks')
      .select(['id', 'number', 'title', 'section_id as sectionId'])
      .where('plan_id', '=', planId)
      .where('is_retired', '=', false)
      .orderBy('number')
      .execute();
  }

  /** Supervision notices (督办单) of the plan not yet closed (销号): issued, signed, responded or returned. */
  async countOpenNotices(planId: string): Promise<number> {
    const { n } = await this.db
      .selectFrom('supervision_notices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', planId)
      .where('status', '!=', 'closed')
      .executeTakeFirstOrThrow();
    return Number(n);
  }
}
