import type { Period } from '../reporting/periods';
import type { Rates, Timeliness } from '../reporting/timeliness';

/**
 * The status part of `timelinessOf` (reporting/timeliness.ts): on time, late, missing or not yet
 * due, by the same rule (a report is on time when first submitted before `lateAfter`; without one,
 * missing once `lateAfter` has passed). The cockpit classifies every obligation of every quarter
 * (thousands per request) and needs the day counts only for its overdue list; those need a
 * time-zone conversion per report in the county's calendar. A property test pins this to
 * timelinessOf.
 */
export function timelinessStatusOf(period: Pick<Period, 'lateAfter'>, submittedAt: Date | null, now: Date): Timeliness['status'] {
  const lateAfter = period.lateAfter.getTime();
  if (submittedAt) return submittedAt.getTime() < lateAfter ? 'on_time' : 'late';
  return now.getTime() < lateAfter ? 'not_due' : 'missing';
}

export interface StatusCounts {
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
}

export const emptyStatusCounts = (): StatusCounts => ({ expected: 0, received: 0, onTime: 0, late: 0, missing: 0 });

/** Adds one obligation's status to counts kept the way `ratesOf` counts (not-yet-due ones are not expected). */
export function countStatus(counts: StatusCounts, status: Timeliness['status']): void {
  if (status === 'not_due') return;
  counts.expected += 1;
  if (status === 'on_time') counts.onTime += 1;
  if (status === 'on_time' || status === 'late') counts.received += 1;
  if (status === 'late') counts.late += 1;
  if (status === 'missing') counts.missing += 1;
}

/** The rates of counts, as `ratesOf` gives them: received ÷ expected and on time ÷ expected; null when nothing was due. */
export function ratesOfCounts(counts: StatusCounts): Rates {
  const { expected, received, onTime } = counts;
  return { expected, received, onTime, reportingRate: expected === 0 ? null : received / expected, timelyRate: expected === 0 ? null : onTime / expected };
}
