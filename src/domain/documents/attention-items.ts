import { DEFAULT_DUE_SOON_DAYS, taskLight } from '../supervision/lights';
import type { PeriodFacts, ReportFact } from './period-facts';

/**
 * The red and yellow items of a period, for the quarterly meeting pack, by the supervision
 * area's task lights (domain/supervision/lights.ts, the rules the 督查督办 page shows): red when a
 * report is missing past its deadline, the lead unit declares the task lagging, or a 督办单 is
 * overdue; yellow when a report came late or is due within days, or a 督办单 is still open.
 */
export type Light = 'red' | 'yellow';

export interface AttentionItem {
  light: Light;
  taskNumber: number;
  taskTitle: string;
  leadUnits: string[];
  /** Why the item is red or yellow, in Chinese, worst first. */
  reasons: string[];
  latestReport: ReportFact | null;
}

export function selectAttentionItems(facts: Pick<PeriodFacts, 'sections' | 'periodKey' | 'dueDate' | 'asOf' | 'escalation'>): AttentionItem[] {
  const rules = { dueSoonDays: DEFAULT_DUE_SOON_DAYS, escalation: facts.escalation };
  const items: AttentionItem[] = [];
  for (const task of facts.sections.flatMap((s) => s.tasks)) {
    const obligations = task.obligations.map((o) => ({ subject: o.unitName, periodKey: facts.periodKey, dueDate: facts.dueDate, timeliness: o.timeliness }));
    const declared = task.reports.find((r) => r.kind === 'consolidated' && r.taskStatus !== null)?.taskStatus ?? null;
    const result = taskLight(
      { obligations, latestStatus: declared ? { status: declared, periodKey: facts.periodKey } : null, notices: task.notices },
      facts.asOf,
      rules,
    );
    if (result.light === 'green') continue;
    items.push({ light: result.light, taskNumber: task.number, taskTitle: task.title, leadUnits: task.leadUnits, reasons: result.reasons.map((r) => r.text), latestReport: latestOf(task.reports) });
  }
  return items.sort((a, b) => (a.light === b.light ? a.taskNumber - b.taskNumber : a.light === 'red' ? -1 : 1));
}

/** The lead unit's consolidated report if there is one, else the latest unit report. */
function latestOf(reports: readonly ReportFact[]): ReportFact | null {
  const sorted = [...reports].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return sorted.find((r) => r.kind === 'consolidated') ?? sorted[0] ?? null;
}
