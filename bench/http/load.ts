import autocannon, { type Result } from 'autocannon';
import { round } from '../lib/stats';

export interface LoadOptions {
  durationS: number;
  warmUpS: number;
  connections: number;
  headers?: Record<string, string>;
  /**
   * Cookie headers to take in turn, request after request on each connection: many sessions at
   * once, as many people would have (each replaces any cookie in `headers`).
   */
  cookies?: readonly string[];
  /** Waits for the server to finish what the warm-up left, before the measured run. */
  settle?: () => Promise<unknown>;
}

/** One route under load: successful requests per second and latency, as autocannon measures them. */
export interface LoadFigures {
  rps: number;
  /** Null when no request completed within the run (each took longer than the run). */
  p50Ms: number | null;
  p99Ms: number | null;
  requests: number;
  /** Connection errors, timeouts and non-2xx responses together: any makes the figures suspect. */
  errors: number;
  /** When there were errors: how many requests timed out (10 s), and the non-2xx answers by status. */
  errorKinds?: { timeouts: number; otherConnectionErrors: number; statuses: Record<string, number> };
}

/**
 * Puts `url` under load: warmUpS seconds to warm the JIT and fill caches (discarded), then
 * durationS seconds measured. Latency has autocannon's resolution of 1 ms.
 */
export async function loadRoute(url: string, options: LoadOptions): Promise<LoadFigures> {
  const headers = options.headers ?? {};
  const requests = options.cookies?.length ? options.cookies.map((cookie) => ({ headers: { ...headers, cookie } })) : undefined;
  const common = { url, connections: options.connections, headers, timeout: 10, ...(requests ? { requests } : {}) };
  if (options.warmUpS > 0) {
    await autocannon({ ...common, duration: options.warmUpS });
    await options.settle?.();
  }
  return figuresOf(await autocannon({ ...common, duration: options.durationS, sampleInt: 100 }));
}

/** Successful requests per second over the run's real duration, and their latency. */
export function figuresOf(result: Result): LoadFigures {
  const completed = result['2xx'];
  return {
    rps: Math.round(completed / result.duration),
    p50Ms: completed > 0 ? round(result.latency.p50, 1) : null,
    p99Ms: completed > 0 ? round(result.latency.p99, 1) : null,
    requests: completed,
    // autocannon counts a timeout both as an error and as a timeout.
    errors: result.errors + result.non2xx,
    ...(result.errors + result.non2xx > 0
      ? {
          errorKinds: {
            timeouts: result.timeouts,
            otherConnectionErrors: result.errors - result.timeouts,
            statuses: Object.fromEntries(Object.entries(result.statusCodeStats).filter(([status]) => !status.startsWith('2')).map(([status, stat]) => [status, stat.count])),
          },
        }
      : {}),
  };
}
