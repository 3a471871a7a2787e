import { describe, expect, it } from 'vitest';
import { currentPeriod, sortQueue } from './review-order';

describe('sortQueue', () => {
  it('puts the longest waiting first, then orders by task', () => {
    const reports = [
      { id: 'c', submittedAt: '2025-12-02T00:00:00Z', taskNumber: 3 },
      { id: 'a', submittedAt: '2025-12-01T00:00:00Z', taskNumber: 9 },
      { id: 'b', submittedAt: '2025-12-02T00:00:00Z', taskNumber: 1 },
    ];
    expect(sortQueue(reports).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('currentPeriod', () => {
  const period = (key: string, status: string, id: string | null = key) => ({ key, status, id });

  it('is the latest open period', () => {
    expect(currentPeriod([period('2025Q3', 'open'), period('2025Q4', 'open'), period('2026Q1', 'not_opened', null)])?.key).toBe('2025Q4');
  });

  it('falls back to the latest opened period when none is open, and to none', () => {
    expect(currentPeriod([period('2025Q2', 'closed'), period('2025Q3', 'closed'), period('2025Q4', 'not_opened', null)])?.key).toBe('2025Q3');
    expect(currentPeriod([period('2025Q4', 'not_opened', null)])).toBeUndefined();
  });
});
