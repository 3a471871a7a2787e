import { daysBetween, type IsoDate } from '../reporting/calendar';

/**
 * A supervision notice (督办单) escalates as its response deadline nears and passes, as some
 * Chinese platforms do: blue while there is time, yellow within `yellowDaysBefore` days of the
 * deadline, red once it is more than `redDaysAfter` days past. Only a notice waiting on the unit
 * escalates; once it has responded (or it is closed, 销号) it has no level.
 */
export type NoticeStatus = 'issued' | 'signed' | 'responded' | 'returned' | 'closed';
export type EscalationLevel = 'blue' | 'yellow' | 'red';

export interface EscalationThresholds {
  /** Yellow from this many days before the deadline (3: the last three days and the day itself). */
  yellowDaysBefore: number;
  /** Red once the deadline is more than this many days past (0: the day after the deadline). */
  redDaysAfter: number;
}

export const DEFAULT_ESCALATION: EscalationThresholds = { yellowDaysBefore: 3, redDaysAfter: 0 };

/** Still waiting for the unit: issued, signed for, or returned for more work. */
export function isAwaitingUnit(status: NoticeStatus): boolean {
  return status === 'issued' || status === 'signed' || status === 'returned';
}

export function noticeLevel(status: NoticeStatus, dueDate: IsoDate, today: IsoDate, thresholds: EscalationThresholds): EscalationLevel | null {
  if (!isAwaitingUnit(status)) return null;
  const daysLeft = daysBetween(today, dueDate);
  if (-daysLeft > thresholds.redDaysAfter) return 'red';
  if (daysLeft <= thresholds.yellowDaysBefore) return 'yellow';
  return 'blue';
}

/** Reminder kinds for a notice, at most one a local day: yellow daily before the deadline, red daily after. */
export type NoticeReminderKind = 'notice_due_soon' | 'notice_overdue';

export function noticeReminderKind(level: EscalationLevel | null): NoticeReminderKind | null {
  if (level === 'yellow') return 'notice_due_soon';
  if (level === 'red') return 'notice_overdue';
  return null;
}

/** The reminder text a clerk receives, in Chinese. */
export function noticeReminderText(kind: NoticeReminderKind, unitName: string, number: string, requirement: string, dueDate: IsoDate, today: IsoDate): string {
  const [, month, day] = dueDate.split('-').map(Number);
  const due = `${month}月${day}日`;
  const brief = requirement.length > 40 ? `${requirement.slice(0, 40)}…` : requirement;
  const left = daysBetween(today, dueDate);
  return kind === 'notice_due_soon'
    ? `【督办提醒】${unitName}：督办单${number}（${brief}）应于${due}前反馈，${left <= 0 ? '今天到期' : `还剩${left}天`}。`
    : `【督办催办】${unitName}：督办单${number}（${brief}）已超过反馈时限${-left}天（${due}），请立即办理并反馈。`;
}
