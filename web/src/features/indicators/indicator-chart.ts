import type { Indicator } from './indicator-types';

/** Where a period stands in time: a quarter at its end, a year at its end (with its Q4). */
const timeKey = (period: string) => {
  const match = /^(\d{4})Q([1-4])$/.exec(period);
  return match ? Number(match[1]) * 10 + Number(match[2]) * 2 : Number(period) * 10 + 9;
};

export interface ChartLabels {
  target: string;
  actual: string;
  forecast: string;
  /** A category's label: 2023 stays, 2023Q2 becomes 2023 Q2 / 2023年Q2. */
  period: (period: string) => string;
}

/**
 * The target-versus-actual chart's option (ECharts): the target path from the baseline through
 * each year's governing target, the values entered (returned ones left out), and the forecast at
 * the current pace to the last target year. Pure, so it is tested without a browser.
 */
export function buildTargetChartOption(indicator: Pick<Indicator, 'kind' | 'targets' | 'baseline' | 'values' | 'forecast' | 'unit'>, labels: ChartLabels) {
  if (indicator.kind === 'annual_growth') return buildRateChartOption(indicator, labels);
  const counted = indicator.values.filter((v) => v.status !== 'returned');
  const targetYears = Object.keys(indicator.targets);
  const periods = [...new Set([...(indicator.baseline ? [String(indicator.baseline.year)] : []), ...targetYears, ...counted.map((v) => v.period)])].sort((a, b) => timeKey(a) - timeKey(b));
  const valueAt = (period: string) => counted.find((v) => v.period === period)?.value ?? null;
  const target = periods.map((p) => (indicator.baseline && p === String(indicator.baseline.year) ? indicator.baseline.value : (indicator.targets[p] ?? null)));
  const actual = periods.map((p) => (indicator.baseline && p === String(indicator.baseline.year) ? indicator.baseline.value : valueAt(p)));
  const lastActual = actual.reduce<number>((last, value, i) => (value !== null ? i : last), -1);
  const lastTarget = targetYears.at(-1);
  const forecast = periods.map((p, i) => {
    if (indicator.forecast === null || lastActual < 0 || lastTarget === undefined) return null;
    if (i === lastActual) return actual[i]!;
    return p === lastTarget && i > lastActual ? Math.round(indicator.forecast * 100) / 100 : null;
  });
  const unit = indicator.unit ?? '';
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.target, labels.actual, labels.forecast], bottom: 0 },
    grid: { left: 48, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: periods.map(labels.period) },
    yAxis: { type: 'value', name: unit, scale: true },
    series: [
      { name: labels.target, type: 'line', data: target, connectNulls: true, lineStyle: { type: 'dashed' }, symbol: 'diamond' },
      { name: labels.actual, type: 'line', data: actual, connectNulls: true, symbolSize: 8, label: { show: true, position: 'top' } },
      { name: labels.forecast, type: 'line', data: forecast, connectNulls: true, lineStyle: { type: 'dotted' }, symbol: 'emptyCircle' },
    ],
  };
}

/**
 * A growth goal's chart: its values are rates, so there is no path from a baseline. The target
 * rate is a line at its level in every period (a quarter takes its year's), the rates entered
 * are the actual line, and the average so far (年均, the server's `forecast` for a rate) is a
 * flat line across the years it covers, never a projection.
 */
function buildRateChartOption(indicator: Pick<Indicator, 'targets' | 'values' | 'forecast' | 'unit'>, labels: ChartLabels) {
  const counted = indicator.values.filter((v) => v.status !== 'returned');
  const periods = [...new Set([...Object.keys(indicator.targets), ...counted.map((v) => v.period)])].sort((a, b) => timeKey(a) - timeKey(b));
  const target = periods.map((p) => indicator.targets[p.slice(0, 4)] ?? null);
  const actual = periods.map((p) => counted.find((v) => v.period === p)?.value ?? null);
  const years = periods.filter((p, i) => /^\d{4}$/.test(p) && actual[i] !== null);
  const [first, last] = [years[0], years.at(-1)];
  const average = periods.map((p) => {
    if (indicator.forecast === null || first === undefined || last === undefined || !/^\d{4}$/.test(p)) return null;
    return p >= first && p <= last ? Math.round(indicator.forecast * 100) / 100 : null;
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [labels.target, labels.actual, labels.forecast], bottom: 0 },
    grid: { left: 48, right: 16, top: 24, bottom: 48 },
    xAxis: { type: 'category', data: periods.map(labels.period) },
    yAxis: { type: 'value', name: indicator.unit ?? '%', scale: true },
    series: [
      { name: labels.target, type: 'line', data: target, connectNulls: true, lineStyle: { type: 'dashed' }, symbol: 'diamond' },
      { name: labels.actual, type: 'line', data: actual, connectNulls: true, symbolSize: 8, label: { show: true, position: 'top' } },
      { name: labels.forecast, type: 'line', data: average, connectNulls: true, lineStyle: { type: 'dotted' }, symbol: 'none' },
    ],
  };
}
