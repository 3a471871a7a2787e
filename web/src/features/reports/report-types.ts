/**
 * Reports as the reporting API answers them: the server's own response types
 * (src/http/routes/reporting/reporting.schemas.ts), and names for their parts.
 */
import type { ObligationResponse, ReportDetailResponse, ReportResponse, TaskReportsResponse } from '@server/http/routes/reporting/reporting.schemas';

export type Report = ReportResponse;
export type ReportStatus = Report['status'];
/** An obligation without a report yet is `not_started`. */
export type ObligationStatus = ReportStatus | 'not_started';
export type ReportKind = Report['kind'];
/** A consolidated report's verdict on the whole task. */
export type TaskStatus = NonNullable<Report['taskStatus']>;
export const TASK_STATUSES: readonly TaskStatus[] = ['on_track', 'lagging', 'completed', 'not_started'];
export type Timeliness = Report['timeliness'];
export type TargetProgress = Report['targetProgress'][number];

/** What the unit writes: the three parts of every progress report, and for a lead unit the verdict. */
export type ReportContent = Pick<Report, 'progress' | 'problems' | 'nextSteps' | 'taskStatus' | 'targetProgress'>;

/** One submission to the office, kept as it was (the server sends the stored content as it is). */
export type ReportVersion = Omit<ReportDetailResponse['versions'][number], 'content'> & { content: Partial<ReportContent> };

export type Attachment = ReportDetailResponse['attachments'][number];

/** GET /api/periods/:periodId/tasks/:taskId/reports: the lead unit's view of one task. */
export type TaskReports = TaskReportsResponse;

export interface ReportDetail {
  report: Report;
  versions: ReportVersion[];
  attachments: Attachment[];
}

/** GET /api/me/obligations: one report the unit owes in an open period (`daysLeft`: negative once the deadline has passed). */
export type Obligation = ObligationResponse;
