import type { Store } from '../db/store';
import { purgeAuditLog } from '../services/audit/purge-audit';
import { scheduleDaily, type JobLog } from './schedule';

/**
 * Purges audit records past retention once a day (first run a minute after start). Safe with
 * several instances: the purge is idempotent and transactional. Returns a stop function.
 */
export function scheduleAuditPurge(store: Store, clock: () => Date, log: JobLog): () => void {
  return scheduleDaily(
    () =>
      void purgeAuditLog(store, clock()).then(
        (deleted) => log.info({ deleted }, 'audit purge done'),
        (error: unknown) => log.error({ err: error }, 'audit purge failed'),
      ),
    60_000,
  );
}
