import { describe, expect, it } from 'vitest';
import { countToDo, groupByPeriod } from './obligations';
import type { Obligation } from './report-types';

function buildObligation(overrides: Partial<Obligation> = {}): Obligation {
  return {
    planId: 'p', planTitle: '实施方案', periodId: 'q4', periodKey: '2025Q4', dueDate: '2025-12-20', daysLeft: 5,
    taskId: 't1', taskNumber: 1, taskTitle: '任务', kind: 'unit', reportId: null, status: 'not_started', returnReason: null,
    timeliness: { status: 'not_due' }, ...overrides,
  };
}

describe('groupByPeriod', () => {
  it('groups by plan and period, keeping the server’s order inside each', () => {
    const groups = groupByPeriod([
      buildObligation({ taskNumber: 1 }),
      buildObligation({ periodId: 'q3', periodKey: '2025Q3', taskNumber: 5 }),
      buildObligation({ taskNumber: 2 }),
    ]);
    expect(groups.map((g) => [g.periodKey, g.items.map((o) => o.taskNumber)])).toEqual([
      ['2025Q4', [1, 2]],
      ['2025Q3', [5]],
    ]);
  });
});

describe('countToDo', () => {
  it('counts what still needs the unit: not started, draft or returned', () => {
    const statuses = ['not_started', 'draft', 'returned', 'awaiting_approval', 'submitted', 'accepted'] as const;
    expect(countToDo(statuses.map((status) => ({ status })))).toBe(3);
  });
});
