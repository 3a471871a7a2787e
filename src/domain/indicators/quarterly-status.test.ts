import { describe, expect, it } from 'vitest';
import { explainStatus } from './explain-status';
import { computeIndicatorStatus, type StatusInput } from './indicator-status';
import { observationsUpTo, yearObservation, type PeriodValue, type Tracking } from './year-observation';

/*
 * Quarterly indicators (issue 6). Every case: baseline 2022 = 20 (100 for the lower-is-better
 * one), the 2024 target 30 (90), assessed in 2024. Required growth 2022→2024:
 * (30/20)^(1/2) − 1 = 22.47 %/year; lower: (90/100)^(1/2) − 1 = −5.13 %/year.
 */
interface Case {
  rule: string;
  tracking: Tracking;
  values: PeriodValue[];
  attribute?: 'expected' | 'binding';
  direction?: 'higher' | 'lower';
  status: string;
  ratio?: number;
  explanation?: string;
}

const CASES: Case[] = [
  {
    rule: 'cumulative: the year-to-date value is pro-rated to a full year and judged on pace',
    // 2024Q2 YTD 15 → 15 × 4/2 = 30 a year; (30/20)^(1/2) − 1 = 22.47 % = required → R = 1.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q1', value: 6 }, { period: '2024Q2', value: 15 }],
    status: 'on_track',
    ratio: 1,
    explanation: '2024年前2季度累计15亿元（折合全年30亿元），增速为达标所需的100%，按计划推进。',
  },
  {
    rule: 'cumulative: a slow first quarter shows limited progress',
    // 2024Q1 YTD 6 → 24 a year; (24/20)^(1/2) − 1 = 9.54 %; R = 9.54 / 22.47 = 0.42.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q1', value: 6 }],
    status: 'limited_progress',
    ratio: 0.4247,
  },
  {
    rule: 'cumulative: achieved once the year-to-date flow itself reaches the annual target',
    // 2024Q3 YTD 31 ≥ 30.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q3', value: 31 }],
    status: 'achieved',
  },
  {
    rule: 'cumulative: the fourth quarter is the year, so a binding target can be missed',
    // 2024Q4 YTD 28 < 30, binding → missed whatever R (0.82) says.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q4', value: 28 }],
    attribute: 'binding',
    status: 'binding_target_missed',
    explanation: '约束性指标：2024年实际28亿元，未达到2024年目标30亿元。',
  },
  {
    rule: 'cumulative: the fourth quarter of an expected indicator is judged like a yearly value',
    // 28 a year: (28/20)^(1/2) − 1 = 18.32 %; R = 18.32 / 22.47 = 0.82.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q4', value: 28 }],
    status: 'needs_acceleration',
    ratio: 0.8152,
  },
  {
    rule: 'cumulative: a binding indicator mid-year is judged on pace, not marked missed',
    // 2024Q2 YTD 13 → 26 a year; (26/20)^(1/2) − 1 = 14.02 %; R = 0.62.
    tracking: 'quarterly_cumulative',
    values: [{ period: '2024Q2', value: 13 }],
    attribute: 'binding',
    status: 'needs_acceleration',
    ratio: 0.6237,
  },
  {
    rule: 'cumulative, lower is better: the pro-rated flow is judged on pace, never achieved early',
    // Baseline 100, target 90. 2024Q2 YTD 46 → 92 a year: (92/100)^(1/2) − 1 = −4.08 %;
    // R = −1 · −4.08 / 5.13 = 0.80 (YTD 46 ≤ 90 alone says nothing yet).
    tracking: 'quarterly_cumulative',
    direction: 'lower',
    values: [{ period: '2024Q2', value: 46 }],
    status: 'needs_acceleration',
    ratio: 0.7957,
  },
  {
    rule: 'point-in-time: the latest quarter is the level now, measured at the quarter’s end',
    // 2024Q2 = 27 at 2023.5, 1.5 years after the 2022 year-end: (27/20)^(1/1.5) − 1 = 22.15 %;
    // R = 22.15 / 22.47 = 0.986.
    tracking: 'quarterly_point',
    values: [{ period: '2024Q1', value: 24 }, { period: '2024Q2', value: 27 }],
    status: 'on_track',
    ratio: 0.9855,
    explanation: '2024年第2季度实际27亿元，增速为达标所需的99%，按计划推进。',
  },
  {
    rule: 'point-in-time: a level that reaches the target in a quarter is achieved',
    tracking: 'quarterly_point',
    values: [{ period: '2024Q1', value: 31 }],
    status: 'achieved',
  },
  {
    rule: 'point-in-time: a level below the baseline is deteriorating',
    // (19/20)^(1/1.75) − 1 < 0.
    tracking: 'quarterly_point',
    values: [{ period: '2024Q3', value: 19 }],
    status: 'deteriorating',
  },
  {
    rule: 'a yearly value is the final statistic and wins over the quarters',
    // 2024 = 25: (25/20)^(1/2) − 1 = 11.80 %; R = 0.53 (the Q2 value 31 would have been achieved).
    tracking: 'quarterly_point',
    values: [{ period: '2024Q2', value: 31 }, { period: '2024', value: 25 }],
    status: 'limited_progress',
  },
  {
    rule: 'an indicator tracked yearly ignores quarters',
    tracking: 'yearly',
    values: [{ period: '2024Q2', value: 31 }],
    status: 'no_data',
  },
];

describe('quarterly values in the status', () => {
  it.each(CASES)('$rule', (c) => {
    const lower = c.direction === 'lower';
    const latest = yearObservation(c.values, c.tracking, 2024);
    const input: StatusInput = {
      direction: c.direction ?? 'higher',
      attribute: c.attribute ?? 'expected',
      baseline: { year: 2022, value: lower ? 100 : 20 },
      latest,
      target: { year: 2024, value: lower ? 90 : 30 },
      tolerance: null,
    };
    const result = computeIndicatorStatus(input);
    expect(result.status).toBe(c.status);
    if (c.ratio !== undefined) expect(result.ratio).toBeCloseTo(c.ratio, 3);
    if (c.explanation !== undefined) expect(explainStatus(result, input, '亿元')).toBe(c.explanation);
  });

  it('builds the series year by year, each year from its own values', () => {
    const values = [{ period: '2023', value: 22 }, { period: '2024Q1', value: 6 }, { period: '2024Q2', value: 15 }, { period: '2025Q1', value: 9 }];
    expect(observationsUpTo(values, 'quarterly_cumulative', 2024)).toEqual([
      { year: 2023, value: 22, period: '2023' },
      { year: 2024, value: 30, period: '2024Q2', quarter: 2, yearToDate: 15 },
    ]);
  });
});
