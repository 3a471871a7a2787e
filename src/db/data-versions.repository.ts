import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

/**
 * The data versions of plans and regions (migration 20261126T1600): every committed change to
 * the rows the cockpit reads moves its scope's version forward, by a trigger at COMMIT. A scope's
 * version is the sum of its shards' counters (each commit adds one to one shard).
 */
export class DataVersionsRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /**
   * The versions of a plan and of its county, as one string that changes whenever either does
   * (a scope nothing has changed yet is at 0). One statement of primary-key range reads, which
   * needs nothing read before it.
   *
   * @example await stampOfPlan(planId) // '17.3'
   */
  async stampOfPlan(planId: string): Promise<string> {
    const { rows } = await sql<{ stamp: string }>`
      select coalesce((select sum(version) from data_versions where scope_id = ${planId}), 0)
        || '.' || coalesce((select sum(version) from data_versions
             where scope_id = (select region_id from plans where id = ${planId})), 0) as stamp`.execute(this.db);
    return rows[0]!.stamp;
  }
}
