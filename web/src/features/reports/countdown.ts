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

/**
 * Calendar days from `today` to `dueDate` (both YYYY-MM-DD, county days): negative once passed.
 *
 * @example daysBetween('2025-12-18', '2025-12-20') // 2
 */
export function daysBetween(today: string, dueDate: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(dueDate) - day(today)) / 86_400_000);
}
