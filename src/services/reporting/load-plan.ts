import type { PlanRow } from '../../db/schema';
import type { Repositories } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import type { ReportingRule } from '../../domain/reporting/periods';
import { reportingRuleOf } from './reporting-rule';

/** A plan of the actor's county with its reporting rule; not_found for other counties. */
export async function loadPlanWithRule(repos: Repositories, actor: Actor, planId: string) {
  const plan = await repos.plans.findPlan(planId);
  assertPlanOfActorsCounty(actor, plan);
  return withRule(repos, plan);
}

/**
 * A plan with its reporting rule, whatever the county: for answers kept across requests, each
 * of which then checks its own actor with assertPlanOfActorsCounty. not_found when no such plan.
 */
export async function findPlanWithRule(repos: Repositories, planId: string) {
  const plan = await repos.plans.findPlan(planId);
  if (!plan) throw new DomainError('not_found', 'No such plan.');
  return withRule(repos, plan);
}

/** not_found, as for a plan that does not exist, unless the plan is of the actor's county. */
export function assertPlanOfActorsCounty(actor: Actor, plan: PlanRow | undefined): asserts plan is PlanRow {
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
}

async function withRule(repos: Repositories, plan: PlanRow) {
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
