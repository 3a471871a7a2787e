import { describe, expect, it } from 'vitest';
import type { UnitResolution } from './import-types';
import { changedFieldKey, isUnchanged, tasksOf, unitsNeedingAttentionFirst, withOverride } from './import-labels';

describe('changedFieldKey', () => {
  it('has words for the fields a revision compares, and none for an unknown one', () => {
    expect(changedFieldKey('responsibleUnits')).toBe('planImport.field.responsibleUnits');
    expect(changedFieldKey('targets')).toBe('planImport.field.targets');
    expect(changedFieldKey('toString')).toBeUndefined();
  });
});

describe('isUnchanged', () => {
  it('is true only with nothing added, removed or changed', () => {
    expect(isUnchanged({ added: [], removed: [], changed: [], unchanged: 22 })).toBe(true);
    expect(isUnchanged({ added: [], removed: [], changed: [{ number: 1, fields: ['text'] }], unchanged: 21 })).toBe(false);
  });
});

describe('tasksOf', () => {
  it('flattens sections into tasks that remember their section', () => {
    const task = { number: 1, title: 'a', text: '', leadUnits: [], responsibleUnits: [], cooperatingUnits: [], unitClause: null, targets: [], line: 1, endLine: 1 };
    expect(tasksOf([{ number: '一', ordinal: 1, title: 's', line: 1, tasks: [task] }])).toEqual([{ ...task, section: '一' }]);
  });
});

describe('unitsNeedingAttentionFirst', () => {
  it('lists new units before matched ones, keeping document order in each', () => {
    const units: UnitResolution[] = [
      { name: 'A', status: 'matched', unitId: '1', registryName: 'A' },
      { name: 'B', status: 'new', kind: 'department', aliases: [], suspectedDuplicates: [] },
      { name: 'C', status: 'new', kind: 'township', aliases: [], suspectedDuplicates: [] },
    ];
    expect(unitsNeedingAttentionFirst(units).map((unit) => unit.name)).toEqual(['B', 'C', 'A']);
  });
});

describe('withOverride', () => {
  it('maps a plan name to a registry unit, and forgets it when cleared', () => {
    const once = withOverride({}, '县数据局', 'u2');
    expect(once).toEqual({ 县数据局: 'u2' });
    expect(withOverride(once, '县数据局', undefined)).toEqual({});
  });
});
