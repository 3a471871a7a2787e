import type { PeriodRow, PlanRow } from '../../db/schema';
import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import type { CockpitUnit } from '../../domain/cockpit/cockpit-figures';
import type { OpenedPeriod } from '../../domain/cockpit/cockpit-period';
import type { ReportingRule } from '../../domain/reporting/periods';
import { obligationsOf } from '../../domain/reporting/obligations';
import { authorize } from '../authorize';
import { assertPlanOfActorsCounty, findPlanWithRule } from '../reporting/load-plan';
import { periodOf } from '../reporting/report-view';

export const openedPeriodOf = (row: PeriodRow): OpenedPeriod => ({ ...periodOf(row), id: row.id, status: row.status });

/** The plan with its reporting rule, once the actor may read its cockpit (`cockpit.read` in the plan's county). */
export async function authorizeCockpit(store: Store, actor: Actor, planId: string): Promise<{ plan: PlanRow; rule: ReportingRule }> {
  const { plan, rule } = await findPlanWithRule(store.repos, planId);
  authorizeCockpitOf(actor, plan);
  return { plan, rule };
}

/** Throws unless the actor may read this plan's cockpit: not_found for another county's plan, forbidden without `cockpit.read`. */
export function authorizeCockpitOf(actor: Actor, plan: PlanRow): void {
  assertPlanOfActorsCounty(actor, plan);
  authorize(actor, 'cockpit.read', { kind: 'region', regionId: plan.region_id });
}

/**
 * Everything the cockpit and its drill-downs count, for one plan, in a fixed handful of
 * queries run together: periods, assignments, groups, units, sections, tasks and every
 * report's facts. Call it after authorizeCockpit; pass the periods when already read.
 */
export async function loadCockpitData(store: Store, plan: PlanRow, rule: ReportingRule, knownPeriods?: PeriodRow[]) {
  const { repos } = store;
  const [periods, assignments, groups, units, sections, tasks, reports] = await Promise.all([
    knownPeriods ?? repos.reporting.listPeriods(plan.id),
    repos.reporting.listAssignments(plan.id),
    repos.org.listGroupMembers(plan.region_id),
    repos.org.listUnits(plan.region_id),
    repos.plans.listSections(plan.id),
    repos.cockpit.listTaskHeads(plan.id),
    repos.cockpit.listReportFacts(plan.id),
  ]);
  return {
    plan,
    rule,
    periods: periods.map(openedPeriodOf),
    obligations: obligationsOf(assignments, groups),
    units: new Map<string, CockpitUnit>(units.map((u) => [u.id, { id: u.id, name: u.name, kind: u.kind }])),
    sections: sections.map((s) => ({ id: s.id, number: s.number, title: s.title })),
    tasks,
    reports,
  };
}

export type CockpitData = Awaited<ReturnType<typeof loadCockpitData>>;
