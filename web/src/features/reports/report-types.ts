/**
 * Reports as the reporting API answers them. Mirrors src/http/routes/reporting/reporting.schemas.ts;
 * replace with the server's exported types once the contract is shared between src/ and web/.
 */
export type ReportStatus = 'draft' | 'awaiting_approval' | 'submitted' | 'returned' | 'accepted';
/** An obligation without a report yet is `not_started`. */
export type ObligationStatus = ReportStatus | 'not_started';
export type ReportKind = 'unit' | 'consolidated';
/** A consolidated report's verdict on the whole task. */
export type TaskStatus = 'on_track' | 'lagging' | 'completed' | 'not_started';
export const TASK_STATUSES: readonly TaskStatus[] = ['on_track', 'lagging', 'completed', 'not_started'];

export type Timeliness =
  | { status: 'on_time' }
  | { status: 'late'; daysLate: number }
  | { status: 'missing'; daysOverdue: number }
  | { status: 'not_due' };

export interface TargetProgress {
  targetId: string;
  value: number | null;
  note: string;
}

/** What the unit writes: the three parts of every progress report, and for a lead unit the verdict. */
export interface ReportContent {
  progress: string;
  problems: string;
  nextSteps: string;
  taskStatus: TaskStatus | null;
  targetProgress: TargetProgress[];
}

export interface Report extends ReportContent {
  id: string;
  planId: string;
  periodId: string;
  periodKey: string;
  taskId: string;
  taskNumber: number;
  taskTitle: string;
  unitId: string;
  unitName: string;
  kind: ReportKind;
  status: ReportStatus;
  version: number;
  firstSubmittedAt: string | null;
  submittedAt: string | null;
  returnReason: string | null;
  reviewedAt: string | null;
  updatedAt: string;
  timeliness: Timeliness;
}

/** One submission to the office, kept as it was. */
export interface ReportVersion {
  number: number;
  submittedAt: string;
  submittedBy: string;
  /** The display name of the account that submitted it. */
  submittedByName: string;
  content: Partial<ReportContent>;
}

export interface Attachment {
  id: string;
  fileName: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
}

/** GET /api/periods/:periodId/tasks/:taskId/reports: the lead unit's view of one task. */
export interface TaskReports {
  reports: Report[];
  /** Units that owe a report on the task and have not started it (missing once the deadline has passed). */
  notStarted: Array<{ unitId: string; unitName: string; kind: ReportKind; timeliness: Timeliness }>;
}

export interface ReportDetail {
  report: Report;
  versions: ReportVersion[];
  attachments: Attachment[];
}

/** GET /api/me/obligations: one report the unit owes in an open period. */
export interface Obligation {
  planId: string;
  planTitle: string;
  periodId: string;
  periodKey: string;
  dueDate: string;
  /** Calendar days to the deadline in the county's time zone; negative once it has passed. */
  daysLeft: number;
  taskId: string;
  taskNumber: number;
  taskTitle: string;
  kind: ReportKind;
  reportId: string | null;
  status: ObligationStatus;
  returnReason: string | null;
  timeliness: Timeliness;
}
