import type { MessageKey } from '../../shared/i18n/translate';
import type { Indicator, IndicatorStatus } from './indicator-types';

/** The light of each status: green on course, yellow and orange behind, red failing, grey without data. */
export const STATUS_LIGHTS: Record<IndicatorStatus, { color: string; labelKey: MessageKey }> = {
  achieved: { color: '#389e0d', labelKey: 'indicators.status.achieved' },
  on_track: { color: '#52c41a', labelKey: 'indicators.status.on_track' },
  needs_acceleration: { color: '#faad14', labelKey: 'indicators.status.needs_acceleration' },
  limited_progress: { color: '#fa8c16', labelKey: 'indicators.status.limited_progress' },
  deteriorating: { color: '#f5222d', labelKey: 'indicators.status.deteriorating' },
  binding_target_missed: { color: '#cf1322', labelKey: 'indicators.status.binding_target_missed' },
  no_data: { color: '#bfbfbf', labelKey: 'indicators.status.no_data' },
};

export interface IndicatorFilter {
  status?: IndicatorStatus | undefined;
  /** 预期性, 约束性, or the overall goals outside the annual table (总体目标). */
  attribute?: 'expected' | 'binding' | 'goal' | undefined;
  /** Part of the name or the number. */
  text?: string | undefined;
  /** Only indicators with a value waiting for the office's review. */
  pendingOnly?: boolean | undefined;
}

export const hasPendingValue = (indicator: Pick<Indicator, 'values'>) => indicator.values.some((v) => v.status === 'submitted');

/**
 * The indicators a filter keeps, in table order.
 *
 * @example filterIndicators(list, { status: 'binding_target_missed' })
 */
export function filterIndicators<T extends Pick<Indicator, 'number' | 'name' | 'status' | 'attribute' | 'origin' | 'values'>>(indicators: readonly T[], filter: IndicatorFilter): T[] {
  const text = filter.text?.trim() ?? '';
  return indicators.filter(
    (i) =>
      (filter.status === undefined || i.status === filter.status) &&
      (filter.attribute === undefined || (filter.attribute === 'goal' ? i.origin === 'goal' : i.attribute === filter.attribute)) &&
      (text === '' || i.name.includes(text) || String(i.number) === text) &&
      (!filter.pendingOnly || hasPendingValue(i)),
  );
}

/** How many indicators have each status: the counts beside the status filter. */
export function countByStatus(indicators: readonly Pick<Indicator, 'status'>[]): Record<IndicatorStatus, number> {
  const counts = Object.fromEntries(Object.keys(STATUS_LIGHTS).map((s) => [s, 0])) as Record<IndicatorStatus, number>;
  for (const indicator of indicators) counts[indicator.status] += 1;
  return counts;
}

/** 2023 → 2023, 2023Q2 → 2023 Q2 in the language's words (the caller passes the quarter word). */
export function formatPeriod(period: string, quarterLabel: (year: string, quarter: string) => string): string {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  return match ? quarterLabel(match[1]!, match[2]!) : period;
}

/** The annual table's indicators, then the overall goals outside it: the list shows them apart. */
export function groupByOrigin<T extends Pick<Indicator, 'origin'>>(indicators: readonly T[]): { table: T[]; goals: T[] } {
  return { table: indicators.filter((i) => i.origin === 'table'), goals: indicators.filter((i) => i.origin === 'goal') };
}

/** The periods a value can be entered for: each plan year, and its quarters when tracked quarterly. */
export function entryPeriods(years: readonly number[], tracking: Indicator['tracking']): string[] {
  return years.flatMap((year) => (tracking === 'yearly' ? [String(year)] : [String(year), ...[1, 2, 3, 4].map((q) => `${year}Q${q}`)]));
}

/** The explanation and forecast sentences in the interface's language (the server words both). */
export function sentencesIn(indicator: Pick<Indicator, 'explanation' | 'explanationEn' | 'forecastText' | 'forecastTextEn'>, lang: string) {
  return lang === 'en' ? { explanation: indicator.explanationEn, forecast: indicator.forecastTextEn } : { explanation: indicator.explanation, forecast: indicator.forecastText };
}
