import { explainStatus } from './explain-status';
import { explainStatusEn, forecastSentenceEn } from './explain-status-en';
import { forecastSentence, forecastValue } from './forecast';
import { APPROX_TOLERANCE, targetYearsOf, type Assessment, type IndicatorFacts } from './indicator-facts';
import { computeIndicatorStatus, timeOf, type Observation } from './indicator-status';
import { observationsUpTo, type PeriodValue } from './year-observation';

/** Words added after the target in the sentences, e.g. （较2020年下降15%）. */
export interface TargetNote {
  zh: string;
  en: string;
}

/**
 * A level's status in `year` from the values that count (the caller leaves out returned ones),
 * judged against the first target at or after the latest observation's year, explained, and
 * forecast to the last target year (Open SDG's progress measure, indicator-status.ts).
 */
export function assessLevel(facts: IndicatorFacts, values: readonly PeriodValue[], year: number, note: TargetNote | null = null): Assessment {
  const series = observationsUpTo(values, facts.tracking, year);
  const latest = series.at(-1) ?? null;
  const targetYears = targetYearsOf(facts.targets);
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
    targets: facts.targets,
    tolerance,
    explanation: explainStatus(result, input, facts.unit, note?.zh ?? ''),
    explanationEn: explainStatusEn(result, input, facts.unit, note?.en ?? ''),
    forecast,
    forecastText: forecastSentence(forecast, endTarget, facts.unit),
    forecastTextEn: forecastSentenceEn(forecast, endTarget, facts.unit),
  };
}
