import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION, noticeLevel, noticeReminderKind, noticeReminderText, type EscalationLevel, type NoticeStatus } from './notice-escalation';
import { noticeNumber, noticeTransition, type NoticeAction } from './notice-workflow';

describe('notice escalation (blue → yellow → red)', () => {
  const due = '2025-03-20';
  const rows: Array<[string, NoticeStatus, string, EscalationLevel | null]> = [
    ['blue with more than 3 days left', 'issued', '2025-03-16', 'blue'],
    ['yellow 3 days before the deadline', 'issued', '2025-03-17', 'yellow'],
    ['yellow on the deadline day', 'signed', '2025-03-20', 'yellow'],
    ['red the day after the deadline', 'signed', '2025-03-21', 'red'],
    ['red while returned for more work past the deadline', 'returned', '2025-04-01', 'red'],
    ['no level once responded: the unit has done its part', 'responded', '2025-04-01', null],
    ['no level once closed', 'closed', '2025-04-01', null],
  ];
  for (const [rule, status, today, level] of rows) {
    it(rule, () => expect(noticeLevel(status, due, today, DEFAULT_ESCALATION)).toBe(level));
  }

  it('takes its thresholds from the plan', () => {
    const relaxed = { yellowDaysBefore: 1, redDaysAfter: 2 };
    expect(noticeLevel('issued', due, '2025-03-18', relaxed)).toBe('blue');
    expect(noticeLevel('issued', due, '2025-03-19', relaxed)).toBe('yellow');
    expect(noticeLevel('issued', due, '2025-03-22', relaxed)).toBe('yellow');
    expect(noticeLevel('issued', due, '2025-03-23', relaxed)).toBe('red');
  });

  it('reminds while yellow and chases while red, in Chinese', () => {
    expect(noticeReminderKind('blue')).toBeNull();
    expect(noticeReminderKind('yellow')).toBe('notice_due_soon');
    expect(noticeReminderKind('red')).toBe('notice_overdue');
    expect(noticeReminderText('notice_overdue', '发改局', '督办〔2025〕2号', '补报一季度进度', due, '2025-03-22')).toBe(
      '【督办催办】发改局：督办单督办〔2025〕2号（补报一季度进度）已超过反馈时限2天（3月20日），请立即办理并反馈。',
    );
    expect(noticeReminderText('notice_due_soon', '发改局', '督办〔2025〕2号', '补报', due, '2025-03-18')).toContain('还剩2天');
  });
});

describe('notice workflow', () => {
  const rows: Array<[NoticeStatus, NoticeAction, NoticeStatus | null]> = [
    ['issued', 'sign', 'signed'],
    ['issued', 'respond', null],
    ['signed', 'respond', 'responded'],
    ['signed', 'close', null],
    ['responded', 'return', 'returned'],
    ['responded', 'close', 'closed'],
    ['returned', 'respond', 'responded'],
    ['returned', 'sign', null],
    ['closed', 'return', null],
    ['closed', 'respond', null],
  ];
  for (const [from, action, to] of rows) {
    it(`${from} --${action}--> ${to ?? 'refused'}`, () => {
      const step = noticeTransition(from, action);
      expect(step.ok ? step.status : null).toBe(to);
    });
  }

  it('numbers notices the GB/T 9704 way', () => expect(noticeNumber(2025, 3)).toBe('督办〔2025〕3号'));
});
