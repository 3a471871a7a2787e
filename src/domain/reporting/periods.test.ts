import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORTING_RULE as helan, periodByKey, periodsOfPlan, periodsOfYear } from './periods';
import { ratesOf, timelinessOf } from './timeliness';

describe('reporting periods', () => {
  it('gives Helan four quarters a year, due on the 20th of each quarter’s last month', () => {
    expect(periodsOfYear(helan, 2024).map((p) => [p.key, p.start, p.end, p.dueDate])).toEqual([
      ['2024Q1', '2024-01-01', '2024-03-31', '2024-03-20'],
      ['2024Q2', '2024-04-01', '2024-06-30', '2024-06-20'],
      ['2024Q3', '2024-07-01', '2024-09-30', '2024-09-20'],
      ['2024Q4', '2024-10-01', '2024-12-31', '2024-12-20'],
    ]);
  });

  it('ends the deadline at midnight Beijing time, whatever the server’s zone', () => {
    expect(periodByKey(helan, '2024Q1')!.lateAfter.toISOString()).toBe('2024-03-20T16:00:00.000Z');
  });

  it('supports monthly, half-yearly, next-month due dates, grace days, and clamps day 31', () => {
    const monthly = { ...helan, cadence: 'monthly' as const, dueDay: 31, dueMonth: 'next_first' as const };
    const months = periodsOfYear(monthly, 2024);
    expect(months).toHaveLength(12);
    expect(months[0]!.dueDate).toBe('2024-02-29');
    expect(months[11]).toMatchObject({ key: '2024M12', dueDate: '2025-01-31' });
    expect(periodsOfYear({ ...helan, cadence: 'half_yearly' }, 2024).map((p) => p.key)).toEqual(['2024H1', '2024H2']);
    const grace = periodByKey({ ...helan, graceDays: 3 }, '2024Q1')!;
    expect(grace.lateAfter.toISOString()).toBe('2024-03-23T16:00:00.000Z');
  });

  it('lists every period of the plan’s years', () => {
    expect(periodsOfPlan(helan, 2023, 2025).map((p) => p.key)).toHaveLength(12);
  });
});

describe('timeliness', () => {
  const q1 = periodByKey(helan, '2024Q1')!;
  const at = (iso: string) => new Date(iso);

  it('counts a report submitted at 23:59 Beijing time on the due day as on time', () => {
    expect(timelinessOf(q1, helan, at('2024-03-20T15:59:00Z'), at('2024-04-01T00:00:00Z'))).toEqual({ status: 'on_time' });
  });

  it('counts one submitted the next morning as one day late, and a week later as 7', () => {
    expect(timelinessOf(q1, helan, at('2024-03-21T01:00:00Z'), at('2024-04-01T00:00:00Z'))).toEqual({ status: 'late', daysLate: 1 });
    expect(timelinessOf(q1, helan, at('2024-03-27T08:00:00Z'), at('2024-04-01T00:00:00Z'))).toEqual({ status: 'late', daysLate: 7 });
  });

  it('is not yet due before the deadline, and missing after it', () => {
    expect(timelinessOf(q1, helan, null, at('2024-03-19T00:00:00Z'))).toEqual({ status: 'not_due' });
    expect(timelinessOf(q1, helan, null, at('2024-03-25T04:00:00Z'))).toEqual({ status: 'missing', daysOverdue: 5 });
  });

  it('computes the reporting and timely rates over obligations that are due', () => {
    const rates = ratesOf([{ status: 'on_time' }, { status: 'late', daysLate: 2 }, { status: 'missing', daysOverdue: 1 }, { status: 'on_time' }, { status: 'not_due' }]);
    expect(rates).toEqual({ expected: 4, received: 3, onTime: 2, reportingRate: 0.75, timelyRate: 0.5 });
    expect(ratesOf([]).reportingRate).toBeNull();
  });
});
