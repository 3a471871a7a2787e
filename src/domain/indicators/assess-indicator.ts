import { explainStatus } from './explain-status';
import { explainStatusEn, forecastSentenceEn } from './explain-status-en';
import { forecastSentence, forecastValue } from './forecast';
import { computeIndicatorStatus, timeOf, type IndicatorStatus, type LatestObservation, type Observation } from './indicator-status';
import { observationsUpTo, type PeriodValue, type Tracking } from './year-observation';

/** Default band for 左右 targets: met within ±5 % (configurable per indicator). */
export const APPROX_TOLERANCE = 0.05;

export interface IndicatorFacts {
  unit: string | null;
  comparator: string | null;
  attribute: 'expected' | 'binding' | null;
  direction: 'higher' | 'lower';
  /** The governing target per year (the table's, or the goal's where the office chose it). */
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
  /** The target judged against. */
  target: Observation | null;
  tolerance: number | null;
  explanation: string;
  explanationEn: string;
  forecast: number | null;
  forecastText: string | null;
  forecastTextEn: string | null;
}

/**
 * An indicator's status in `year` from the values that count (the caller leaves out returned
 * ones), judged against the first target at or after the latest observation's year, explained,
 * and forecast to the last target year.
 */
export function assessIndicator(facts: IndicatorFacts, values: readonly PeriodValue[], year: number): Assessment {
  const series = observationsUpTo(values, facts.tracking, year);
  const latest = series.at(-1) ?? null;
  const targetYears = Object.keys(facts.targets).map(Number).sort((a, b) => a - b);
  const targetAt = (y: number | undefined): Observation | null => (y === undefined ? null : { year: y, value: facts.targets[String(y)]! });
  const target = targetAt(targetYears.find((y) => y >= (latest?.year ?? year)) ?? targetYears.at(-1));
  const tolerance = facts.tolerance ?? (facts.comparator === 'approx' ? APPROX_TOLERANCE : null);
  const input = { direction: facts.direction, attribute: facts.attribute, baseline: facts.baseline, latest, target, tolerance };
  const result = computeIndicatorStatus(input);
  const endTarget = targetAt(targetYears.at(-1));
  const points = series.map((o) => ({ year: timeOf(o), value: o.value }));
  const forecast = endTarget ? forecastValue(facts.baseline ? [facts.baseline, ...points] : points, endTarget.year) : null;
  return {
    status: result.status,
    ratio: result.ratio,
    latest,
    target,
    tolerance,
    explanation: explainStatus(result, input, facts.unit),
    explanationEn: explainStatusEn(result, input, facts.unit),
    forecast,
    forecastText: forecastSentence(forecast, endTarget, facts.unit),
    forecastTextEn: forecastSentenceEn(forecast, endTarget, facts.unit),
  };
}
