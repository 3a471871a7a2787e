import { randomUUID } from 'node:crypto';
import type { HistoryReportRows } from '../../../db/demo-history.repository';
import type { TargetProgress, TaskStatus } from '../../../db/schema';
import type { Rng } from './prng';
import { daysEarlier, daysLater, submissionTime, type CurrentOutcome, type PastOutcome } from './report-outcome';
import { writeReportText } from './report-text';

/** One obligation in one period, with what the rows need to name. */
export interface ObligationContext {
  planId: string;
  periodId: string;
  lateAfter: Date;
  /** For the quarter in progress: the moment it is seen at; its reports were written before. */
  inProgressAt: Date | null;
  /** 0 for the plan's first quarter: progress figures grow with it. */
  quarterIndex: number;
  quarters: number;
  taskId: string;
  unitId: string;
  kind: 'unit' | 'consolidated';
  reporterId: string;
  officeId: string;
  targets: ReadonlyArray<{ id: string; value: number }>;
}

export type ReportRows = HistoryReportRows;

/**
 * The task's status as the report declares it: tasks start, most go on track, some lag, and
 * more of them are completed as the plan goes on.
 */
function taskStatusOf(rng: Rng, o: ObligationContext): TaskStatus {
  const elapsed = o.quarterIndex / Math.max(1, o.quarters - 1);
  if (o.quarterIndex === 0 && rng.chance(0.15)) return 'not_started';
  if (rng.chance(0.35 * elapsed)) return 'completed';
  return rng.chance(0.2) ? 'lagging' : 'on_track';
}

/** The actual values a report gives for its task's targets: a share of the target that grows over the plan. */
function targetProgress(rng: Rng, o: ObligationContext): TargetProgress[] {
  const share = ((o.quarterIndex + 1) / o.quarters) * (0.7 + rng.next() * 0.5);
  return o.targets.map((t) => ({ targetId: t.id, value: Math.round(t.value * share * 100) / 100, note: '' }));
}

/**
 * The rows the services would have left for an obligation: the report in its final state, with
 * its version number counting every save and transition, and one version per submission to the
 * office (as actOnReport writes them). Null for an obligation nobody started.
 */
export function reportRows(rng: Rng, o: ObligationContext, outcome: PastOutcome | CurrentOutcome): ReportRows | null {
  if (outcome === 'missing' || outcome === 'not_started') return null;
  const isDraft = outcome === 'draft' || outcome === 'draft_only';
  const text = writeReportText(rng, isDraft ? 0.5 : 1);
  const taskStatus = o.kind === 'consolidated' || rng.chance(0.5) ? taskStatusOf(rng, o) : null;
  const progress = targetProgress(rng, o);
  const submittedAt = o.inProgressAt ? daysEarlier(rng, o.inProgressAt, 1, 20) : submissionTime(rng, o.lateAfter, outcome === 'late');
  const createdAt = daysEarlier(rng, submittedAt, 1, 12);
  const saves = rng.int(1, 3);
  const content = { ...text, taskStatus, targetProgress: progress };
  const base = {
    id: randomUUID(),
    plan_id: o.planId,
    period_id: o.periodId,
    task_id: o.taskId,
    unit_id: o.unitId,
    kind: o.kind,
    progress: text.progress,
    problems: text.problems,
    next_steps: text.nextSteps,
    task_status: taskStatus,
    target_progress: JSON.stringify(progress),
    updated_by: o.reporterId,
    created_at: createdAt,
  };
  if (isDraft) return { report: { ...base, status: 'draft', version: 1 + saves, updated_at: daysLater(rng, createdAt, 0, 3) }, versions: [] };

  const version = (number: number, at: Date): ReportRows['versions'][number] => ({
    plan_id: o.planId,
    report_id: base.id,
    number,
    content: JSON.stringify(content),
    submitted_by: o.reporterId,
    submitted_at: at,
  });
  if (outcome === 'submitted') {
    return { report: { ...base, status: 'submitted', version: 2 + saves, first_submitted_at: submittedAt, submitted_at: submittedAt, updated_at: submittedAt }, versions: [version(1, submittedAt)] };
  }
  const returned = outcome === 'returned_then_accepted';
  const lastSubmission = returned ? daysLater(rng, submittedAt, 3, 10) : submittedAt;
  const reviewedAt = daysLater(rng, lastSubmission, 1, 7);
  return {
    report: {
      ...base,
      status: 'accepted',
      // saves, submit, accept; a return adds return, a save and a second submit.
      version: 3 + saves + (returned ? 3 : 0),
      first_submitted_at: submittedAt,
      submitted_at: lastSubmission,
      reviewed_by: o.officeId,
      reviewed_at: reviewedAt,
      return_reason: returned ? '请补充佐证材料并细化完成情况。' : null,
      updated_by: o.officeId,
      updated_at: reviewedAt,
    },
    versions: returned ? [version(1, submittedAt), version(2, lastSubmission)] : [version(1, submittedAt)],
  };
}
