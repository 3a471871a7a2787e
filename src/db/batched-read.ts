/**
 * A read of one key that concurrent callers share: while a statement is in flight, the keys asked
 * for meanwhile wait for it to end and then go to the database together, in the next statement.
 * Under load, the many requests that each need a small fact (a data version, say) cost a few
 * statements between them instead of one each; alone, a caller costs one statement as before.
 *
 * Never older than the call: a caller only ever gets its answer from a statement that started
 * after it asked, never from one already in flight. So a caller sees every change committed
 * before it asked, on any server, exactly as if it had run its own statement; this is what
 * separates it from sharing whatever read happens to be in flight (which may predate a commit
 * the caller has already seen) or from a time-based cache.
 *
 * One batch is in flight at a time, of at most `maxKeys` keys (the rest wait for the next); a
 * failed statement fails the callers it served, and the next batch runs as usual. For reads
 * outside transactions only: the batch runs on the pool.
 *
 * @param readMany reads every key given (without duplicates) in one statement; a key missing from
 *   its answer gets `missing`.
 * @example const stampOf = batchedRead((ids) => readStamps(ids), '0.0'); await stampOf(planId)
 */
export function batchedRead<K, V>(readMany: (keys: K[]) => Promise<ReadonlyMap<K, V>>, missing: V, maxKeys = 500): (key: K) => Promise<V> {
  type Waiter = { resolve: (value: V) => void; reject: (error: unknown) => void };
  let waiting = new Map<K, Waiter[]>();
  let running = false;

  const runBatch = (): void => {
    let batch = waiting;
    waiting = new Map();
    if (batch.size > maxKeys) {
      const keys = [...batch];
      batch = new Map(keys.slice(0, maxKeys));
      waiting = new Map(keys.slice(maxKeys));
    }
    Promise.resolve()
      .then(() => readMany([...batch.keys()]))
      .then(
        (found) => {
          for (const [key, waiters] of batch) for (const w of waiters) w.resolve(found.has(key) ? found.get(key)! : missing);
        },
        (error: unknown) => {
          for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
        },
      )
      .finally(() => {
        if (waiting.size > 0) runBatch();
        else running = false;
      });
  };

  return (key) =>
    new Promise<V>((resolve, reject) => {
      const waiters = waiting.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else waiting.set(key, [{ resolve, reject }]);
      if (!running) {
        running = true;
        // Callers in the same tick join this first batch: they asked before it starts.
        queueMicrotask(runBatch);
      }
    });
}

/**
 * A read of one key through `readMany`: shared between concurrent callers (batchedRead) when
 * `shared`, for the repositories outside transactions; otherwise one statement per call, inside
 * whatever transaction `readMany` runs in.
 */
export function readByKey<K, V>(readMany: (keys: K[]) => Promise<ReadonlyMap<K, V>>, missing: V, shared: boolean): (key: K) => Promise<V> {
  if (shared) return batchedRead(readMany, missing);
  return async (key) => {
    const found = await readMany([key]);
    return found.has(key) ? found.get(key)! : missing;
  };
}
