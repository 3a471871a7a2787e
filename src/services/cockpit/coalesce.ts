import type { Store } from '../../db/store';

const running = new WeakMap<Store, Map<string, Promise<unknown>>>();

/**
 * Runs `work` once for concurrent identical requests: a caller that asks for `key` while an
 * earlier caller's run is under way gets that run's result instead of starting another. Nothing
 * is kept once the run settles, so this is not a cache: every request that arrives afterwards
 * computes afresh from the database. When a county's leaders open the cockpit together (a
 * meeting, a morning) they share one computation instead of queuing behind each other's.
 *
 * @example await coalesce(store, `cockpit/${planId}`, () => computeCockpit(...))
 */
export function coalesce<T>(store: Store, key: string, work: () => Promise<T>): Promise<T> {
  let inFlight = running.get(store);
  if (!inFlight) running.set(store, (inFlight = new Map()));
  const existing = inFlight.get(key);
  if (existing) return existing as Promise<T>;
  const started = work().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
