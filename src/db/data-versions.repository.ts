import { sql, type Kysely } from 'kysely';
import { readByKey } from './batched-read';
import type { DB } from './schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The stamp of a plan that does not exist: whatever is then read of it finds nothing. */
const NO_PLAN = 'none';

/**
 * The data versions of plans and regions (migration 20261126T1600): every committed change to
 * the rows the cockpit reads moves its scope's version forward, by a trigger at COMMIT. A scope's
 * version is the sum of its shards' counters (each commit adds one to one shard).
 */
export class DataVersionsRepository {
  private readonly readStamp: (planId: string) => Promise<string>;

  /**
   * @param shared true for the repositories outside transactions: concurrent stamp reads then
   *   share statements (db/batched-read.ts). Inside a transaction each read is its own, in it.
   */
  constructor(
    private readonly db: Kysely<DB>,
    shared = false,
  ) {
    this.readStamp = readByKey((ids: string[]) => this.stampsOfPlans(ids), NO_PLAN, shared);
  }

  /**
   * The versions of a plan and of its county, as one string that changes whenever either does
   * (a scope nothing has changed yet is at 0; a plan that does not exist is 'none'). Read after
   * the call, never before: it reflects every change committed before it was asked for.
   *
   * @example await stampOfPlan(planId) // '17.3'
   */
  stampOfPlan(planId: string): Promise<string> {
    return this.readStamp(planId);
  }

  /** The stamps of several plans in one statement of primary-key range reads. */
  private async stampsOfPlans(planIds: string[]): Promise<Map<string, string>> {
    // An id that is not a uuid names no plan, and must not fail the statement shared with others.
    const ids = planIds.filter((id) => UUID.test(id));
    if (ids.length === 0) return new Map();
    const { rows } = await sql<{ id: string; stamp: string }>`
      select p.id,
        coalesce((select sum(v.version) from data_versions v where v.scope_id = p.id), 0)
          || '.' || coalesce((select sum(v.version) from data_versions v where v.scope_id = p.region_id), 0) as stamp
      from plans p where p.id = any(${ids}::uuid[])`.execute(this.db);
    return new Map(rows.map((r) => [r.id, r.stamp]));
  }
}
