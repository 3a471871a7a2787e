import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { assessIndicator } from '../../domain/indicators/assess-indicator';
import { authorize } from '../authorize';

/**
 * The plan's indicators, each with its targets, baseline, values and its status in `year`,
 * computed (never declared), explained in a sentence, and forecast to the plan's end year.
 * Values the office returned do not count; submitted ones count as provisional. Quarterly
 * indicators count their latest quarter (domain/indicators/year-observation.ts).
 */
export async function listIndicators(store: Store, actor: Actor, planId: string, year: number) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'indicator.read', { kind: 'indicator', regionId: plan.region_id, providerUnitId: null });
  const [indicators, values] = await Promise.all([store.repos.plans.listIndicators(planId), store.repos.indicators.listValuesOfPlan(planId)]);
  return indicators.map((indicator) => {
    const own = values.filter((v) => v.indicator_id === indicator.id);
    const baseline = indicator.baseline_year !== null && indicator.baseline_value !== null ? { year: indicator.baseline_year, value: indicator.baseline_value } : null;
    const counted = own.filter((v) => v.status !== 'returned');
    const assessment = assessIndicator({ ...indicator, targets: indicator.targets, baseline }, counted, year);
    const judged = assessment.latest?.period;
    return {
      id: indicator.id,
      number: indicator.number,
      name: indicator.name,
      unit: indicator.unit,
      attribute: indicator.attribute,
      direction: indicator.direction,
      targets: indicator.targets,
      baseline,
      providerUnitId: indicator.provider_unit_id,
      tracking: indicator.tracking,
      tolerance: assessment.tolerance,
      values: own.map((v) => ({ id: v.id, period: v.period, value: v.value, source: v.source, note: v.note, status: v.status, returnReason: v.return_reason, enteredAt: v.entered_at.toISOString() })),
      status: assessment.status,
      ratio: assessment.ratio,
      provisional: judged !== undefined && own.some((v) => v.period === judged && v.status === 'submitted'),
      /** The period the status is judged on (2024, or 2024Q2 for a quarter in progress). */
      judgedPeriod: judged ?? null,
      explanation: assessment.explanation,
      forecast: assessment.forecast,
      forecastText: assessment.forecastText,
    };
  });
}
