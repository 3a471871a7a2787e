import { describe, expect, it } from 'vitest';
import { forecastSentence, forecastValue } from './forecast';
import { computeIndicatorStatus, type StatusInput } from './indicator-status';

const base: StatusInput = {
  direction: 'higher',
  attribute: 'expected',
  baseline: { year: 2022, value: 20 },
  latest: { year: 2023, value: 25 },
  target: { year: 2025, value: 40 },
  tolerance: null,
};
const status = (overrides: Partial<StatusInput>) => computeIndicatorStatus({ ...base, ...overrides });

describe('indicator status (Open SDG progress measure)', () => {
  it('is achieved once the target is met', () => {
    expect(status({ latest: { year: 2024, value: 41 } }).status).toBe('achieved');
  });

  it('is on track when actual growth keeps up with the growth required', () => {
    // Required: (40/20)^(1/3) − 1 = 25.99 %; actual 25 % → R = 0.962.
    const result = status({});
    expect(result.status).toBe('on_track');
    expect(result.ratio).toBeCloseTo(0.25 / 0.2599, 3);
  });

  it('bands R: needs acceleration from 0.60, limited progress from 0, deteriorating below', () => {
    expect(status({ latest: { year: 2023, value: 24 } }).status).toBe('needs_acceleration'); // R = 0.77
    expect(status({ latest: { year: 2023, value: 22 } }).status).toBe('limited_progress'); // R = 0.38
    expect(status({ latest: { year: 2023, value: 19 } }).status).toBe('deteriorating');
  });

  it('reads lower-is-better indicators the other way (energy use per unit of GDP)', () => {
    const lower = { direction: 'lower' as const, baseline: { year: 2022, value: 1 }, target: { year: 2025, value: 0.85 } };
    // Required −5.27 %/year; −6 % keeps up, −5 % (R = 0.949) just does not.
    expect(status({ ...lower, latest: { year: 2023, value: 0.94 } }).status).toBe('on_track');
    expect(status({ ...lower, latest: { year: 2023, value: 0.95 } }).status).toBe('needs_acceleration');
    expect(status({ ...lower, latest: { year: 2023, value: 1.05 } }).status).toBe('deteriorating');
    expect(status({ ...lower, latest: { year: 2024, value: 0.84 } }).status).toBe('achieved');
  });

  it('replaces a zero baseline by 0.001 and still answers', () => {
    const result = status({ baseline: { year: 2022, value: 0 }, latest: { year: 2023, value: 5 }, target: { year: 2025, value: 30 } });
    expect(result.status).toBe('on_track');
  });

  it('flips the sign for a negative baseline, and measures a change of sign linearly', () => {
    // −10 → −5 in a year towards −1 in three: actual −50 %, required −53.6 %, s = −1 → R = 0.93.
    expect(status({ baseline: { year: 2022, value: -10 }, latest: { year: 2023, value: -5 }, target: { year: 2025, value: -1 } }).status).toBe('needs_acceleration');
    expect(status({ baseline: { year: 2022, value: -10 }, latest: { year: 2023, value: -12 }, target: { year: 2025, value: -1 } }).status).toBe('deteriorating');
    // -10 → 2 by 2023 towards 5 by 2025: 12 of 15 in a third of the time.
    expect(status({ baseline: { year: 2022, value: -10 }, latest: { year: 2023, value: 2 }, target: { year: 2025, value: 5 } }).status).toBe('on_track');
  });

  it('marks a binding indicator that misses its year’s target red, whatever R says', () => {
    const binding = { attribute: 'binding' as const, target: { year: 2023, value: 26 } };
    expect(status(binding).status).toBe('binding_target_missed');
    expect(status({ ...binding, latest: { year: 2023, value: 26 } }).status).toBe('achieved');
  });

  it('meets a 左右 target inside the tolerance band', () => {
    const approx = { tolerance: 0.05, target: { year: 2025, value: 7 } };
    expect(status({ ...approx, latest: { year: 2024, value: 6.7 } }).status).toBe('achieved');
    expect(status({ ...approx, latest: { year: 2024, value: 7.3 } }).status).toBe('achieved');
    expect(status({ ...approx, latest: { year: 2024, value: 7.4 } }).status).not.toBe('achieved');
  });

  it('has no data without an actual value, and judges growth alone without a target', () => {
    expect(status({ latest: null }).status).toBe('no_data');
    // Without a target: growth of 2.5 % ≥ 1.5 % is on track; 0.8 % needs acceleration.
    expect(status({ target: null, latest: { year: 2023, value: 20.5 } }).status).toBe('on_track');
    expect(status({ target: null, latest: { year: 2023, value: 20.16 } }).status).toBe('needs_acceleration');
  });
});

describe('forecast', () => {
  it('extends compound growth to the target year', () => {
    expect(forecastValue([{ year: 2022, value: 20 }, { year: 2023, value: 25 }], 2025)).toBeCloseTo(39.06, 2);
  });

  it('falls back to a straight line through a zero or a change of sign', () => {
    expect(forecastValue([{ year: 2022, value: 0 }, { year: 2023, value: 5 }], 2025)).toBe(15);
  });

  it('needs two years of data', () => {
    expect(forecastValue([{ year: 2023, value: 5 }], 2025)).toBeNull();
  });

  it('says it in words a leader reads at a glance', () => {
    expect(forecastSentence(38.2, { year: 2025, value: 40 }, '家')).toBe('按当前进度，2025年预计38.2家（目标40家）');
  });
});

describe('status sentence', () => {
  it('explains each status in a sentence', async () => {
    const { explainStatus } = await import('./explain-status');
    const input = { ...base, latest: { year: 2023, value: 22 } };
    expect(explainStatus(computeIndicatorStatus(input), input, '家')).toBe('2023年实际22家，增速仅为达标所需的38%，进展有限。');
    const binding = { ...base, attribute: 'binding' as const, target: { year: 2023, value: 26 } };
    expect(explainStatus(computeIndicatorStatus(binding), binding, '家')).toBe('约束性指标：2023年实际25家，未达到2023年目标26家。');
  });
});
