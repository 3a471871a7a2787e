import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { rank, scoreUnit } from '../../domain/assessment/scoring';
import { authorize } from '../authorize';
import { loadPlanWithRule } from '../reporting/load-plan';
import { assessmentRecords } from './assessment-records';
import { schemeOf } from './assessment-settings';

/**
 * The year's assessment of every unit: its score with a breakdown tying each point to a record,
 * and rankings with departments and townships apart.
 */
export async function computeAssessment(store: Store, actor: Actor, planId: string, year: number, now: Date) {
  const { plan, rule } = await loadPlanWithRule(store.repos, actor, planId);
  authorize(actor, 'assessment.read', { kind: 'region', regionId: plan.region_id });
  const [scheme, units, records] = await Promise.all([schemeOf(store.repos, planId), store.repos.org.listUnits(plan.region_id), assessmentRecords(store, actor, plan, rule, year, now)]);
  const scores = units
    .filter((u) => u.kind !== 'group' && records.has(u.id))
    .map((u) => ({ unitId: u.id, unitName: u.name, kind: u.kind, ...scoreUnit(records.get(u.id)!, scheme) }));
  const { departments, townships } = rank(scores);
  return { planId, year, scheme, departments, townships };
}

export type Assessment = Awaited<ReturnType<typeof computeAssessment>>;
