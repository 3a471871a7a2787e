import type { NoticeRow } from '../../db/supervision.repository';
import type { IsoDate } from '../../domain/reporting/calendar';
import { daysBetween } from '../../domain/reporting/calendar';
import { noticeLevel, type EscalationLevel, type EscalationThresholds } from '../../domain/supervision/notice-escalation';
import { noticeNumber } from '../../domain/supervision/notice-workflow';

export interface NoticeView {
  id: string;
  planId: string;
  number: string;
  subjectKind: NoticeRow['subject_kind'];
  taskId: string | null;
  indicatorId: string | null;
  decisionId: string | null;
  /** The task, indicator or decision in words (任务3：…). */
  subjectLabel: string;
  unitId: string;
  unitName: string;
  basis: string;
  requirement: string;
  urgency: NoticeRow['urgency'];
  dueDate: string;
  /** Whole days to the deadline (negative when past). */
  daysLeft: number;
  status: NoticeRow['status'];
  level: EscalationLevel | null;
  response: string;
  issuedAt: string;
  signedAt: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  version: number;
}

/** Names the view needs: units, and the subjects notices are about. */
export interface NoticeNames {
  units: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, string>;
}

export function toNoticeView(n: NoticeRow, names: NoticeNames, today: IsoDate, thresholds: EscalationThresholds): NoticeView {
  const subjectId = n.task_id ?? n.indicator_id ?? n.decision_id;
  return {
    id: n.id,
    planId: n.plan_id,
    number: noticeNumber(n.year, n.serial),
    subjectKind: n.subject_kind,
    taskId: n.task_id,
    indicatorId: n.indicator_id,
    decisionId: n.decision_id,
    subjectLabel: (subjectId ? names.subjects.get(subjectId) : undefined) ?? names.units.get(n.unit_id) ?? '',
    unitId: n.unit_id,
    unitName: names.units.get(n.unit_id) ?? '',
    basis: n.basis,
    requirement: n.requirement,
    urgency: n.urgency,
    dueDate: n.due_date,
    daysLeft: daysBetween(today, n.due_date),
    status: n.status,
    level: noticeLevel(n.status, n.due_date, today, thresholds),
    response: n.response,
    issuedAt: n.issued_at.toISOString(),
    signedAt: n.signed_at?.toISOString() ?? null,
    respondedAt: n.responded_at?.toISOString() ?? null,
    closedAt: n.closed_at?.toISOString() ?? null,
    version: n.version,
  };
}
