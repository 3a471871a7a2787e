import type { LatestObservation } from './indicator-status';

export type Tracking = 'yearly' | 'quarterly_cumulative' | 'quarterly_point';

/** A value as entered: a year (`2024`) or a quarter (`2024Q2`). */
export interface PeriodValue {
  period: string;
  value: number;
}

const QUARTER = /^(\d{4})Q([1-4])$/;

/**
 * What a year's values say about the indicator, for the status (issue 6, quarterly tracking).
 * A yearly value is the year's final statistic and always wins. Without one, a quarterly
 * indicator is judged on its latest quarter of that year:
 * - point-in-time (a level: 企业数, 覆盖率): the quarter's value as it stands, measured at the
 *   quarter's end (2024Q2 → 2023.5 in years since the baseline's year-end);
 * - cumulative (a flow: 投资额, 产值 year-to-date): the year-to-date value pro-rated to a full year
 *   (YTD × 4 / quarters), so it is compared with the annual requirement at the same pace as the
 *   quarters elapsed: "YTD ≥ annual target × q/4" ⇔ "YTD × 4/q ≥ annual target".
 * A fourth quarter completes the year: cumulative Q4 is the year's value, point Q4 its year-end.
 */
export function yearObservation(values: readonly PeriodValue[], tracking: Tracking, year: number): LatestObservation | null {
  const yearly = values.find((v) => v.period === String(year));
  if (yearly) return { year, value: yearly.value, period: yearly.period };
  if (tracking === 'yearly') return null;
  const quarters = values
    .flatMap((v) => {
      const match = QUARTER.exec(v.period);
      return match && Number(match[1]) === year ? [{ quarter: Number(match[2]), value: v.value, period: v.period }] : [];
    })
    .sort((a, b) => a.quarter - b.quarter);
  const latest = quarters.at(-1);
  if (!latest) return null;
  if (latest.quarter === 4) return { year, value: latest.value, period: latest.period };
  if (tracking === 'quarterly_point') return { year, value: latest.value, period: latest.period, quarter: latest.quarter, at: year - 1 + latest.quarter / 4 };
  return { year, value: (latest.value * 4) / latest.quarter, period: latest.period, quarter: latest.quarter, yearToDate: latest.value };
}

/** Every year's observation up to `year`, oldest first: the series for the status and the forecast. */
export function observationsUpTo(values: readonly PeriodValue[], tracking: Tracking, year: number): LatestObservation[] {
  const years = [...new Set(values.map((v) => Number(v.period.slice(0, 4))))].filter((y) => y <= year).sort((a, b) => a - b);
  return years.flatMap((y) => {
    const observation = yearObservation(values, tracking, y);
    return observation ? [observation] : [];
  });
}
