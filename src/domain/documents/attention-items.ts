import { taskProgressOf, type ReportFact, type TaskFact } from './period-facts';

/**
 * The red and yellow items of a period, for the quarterly meeting pack. The rules follow the
 * supervision platforms in DOMAIN.md (red when overdue or behind; yellow when slipping):
 *   red    — a report of the task is missing past its deadline, or the task is declared lagging;
 *   yellow — otherwise, a report came late, or the task has not started.
 * Kept in this one function so the supervision area's lights (issue on 督办) can replace it.
 */
export type Light = 'red' | 'yellow';

export interface AttentionItem {
  light: Light;
  taskNumber: number;
  taskTitle: string;
  leadUnits: string[];
  /** Why the item is red or yellow, in Chinese. */
  reasons: string[];
  latestReport: ReportFact | null;
}

export function selectAttentionItems(sections: ReadonlyArray<{ tasks: readonly TaskFact[] }>): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const task of sections.flatMap((s) => s.tasks)) {
    const missing = task.obligations.filter((o) => o.timeliness.status === 'missing').map((o) => o.unitName);
    const late = task.obligations.filter((o) => o.timeliness.status === 'late').map((o) => o.unitName);
    const progress = taskProgressOf(task);
    const red: string[] = [];
    const yellow: string[] = [];
    if (missing.length > 0) red.push(`逾期未报送：${unique(missing).join('、')}`);
    if (progress === 'lagging') red.push('牵头单位报告进展滞后');
    if (late.length > 0) yellow.push(`迟报：${unique(late).join('、')}`);
    if (progress === 'not_started') yellow.push('任务尚未启动');
    if (red.length === 0 && yellow.length === 0) continue;
    items.push({
      light: red.length > 0 ? 'red' : 'yellow',
      taskNumber: task.number,
      taskTitle: task.title,
      leadUnits: task.leadUnits,
      reasons: [...red, ...yellow],
      latestReport: latestOf(task.reports),
    });
  }
  return items.sort((a, b) => (a.light === b.light ? a.taskNumber - b.taskNumber : a.light === 'red' ? -1 : 1));
}

const unique = (names: readonly string[]) => [...new Set(names)];

/** The lead unit's consolidated report if there is one, else the latest unit report. */
function latestOf(reports: readonly ReportFact[]): ReportFact | null {
  const sorted = [...reports].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return sorted.find((r) => r.kind === 'consolidated') ?? sorted[0] ?? null;
}
