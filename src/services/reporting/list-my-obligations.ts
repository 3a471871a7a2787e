import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { daysBetween, localDate } from '../../domain/reporting/calendar';
import { obligationKey, obligationsOf } from '../../domain/reporting/obligations';
import { timelinessOf } from '../../domain/reporting/timeliness';
import { authorize } from '../authorize';
import { reportingRuleOf } from './reporting-rule';
import { periodOf } from './report-view';

/**
 * "My tasks this quarter": what the account's unit owes in every open period of the county's
 * active plans, with the state of each report and the days left to the deadline.
 *
 * Only the caller's share is read: the assignments naming its unit or a group it belongs to, and
 * its own reports, in a fixed handful of queries whatever the number of plans, periods and
 * units (docs/performance.md, finding 1). The obligations are the domain's `obligationsOf` of
 * those assignments, so they are exactly the unit's part of the whole period's obligations.
 */
export async function listMyObligations(store: Store, actor: Actor, now: Date) {
  const { unitId, regionId } = actor;
  if (!unitId || !regionId) throw new DomainError('forbidden', 'Only unit accounts have obligations.');
  authorize(actor, 'workspace.read', { kind: 'unit', regionId, unitId });
  const { repos } = store;
  // Independent reads, all at once: one round trip on PostgreSQL.
  const [region, plans, groups, assignments, openPeriods, ownReports] = await Promise.all([
    repos.org.findRegion(regionId),
    repos.plans.listPlans(regionId),
    repos.org.listGroupMembers(regionId),
    repos.reporting.listAssignmentsOfUnit(unitId),
    repos.reporting.listOpenPeriodsOfRegion(regionId),
    repos.reporting.listReportsOfUnitInOpenPeriods(unitId),
  ]);
  const tasks = new Map(assignments.map((a) => [a.taskId, a]));
  const activePlans = new Map(plans.filter((p) => p.status === 'active').map((p) => [p.id, p]));
  // Plan by plan in the county's order, then by period start: the order ties keep in the final sort.
  const planOrder = new Map(plans.map((p, index) => [p.id, index]));
  const periods = openPeriods.filter((p) => activePlans.has(p.plan_id)).sort((a, b) => planOrder.get(a.plan_id)! - planOrder.get(b.plan_id)!);
  const reports = new Map(ownReports.map((r) => [`${r.period_id}|${obligationKey({ taskId: r.task_id, unitId: r.unit_id, kind: r.kind })}`, r]));
  const result = [];
  for (const period of periods) {
    const plan = activePlans.get(period.plan_id)!;
    const rule = reportingRuleOf(plan, region!.time_zone);
    const daysLeft = daysBetween(localDate(now, rule.timeZone), period.due_date);
    const owed = obligationsOf(assignments.filter((a) => a.planId === plan.id), groups).filter((o) => o.unitId === unitId);
    for (const o of owed) {
      const report = reports.get(`${period.id}|${obligationKey(o)}`) ?? null;
      const task = tasks.get(o.taskId)!;
      result.push({
        planId: plan.id,
        planTitle: plan.title,
        periodId: period.id,
        periodKey: period.key,
        dueDate: period.due_date,
        daysLeft,
        taskId: o.taskId,
        taskNumber: task.taskNumber,
        taskTitle: task.taskTitle,
        kind: o.kind,
        reportId: report?.id ?? null,
        status: report?.status ?? ('not_started' as const),
        returnReason: report?.status === 'returned' ? report.return_reason : null,
        timeliness: timelinessOf(periodOf(period), rule, report?.first_submitted_at ?? null, now),
      });
    }
  }
  return result.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.taskNumber - b.taskNumber || a.kind.localeCompare(b.kind));
}
