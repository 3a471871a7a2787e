import { describe, expect, it } from 'vitest';
import { assessIndicator, type IndicatorFacts } from './assess-indicator';
import { forecastSentence, forecastValue } from './forecast';
import type { Observation } from './indicator-status';
import type { PeriodValue } from './year-observation';

/*
 * Issue 6's acceptance table: every case has its expected status and explanation. Unless a case
 * says otherwise: higher is better, expected (预期性), baseline 2022 = 20 家, target 2025 = 40 家,
 * assessed in 2025. Required growth 2022→2025: (40/20)^(1/3) − 1 = 25.99 %/year.
 */
const FACTS: IndicatorFacts = {
  unit: '家',
  comparator: null,
  attribute: 'expected',
  direction: 'higher',
  targets: { '2025': 40 },
  baseline: { year: 2022, value: 20 },
  tracking: 'yearly',
  tolerance: null,
};

interface Case {
  rule: string;
  facts?: Partial<IndicatorFacts>;
  values: Array<[string, number]>;
  status: string;
  explanation: string;
}

const ENERGY = { unit: '吨标准煤/万元', direction: 'lower' as const, baseline: { year: 2022, value: 1 }, targets: { '2025': 0.85 } };

const CASES: Case[] = [
  {
    rule: 'higher is better, keeping pace',
    // 25 vs 20 in a year: 25 % against 25.99 % → R = 0.96.
    values: [['2023', 25]],
    status: 'on_track',
    explanation: '2023年实际25家，增速为达标所需的96%，按计划推进。',
  },
  {
    rule: 'higher is better, exceeded before the target year',
    values: [['2023', 25], ['2024', 45]],
    status: 'achieved',
    explanation: '2024年实际45家，已达到2025年目标40家。',
  },
  {
    rule: 'exactly on target',
    values: [['2025', 40]],
    status: 'achieved',
    explanation: '2025年实际40家，已达到2025年目标40家。',
  },
  {
    rule: 'lower is better, falling fast enough (energy use per unit of GDP)',
    // 1 → 0.94: −6 %; needed (0.85)^(1/3) − 1 = −5.27 %/year; R = −1 · −6 / 5.27 = 1.14.
    facts: ENERGY,
    values: [['2023', 0.94]],
    status: 'on_track',
    explanation: '2023年实际0.94吨标准煤/万元，降幅为达标所需的114%，按计划推进。',
  },
  {
    rule: 'lower is better, falling too slowly',
    // 1 → 0.97: −3 %; R = 3 / 5.27 = 0.57.
    facts: ENERGY,
    values: [['2023', 0.97]],
    status: 'limited_progress',
    explanation: '2023年实际0.97吨标准煤/万元，降幅仅为达标所需的57%，进展有限。',
  },
  {
    rule: 'lower is better, rising: deteriorating',
    facts: ENERGY,
    values: [['2023', 1.05]],
    status: 'deteriorating',
    explanation: '2023年实际1.05吨标准煤/万元，与目标方向相反，情况恶化。',
  },
  {
    rule: 'zero baseline: replaced by 0.001, far ahead of the pace needed',
    // (5/0.001) − 1 = 4999 a year against (30/0.001)^(1/3) − 1 = 30.07: R = 166.
    facts: { baseline: { year: 2022, value: 0 }, targets: { '2025': 30 } },
    values: [['2023', 5]],
    status: 'on_track',
    explanation: '2023年实际5家，增速远超达标所需，按计划推进。',
  },
  {
    rule: 'negative values: the sign of the baseline flips R',
    // −10 → −5 towards −1: actual (−5/−10) − 1 = −50 %, required (0.1)^(1/3) − 1 = −53.6 %,
    // s = −1 → R = 0.93.
    facts: { unit: '亿元', baseline: { year: 2022, value: -10 }, targets: { '2025': -1 } },
    values: [['2023', -5]],
    status: 'needs_acceleration',
    explanation: '2023年实际-5亿元，增速仅为达标所需的93%，需加快推进。',
  },
  {
    rule: 'missing years: the latest year entered is judged from the baseline',
    // No 2023 value; 2024 = 30: (30/20)^(1/2) − 1 = 22.47 % against 25.99 % → R = 0.86.
    values: [['2024', 30]],
    status: 'needs_acceleration',
    explanation: '2024年实际30家，增速仅为达标所需的86%，需加快推进。',
  },
  {
    rule: 'no baseline: no progress measure yet',
    facts: { baseline: null },
    values: [['2023', 25]],
    status: 'no_data',
    explanation: '缺少基期数据，暂无法计算进度。',
  },
  {
    rule: 'no value: no data',
    values: [],
    status: 'no_data',
    explanation: '尚未填报实际值。',
  },
  {
    rule: '左右: met inside the default ±5 % band',
    // 7 ± 0.35: 6.7 is inside.
    facts: { unit: '%', comparator: 'approx', baseline: { year: 2022, value: 5 }, targets: { '2025': 7 } },
    values: [['2024', 6.7]],
    status: 'achieved',
    explanation: '2024年实际6.7%，已达到2025年目标7%。',
  },
  {
    rule: '左右: outside a band the office narrowed to ±2 %',
    // 7 ± 0.14: 6.7 is outside; (6.7/5)^(1/2) − 1 = 15.76 % against (7/5)^(1/3) − 1 = 11.87 % → R = 1.33.
    facts: { unit: '%', comparator: 'approx', tolerance: 0.02, baseline: { year: 2022, value: 5 }, targets: { '2025': 7 } },
    values: [['2024', 6.7]],
    status: 'on_track',
    explanation: '2024年实际6.7%，增速为达标所需的133%，按计划推进。',
  },
  {
    rule: 'binding (约束性): missing the year’s target is red, whatever R says',
    // R against 2023's 26 would be 25 % / 30 % = 0.83.
    facts: { attribute: 'binding', targets: { '2023': 26, '2025': 40 } },
    values: [['2023', 25]],
    status: 'binding_target_missed',
    explanation: '约束性指标：2023年实际25家，未达到2023年目标26家。',
  },
  {
    rule: 'expected (预期性): the same miss only needs acceleration',
    facts: { targets: { '2023': 26, '2025': 40 } },
    values: [['2023', 25]],
    status: 'needs_acceleration',
    explanation: '2023年实际25家，增速仅为达标所需的83%，需加快推进。',
  },
  {
    rule: 'binding, before its target year: judged on pace like any indicator',
    facts: { attribute: 'binding' },
    values: [['2023', 25]],
    status: 'on_track',
    explanation: '2023年实际25家，增速为达标所需的96%，按计划推进。',
  },
];

describe('indicator status and explanation (acceptance table)', () => {
  it.each(CASES)('$rule', (c) => {
    const values: PeriodValue[] = c.values.map(([period, value]) => ({ period, value }));
    const result = assessIndicator({ ...FACTS, ...c.facts }, values, 2025);
    expect({ status: result.status, explanation: result.explanation }).toEqual({ status: c.status, explanation: c.explanation });
  });
});

const FORECASTS: Array<{ rule: string; series: Observation[]; value: number | null; sentence: string | null }> = [
  // 20 → 25 is 25 % a year: 25 · 1.25² = 39.06 by 2025.
  { rule: 'compound growth of the actuals', series: [{ year: 2022, value: 20 }, { year: 2023, value: 25 }], value: 39.0625, sentence: '按当前进度，2025年预计39.06家（目标40家）' },
  // 1 → 0.94 is −6 % a year: 0.94 · 0.94² = 0.83.
  { rule: 'a decline compounds too', series: [{ year: 2022, value: 1 }, { year: 2023, value: 0.94 }], value: 0.830584, sentence: '按当前进度，2025年预计0.83家（目标40家）' },
  // 0 → 5: no compound rate from zero; 5 a year more: 15.
  { rule: 'linear from a zero', series: [{ year: 2022, value: 0 }, { year: 2023, value: 5 }], value: 15, sentence: '按当前进度，2025年预计15家（目标40家）' },
  // −10 → 2: a change of sign; 12 a year more: 26.
  { rule: 'linear through a change of sign', series: [{ year: 2022, value: -10 }, { year: 2023, value: 2 }], value: 26, sentence: '按当前进度，2025年预计26家（目标40家）' },
  // 100 → 121 in two years is 10 % a year: 133.1, shown whole from 100 up.
  { rule: 'missing years between two actuals', series: [{ year: 2022, value: 100 }, { year: 2024, value: 121 }], value: 133.1, sentence: '按当前进度，2025年预计133家（目标40家）' },
  { rule: 'one value is no pace', series: [{ year: 2023, value: 25 }], value: null, sentence: null },
];

describe('forecast to the target year (acceptance table)', () => {
  it.each(FORECASTS)('$rule', (c) => {
    const value = forecastValue(c.series, 2025);
    if (c.value === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(c.value, 6);
    expect(forecastSentence(value, { year: 2025, value: 40 }, '家')).toBe(c.sentence);
  });
});
