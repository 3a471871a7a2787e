import { assessLevel } from './assess-level';
import type { Assessment, IndicatorFacts } from './indicator-facts';
import { observationsUpTo, type PeriodValue } from './year-observation';
import { changeTargetEn, changeTargetZh } from './rate-target';

/**
 * The levels a relative change names, from the baseline: 下降15% → baseline × (1 − 15 %),
 * 提高20% → baseline × (1 + 20 %), due in the target's year. Null without a baseline.
 */
export function relativeChangeTargets(facts: Pick<IndicatorFacts, 'targets' | 'comparator' | 'baseline'>): Record<string, number> | null {
  if (!facts.baseline) return null;
  const sign = facts.comparator === 'decrease_by' ? -1 : 1;
  const base = facts.baseline.value;
  return Object.fromEntries(Object.entries(facts.targets).map(([year, percent]) => [year, Math.round(base * (1 + (sign * percent) / 100) * 1e6) / 1e6]));
}

/**
 * A relative-change goal (万元GDP综合能耗下降15%) is a level target once the office has entered
 * the baseline it is relative to: then it is judged like any level (Open SDG's progress measure),
 * the sentence saying where the target figure comes from. Without a baseline there is no target
 * yet: "no data", and the sentence says the baseline is needed.
 */
export function assessRelativeChange(facts: IndicatorFacts, values: readonly PeriodValue[], year: number): Assessment {
  const [firstYear] = Object.keys(facts.targets);
  const percent = firstYear === undefined ? 0 : facts.targets[firstYear]!;
  const change = { zh: changeTargetZh(facts.comparator, percent, facts.qualifier), en: changeTargetEn(facts.comparator, percent, facts.qualifier) };
  const levels = relativeChangeTargets(facts);
  if (!levels || !facts.baseline) {
    const latest = observationsUpTo(values, facts.tracking, year).at(-1) ?? null;
    return {
      status: 'no_data',
      ratio: null,
      latest,
      target: null,
      targets: {},
      tolerance: null,
      explanation: `目标为${change.zh}，需先录入基期值（年份和数值）才能计算目标值和进度。`,
      explanationEn: `The target is ${change.en}: enter the baseline (year and value) to work out the target and the progress.`,
      forecast: null,
      forecastText: null,
      forecastTextEn: null,
    };
  }
  const comparator = facts.qualifier === 'about' ? 'approx' : facts.comparator;
  const baselineYear = facts.baseline.year;
  const note = { zh: `（${change.zh.replace('基期', `${baselineYear}年`)}）`, en: ` (${change.en.replace('the baseline', String(baselineYear))})` };
  return assessLevel({ ...facts, comparator, targets: levels }, values, year, note);
}
