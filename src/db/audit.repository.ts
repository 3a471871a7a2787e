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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
   * Readable names for the objects and units that records point to, read now (an account's
   * current name, a report's task, unit and period), keyed `${type}:${id}` and `unit:${id}`.
   * Ids of other types, or that no longer match a row, get no label: the id stays the reference.
   */
  async labelsFor(records: ReadonlyArray<{ object_type: string | null; object_id: string | null; unit_id: string | null }>): Promise<Map<string, string>> {
    const ids = new Map<string, Set<string>>();
    const want = (type: string, id: string | null) => {
      if (id === null || !UUID.test(id)) return;
      const set = ids.get(type) ?? new Set<string>();
      set.add(id);
      ids.set(type, set);
    };
    for (const r of records) {
      if (r.object_type !== null) want(r.object_type, r.object_id);
      want('unit', r.unit_id);
    }
    const labels = new Map<string, string>();
    const add = (type: string, rows: ReadonlyArray<{ id: string; label: string }>) => {
      for (const row of rows) labels.set(`${type}:${row.id}`, row.label);
    };
    const of = (type: string) => [...(ids.get(type) ?? [])];
    const queries: Array<Promise<void>> = [];
    const lookup = (type: string, query: (list: string[]) => Promise<Array<{ id: string; label: string }>>) => {
      const list = of(type);
      if (list.length > 0) queries.push(query(list).then((rows) => add(type, rows)));
    };
    lookup('account', (list) =>
      this.db.selectFrom('users').select(['id', sql<string>`display_name || '（' || login || '）'`.as('label')]).where('id', 'in', list).execute(),
    );
    lookup('unit', (list) => this.db.selectFrom('units').select(['id', 'name as label']).where('id', 'in', list).execute());
    lookup('region', (list) => this.db.selectFrom('regions').select(['id', 'name as label']).where('id', 'in', list).execute());
    lookup('plan', (list) => this.db.selectFrom('plans').select(['id', 'title as label']).where('id', 'in', list).execute());
    lookup('period', (list) =>
      this.db
        .selectFrom('reporting_periods as p')
        .innerJoin('plans', 'plans.id', 'p.plan_id')
        .select(['p.id', sql<string>`plans.title || ' · ' || p.key`.as('label')])
        .where('p.id', 'in', list)
        .execute(),
    );
    lookup('indicator', (list) =>
      this.db.selectFrom('plan_indicators').select(['id', sql<string>`number || '. ' || name`.as('label')]).where('id', 'in', list).execute(),
    );
    lookup('indicator_value', (list) =>
      this.db
        .selectFrom('indicator_values as v')
        .innerJoin('plan_indicators as i', 'i.id', 'v.indicator_id')
        .select(['v.id', sql<string>`i.number || '. ' || i.name || ' · ' || v.period`.as('label')])
        .where('v.id', 'in', list)
        .execute(),
    );
    lookup('report', (list) =>
      this.db
        .selectFrom('reports as r')
        .innerJoin('plan_tasks as t', 't.id', 'r.task_id')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .innerJoin('reporting_periods as p', 'p.id', 'r.period_id')
        .select(['r.id', sql<string>`'任务' || t.number || ' · ' || u.name || ' · ' || p.key`.as('label')])
        .where('r.id', 'in', list)
        .execute(),
    );
    await Promise.all(queries);
    return labels;
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
