import type { Kysely } from 'kysely';
import type { AuditOutcome, DB } from './schema';

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

  async listRecent(limit: number) {
    return this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute();
  }
}
