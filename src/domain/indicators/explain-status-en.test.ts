import { describe, expect, it } from 'vitest';
import { explainStatusEn, forecastSentenceEn } from './explain-status-en';
import { computeIndicatorStatus, type StatusInput } from './indicator-status';

const base: StatusInput = {
  direction: 'higher',
  attribute: 'expected',
  baseline: { year: 2022, value: 20 },
  latest: { year: 2023, value: 22 },
  target: { year: 2025, value: 40 },
  tolerance: null,
};
const explain = (input: StatusInput) => explainStatusEn(computeIndicatorStatus(input), input, '家');

describe('the English status sentence', () => {
  it('says the same as the Chinese one, status by status', () => {
    // 22 vs 20: 10 % against the 25.99 % a year needed → R = 0.38.
    expect(explain(base)).toBe('2023 actual 22 家; growth only 38% of what the target needs: limited progress.');
    expect(explain({ ...base, attribute: 'binding', latest: { year: 2023, value: 25 }, target: { year: 2023, value: 26 } })).toBe('Binding indicator: 2023 actual 25 家, short of the 2023 target of 26 家.');
    expect(explain({ ...base, latest: { year: 2025, value: 41 } })).toBe('2025 actual 41 家, meeting the 2025 target of 40 家.');
    expect(explain({ ...base, latest: null })).toBe('No actual value entered yet.');
    expect(explain({ ...base, latest: { year: 2024, value: 30, quarter: 2, yearToDate: 15, period: '2024Q2' } })).toMatch(/^2024 Q1–Q2 cumulative 15 家 \(30 家 for the year\); growth/);
  });

  it('words the forecast for a leader', () => {
    expect(forecastSentenceEn(38.2, { year: 2025, value: 40 }, '家')).toBe('At this pace: 38.2 家 by 2025 (target 40 家)');
  });
});
