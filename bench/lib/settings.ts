/** Defaults shared by `npm run bench` and `npm run bench:data`. */
export const DEFAULT_SEED = 'luoshi';
/** Synthetic plans run three years from this one, like Helan's 2023-2025. */
export const PLAN_START_YEAR = 2023;
/**
 * The moment the synthetic history describes: the plans' last quarter is in progress, its
 * deadline (the 10th to the 25th of December) ahead. The benchmarked server's clock starts here.
 */
export const DATA_AS_OF = new Date(`${PLAN_START_YEAR + 2}-12-01T09:00:00+08:00`);
/** The password of every synthetic account (it meets the account password policy). */
export const BENCH_PASSWORD = 'Bench#Luoshi2025';

export interface BenchSettings {
  quick: boolean;
  /** Synthetic counties on PostgreSQL (a provincial deployment). */
  counties: number;
  /** On PGlite, the embedded engine of a one-county `npm start`: fewer, enough for its runs. */
  pgliteCounties: number;
  seed: string;
  /** Seconds per measured HTTP run, after warmUpS of unmeasured load. */
  httpDurationS: number;
  warmUpS: number;
  connections: number;
  /** Page loads for the first-render figure (the median is recorded). */
  pageLoads: number;
  /** Runs of the .xlsx writer (the median is recorded). */
  documentRuns: number;
}

/**
 * The figures: 10 s at 50 connections; --quick keeps every figure but shortens the runs
 * and the data so that it finishes well inside 90 s on the 2-core machine (96 s with 10 and 8
 * counties and 1.5 s runs at load 3–6 on 2026-11-26, hence these; PGlite keeps 8 counties, fewer leave no drafts for the submission run beside the 880 of the burst).
 */
export function benchSettings(options: { quick: boolean; counties?: number; seed?: string; durationS?: number }): BenchSettings {
  const quick = options.quick;
  return {
    quick,
    counties: options.counties ?? (quick ? 8 : 100),
    pgliteCounties: Math.min(options.counties ?? Infinity, quick ? 8 : 20),
    seed: options.seed ?? DEFAULT_SEED,
    httpDurationS: options.durationS ?? (quick ? 1.2 : 10),
    warmUpS: quick ? 0.5 : 2,
    connections: 50,
    pageLoads: quick ? 2 : 7,
    documentRuns: quick ? 5 : 20,
  };
}
