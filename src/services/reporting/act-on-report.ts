import type { Store } from '../../db/store';
import type { Action, Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { transition, type ReportAction } from '../../domain/reporting/report-workflow';
import { recordAudit } from '../audit/record-audit';
import type { RequestContext } from '../request-context';
import { notifyUnit } from './notify-unit';
import { assertPeriodWritable, loadReport } from './report-access';
import { staleVersion } from './save-report';
import { labelsOfReport, toReportView, type ReportView } from './report-view';

type WorkflowAction = Exclude<ReportAction, 'save'>;

const PERMISSION: Record<WorkflowAction, Action> = {
  submit: 'report.write',
  approve: 'report.approve',
  send_back: 'report.approve',
  accept: 'report.review',
  return: 'report.review',
};

/**
 * Moves a report along its workflow: submit (to the unit head, or straight to the office),
 * approve or send back (the unit head), accept or return with a reason (the office). Each
 * submission to the office is kept as a version; a return tells the unit why.
 */
export async function actOnReport(
  store: Store,
  actor: Actor,
  reportId: string,
  action: WorkflowAction,
  input: { version: number; reason?: string | undefined },
  ctx: RequestContext,
): Promise<ReportView> {
  return store.transaction(async (repos) => {
    const { report, period, plan, rule } = await loadReport(repos, actor, reportId, PERMISSION[action]);
    const labels = await labelsOfReport(repos, report.id);
    if (action === 'submit' || action === 'approve') await assertPeriodWritable(repos, period, report.unit_id);
    const unitHasHead = (await repos.reporting.unitsWithHead(plan.region_id)).has(report.unit_id);
    const step = transition(report.status, action, { unitHasHead, actorIsHead: actor.roles.includes('unit_head') && actor.unitId === report.unit_id });
    if (!step.ok) throw new DomainError('conflict', `Cannot ${action.replace('_', ' ')}: ${step.reason}.`, { reason: 'invalid_transition', status: report.status });
    const reason = input.reason?.trim() ?? '';
    if (action === 'return' && reason === '') {
      throw new DomainError('validation_failed', 'Say why the report is returned.', { fields: [{ field: 'reason', message: 'required' }] });
    }
    const toOffice = step.status === 'submitted';
    if (toOffice && report.kind === 'consolidated' && report.task_status === null) {
      throw new DomainError('validation_failed', "A consolidated report sets the task's status.", { fields: [{ field: 'taskStatus', message: 'required' }] });
    }
    const saved = await repos.reporting.updateIfVersion(report.id, input.version, {
      status: step.status,
      ...(toOffice ? { submitted_at: ctx.now, first_submitted_at: report.first_submitted_at ?? ctx.now, approved_by: action === 'approve' ? actor.userId : null } : {}),
      ...(action === 'accept' || action === 'return' ? { reviewed_by: actor.userId, reviewed_at: ctx.now } : {}),
      ...(action === 'return' ? { return_reason: reason } : {}),
      ...(action === 'send_back' ? { return_reason: reason || null } : {}),
      updated_by: actor.userId,
      updated_at: ctx.now,
    });
    if (!saved) throw staleVersion(toReportView(report, period, rule, ctx.now, labels));
    if (toOffice) {
      const content = { progress: saved.progress, problems: saved.problems, nextSteps: saved.next_steps, taskStatus: saved.task_status, targetProgress: saved.target_progress };
      await repos.reporting.insertVersion({ planId: plan.id, reportId: report.id, content, submittedBy: actor.userId, submittedAt: ctx.now });
    }
    const link = `/reports/${report.id}`;
    if (action === 'return') {
      await notifyUnit(repos, report.unit_id, { planId: plan.id, kind: 'report.returned', title: `${period.key} 报告被退回`, body: reason, link }, ctx.now);
    } else if (step.status === 'awaiting_approval') {
      await notifyUnit(repos, report.unit_id, { planId: plan.id, kind: 'report.awaiting_approval', title: `${period.key} 报告待审核`, body: '请单位负责人审核后报送。', link }, ctx.now);
    }
    await recordAudit(repos, ctx, actor, {
      action: `report.${action}`,
      outcome: 'success',
      object: { type: 'report', id: report.id },
      details: { from: report.status, to: step.status, period: period.key, ...(reason ? { reason } : {}) },
    });
    return toReportView(saved, period, rule, ctx.now, labels);
  });
}
