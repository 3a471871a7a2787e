import { describe, expect, it } from 'vitest';
import { addDays, noticeActionsFor, noticePrefill, redAndYellow } from './supervision-rules';

describe('redAndYellow', () => {
  it('leaves green out and puts red first, then by number', () => {
    const items = [
      { id: 'a', light: 'yellow' as const, number: 1 },
      { id: 'b', light: 'green' as const, number: 2 },
      { id: 'c', light: 'red' as const, number: 5 },
      { id: 'd', light: 'red' as const, number: 3 },
    ];
    expect(redAndYellow(items).map((i) => i.id)).toEqual(['d', 'c', 'a']);
  });
});

describe('noticePrefill', () => {
  it('quotes the reasons as the basis, marks red items urgent and gives a week', () => {
    const prefill = noticePrefill(
      { kind: 'task', id: 't1', unitId: 'u1', reasons: [{ light: 'red', code: 'task_lagging', text: '进度滞后' }, { light: 'yellow', code: 'report_late', text: '逾期报送' }] },
      '2025-03-28',
      '请反馈',
    );
    expect(prefill).toEqual({ subjectKind: 'task', subjectId: 't1', unitId: 'u1', basis: '进度滞后；逾期报送', requirement: '请反馈', urgency: 'urgent', dueDate: '2025-04-04' });
  });

  it('adds days across a month and a year', () => {
    expect(addDays('2024-12-28', 7)).toBe('2025-01-04');
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
  });
});

describe('noticeActionsFor', () => {
  const unit = { roles: ['unit_reporter' as const], unitId: 'u1' };
  const supervisor = { roles: ['supervisor' as const], unitId: 's' };
  it('lets the addressed unit sign, then respond (again after a return)', () => {
    expect(noticeActionsFor({ status: 'issued', unitId: 'u1' }, unit)).toEqual(['sign']);
    expect(noticeActionsFor({ status: 'signed', unitId: 'u1' }, unit)).toEqual(['respond']);
    expect(noticeActionsFor({ status: 'returned', unitId: 'u1' }, unit)).toEqual(['respond']);
    expect(noticeActionsFor({ status: 'issued', unitId: 'u2' }, unit)).toEqual([]);
  });
  it('lets the issuers close or return a responded notice only', () => {
    expect(noticeActionsFor({ status: 'responded', unitId: 'u1' }, supervisor)).toEqual(['close', 'return']);
    expect(noticeActionsFor({ status: 'signed', unitId: 'u1' }, supervisor)).toEqual([]);
    expect(noticeActionsFor({ status: 'responded', unitId: 'u1' }, { roles: ['leader'], unitId: null })).toEqual([]);
  });
});
