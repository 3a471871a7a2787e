import type { Target } from '../plan-document.schema';

/** A quantified target for tests: a deadline level target in 家 for 2025 unless overridden. */
export const buildTarget = (overrides: Partial<Target> = {}): Target => ({
  metric: '科技型中小企业',
  comparator: '>=',
  value: 180,
  maxValue: null,
  qualifier: null,
  unit: '家',
  year: 2025,
  startYear: null,
  cadence: 'deadline',
  kind: 'level',
  text: '',
  line: 1,
  ...overrides,
});
