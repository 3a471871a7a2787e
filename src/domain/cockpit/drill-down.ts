import { obligationKey, type Obligation } from '../reporting/obligations';
import type { ReportingRule } from '../reporting/periods';
import { timelinessOf, type Timeliness } from '../reporting/timeliness';
import type { OpenedPeriod } from './cockpit-period';
import type { ReportFact } from './task-states';

export interface ObligationCell {
  periodId: string;
  periodKey: string;
  dueDate: string;
  taskId: string;
  unitId: string;
  kind: 'unit' | 'consolidated';
  reportId: string | null;
  /** The report's workflow state; not_started when nobody opened it. */
  status: ReportFact['status'] | 'not_started';
  taskStatus: ReportFact['taskStatus'];
  timeliness: Timeliness;
}

/**
 * The state of each of `obligations` in each opened period: its report (if any), its workflow
 * state and its timeliness now. The rows of the two drill-downs: one task's reports by unit
 * across quarters, and everything one unit owes.
 */
export function obligationCells(
  periods: readonly OpenedPeriod[],
  obligations: readonly Obligation[],
  reports: readonly ReportFact[],
  rule: ReportingRule,
  now: Date,
): ObligationCell[] {
  const reportOf = new Map(reports.map((r) => [`${r.periodId}/${obligationKey(r)}`, r]));
  return periods.flatMap((period) =>
    obligations.map((o) => {
      const report = reportOf.get(`${period.id}/${obligationKey(o)}`) ?? null;
      return {
        periodId: period.id,
        periodKey: period.key,
        dueDate: period.dueDate,
        taskId: o.taskId,
        unitId: o.unitId,
        kind: o.kind,
        reportId: report?.reportId ?? null,
        status: report?.status ?? 'not_started',
        taskStatus: report?.taskStatus ?? null,
        timeliness: timelinessOf(period, rule, report?.firstSubmittedAt ?? null, now),
      };
    }),
  );
}
