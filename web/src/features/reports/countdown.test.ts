import { describe, expect, it } from 'vitest';
import { countdownOf } from './countdown';

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
