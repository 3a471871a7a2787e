import type { Store } from '../../db/store';
import type { Actor } from '../../domain/authorization/policy';
import { DomainError } from '../../domain/errors';
import { explainStatus } from '../../domain/indicators/explain-status';
import { forecastSentence, forecastValue } from '../../domain/indicators/forecast';
import { computeIndicatorStatus, type Observation } from '../../domain/indicators/indicator-status';
import { authorize } from '../authorize';

/** Default band for 左右 targets: met within ±5 % (configurable per indicator). */
const APPROX_TOLERANCE = 0.05;

/**
 * The plan's indicators, each with its targets, baseline, values and its status in `year`,
 * computed (never declared), explained in a sentence, and forecast to the plan's end year.
 * Values the office returned do not count; submitted ones count as provisional.
 */
export async function listIndicators(store: Store, actor: Actor, planId: string, year: number) {
  const plan = await store.repos.plans.findPlan(planId);
  if (!plan || (actor.regionId !== null && plan.region_id !== actor.regionId)) throw new DomainError('not_found', 'No such plan.');
  authorize(actor, 'indicator.read', { kind: 'indicator', regionId: plan.region_id, providerUnitId: null });
  const [indicators, values] = await Promise.all([store.repos.plans.listIndicators(planId), store.repos.indicators.listValuesOfPlan(planId)]);
  return indicators.map((indicator) => {
    const own = values.filter((v) => v.indicator_id === indicator.id);
    const yearly: Observation[] = own
      .filter((v) => v.status !== 'returned' && /^\d{4}$/.test(v.period) && v.year <= year)
      .map((v) => ({ year: v.year, value: v.value }))
      .sort((a, b) => a.year - b.year);
    const latest = yearly.at(-1) ?? null;
    const baseline = indicator.baseline_year !== null && indicator.baseline_value !== null ? { year: indicator.baseline_year, value: indicator.baseline_value } : null;
    const targetYears = Object.keys(indicator.targets).map(Number).sort((a, b) => a - b);
    const targetYear = targetYears.find((y) => y >= (latest?.year ?? year)) ?? targetYears.at(-1);
    const target = targetYear !== undefined ? { year: targetYear, value: indicator.targets[String(targetYear)]! } : null;
    const tolerance = indicator.tolerance ?? (indicator.comparator === 'approx' ? APPROX_TOLERANCE : null);
    const input = { direction: indicator.direction, attribute: indicator.attribute, baseline, latest, target, tolerance };
    const result = computeIndicatorStatus(input);
    const endTarget = targetYears.length ? { year: targetYears.at(-1)!, value: indicator.targets[String(targetYears.at(-1))]! } : null;
    const forecast = endTarget ? forecastValue(baseline ? [baseline, ...yearly] : yearly, endTarget.year) : null;
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
      tolerance,
      values: own.map((v) => ({ id: v.id, period: v.period, value: v.value, source: v.source, note: v.note, status: v.status, returnReason: v.return_reason, enteredAt: v.entered_at.toISOString() })),
      status: result.status,
      ratio: result.ratio,
      provisional: latest !== null && own.some((v) => v.period === String(latest.year) && v.status === 'submitted'),
      explanation: explainStatus(result, input, indicator.unit),
      forecast,
      forecastText: forecastSentence(forecast, endTarget, indicator.unit),
    };
  });
}
