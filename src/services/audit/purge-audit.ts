import type { Store } from '../../db/store';
import { recordAudit } from './record-audit';

/** 等保 2.0: audit records are kept at least 6 months. The database refuses younger deletions. */
export const AUDIT_RETENTION_DAYS = 180;

/**
 * Deletes audit records past retention, and records the purge itself in the same transaction.
 * Idempotent: running it twice, or on two instances at once, deletes each row once.
 */
export async function purgeAuditLog(store: Store, now: Date, retentionDays = AUDIT_RETENTION_DAYS): Promise<number> {
  const days = Math.max(retentionDays, AUDIT_RETENTION_DAYS);
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
  return store.transaction(async (repos) => {
    const deleted = await repos.audit.purgeOlderThan(cutoff);
    await recordAudit(repos, { now, ip: null, userAgent: null }, { userId: null, login: 'system', unitId: null, regionId: null }, {
      action: 'audit.purge',
      outcome: 'success',
      object: { type: 'audit_log', id: null },
      details: { deleted, olderThan: cutoff.toISOString() },
    });
    return deleted;
  });
}
