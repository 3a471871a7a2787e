import type { Store } from '../../db/store';

interface Entry {
  stamp: string;
  value: Promise<unknown>;
}

/** How many answers are kept per store: a county has a handful of cockpit views in use at once. */
export const REMEMBERED_ENTRIES = 256;

const remembered = new WeakMap<Store, Map<string, Entry>>();

/**
 * The answer of `work` for `key`, computed once for as long as `stamp` stands. The stamp names
 * everything the answer depends on (the data versions of the plan and its county, the local
 * date): while it is the same, every caller gets the answer already computed, or the one being
 * computed, so leaders who open the cockpit together share one computation and the next ones
 * read it from memory. When the stamp moves, the next caller computes afresh. A failed run is
 * forgotten. The least recently used keys go first beyond REMEMBERED_ENTRIES.
 *
 * Callers must read the stamp before `work` reads the data, so an answer is never older than
 * its stamp; several servers stay consistent because the stamp comes from the database.
 *
 * @example await remember(store, `cockpit/${planId}/${query}`, `${versions}@${today}`, () => computeCockpit(...))
 */
export function remember<T>(store: Store, key: string, stamp: string, work: () => Promise<T>): Promise<T> {
  let entries = remembered.get(store);
  if (!entries) remembered.set(store, (entries = new Map()));
  const known = entries.get(key);
  entries.delete(key);
  if (known && known.stamp === stamp) {
    entries.set(key, known);
    return known.value as Promise<T>;
  }
  const entry: Entry = { stamp, value: work() };
  entries.set(key, entry);
  entry.value.catch(() => {
    if (entries.get(key) === entry) entries.delete(key);
  });
  for (const oldest of entries.keys()) {
    if (entries.size <= REMEMBERED_ENTRIES) break;
    entries.delete(oldest);
  }
  return entry.value as Promise<T>;
}

/** Forgets every answer kept for `store` (tests compare a remembered answer with a fresh one). */
export function forgetAll(store: Store): void {
  remembered.delete(store);
}
