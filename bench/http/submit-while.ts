import type { Submission } from './submission-pool';

/** What a background writer did while a route was under load. */
export interface BackgroundWrites {
  submitted: number;
  refused: number;
}

/**
 * Submits `drafts` one every `everyMs` in the background, until they run out or the returned
 * stop() is called, which waits for the submission in flight and tells what was done. Each
 * submission commits a change to its plan's reports: a deadline day, seen by a read route.
 *
 * @example const stop = submitWhile(url, drafts, 100); await loadRoute(...); const writes = await stop();
 */
export function submitWhile(baseUrl: string, drafts: readonly Submission[], everyMs: number): () => Promise<BackgroundWrites> {
  const writes: BackgroundWrites = { submitted: 0, refused: 0 };
  let running = true;
  const done = (async () => {
    for (const draft of drafts) {
      if (!running) break;
      const started = performance.now();
      const response = await fetch(baseUrl + draft.path, { method: 'POST', body: draft.body, headers: { 'content-type': 'application/json', cookie: draft.cookie } });
      await response.arrayBuffer();
      if (response.status === 200) writes.submitted += 1;
      else writes.refused += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, everyMs - (performance.now() - started))));
    }
  })();
  return async () => {
    running = false;
    await done;
    return writes;
  };
}
