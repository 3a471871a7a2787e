import type { ObligationStatus } from './report-types';

/** The deadline light (DOMAIN.md): green with time to spare, yellow within 3 days, red when overdue. */
export type CountdownTone = 'success' | 'warning' | 'error';

export interface Countdown {
  key: 'countdown.left' | 'countdown.today' | 'countdown.overdue';
  days: number;
  tone: CountdownTone;
}

/** Supervision platforms turn an item yellow this many days before its deadline (DOMAIN.md). */
export const NEAR_DEADLINE_DAYS = 3;

/**
 * The countdown to a report's deadline: 还剩N天, 今天截止, 已逾期N天. None once the report has
 * reached the office (submitted or accepted): the deadline no longer concerns the unit.
 *
 * @example countdownOf(5, 'draft') // { key: 'countdown.left', days: 5, tone: 'success' }
 */
export function countdownOf(daysLeft: number, status: ObligationStatus): Countdown | undefined {
  if (status === 'submitted' || status === 'accepted') return undefined;
  if (daysLeft < 0) return { key: 'countdown.overdue', days: -daysLeft, tone: 'error' };
  if (daysLeft === 0) return { key: 'countdown.today', days: 0, tone: 'warning' };
  return { key: 'countdown.left', days: daysLeft, tone: daysLeft <= NEAR_DEADLINE_DAYS ? 'warning' : 'success' };
}
