import { describe, expect, it } from 'vitest';
import { formatRate, maxDaysLateByUnit, obligationsByUnit, splitByKind, worstFirst } from './timeliness-rows';

const rates = (timelyRate: number | null) => ({ expected: 2, received: 2, onTime: 1, reportingRate: 1, timelyRate });

describe('formatRate', () => {
  it('shows a percentage with one decimal, and a dash when nothing was due', () => {
    expect(formatRate(0.8567)).toBe('85.7%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('splitByKind', () => {
  it('puts townships in their own table and every other kind with the departments', () => {
    const { departments, townships } = splitByKind([{ unitKind: 'department' }, { unitKind: 'township' }, { unitKind: 'park' }]);
    expect(departments.map((u) => u.unitKind)).toEqual(['department', 'park']);
    expect(townships.map((u) => u.unitKind)).toEqual(['township']);
  });
});

describe('maxDaysLateByUnit', () => {
  it('keeps each unit’s longest delay, ignoring reports on time or missing', () => {
    const days = maxDaysLateByUnit([
      { unitId: 'a', timeliness: { status: 'late', daysLate: 2 } },
      { unitId: 'a', timeliness: { status: 'late', daysLate: 5 } },
      { unitId: 'b', timeliness: { status: 'missing', daysOverdue: 9 } },
      { unitId: 'c', timeliness: { status: 'on_time' } },
    ]);
    expect([...days]).toEqual([['a', 5]]);
  });
});

describe('worstFirst', () => {
  it('lists the units with most missing reports first, then most late, then the lowest timely rate', () => {
    const units = [
      { unitName: '甲', missing: 0, late: 0, rates: rates(1) },
      { unitName: '乙', missing: 2, late: 0, rates: rates(0) },
      { unitName: '丙', missing: 0, late: 1, rates: rates(0.5) },
      { unitName: '丁', missing: 0, late: 0, rates: rates(0.5) },
    ];
    expect(worstFirst(units).map((u) => u.unitName)).toEqual(['乙', '丙', '丁', '甲']);
  });
});

describe('obligationsByUnit', () => {
  it("groups each unit's obligations in task order, its unit report before the consolidated one", () => {
    const byUnit = obligationsByUnit([
      { unitId: 'a', taskNumber: 3, kind: 'unit' as const },
      { unitId: 'b', taskNumber: 1, kind: 'unit' as const },
      { unitId: 'a', taskNumber: 1, kind: 'consolidated' as const },
      { unitId: 'a', taskNumber: 1, kind: 'unit' as const },
    ]);
    expect(byUnit.get('a')!.map((o) => `${o.taskNumber}${o.kind}`)).toEqual(['1unit', '1consolidated', '3unit']);
    expect(byUnit.get('b')).toHaveLength(1);
  });
});
