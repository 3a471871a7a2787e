/**
 * The status of an indicator in a year, computed and never self-declared (issue 6), with the
 * progress measure of Open SDG (Statistics Canada's method, DOMAIN.md):
 *   CAGR_actual = (yt / y0)^(1/(t − t0)) − 1,  CAGR_required = (yT / y0)^(1/(T − t0)) − 1,
 *   R = s · d · CAGR_actual / |CAGR_required|  (d: +1 higher is better, −1 lower; s: −1 for a
 *   negative baseline; zero baselines or targets become 0.001).
 * Achieved when the target is met in the right direction; else R ≥ 0.95 on track, ≥ 0.60 needs
 * acceleration, ≥ 0 limited progress, < 0 deteriorating. A binding (约束性) indicator that misses
 * its year's target is "binding target missed", whatever R says.
 */
/** Every status, from best to no data. */
export const INDICATOR_STATUSES = ['achieved', 'on_track', 'needs_acceleration', 'limited_progress', 'deteriorating', 'binding_target_missed', 'no_data'] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface Observation {
  year: number;
  value: number;
}

/** The value a status is judged on; quarterly indicators may give one before the year is complete. */
export interface LatestObservation extends Observation {
  /** The period entered (2024, 2024Q2) the observation comes from. */
  period?: string;
  /** 1–3 when the year is not complete yet: the latest quarter reported. */
  quarter?: number;
  /** A point-in-time quarter's time in years (2024Q2 → 2023.5); a year's value stands at its year-end. */
  at?: number;
  /** A cumulative quarter's year-to-date value, which `value` pro-rates to a full year. */
  yearToDate?: number;
}

/** The time of an observation in years since year 0 (a year's value stands at its year-end). */
export const timeOf = (observation: LatestObservation): number => observation.at ?? observation.year;

export interface StatusInput {
  direction: 'higher' | 'lower';
  attribute: 'expected' | 'binding' | null;
  /** The value the plan starts from (entered by the office). */
  baseline: Observation | null;
  /** The latest actual value at or before the year assessed. */
  latest: LatestObservation | null;
  /** The target being assessed against (the year's, or the end year's). */
  target: Observation | null;
  /** For 左右 targets: met within ± this fraction of the target (default 5 %). */
  tolerance: number | null;
}

export interface StatusResult {
  status: IndicatorStatus;
  /** R, when it could be computed. */
  ratio: number | null;
}

const THRESHOLDS = { onTrack: 0.95, acceleration: 0.6 } as const;
const NO_TARGET_THRESHOLDS = { onTrack: 0.015, acceleration: 0.005 } as const;
const nonZero = (value: number) => (value === 0 ? 0.001 : value);

/** Is `value` at or beyond `target` in the right direction (or inside the band for 左右)? */
export function meetsTarget(value: number, target: number, direction: 'higher' | 'lower', tolerance: number | null): boolean {
  if (tolerance !== null) return Math.abs(value - target) <= Math.abs(target) * tolerance;
  return direction === 'higher' ? value >= target : value <= target;
}

/**
 * Met already? A complete year or a point-in-time quarter: its value meets the target. A
 * cumulative quarter: only once the year-to-date flow itself reaches a higher-is-better annual
 * target (a pro-rated pace is "on track", not "achieved"; a lower-is-better flow is judged on pace).
 */
function isAchieved(latest: LatestObservation, target: number, direction: 'higher' | 'lower', tolerance: number | null): boolean {
  if (latest.yearToDate === undefined) return meetsTarget(latest.value, target, direction, tolerance);
  return direction === 'higher' && tolerance === null && latest.yearToDate >= target;
}

function cagr(from: number, to: number, years: number): number | null {
  const ratio = nonZero(to) / nonZero(from);
  if (years <= 0 || ratio <= 0) return null;
  return Math.pow(ratio, 1 / years) - 1;
}

/** Progress when compound growth is undefined (a sign change): the share of the way covered. */
function linearRatio(input: { y0: number; yt: number; yT: number; t0: number; t: number; T: number }): number | null {
  const needed = input.yT - input.y0;
  const elapsed = (input.t - input.t0) / (input.T - input.t0);
  if (needed === 0 || elapsed <= 0) return null;
  return (input.yt - input.y0) / needed / elapsed;
}

function band(r: number, thresholds: { onTrack: number; acceleration: number }): IndicatorStatus {
  if (r >= thresholds.onTrack) return 'on_track';
  if (r >= thresholds.acceleration) return 'needs_acceleration';
  if (r >= 0) return 'limited_progress';
  return 'deteriorating';
}

export function computeIndicatorStatus(input: StatusInput): StatusResult {
  const { latest, baseline, target, direction } = input;
  if (!latest) return { status: 'no_data', ratio: null };
  if (target && isAchieved(latest, target.value, direction, input.tolerance)) return { status: 'achieved', ratio: null };
  // A year still in progress cannot have missed its binding target yet: judge its pace instead.
  const complete = latest.quarter === undefined;
  if (input.attribute === 'binding' && target && complete && latest.year >= target.year) return { status: 'binding_target_missed', ratio: null };
  const t = timeOf(latest);
  if (!baseline || t <= baseline.year) return { status: 'no_data', ratio: null };

  const d = direction === 'higher' ? 1 : -1;
  const s = baseline.value < 0 ? -1 : 1;
  const actual = cagr(baseline.value, latest.value, t - baseline.year);
  if (!target) {
    return actual === null ? { status: 'no_data', ratio: null } : { status: band(s * d * actual, NO_TARGET_THRESHOLDS), ratio: s * d * actual };
  }
  const required = cagr(baseline.value, target.value, target.year - baseline.year);
  let ratio: number | null = actual !== null && required !== null && required !== 0 ? (s * d * actual) / Math.abs(required) : null;
  if (ratio === null) {
    ratio = linearRatio({ y0: baseline.value, yt: latest.value, yT: target.value, t0: baseline.year, t, T: target.year });
  }
  if (ratio === null || !Number.isFinite(ratio)) return { status: 'no_data', ratio: null };
  return { status: band(ratio, THRESHOLDS), ratio };
}
