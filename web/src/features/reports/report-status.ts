import type { Role } from '../../shared/api/account';
import type { MessageKey } from '../../shared/i18n/translate';
import type { ObligationStatus, ReportKind, ReportStatus, TaskStatus, Timeliness } from './report-types';

/** Exhaustive: a new status fails to compile until it has words and a colour. */
export const STATUS_LABELS: Readonly<Record<ObligationStatus, MessageKey>> = {
  not_started: 'report.status.not_started',
  draft: 'report.status.draft',
  awaiting_approval: 'report.status.awaiting_approval',
  submitted: 'report.status.submitted',
  returned: 'report.status.returned',
  accepted: 'report.status.accepted',
};

export const STATUS_COLORS: Readonly<Record<ObligationStatus, string>> = {
  not_started: 'default',
  draft: 'processing',
  awaiting_approval: 'purple',
  submitted: 'blue',
  returned: 'red',
  accepted: 'green',
};

export const TASK_STATUS_LABELS: Readonly<Record<TaskStatus, MessageKey>> = {
  on_track: 'report.taskStatus.on_track',
  lagging: 'report.taskStatus.lagging',
  completed: 'report.taskStatus.completed',
  not_started: 'report.taskStatus.not_started',
};

export const TASK_STATUS_COLORS: Readonly<Record<TaskStatus, string>> = {
  on_track: 'green',
  lagging: 'orange',
  completed: 'blue',
  not_started: 'default',
};

export const KIND_LABELS: Readonly<Record<ReportKind, MessageKey>> = {
  unit: 'report.kind.unit',
  consolidated: 'report.kind.consolidated',
};

/** The words for a report's timeliness, with its number of days, and a colour. */
export function timelinessWords(timeliness: Timeliness): {
  key: 'report.timeliness.on_time' | 'report.timeliness.late' | 'report.timeliness.missing' | 'report.timeliness.not_due';
  days: number;
  color: string;
} {
  switch (timeliness.status) {
    case 'on_time':
      return { key: 'report.timeliness.on_time', days: 0, color: 'green' };
    case 'late':
      return { key: 'report.timeliness.late', days: timeliness.daysLate, color: 'orange' };
    case 'missing':
      return { key: 'report.timeliness.missing', days: timeliness.daysOverdue, color: 'red' };
    case 'not_due':
      return { key: 'report.timeliness.not_due', days: 0, color: 'default' };
  }
}

/** True while the unit may still change the report (the server's rule: draft or returned). */
export function isEditableStatus(status: ObligationStatus): boolean {
  return status === 'draft' || status === 'returned' || status === 'not_started';
}

export type ReportAction = 'submit' | 'approve' | 'send-back' | 'accept' | 'return';

interface Viewer {
  roles: readonly Role[];
  unitId: string | null;
}

/**
 * What this account may do to the report now, mirroring the server's policy and workflow
 * (src/domain/reporting/report-workflow.ts): the unit writes and submits its own report while it
 * is a draft or returned; its head approves or sends back one awaiting approval; the office
 * accepts or returns one submitted. The server still decides; this only hides dead buttons.
 */
export function actionsFor(report: { status: ReportStatus; unitId: string }, viewer: Viewer): { canEdit: boolean; actions: ReportAction[] } {
  const ownUnit = viewer.unitId !== null && viewer.unitId === report.unitId;
  const writes = ownUnit && (viewer.roles.includes('unit_reporter') || viewer.roles.includes('unit_head'));
  const heads = ownUnit && viewer.roles.includes('unit_head');
  const canEdit = writes && isEditableStatus(report.status);
  const actions: ReportAction[] = [];
  if (canEdit) actions.push('submit');
  if (heads && report.status === 'awaiting_approval') actions.push('approve', 'send-back');
  if (viewer.roles.includes('office') && report.status === 'submitted') actions.push('accept', 'return');
  return { canEdit, actions };
}
