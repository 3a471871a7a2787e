import type { Store } from '../../db/store';
import { writeHistory, type HistoryCounts } from './history/generate-history';
import { writeGoalIndicatorValues } from './history/goal-indicator-values';
import { writeIndicatorValues } from './history/indicator-values';
import { HELAN_REGION } from './helan-demo-data';

/** The demo's history is the same on every machine: one seed, one stream. */
export const DEMO_HISTORY_SEED = 'luoshi-demo';
/** The demo shows the plan's first two years reported (Helan's 2023–2024). */
export const DEMO_HISTORY_LAST_YEAR = 2024;

export interface DemoHistory extends HistoryCounts {
  indicatorValues: number;
  ms: number;
}

/**
 * Gives the Helan demo plan a past, so a new user sees a living cockpit: the quarters of 2023
 * and 2024 (those begun by `now`) opened, reported — on time, late, after a return, or not at
 * all, with the same few units habitually behind — reviewed and closed; and yearly indicator
 * actuals entered and reviewed, for the annual table and the overall goals outside it. Uses the generator the benchmarks' synthetic counties use
 * (history/). Does nothing (null) unless the demo county's plan has no reporting periods and
 * no indicator values yet and is run by the demo office account, so it is safe at every start.
 */
export async function seedDemoHistory(store: Store, options: { now: Date }): Promise<DemoHistory | null> {
  const started = performance.now();
  const { repos } = store;
  const region = await repos.org.findRegionByCode(HELAN_REGION.code);
  const office = await repos.users.findByLogin('office');
  if (!region || !office?.is_demo || office.region_id !== region.id) return null;
  const [plan] = await repos.plans.listPlans(region.id);
  if (!plan) return null;
  const [periods, values] = await Promise.all([repos.reporting.listPeriods(plan.id), repos.indicators.listValuesOfPlan(plan.id)]);
  if (periods.length > 0 || values.length > 0) return null;

  const target = { regionId: region.id, planId: plan.id, officeLogin: office.login };
  const stream = { seed: DEMO_HISTORY_SEED, stream: HELAN_REGION.code, asOf: options.now };
  const history = await writeHistory(store, { ...stream, lastYear: DEMO_HISTORY_LAST_YEAR, userAgent: 'luoshi demo seed' }, target);
  // A year's actuals come in the next January: only years that have ended by `now`.
  const lastYear = Math.min(DEMO_HISTORY_LAST_YEAR, options.now.getFullYear() - 1);
  const indicators = await writeIndicatorValues(store, { ...stream, lastYear }, target);
  const goalValues = await writeGoalIndicatorValues(store, { ...stream, lastYear }, target);
  return { ...history, indicatorValues: indicators.values + goalValues, ms: performance.now() - started };
}
