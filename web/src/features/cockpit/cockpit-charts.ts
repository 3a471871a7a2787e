import type { EChartsCoreOption } from '../../shared/charts/echart';
import type { Cockpit, IndicatorCell, Light, TaskState } from './cockpit-types';
import { TASK_STATES } from './cockpit-types';

/** The colours of the supervision lights and of the task states (green done, red missing). */
export const LIGHT_COLORS: Record<Light, string> = { green: '#52c41a', yellow: '#faad14', red: '#ff4d4f', grey: '#bfbfbf' };
export const TASK_STATE_COLORS: Record<TaskState, string> = {
  completed: '#52c41a',
  on_track: '#1677ff',
  lagging: '#fa8c16',
  not_started: '#bfbfbf',
  not_reported: '#ff4d4f',
};

const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/**
 * Tasks by section, stacked by state (one horizontal bar per section). Section labels are the
 * section numbers ((一), (二) …) so the bars fit a phone; the tooltip gives the title.
 */
export function tasksBySectionOption(sections: Cockpit['tasksBySection'], label: (state: TaskState) => string): EChartsCoreOption {
  const names = sections.map((s) => (s.number ? `(${s.number})` : s.title));
  return {
    // A board read at a glance: drawn at once, no entry animation to wait for.
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true },
    series: TASK_STATES.map((state) => ({
      name: label(state),
      type: 'bar',
      stack: 'tasks',
      itemStyle: { color: TASK_STATE_COLORS[state] },
      data: sections.map((s) => s.counts[state]),
    })),
  };
}

/** The reporting rate and timely rate quarter by quarter, in percent. */
export function ratesByQuarterOption(quarters: Cockpit['ratesByQuarter'], names: { reporting: string; timely: string }, selectedKey: string | null): EChartsCoreOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value === null || value === undefined ? '—' : `${String(value)}%`) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: quarters.map((q) => q.key) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        name: names.reporting,
        type: 'bar',
        itemStyle: { color: '#91caff' },
        data: quarters.map((q) => ({ value: percent(q.reportingRate), itemStyle: q.key === selectedKey ? { color: '#1677ff' } : undefined })),
      },
      { name: names.timely, type: 'line', smooth: false, itemStyle: { color: '#52c41a' }, data: quarters.map((q) => percent(q.timelyRate)) },
    ],
  };
}

/**
 * An indicator's small trend: its actual values (solid, from the baseline) against the target
 * path (dashed), over the plan's years, with no axes — the grid cell gives the numbers.
 */
export function indicatorTrendOption(indicator: IndicatorCell, names: { actual: string; target: string }): EChartsCoreOption {
  const years = [...new Set([...(indicator.baseline ? [indicator.baseline.year] : []), ...indicator.targets.map((t) => t.year), ...indicator.actuals.map((a) => a.year)])].sort();
  const at = (list: readonly { year: number; value: number }[], year: number) => list.find((o) => o.year === year)?.value ?? null;
  const actuals = indicator.baseline ? [indicator.baseline, ...indicator.actuals] : indicator.actuals;
  const targetPath = indicator.baseline ? [indicator.baseline, ...indicator.targets] : indicator.targets;
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    xAxis: { type: 'category', data: years.map(String), show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      { name: names.target, type: 'line', symbol: 'none', lineStyle: { type: 'dashed', color: '#8c8c8c', width: 1 }, itemStyle: { color: '#8c8c8c' }, data: years.map((y) => at(targetPath, y)), connectNulls: true },
      { name: names.actual, type: 'line', symbolSize: 4, lineStyle: { color: LIGHT_COLORS[indicator.light === 'grey' ? 'green' : indicator.light], width: 2 }, itemStyle: { color: LIGHT_COLORS[indicator.light === 'grey' ? 'green' : indicator.light] }, data: years.map((y) => at(actuals, y)), connectNulls: true },
    ],
  };
}
