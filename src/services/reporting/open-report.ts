import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { obligationsOf } from '../../domain/reporting/obligations';
import { authorize } from '../authorize';
import type { RequestContext } from '../request-context';
import { assertPeriodWritable } from './report-access';
import { loadPeriod } from './load-plan';
import { labelsOfReport, toReportView, type ReportView } from './report-view';

/**
 * Opens the report a unit owes for a task in a period, creating the empty draft the first time.
 * Only a real obligation has a report: the unit must be responsible for the task (or lead it,
 * for the consolidated report), directly or through a group.
 */
export async function openReport(
  store: Store,
  actor: Actor,
  input: { periodId: string; taskId: string; kind: 'unit' | 'consolidated'; unitId?: string | undefined },
  ctx: RequestContext,
): Promise<ReportView> {
  return store.transaction(async (repos) => {
    const { period, plan, rule } = await loadPeriod(repos, actor, input.periodId);
    const unitId = input.unitId ?? actor.unitId;
    if (!unitId) throw new DomainError('validation_failed', 'Choose the unit whose report to open.', { fields: [{ field: 'unitId', message: 'required' }] });
    const leadUnitIds = await repos.reporting.leadUnitsOfTask(input.taskId);
    authorize(actor, 'report.write', { kind: 'report', regionId: plan.region_id, unitId, leadUnitIds });
    const [assignments, groups] = await Promise.all([repos.reporting.listAssignments(plan.id), repos.org.listGroupMembers(plan.region_id)]);
    const owed = obligationsOf(assignments, groups).some((o) => o.taskId === input.taskId && o.unitId === unitId && o.kind === input.kind);
    if (!owed) throw new DomainError('not_found', 'This unit owes no such report for this task.');
    await assertPeriodWritable(repos, period, unitId);
    const report = await repos.reporting.findOrCreateReport({ planId: plan.id, periodId: period.id, taskId: input.taskId, unitId, kind: input.kind, now: ctx.now, userId: actor.userId });
    return toReportView(report, period, rule, ctx.now, await labelsOfReport(repos, report.id));
  });
}
