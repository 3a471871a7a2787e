import type { Store } from '../db/store';
import { scheduleDaily, type JobLog } from './schedule';

/**
 * Refreshes the planner's statistics once a day (the server also does it at start and after
 * each plan import). Only PGlite needs it (no autovacuum); on PostgreSQL it does nothing.
 */
export function scheduleStatisticsRefresh(store: Store, log: JobLog): () => void {
  const hourMs = 60 * 60 * 1000;
  return scheduleDaily(
    () =>
      void store.refreshStatistics().then(
        () => log.info({}, 'statistics refreshed'),
        (error: unknown) => log.error({ err: error }, 'statistics refresh failed'),
      ),
    hourMs,
  );
}
