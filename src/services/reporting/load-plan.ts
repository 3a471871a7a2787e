import type { Repositories } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { ReportingRule } from '../../domain/reporting/periods';
import { reportingRuleOf } from './reporting-rule';

/** A plan of the actor's county with its reporting rule; not_found for other counties. */
export async function loadPlanWithRule(repos: Repositories, actor: Actor, planId: string) {
  const plan = await repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  const region = (await repos.org.findRegion(plan.region_id))!;
  const rule: ReportingRule = reportingRuleOf(plan, region.time_zone);
  return { plan, rule };
}

/** A period with its plan and rule. */
export async function loadPeriod(repos: Repositories, actor: Actor, periodId: string) {
  const period = await repos.reporting.findPeriod(periodId);
  if (!period) throw new DomainError('not_found', 'No such reporting period.');
  const { plan, rule } = await loadPlanWithRule(repos, actor, period.plan_id);
  return { period, plan, rule };
}
