import type { IndicatorStatus, LatestObservation, Observation } from './indicator-status';
import type { Tracking } from './year-observation';

/** Default band for 左右 targets: met within ±5 % (configurable per indicator). */
export const APPROX_TOLERANCE = 0.05;

/**
 * What a target is (issue 6). The annual table's indicators and most overall goals name a
 * `level` to reach (40家 by 2025). An overall goal may instead name an `annual_growth` rate
 * (年均增长6%以上: the value entered each year is that year's growth rate, in %) or a
 * `relative_change` from the baseline (万元GDP综合能耗下降15%: the level to reach is the
 * office's baseline × (1 − 15 %)).
 */
export const INDICATOR_KINDS = ['level', 'annual_growth', 'relative_change'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export interface IndicatorFacts {
  /** 'level' when left out. */
  kind?: IndicatorKind;
  unit: string | null;
  /** A level's comparator (>=, >, approx, …), or a change's direction (increase_by, decrease_by). */
  comparator: string | null;
  /** A growth or change target's 以上 / 左右 / 以内 / 超过 (at_least, about, at_most, more_than). */
  qualifier?: string | null;
  attribute: 'expected' | 'binding' | null;
  direction: 'higher' | 'lower';
  /**
   * The governing target per year: a level (the table's, or the goal's where the office chose
   * it); for annual_growth the signed rate in % each year; for relative_change the change in %
   * by its year.
   */
  targets: Record<string, number>;
  baseline: Observation | null;
  tracking: Tracking;
  tolerance: number | null;
}

export interface Assessment {
  status: IndicatorStatus;
  ratio: number | null;
  /** The observation judged, or null without data. */
  latest: LatestObservation | null;
  /** The target judged against (a level, or the rate of an annual_growth goal). */
  target: Observation | null;
  /** The targets on the indicator's path, as values comparable with its actuals (a relative change's levels). */
  targets: Record<string, number>;
  tolerance: number | null;
  explanation: string;
  explanationEn: string;
  /** The value expected at the last target year at the current pace; for a growth rate, the average rate so far. */
  forecast: number | null;
  forecastText: string | null;
  forecastTextEn: string | null;
}

/** The target years, in order. */
export const targetYearsOf = (targets: Record<string, number>): number[] =>
  Object.keys(targets)
    .map(Number)
    .sort((a, b) => a - b);
