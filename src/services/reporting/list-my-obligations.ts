import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import { authorize } from '../authorize';
import { obligationsOfPeriod } from './period-obligations';
import { reportingRuleOf } from './reporting-rule';

/**
 * "My tasks this quarter": what the account's unit owes in every open period of the county's
 * active plans, with the state of each report and the days left to the deadline.
 */
export async function listMyObligations(store: Store, actor: Actor, now: Date) {
  if (!actor.unitId || !actor.regionId) throw new DomainError('forbidden', 'Only unit accounts have obligations.');
  authorize(actor, 'workspace.read', { kind: 'unit', regionId: actor.regionId, unitId: actor.unitId });
  const { repos } = store;
  const region = (await repos.org.findRegion(actor.regionId))!;
  const tasks = new Map((await repos.plans.listTasksOfUnit(actor.unitId)).map((t) => [t.task_id, t]));
  const result = [];
  for (const plan of await repos.plans.listPlans(actor.regionId)) {
    if (plan.status !== 'active') continue;
    const rule = reportingRuleOf(plan, region.time_zone);
    const allTasks = new Map((await repos.plans.listTasks(plan.id)).map((t) => [t.id, t]));
    for (const period of (await repos.reporting.listPeriods(plan.id)).filter((p) => p.status === 'open')) {
      for (const o of await obligationsOfPeriod(repos, plan, period, rule, now)) {
        if (o.unitId !== actor.unitId) continue;
        const task = allTasks.get(o.taskId);
        result.push({
          planId: plan.id,
          planTitle: plan.title,
          periodId: period.id,
          periodKey: period.key,
          dueDate: period.due_date,
          daysLeft: daysBetween(localDate(now, rule.timeZone), period.due_date),
          taskId: o.taskId,
          taskNumber: task?.number ?? tasks.get(o.taskId)?.number ?? 0,
          taskTitle: task?.title ?? '',
          kind: o.kind,
          reportId: o.report?.id ?? null,
          status: o.report?.status ?? ('not_started' as const),
          returnReason: o.report?.status === 'returned' ? o.report.return_reason : null,
          timeliness: o.timeliness,
        });
      }
    }
  }
  return result.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskNumber - b.taskNumber || a.kind.localeCompare(b.kind));
}
