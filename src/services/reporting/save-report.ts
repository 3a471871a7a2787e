import type { TargetProgress, TaskStatus } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { REPORT_TEXT_MAX_LENGTH, toPlainText } from '../../domain/reporting/plain-text';
import { transition } from '../../domain/reporting/report-workflow';
import type { RequestContext } from '../request-context';
import { assertPeriodWritable, loadReport } from './report-access';
import { labelsOfReport, toReportView, type ReportView } from './report-view';

export interface ReportContent {
  progress: string;
  problems: string;
  nextSteps: string;
  taskStatus: TaskStatus | null;
  targetProgress: TargetProgress[];
}

/** The stale-save answer: 409 with the version now stored, so the client keeps its text and can merge. */
export function staleVersion(current: ReportView): DomainError {
  return new DomainError('conflict', 'Someone else changed this report; your text is kept — compare and save again.', {
    reason: 'stale_version',
    currentVersion: current.version,
    current,
  });
}

/**
 * Saves a draft (autosave calls this too). `version` is the one the client last read: if the
 * report has moved on, nothing is saved and the caller gets 409 with the current report.
 */
export async function saveReport(store: Store, actor: Actor, reportId: string, input: ReportContent & { version: number }, ctx: RequestContext): Promise<ReportView> {
  return store.transaction(async (repos) => {
    const { report, period, rule } = await loadReport(repos, actor, reportId, 'report.write');
    const labels = await labelsOfReport(repos, report.id);
    await assertPeriodWritable(repos, period, report.unit_id);
    const step = transition(report.status, 'save', { unitHasHead: false, actorIsHead: false });
    if (!step.ok) throw new DomainError('conflict', `This report cannot be edited now: ${step.reason}.`, { reason: 'not_editable', status: report.status });
    const validTargets = new Set((await repos.plans.listTargets(report.plan_id)).filter((t) => t.task_id === report.task_id).map((t) => t.id));
    const unknown = input.targetProgress.find((t) => !validTargets.has(t.targetId));
    if (unknown) throw new DomainError('validation_failed', 'A progress figure refers to a target this task does not have.', { fields: [{ field: 'targetProgress', message: unknown.targetId }] });
    const text = { progress: toPlainText(input.progress), problems: toPlainText(input.problems), nextSteps: toPlainText(input.nextSteps) };
    const tooLong = Object.entries(text).filter(([, value]) => value.length > REPORT_TEXT_MAX_LENGTH);
    if (tooLong.length > 0) {
      throw new DomainError('validation_failed', `Each part of a report holds at most ${REPORT_TEXT_MAX_LENGTH} characters.`, {
        fields: tooLong.map(([field]) => ({ field, message: `at most ${REPORT_TEXT_MAX_LENGTH} characters` })),
      });
    }
    const saved = await repos.reporting.updateIfVersion(report.id, input.version, {
      progress: text.progress,
      problems: text.problems,
      next_steps: text.nextSteps,
      task_status: input.taskStatus,
      target_progress: JSON.stringify(input.targetProgress.map((t) => ({ ...t, note: toPlainText(t.note) }))),
      updated_by: actor.userId,
      updated_at: ctx.now,
    });
    if (!saved) throw staleVersion(toReportView(report, period, rule, ctx.now, labels));
    return toReportView(saved, period, rule, ctx.now, labels);
  });
}
