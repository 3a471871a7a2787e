import { percentile, round } from '../lib/stats';
import type { Submission } from './submission-pool';

export interface BurstFigures {
  submissions: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses other than 200, and requests that failed outright. */
  errors: number;
  /** From the database afterwards: reports now submitted, and their submitted versions. */
  rowsVerified: { submitted: number; versions: number };
  wallMs: number;
}

/**
 * The deadline rush: every submission in `batch` sent at once, each on its own connection,
 * timed one by one. `verify` counts afterwards what actually landed in the database.
 */
export async function burstSubmissions(
  baseUrl: string,
  batch: readonly Submission[],
  verify: (reportIds: string[]) => Promise<{ submitted: number; versions: number }>,
): Promise<BurstFigures> {
  const started = performance.now();
  const outcomes = await Promise.all(
    batch.map(async (submission) => {
      const sent = performance.now();
      try {
        const response = await fetch(baseUrl + submission.path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: submission.cookie },
          body: submission.body,
          signal: AbortSignal.timeout(60_000),
        });
        await response.arrayBuffer();
        return { ms: performance.now() - sent, ok: response.status === 200 };
      } catch {
        return { ms: performance.now() - sent, ok: false };
      }
    }),
  );
  const wallMs = performance.now() - started;
  const times = outcomes.map((o) => o.ms);
  return {
    submissions: batch.length,
    p50Ms: round(percentile(times, 50), 1),
    p99Ms: round(percentile(times, 99), 1),
    errors: outcomes.filter((o) => !o.ok).length,
    rowsVerified: await verify(batch.map((s) => s.reportId)),
    wallMs: round(wallMs, 0),
  };
}
