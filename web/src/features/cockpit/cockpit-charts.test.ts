import { describe, expect, it } from 'vitest';
import { indicatorTrendOption, ratesByQuarterOption, tasksBySectionOption } from './cockpit-charts';
import type { IndicatorCell } from './cockpit-types';

type Series = Array<{ name: string; stack?: string; data: unknown[] }>;

describe('cockpit chart options', () => {
  it('stacks each section’s tasks by state, one series per state, sections by number', () => {
    const counts = { completed: 1, on_track: 2, lagging: 0, not_started: 0, not_reported: 1 };
    const option = tasksBySectionOption([{ sectionId: 's1', number: '一', title: '创新主体', counts }], (state) => state.toUpperCase()) as { yAxis: { data: string[] }; series: Series };
    expect(option.yAxis.data).toEqual(['(一)']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['COMPLETED', 'tasks', [1]],
      ['ON_TRACK', 'tasks', [2]],
      ['LAGGING', 'tasks', [0]],
      ['NOT_STARTED', 'tasks', [0]],
      ['NOT_REPORTED', 'tasks', [1]],
    ]);
  });

  it('shows the rates in percent, a dash for a quarter with nothing due, and marks the quarter shown', () => {
    const quarter = (key: string, reportingRate: number | null, timelyRate: number | null) => ({ periodId: key, key, expected: 0, received: 0, onTime: 0, reportingRate, timelyRate });
    const option = ratesByQuarterOption([quarter('2024Q1', 0.8567, 0.5), quarter('2024Q2', null, null)], { reporting: 'R', timely: 'T' }, '2024Q2') as { series: Series };
    const [bars, line] = option.series;
    expect(bars!.data.map((d) => (d as { value: number | null }).value)).toEqual([85.7, null]);
    expect((bars!.data[1] as { itemStyle?: unknown }).itemStyle).toBeDefined();
    expect((bars!.data[0] as { itemStyle?: unknown }).itemStyle).toBeUndefined();
    expect(line!.data).toEqual([50, null]);
  });

  it('draws an indicator’s actuals from its baseline against the target path over the same years', () => {
    const indicator: IndicatorCell = {
      id: 'i',
      number: 1,
      name: '高新技术企业数',
      origin: 'table',
      unit: '家',
      attribute: 'expected',
      direction: 'higher',
      status: 'on_track',
      light: 'green',
      provisional: false,
      baseline: { year: 2022, value: 8 },
      targets: [{ year: 2023, value: 10 }, { year: 2024, value: 12 }],
      actuals: [{ year: 2023, value: 11, provisional: false }],
    };
    const option = indicatorTrendOption(indicator, { actual: 'A', target: 'T' }) as { xAxis: { data: string[] }; series: Series };
    expect(option.xAxis.data).toEqual(['2022', '2023', '2024']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['T', [8, 10, 12]],
      ['A', [8, 11, null]],
    ]);
  });
});
