import { daysBetween, type IsoDate } from './calendar';

/**
 * When an owing unit is reminded (issue 5): 7, 3 and 1 days before the deadline, and every day
 * while the report is overdue. At most one reminder kind applies on a given local day.
 */
export type ReminderKind = 'due_in_7' | 'due_in_3' | 'due_in_1' | 'overdue';

export function reminderKindOn(today: IsoDate, dueDate: IsoDate): ReminderKind | null {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft === 7) return 'due_in_7';
  if (daysLeft === 3) return 'due_in_3';
  if (daysLeft === 1) return 'due_in_1';
  if (daysLeft < 0) return 'overdue';
  return null;
}

/** The reminder text a clerk receives, in Chinese. */
export function reminderText(kind: ReminderKind, unitName: string, periodKey: string, dueDate: IsoDate, tasks: readonly string[], daysOverdue: number): string {
  const what = `${periodKey}进度报告（${tasks.length}项任务：${tasks.join('；')}）`;
  const [, month, day] = dueDate.split('-').map(Number);
  const due = `${month}月${day}日`;
  switch (kind) {
    case 'due_in_7':
    case 'due_in_3':
    case 'due_in_1':
      return `【落实提醒】${unitName}：${what}应于${due}前报送，还剩${kind.slice(7)}天。`;
    case 'overdue':
      return `【落实催办】${unitName}：${what}已逾期${daysOverdue}天（截止${due}），请尽快报送。`;
  }
}
