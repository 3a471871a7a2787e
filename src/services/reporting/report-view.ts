import type { ReportRow } from '../../db/reporting.repository';
import type { PeriodRow } from '../../db/schema';
import type { Repositories } from '../../db/store';
import type { ReportingRule } from '../../domain/reporting/periods';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import { timelinessOf, type Timeliness } from '../../domain/reporting/timeliness';

/** The period as the timeliness rules see it. */
export const periodOf = (row: PeriodRow) => ({
  key: row.key,
  year: row.year,
  start: row.start_date,
  end: row.end_date,
  dueDate: row.due_date,
  lateAfter: row.late_after,
});

/** What a report is about, in words: the web shows these without joining other lists. */
export interface ReportLabels {
  taskNumber: number;
  taskTitle: string;
  unitName: string;
}

export interface ReportView extends ReportLabels {
  id: string;
  planId: string;
  periodId: string;
  periodKey: string;
  /** The period's deadline, and the calendar days left to it in the county (negative once passed). */
  dueDate: string;
  daysLeft: number;
  taskId: string;
  unitId: string;
  kind: ReportRow['kind'];
  status: ReportRow['status'];
  progress: string;
  problems: string;
  nextSteps: string;
  taskStatus: ReportRow['task_status'];
  targetProgress: ReportRow['target_progress'];
  version: number;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  returnReason: string | null;
  reviewedAt: string | null;
  updatedAt: string;
  timeliness: Timeliness;
}

export function toReportView(report: ReportRow, period: PeriodRow, rule: ReportingRule, now: Date, labels: ReportLabels): ReportView {
  return {
    id: report.id,
    planId: report.plan_id,
    periodId: report.period_id,
    periodKey: period.key,
    dueDate: period.due_date,
    // Counted on the server's clock in the county's zone, not on the reader's PC clock.
    daysLeft: daysBetween(localDate(now, rule.timeZone), period.due_date),
    taskId: report.task_id,
    taskNumber: labels.taskNumber,
    taskTitle: labels.taskTitle,
    unitId: report.unit_id,
    unitName: labels.unitName,
    kind: report.kind,
    status: report.status,
    progress: report.progress,
    problems: report.problems,
    nextSteps: report.next_steps,
    taskStatus: report.task_status,
    targetProgress: report.target_progress,
    version: report.version,
    firstSubmittedAt: report.first_submitted_at?.toISOString() ?? null,
    submittedAt: report.submitted_at?.toISOString() ?? null,
    returnReason: report.return_reason,
    reviewedAt: report.reviewed_at?.toISOString() ?? null,
    updatedAt: report.updated_at.toISOString(),
    // Timeliness counts the first submission: a report the office returns does not turn late.
    timeliness: timelinessOf(periodOf(period), rule, report.first_submitted_at, now),
  };
}

/** The labels of one report (its task and unit do not change once it exists). */
export async function labelsOfReport(repos: Repositories, reportId: string): Promise<ReportLabels> {
  return (await repos.reporting.labelsOfReports([reportId])).get(reportId) ?? { taskNumber: 0, taskTitle: '', unitName: '' };
}

/** Views of several reports, with their labels read in one query. */
export async function toReportViews(repos: Repositories, reports: readonly ReportRow[], periodOfReport: (report: ReportRow) => PeriodRow, rule: ReportingRule, now: Date): Promise<ReportView[]> {
  const labels = await repos.reporting.labelsOfReports(reports.map((r) => r.id));
  return reports.map((r) => toReportView(r, periodOfReport(r), rule, now, labels.get(r.id) ?? { taskNumber: 0, taskTitle: '', unitName: '' }));
}
