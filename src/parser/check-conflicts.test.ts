import { describe, expect, it } from 'vitest';
import { checkConflicts } from './check-conflicts';
import { buildTarget } from './testing/build-target';
import type { Goal, Indicator, Section, Target } from './plan-document.schema';

const target = (overrides: Partial<Target>): Target => buildTarget(overrides);
const goal = (overrides: Partial<Target>): Goal => ({ ...target(overrides), theme: null, ownerTasks: [] });
const indicator = (targets: Record<string, number>, overrides: Partial<Indicator> = {}): Indicator => ({
  number: 10,
  name: '自治区科技型中小企业数',
  rawName: '',
  unit: '个',
  comparator: null,
  targets,
  attribute: 'expected',
  direction: 'higher',
  line: 160,
  ownerTasks: [],
  ...overrides,
});
const taskSection = (targets: Target[]): Section => ({
  number: '一',
  ordinal: 1,
  title: '',
  line: 1,
  tasks: [{ number: 2, title: '', text: '', leadUnits: [], responsibleUnits: [], cooperatingUnits: [], unitClause: null, targets, line: 300, endLine: 300 }],
});

describe('checkConflicts', () => {
  it('flags the same measure with different values for the same year, counting 家 and 个 alike', () => {
    const findings = checkConflicts([goal({ line: 36 })], [taskSection([target({ line: 300 })])], [indicator({ 2025: 230 })]);
    expect(findings.map((f) => [f.code, f.lines, f.params['metric']])).toEqual([['conflicting_targets', [36, 160, 300], '科技型中小企业']]);
  });

  it('accepts the same value in every place', () => {
    expect(checkConflicts([goal({})], [], [indicator({ 2025: 180 })])).toEqual([]);
  });

  it('compares only the same year, and never a yearly target with a total', () => {
    expect(checkConflicts([goal({ year: 2024 })], [], [indicator({ 2025: 230 })])).toEqual([]);
    expect(checkConflicts([], [taskSection([target({ cadence: 'yearly', year: 2025, value: 4 })])], [indicator({ 2025: 230 })])).toEqual([]);
  });

  it('does not compare measures in different units or of different kinds', () => {
    expect(checkConflicts([goal({ unit: '%' })], [], [indicator({ 2025: 230 })])).toEqual([]);
    expect(checkConflicts([goal({ kind: 'annual_growth', comparator: 'increase_by', value: 6 })], [], [indicator({ 2025: 230 })])).toEqual([]);
  });
});
