import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTime, startOfCountyDay } from './date-time';

describe('formatDateTime', () => {
  it('shows an instant in Beijing time, zero-padded, 24-hour', () => {
    expect(formatDateTime('2025-03-20T01:30:15Z')).toBe('2025-03-20 09:30:15');
    expect(formatDateTime('2025-03-19T16:05:09.999Z')).toBe('2025-03-20 00:05:09');
  });

  it('moves to the next day in Beijing when UTC is still on the day before', () => {
    expect(formatDateTime('2024-12-31T23:00:00Z')).toBe('2025-01-01 07:00:00');
  });

  it('shows nothing for a missing or unreadable value', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('not a date')).toBe('');
  });
});

describe('formatTime', () => {
  it('shows the time of day in Beijing as HH:mm', () => {
    expect(formatTime('2025-03-20T01:30:15Z')).toBe('09:30');
    expect(formatTime('2025-03-19T16:05:09Z')).toBe('00:05');
  });

  it('shows nothing for a missing value', () => {
    expect(formatTime(null)).toBe('');
  });
});

describe('startOfCountyDay', () => {
  it('is midnight in Beijing, 16:00 UTC the day before', () => {
    expect(startOfCountyDay('2025-03-20')).toBe('2025-03-19T16:00:00.000Z');
  });

  it('adds days across month and year ends', () => {
    expect(startOfCountyDay('2025-02-28', 1)).toBe('2025-02-28T16:00:00.000Z');
    expect(startOfCountyDay('2024-12-31', 1)).toBe('2024-12-31T16:00:00.000Z');
  });

  it('refuses anything that is not a calendar day', () => {
    expect(() => startOfCountyDay('2025-3-20')).toThrow(RangeError);
  });
});
