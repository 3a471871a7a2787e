import type { Store } from '../db/store';
import { purgeAuditLog } from '../services/audit/purge-audit';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Purges audit records past retention once a day (first run a minute after start). Safe with
 * several instances: the purge is idempotent and transactional. Returns a stop function.
 */
export function scheduleAuditPurge(store: Store, clock: () => Date, log: { info(o: object, m: string): void; error(o: object, m: string): void }): () => void {
  const run = () =>
    purgeAuditLog(store, clock()).then(
      (deleted) => log.info({ deleted }, 'audit purge done'),
      (error: unknown) => log.error({ err: error }, 'audit purge failed'),
    );
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
