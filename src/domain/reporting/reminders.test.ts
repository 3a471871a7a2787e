import { describe, expect, it } from 'vitest';
import { reminderKindOn, reminderText } from './reminders';

describe('reminders', () => {
  it.each([
    ['2024-03-13', 'due_in_7'],
    ['2024-03-14', null],
    ['2024-03-17', 'due_in_3'],
    ['2024-03-19', 'due_in_1'],
    ['2024-03-20', null],
    ['2024-03-21', 'overdue'],
    ['2024-04-02', 'overdue'],
  ])('on %s for a report due 2024-03-20: %s', (today, kind) => {
    expect(reminderKindOn(today, '2024-03-20')).toBe(kind);
  });

  it('says what is due, by when, and how long it is overdue', () => {
    expect(reminderText('due_in_3', '发改局', '2024Q1', '2024-03-20', ['1.实施创新力量厚植工程'], 0)).toBe(
      '【落实提醒】发改局：2024Q1进度报告（1项任务：1.实施创新力量厚植工程）应于3月20日前报送，还剩3天。',
    );
    expect(reminderText('overdue', '发改局', '2024Q1', '2024-03-20', ['1.甲', '2.乙'], 2)).toContain('已逾期2天');
  });
});
