import { describe, expect, it } from 'vitest';
import type { PlanView } from '../plan/plan-types';
import { findTask } from './task-context';

const task = (id: string, number: number) => ({ id, number, title: `任务${number}`, text: '', line: null, units: [], targets: [] });
const view = (planId: string, taskIds: string[]): PlanView => ({
  plan: { id: planId, code: planId, title: planId, documentNumber: null, startYear: 2023, endYear: 2025, status: 'active', importedAt: null, officeUnitId: null, metadata: {}, rules: {} },
  sections: [{ id: `${planId}-s`, number: '一', title: '', tasks: taskIds.map((id, i) => task(id, i + 1)) }],
  goals: [],
  indicators: [],
  findings: [],
});

describe('findTask', () => {
  it('finds the plan and section holding a task, across plans', () => {
    const found = findTask([view('a', ['t1']), view('b', ['t2', 't3'])], 't3');
    expect(found?.plan.id).toBe('b');
    expect(found?.task.number).toBe(2);
  });

  it('finds nothing for a task no plan has', () => {
    expect(findTask([view('a', ['t1'])], 'gone')).toBeUndefined();
  });
});
