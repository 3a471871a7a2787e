import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { createTranslator } from '../../../shared/i18n/translate';
import { zhCN } from '../../../shared/i18n/zh-CN';
import type { GoalEntryChanges, UnitResolution } from './import-types';
import { changedFieldKey, goalChangeParts, goalChangeSummary, isGoalsUnchanged, isUnchanged, tasksOf, unitsNeedingAttentionFirst, withOverride } from './import-labels';

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

describe('the goal entries’ changes', () => {
  const none: GoalEntryChanges = { added: [], changed: [], revived: [], retired: [], renumbered: [], unchanged: 0 };
  const revision: GoalEntryChanges = {
    ...none,
    added: [{ number: 41, name: '科技特派员服务站' }],
    retired: [{ number: 37, name: '林木绿化率' }, { number: 39, name: '可再生资源利用率' }],
    renumbered: [{ name: '国家高新技术企业', from: 21, to: 40 }],
    unchanged: 15,
  };

  it('counts only what happens, in reading order: added, changed, retired, revived, renumbered, unchanged', () => {
    expect(goalChangeParts(revision)).toEqual([
      { key: 'planImport.goals.addedCount', count: 1 },
      { key: 'planImport.goals.retiredCount', count: 2 },
      { key: 'planImport.goals.renumberedCount', count: 1 },
      { key: 'planImport.goals.unchangedCount', count: 15 },
    ]);
  });

  it('says it in one line, in Chinese and English, and says so when the plan has no goal entries', () => {
    expect(goalChangeSummary(revision, createTranslator(zhCN))).toBe('总体目标指标：新增 1 项，停用 2 项，重新编号 1 项，未变化 15 项');
    expect(goalChangeSummary(revision, createTranslator(en))).toBe('Overall-goal indicators: 1 added, 2 retired, 1 renumbered, 15 unchanged');
    expect(goalChangeSummary(none, createTranslator(zhCN))).toBe('没有需要单独跟踪的总体目标');
  });

  it('is unchanged when nothing is added, changed, retired, revived or moved, however many stay', () => {
    expect(isGoalsUnchanged({ ...none, unchanged: 19 })).toBe(true);
    expect(isGoalsUnchanged({ ...none, revived: [{ number: 39, name: '可再生资源利用率' }], unchanged: 18 })).toBe(false);
    expect(isGoalsUnchanged({ ...none, renumbered: [{ name: '国家高新技术企业', from: 21, to: 40 }] })).toBe(false);
  });

  it('has a word for a goal’s theme, which only goal entries compare', () => {
    expect(changedFieldKey('theme')).toBe('planImport.field.theme');
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
