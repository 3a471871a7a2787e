import { describe, expect, it } from 'vitest';
import { countdownOf, daysBetween } from './countdown';

describe('countdownOf', () => {
  it('counts the days left, green while there is time', () => {
    expect(countdownOf(12, 'not_started')).toEqual({ key: 'countdown.left', days: 12, tone: 'success' });
  });

  it('turns yellow within three days of the deadline, and on the day itself', () => {
    expect(countdownOf(4, 'draft')?.tone).toBe('success');
    expect(countdownOf(3, 'draft')?.tone).toBe('warning');
    expect(countdownOf(0, 'draft')).toEqual({ key: 'countdown.today', days: 0, tone: 'warning' });
  });

  it('says how many days overdue, in red', () => {
    expect(countdownOf(-341, 'returned')).toEqual({ key: 'countdown.overdue', days: 341, tone: 'error' });
  });

  it('keeps counting while the report waits for the unit head, and stops once the office has it', () => {
    expect(countdownOf(2, 'awaiting_approval')).toBeDefined();
    expect(countdownOf(2, 'submitted')).toBeUndefined();
    expect(countdownOf(-5, 'accepted')).toBeUndefined();
  });
});

describe('daysBetween', () => {
  it('counts calendar days to the deadline, negative after it, across month and year ends', () => {
    expect(daysBetween('2025-12-18', '2025-12-20')).toBe(2);
    expect(daysBetween('2025-12-20', '2025-12-20')).toBe(0);
    expect(daysBetween('2026-01-02', '2025-12-20')).toBe(-13);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
});
