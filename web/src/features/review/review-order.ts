import type { Report } from '../reports/report-types';

/**
 * The queue in the order the office should work it: the longest waiting first (by when the report
 * reached the office), then by task number.
 */
export function sortQueue<R extends Pick<Report, 'submittedAt' | 'taskNumber'>>(reports: readonly R[]): R[] {
  return [...reports].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.taskNumber - b.taskNumber);
}

/**
 * The period the office most likely means: the open one (the latest if several), else the latest
 * opened, else none.
 */
export function currentPeriod<P extends { id: string | null; status: string; key: string }>(periods: readonly P[]): (P & { id: string }) | undefined {
  const opened = periods.filter((period): period is P & { id: string } => period.id !== null);
  const open = opened.filter((period) => period.status === 'open');
  return (open.length > 0 ? open : opened).reduce<(P & { id: string }) | undefined>((latest, period) => (latest === undefined || period.key > latest.key ? period : latest), undefined);
}
