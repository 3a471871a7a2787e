import { describe, expect, it } from 'vitest';
import { compareIndicators, compareTasks, type TaskContent } from './plan-changes';
import { resolveUnits } from './resolve-units';

const task = (number: number, overrides: Partial<TaskContent> = {}): TaskContent => ({
  number,
  title: `任务${number}`,
  text: '正文',
  section: '(一)',
  leadUnits: ['科技和工信局'],
  responsibleUnits: ['发改局'],
  cooperatingUnits: [],
  ...overrides,
});

describe('plan changes', () => {
  it('matches tasks by number and names the fields that changed', () => {
    const changes = compareTasks([task(1), task(2), task(3)], [task(1), task(2, { responsibleUnits: ['发改局', '财政局'] }), task(4)]);
    expect(changes).toEqual({ added: [4], removed: [3], changed: [{ number: 2, fields: ['responsibleUnits'] }], unchanged: 1 });
  });

  it('sees a changed year target in an indicator', () => {
    const base = { number: 1, name: '研发投入强度', unit: '%', attribute: 'expected', direction: 'higher' };
    const changes = compareIndicators([{ ...base, targets: { '2025': 1.45 } }], [{ ...base, targets: { '2025': 1.5 } }]);
    expect(changes.changed).toEqual([{ number: 1, fields: ['targets'] }]);
  });
});

describe('unit resolution', () => {
  const registry = [
    { id: 'u1', name: '审批服务管理局', aliases: ['审批服务局'], kind: 'department' as const },
    { id: 'u2', name: '组织部(人才办)', aliases: [], kind: 'department' as const },
  ];

  it('matches by name or alias, folding full-width brackets', () => {
    const resolved = resolveUnits(
      [
        { name: '审批服务局', aliases: [], kind: 'department', suspectedDuplicates: [] },
        { name: '组织部（人才办）', aliases: [], kind: 'department', suspectedDuplicates: [] },
      ],
      registry,
    );
    expect(resolved.map((r) => (r.status === 'matched' ? r.unitId : null))).toEqual(['u1', 'u2']);
  });

  it('proposes a new unit for an unknown name, unless a person maps it to an existing one', () => {
    const named = [{ name: '县审批局', aliases: [], kind: 'department' as const, suspectedDuplicates: ['审批服务管理局'] }];
    expect(resolveUnits(named, registry)[0]).toMatchObject({ status: 'new', suspectedDuplicates: ['审批服务管理局'] });
    expect(resolveUnits(named, registry, { 县审批局: 'u1' })[0]).toMatchObject({ status: 'matched', unitId: 'u1' });
  });
});
