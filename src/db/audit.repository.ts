import { sql, type Kysely } from 'kysely';
import { escapeLike } from './escape-like';
import type { AuditOutcome, AuditRow, DB } from './schema';

/** One audit record (等保 2.0: time, account, unit, IP, user agent, action, object, outcome). */
export interface AuditEntry {
  action: string;
  outcome: AuditOutcome;
  at: Date;
  actor?: { userId: string | null; login: string | null; unitId: string | null; regionId: string | null };
  client?: { ip: string | null; userAgent: string | null };
  object?: { type: string; id: string | null };
  details?: Record<string, unknown>;
}

export interface AuditFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  login?: string | undefined;
  /** A prefix: `account.` matches every account action. */
  action?: string | undefined;
  outcome?: AuditOutcome | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  ip?: string | undefined;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Appends a record. The table refuses UPDATE and DELETE (see the foundation migration). */
  async append(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        occurred_at: entry.at,
        action: entry.action,
        outcome: entry.outcome,
        user_id: entry.actor?.userId ?? null,
        login: entry.actor?.login ?? null,
        unit_id: entry.actor?.unitId ?? null,
        region_id: entry.actor?.regionId ?? null,
        ip: entry.client?.ip ?? null,
        user_agent: entry.client?.userAgent ?? null,
        object_type: entry.object?.type ?? null,
        object_id: entry.object?.id ?? null,
        details: entry.details === undefined ? undefined : JSON.stringify(entry.details),
      })
      .execute();
  }

  private filtered(filter: AuditFilter) {
    let query = this.db.selectFrom('audit_log');
    if (filter.from) query = query.where('occurred_at', '>=', filter.from);
    if (filter.to) query = query.where('occurred_at', '<', filter.to);
    if (filter.login) query = query.where(sql<string>`lower(login)`, '=', filter.login.toLowerCase());
    if (filter.action) query = query.where('action', 'like', `${escapeLike(filter.action)}%`);
    if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
    if (filter.objectType) query = query.where('object_type', '=', filter.objectType);
    if (filter.objectId) query = query.where('object_id', '=', filter.objectId);
    if (filter.ip) query = query.where('ip', '=', filter.ip);
    return query;
  }

  /** Newest first; `limit` rows from `offset`, with the total count for paging. */
  async search(filter: AuditFilter, page: { offset: number; limit: number }): Promise<{ rows: AuditRow[]; total: number }> {
    const [rows, count] = await Promise.all([
      this.filtered(filter).selectAll().orderBy('id', 'desc').offset(page.offset).limit(page.limit).execute(),
      this.filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: count.n };
  }

  /**
   * Deletes records older than `cutoff`. The table's trigger allows it only inside a
   * transaction that declares the purge, and only for rows past the 180-day retention.
   * Call it inside a transaction (the setting is transaction-local).
   */
  async purgeOlderThan(cutoff: Date): Promise<number> {
    await sql`select set_config('luoshi.audit_purge', 'on', true)`.execute(this.db);
    const result = await this.db.deleteFrom('audit_log').where('occurred_at', '<', cutoff).executeTakeFirst();
    await sql`select set_config('luoshi.audit_purge', 'off', true)`.execute(this.db);
    return Number(result.numDeletedRows);
  }
}
