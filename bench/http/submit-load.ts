import autocannon from 'autocannon';
import { round } from '../lib/stats';
import { figuresOf, type LoadFigures } from './load';
import type { Submission } from './submission-pool';

export interface SubmitFigures extends LoadFigures {
  /** The run ended before its duration because every prepared draft had been submitted. */
  stoppedEarly: boolean;
  durationS: number;
}

/**
 * Submissions under load: each request submits a different draft (POST /api/reports/:id/submit
 * as its unit's reporter). A draft can be submitted once, so the run takes its requests from
 * `pool` and ends early if the pool runs out (autocannon's maxOverallRequests) rather than
 * measuring refusals. Returns the figures and the drafts it used.
 */
export async function loadSubmissions(
  baseUrl: string,
  pool: readonly Submission[],
  options: { durationS: number; warmUpS: number; connections: number; warmUpRequests: number; settle?: () => Promise<unknown> },
): Promise<{ figures: SubmitFigures; used: Submission[] }> {
  let cursor = 0;
  const run = async (durationS: number, requests: number) => {
    const first = cursor;
    const result = await autocannon({
      url: baseUrl,
      connections: Math.min(options.connections, requests),
      duration: durationS,
      maxOverallRequests: requests,
      sampleInt: 100,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            // autocannon may build a request beyond its last one (never sent): stay in the pool.
            const submission = pool[Math.min(cursor++, pool.length - 1)]!;
            return { ...request, path: submission.path, body: submission.body, headers: { ...request.headers, 'content-type': 'application/json', cookie: submission.cookie } };
          },
        },
      ],
    });
    return { result, used: pool.slice(first, Math.min(cursor, pool.length)) };
  };
  // A small data set (--quick) must not spend its whole pool warming up.
  const warmUpRequests = Math.min(options.warmUpRequests, Math.floor(pool.length / 4));
  if (warmUpRequests > 0) {
    await run(options.warmUpS, warmUpRequests);
    await options.settle?.();
  }
  const available = pool.length - Math.min(cursor, pool.length);
  if (available < 1) throw new Error(`the ${pool.length} drafts prepared for submissions ran out in the warm-up: generate more counties`);
  const { result, used } = await run(options.durationS, available);
  return {
    figures: {
      ...figuresOf(result),
      stoppedEarly: result.duration < options.durationS - 0.2,
      durationS: round(result.duration, 2),
    },
    used,
  };
}
