import type { Tracking } from './year-observation';

/** Why a value cannot be entered for a period, in English (logs, API) and Chinese (the clerk). */
export interface PeriodProblem {
  en: string;
  zh: string;
}

/**
 * A value may be entered for a year from five years before the plan (baselines and history)
 * to its end year, and for a quarter only when the indicator is tracked quarterly.
 */
export function checkValuePeriod(period: string, tracking: Tracking, plan: { startYear: number; endYear: number }): PeriodProblem | null {
  const year = Number(period.slice(0, 4));
  if (year < plan.startYear - 5 || year > plan.endYear) {
    return { en: `${period} is outside the plan's years.`, zh: `报告期超出方案年份（${plan.startYear - 5}—${plan.endYear}年）` };
  }
  if (/Q/.test(period) && tracking === 'yearly') return { en: 'This indicator is tracked yearly.', zh: '该指标按年度填报，不能填报季度值' };
  return null;
}
