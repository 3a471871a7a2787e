import { daysBetween, localDate } from './calendar';
import type { Period, ReportingRule } from './periods';

/**
 * Whether a report came on time, late, or not at all (DHIS2's terms, DOMAIN.md): on time when
 * submitted before the deadline (plus grace); late by N calendar days; missing once the
 * deadline has passed without one; not yet due before that.
 */
export type Timeliness =
  | { status: 'on_time' }
  | { status: 'late'; daysLate: number }
  | { status: 'missing'; daysOverdue: number }
  | { status: 'not_due' };

export function timelinessOf(period: Period, rule: ReportingRule, submittedAt: Date | null, now: Date): Timeliness {
  if (submittedAt) {
    if (submittedAt.getTime() < period.lateAfter.getTime()) return { status: 'on_time' };
    return { status: 'late', daysLate: Math.max(1, daysBetween(period.dueDate, localDate(submittedAt, rule.timeZone))) };
  }
  if (now.getTime() < period.lateAfter.getTime()) return { status: 'not_due' };
  return { status: 'missing', daysOverdue: Math.max(1, daysBetween(period.dueDate, localDate(now, rule.timeZone))) };
}

export interface Rates {
  expected: number;
  received: number;
  onTime: number;
  /** received ÷ expected; null when nothing was expected. */
  reportingRate: number | null;
  /** on time ÷ expected. */
  timelyRate: number | null;
}

/** Reporting rate and timely rate over a set of obligations whose deadline has passed or been met. */
export function ratesOf(timeliness: readonly Timeliness[]): Rates {
  const due = timeliness.filter((t) => t.status !== 'not_due');
  const received = due.filter((t) => t.status === 'on_time' || t.status === 'late').length;
  const onTime = due.filter((t) => t.status === 'on_time').length;
  const expected = due.length;
  return {
    expected,
    received,
    onTime,
    reportingRate: expected === 0 ? null : received / expected,
    timelyRate: expected === 0 ? null : onTime / expected,
  };
}
