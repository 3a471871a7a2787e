import { describe, expect, it } from 'vitest';
import { buildTargetChartOption } from './indicator-chart';
import type { IndicatorValue } from './indicator-types';

const value = (period: string, v: number, status: IndicatorValue['status'] = 'accepted'): IndicatorValue => ({
  id: period, period, value: v, source: '', note: '', status, returnReason: null, enteredAt: '2024-01-01T00:00:00Z', evidence: [],
});
const labels = { target: '目标', actual: '实际', forecast: '预测', period: (p: string) => p.replace('Q', ' Q') };

describe('the target-versus-actual chart', () => {
  it('draws the target path from the baseline, the values in time order and the forecast to the last target year', () => {
    const option = buildTargetChartOption(
      { kind: 'level', targets: { '2023': 1.2, '2024': 1.32, '2025': 1.45 }, baseline: { year: 2022, value: 1.1 }, values: [value('2024Q2', 1.28), value('2023', 1.25), value('2024', 9, 'returned')], forecast: 1.41, unit: '%' },
      labels,
    );
    expect(option.xAxis.data).toEqual(['2022', '2023', '2024 Q2', '2024', '2025']);
    expect(option.series.map((s) => s.data)).toEqual([
      [1.1, 1.2, null, 1.32, 1.45],
      [1.1, 1.25, 1.28, null, null],
      [null, null, 1.28, null, 1.41],
    ]);
  });

  it('draws a growth goal’s target rate as a line in every period, its rates, and the average so far across the years it covers', () => {
    const option = buildTargetChartOption(
      { kind: 'annual_growth', targets: { '2023': 6, '2024': 6, '2025': 6 }, baseline: null, values: [value('2023', 6.5), value('2024', 5.2), value('2025Q1', 5.8)], forecast: 5.849, unit: '%' },
      labels,
    );
    expect(option.xAxis.data).toEqual(['2023', '2024', '2025 Q1', '2025']);
    expect(option.series.map((s) => s.data)).toEqual([
      [6, 6, 6, 6],
      [6.5, 5.2, 5.8, null],
      [5.85, 5.85, null, null],
    ]);
  });

  it('has no forecast line without a forecast', () => {
    const option = buildTargetChartOption({ kind: 'level', targets: { '2023': 5 }, baseline: null, values: [value('2023', 4)], forecast: null, unit: null }, labels);
    expect(option.series[2]!.data).toEqual([null]);
  });
});
