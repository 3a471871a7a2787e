import type { Repositories } from '../../db/store';
import type { Action, Actor, Resource } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { authorize } from '../authorize';
import { loadPeriod } from './load-plan';

/** A report with its period, plan and rule, once `actor` may do `action` to it. */
export async function loadReport(repos: Repositories, actor: Actor, reportId: string, action: Action) {
  const report = await repos.reporting.findReport(reportId);
  if (!report) throw new DomainError('not_found', 'No such report.');
  const { period, plan, rule } = await loadPeriod(repos, actor, report.period_id);
  const resource: Resource = { kind: 'report', regionId: plan.region_id, unitId: report.unit_id, leadUnitIds: await repos.reporting.leadUnitsOfTask(report.task_id) };
  authorize(actor, action, resource);
  return { report, period, plan, rule, resource };
}

/** Reports can be written while their period is open, or for a unit granted an exception. */
export async function assertPeriodWritable(repos: Repositories, period: { id: string; status: string; key: string }, unitId: string): Promise<void> {
  if (period.status === 'open' || (await repos.reporting.hasException(period.id, unitId))) return;
  throw new DomainError('conflict', `The period ${period.key} is closed; ask the office for an exception.`, { reason: 'period_closed' });
}
