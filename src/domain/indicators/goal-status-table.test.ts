import { describe, expect, it } from 'vitest';
import { assessIndicator, type IndicatorFacts } from './assess-indicator';
import type { PeriodValue } from './year-observation';

/*
 * Overall goals that are not in the annual table (issue 6): each case has its expected status
 * and explanation, like status-table.test.ts. Unless a case says otherwise, assessed in 2025.
 */
interface Case {
  rule: string;
  facts?: Partial<IndicatorFacts>;
  values: Array<[string, number]>;
  year?: number;
  status: string;
  explanation: string;
  forecastText?: string | null;
}

const run = (base: IndicatorFacts) => (c: Case) => {
  const values: PeriodValue[] = c.values.map(([period, value]) => ({ period, value }));
  const result = assessIndicator({ ...base, ...c.facts }, values, c.year ?? 2025);
  expect({ status: result.status, explanation: result.explanation }).toEqual({ status: c.status, explanation: c.explanation });
  if (c.forecastText !== undefined) expect(result.forecastText).toBe(c.forecastText);
};

/** 规模以上工业增加值年均增长6%以上, 2023–2025: each value is that year's growth rate in %. */
const GROWTH: IndicatorFacts = {
  kind: 'annual_growth',
  unit: '%',
  comparator: 'increase_by',
  qualifier: 'at_least',
  attribute: null,
  direction: 'higher',
  targets: { '2023': 6, '2024': 6, '2025': 6 },
  baseline: null,
  tracking: 'yearly',
  tolerance: null,
};
/** 地区生产总值年均增长7%左右: met inside 7 ± 0.35. */
const ABOUT = { comparator: 'increase_by', qualifier: 'about', targets: { '2023': 7, '2024': 7, '2025': 7 } };

const GROWTH_CASES: Case[] = [
  { rule: 'at the target rate: achieved for the year', values: [['2024', 6]], status: 'achieved', explanation: '2024年增长6%，达到年均增长6%以上的目标。' },
  { rule: 'above the target rate (以上): achieved', values: [['2024', 6.5]], status: 'achieved', explanation: '2024年增长6.5%，达到年均增长6%以上的目标。' },
  // R = 5.2 / 6 = 0.87: a rate short of its target is never "on track".
  { rule: 'below the target rate: needs acceleration', values: [['2024', 5.2]], status: 'needs_acceleration', explanation: '2024年增长5.2%，低于年均增长6%以上的目标，需加快推进。' },
  // R = 2.5 / 6 = 0.42.
  { rule: 'far below the target rate: limited progress', values: [['2024', 2.5]], status: 'limited_progress', explanation: '2024年增长2.5%，低于年均增长6%以上的目标，进展有限。' },
  { rule: 'shrinking against a growth target: deteriorating', values: [['2024', -1.2]], status: 'deteriorating', explanation: '2024年下降1.2%，与年均增长6%以上的目标方向相反，情况恶化。' },
  { rule: '左右: inside the default ±5 % band', facts: ABOUT, values: [['2024', 6.8]], status: 'achieved', explanation: '2024年增长6.8%，达到年均增长7%左右的目标。' },
  { rule: '左右: above the band is ahead, on track', facts: ABOUT, values: [['2024', 8]], status: 'on_track', explanation: '2024年增长8%，高于年均增长7%左右的目标，按计划推进。' },
  { rule: '左右: below the band (6.65) needs acceleration', facts: ABOUT, values: [['2024', 6.5]], status: 'needs_acceleration', explanation: '2024年增长6.5%，低于年均增长7%左右的目标，需加快推进。' },
  {
    rule: 'plain 年均增长3% is a floor: 2.9 is short',
    facts: { qualifier: null, targets: { '2023': 3, '2024': 3, '2025': 3 } },
    values: [['2024', 2.9]],
    status: 'needs_acceleration',
    explanation: '2024年增长2.9%，低于年均增长3%的目标，需加快推进。',
  },
  {
    rule: 'a fall target (年均下降3%): a fall of 3.5 % meets it',
    facts: { comparator: 'decrease_by', qualifier: null, direction: 'lower', targets: { '2024': -3, '2025': -3 } },
    values: [['2024', -3.5]],
    status: 'achieved',
    explanation: '2024年下降3.5%，达到年均下降3%的目标。',
  },
  {
    rule: 'the pace so far is the average rate, not a compound forecast',
    // (1.065 × 1.052)^(1/2) − 1 = 5.85 %.
    values: [['2023', 6.5], ['2024', 5.2]],
    year: 2024,
    status: 'needs_acceleration',
    explanation: '2024年增长5.2%，低于年均增长6%以上的目标，需加快推进。',
    forecastText: '按当前进度，2023—2024年年均增长5.85%（目标年均增长6%以上）',
  },
  {
    rule: 'in the last target year the average over the period is judged: a good last year does not hide two weak ones',
    // (1.05 × 1.055 × 1.065)^(1/3) − 1 = 5.66 %.
    values: [['2023', 5], ['2024', 5.5], ['2025', 6.5]],
    status: 'needs_acceleration',
    explanation: '2023—2025年年均增长5.66%，低于年均增长6%以上的目标，需加快推进。',
    forecastText: null,
  },
  {
    rule: 'missing years: the average covers the years entered, and says which',
    // (1.07 × 1.055)^(1/2) − 1 = 6.25 %.
    values: [['2023', 7], ['2025', 5.5]],
    status: 'achieved',
    explanation: '2023、2025年年均增长6.25%，达到年均增长6%以上的目标。',
  },
  {
    rule: 'a quarter’s year-to-date rate is judged as it stands (never pro-rated), on track until the year is complete',
    facts: { tracking: 'quarterly_cumulative' },
    values: [['2024Q2', 6.3]],
    status: 'on_track',
    explanation: '2024年前2季度增长6.3%，达到年均增长6%以上的目标，按计划推进。',
  },
  { rule: 'no rate entered: no data', values: [], status: 'no_data', explanation: '尚未填报增速。', forecastText: null },
];

/** 万元GDP综合能耗下降15% by 2025: the target level is the office's baseline × 0.85. */
const CHANGE: IndicatorFacts = {
  kind: 'relative_change',
  unit: '吨标准煤/万元',
  comparator: 'decrease_by',
  qualifier: null,
  attribute: null,
  direction: 'lower',
  targets: { '2025': 15 },
  baseline: { year: 2020, value: 0.6 },
  tracking: 'yearly',
  tolerance: null,
};

const CHANGE_CASES: Case[] = [
  {
    rule: 'no baseline: no target level yet, and the sentence asks for the baseline',
    facts: { baseline: null },
    values: [['2024', 0.5]],
    status: 'no_data',
    explanation: '目标为较基期下降15%，需先录入基期值（年份和数值）才能计算目标值和进度。',
  },
  {
    rule: 'a decrease met: 0.6 × 0.85 = 0.51 reached',
    values: [['2024', 0.5]],
    status: 'achieved',
    explanation: '2024年实际0.5吨标准煤/万元，已达到2025年目标0.51吨标准煤/万元（较2020年下降15%）。',
  },
  {
    rule: 'a decrease missed in its year: judged on pace (an overall goal is not binding)',
    // (0.57/0.6)^(1/5) − 1 = −1.02 % a year against (0.85)^(1/5) − 1 = −3.2 %: R = 0.32.
    values: [['2025', 0.57]],
    status: 'limited_progress',
    explanation: '2025年实际0.57吨标准煤/万元，降幅仅为达标所需的32%，进展有限。',
  },
  {
    rule: 'a decrease going the wrong way: deteriorating',
    values: [['2024', 0.62]],
    status: 'deteriorating',
    explanation: '2024年实际0.62吨标准煤/万元，与目标方向相反，情况恶化。',
  },
  {
    rule: 'an increase (提高20%): baseline × 1.2',
    facts: { unit: '亿元', comparator: 'increase_by', direction: 'higher', targets: { '2025': 20 }, baseline: { year: 2022, value: 100 } },
    values: [['2025', 121]],
    status: 'achieved',
    explanation: '2025年实际121亿元，已达到2025年目标120亿元（较2022年提高20%）。',
  },
];

/** 国家高新技术企业40家以上 by 2025: a level goal, Open SDG's measure from the office's baseline. */
const LEVEL: IndicatorFacts = {
  kind: 'level',
  unit: '家',
  comparator: '>=',
  attribute: null,
  direction: 'higher',
  targets: { '2025': 40 },
  baseline: { year: 2022, value: 25 },
  tracking: 'yearly',
  tolerance: null,
};

const LEVEL_CASES: Case[] = [
  // (30/25)^(1/2) − 1 = 9.54 % against (40/25)^(1/3) − 1 = 16.96 %: R = 0.56.
  { rule: 'a level goal below its pace', values: [['2024', 30]], status: 'limited_progress', explanation: '2024年实际30家，增速仅为达标所需的56%，进展有限。' },
  { rule: 'a level goal reached', values: [['2024', 41]], status: 'achieved', explanation: '2024年实际41家，已达到2025年目标40家。' },
  { rule: 'a level goal without a baseline', facts: { baseline: null }, values: [['2024', 30]], status: 'no_data', explanation: '缺少基期数据，暂无法计算进度。' },
];

describe('annual growth goals (年均增长): status and explanation', () => {
  it.each(GROWTH_CASES)('$rule', run(GROWTH));
});

describe('relative change goals (较基期下降/提高): status and explanation', () => {
  it.each(CHANGE_CASES)('$rule', run(CHANGE));
});

describe('level goals not in the annual table: status and explanation', () => {
  it.each(LEVEL_CASES)('$rule', run(LEVEL));
});

describe('the same sentences in English', () => {
  const en = (facts: IndicatorFacts, values: Array<[string, number]>, year = 2025) => {
    const result = assessIndicator(facts, values.map(([period, value]) => ({ period, value })), year);
    return [result.explanationEn, result.forecastTextEn];
  };

  it('words a growth rate, its target and the average so far', () => {
    expect(en(GROWTH, [['2023', 6.5], ['2024', 5.2]], 2024)).toEqual([
      '2024 growth 5.2%, below the target of growth of at least 6% a year: needs to speed up.',
      'At this pace: growth 5.85% a year on average in 2023–2024 (target: growth of at least 6% a year)',
    ]);
  });

  it('asks for the baseline of a relative change, and names it in the target once entered', () => {
    expect(en({ ...CHANGE, baseline: null }, [])[0]).toBe('The target is a fall of 15% from the baseline: enter the baseline (year and value) to work out the target and the progress.');
    expect(en(CHANGE, [['2024', 0.5]])[0]).toBe('2024 actual 0.5 吨标准煤/万元, meeting the 2025 target of 0.51 吨标准煤/万元 (a fall of 15% from 2020).');
  });
});
