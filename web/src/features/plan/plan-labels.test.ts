import { describe, expect, it } from 'vitest';
import { countBySeverity, findingsWithin, groupGoalsByTheme, indicatorYears, sortFindings, targetWords, unitNamesByRole } from './plan-labels';

const target = { comparator: '>=', value: 4, maxValue: null, unit: '家', year: null, cadence: 'yearly', kind: 'level' };

describe('unitNamesByRole', () => {
  it('splits a task’s units into lead, responsible and cooperating, keeping the plan’s order', () => {
    const byRole = unitNamesByRole([
      { unitId: 'a', name: '科技和工信局', role: 'lead' },
      { unitId: 'b', name: '发改局', role: 'responsible' },
      { unitId: 'c', name: '人社局', role: 'responsible' },
      { unitId: 'd', name: '税务局', role: 'cooperating' },
    ]);
    expect(byRole).toEqual({ lead: ['科技和工信局'], responsible: ['发改局', '人社局'], cooperating: ['税务局'] });
  });
});

describe('indicatorYears', () => {
  it('unions every indicator’s years, ascending, even when one skips a year', () => {
    expect(indicatorYears([{ targets: { '2024': 1, '2023': 2 } }, { targets: { '2025': 3, '2023': 1 } }])).toEqual(['2023', '2024', '2025']);
  });
});

describe('targetWords', () => {
  it('says “at least” with ≥ and a yearly target as 每年', () => {
    expect(targetWords(target)).toEqual({ valueKey: 'plan.target.value', value: '≥ 4家', whenKey: 'plan.target.yearly', year: null });
  });

  it('gives a deadline target its year', () => {
    expect(targetWords({ ...target, value: 40, year: 2025, cadence: 'deadline' })).toMatchObject({ whenKey: 'plan.target.byYear', year: 2025 });
  });

  it('words a fall or a rise by a figure, and an average annual growth rate', () => {
    expect(targetWords({ ...target, comparator: 'decrease_by', value: 5, unit: '%' })).toMatchObject({ valueKey: 'plan.target.decreaseBy', value: '5%' });
    expect(targetWords({ ...target, comparator: 'increase_by', value: 8, unit: '%' })).toMatchObject({ valueKey: 'plan.target.increaseBy', value: '8%' });
    expect(targetWords({ ...target, kind: 'annual_growth', value: 10, unit: '%' })).toMatchObject({ valueKey: 'plan.target.annualGrowth', value: '≥ 10%' });
  });

  it('shows a range and “about”, and the bare figure for an unknown comparator', () => {
    expect(targetWords({ ...target, comparator: 'approx', value: 1, maxValue: 2, unit: null }).value).toBe('≈ 1–2');
    expect(targetWords({ ...target, comparator: 'between', unit: '个' }).value).toBe('4个');
  });

  it('has no “when” for an undated, unscheduled target', () => {
    expect(targetWords({ ...target, cadence: 'unspecified' })).toMatchObject({ whenKey: null, year: null });
  });
});

describe('sortFindings / countBySeverity', () => {
  const findings = [
    { severity: 'info' as const, line: 1 },
    { severity: 'warning' as const, line: 40 },
    { severity: 'error' as const, line: 90 },
    { severity: 'warning' as const, line: 12 },
  ];

  it('puts errors first, then warnings, then notes, each in line order', () => {
    expect(sortFindings(findings).map((f) => `${f.severity}@${f.line}`)).toEqual(['error@90', 'warning@12', 'warning@40', 'info@1']);
  });

  it('counts each severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 1 });
  });
});

describe('findingsWithin', () => {
  const a = { line: 36, lines: [36, 300] };
  const b = { line: 232 };
  const c = { line: null };

  it('finds what concerns any line of a paragraph, through any of a finding’s lines', () => {
    expect(findingsWithin([a, b, c], 298, 301)).toEqual([a]);
    expect(findingsWithin([a, b, c], 232)).toEqual([b]);
  });

  it('finds nothing for an element without a line', () => {
    expect(findingsWithin([a, b], null)).toEqual([]);
  });
});

describe('groupGoalsByTheme', () => {
  it('keeps consecutive goals of one theme together, in the plan’s order', () => {
    const groups = groupGoalsByTheme([{ theme: 'A' }, { theme: 'A' }, { theme: 'B' }, { theme: null }]);
    expect(groups.map((g) => [g.theme, g.goals.length])).toEqual([['A', 2], ['B', 1], [null, 1]]);
  });
});
