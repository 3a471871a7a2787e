import type { Store } from '../../../db/store';
import { metricKey } from '../../../parser/metric-phrase';
import { isCountUnit } from '../../../parser/units-of-measure';
import type { HistoryTarget } from './generate-history';
import { createRng, type Rng } from './prng';
import { daysLater } from './report-outcome';

/** Counts (家, 个, 件) are whole numbers; other actuals keep two decimals. */
const round = (value: number, unit: string | null) => (isCountUnit(unit) ? Math.round(value) : Math.round(value * 100) / 100);

interface GoalRow {
  kind: 'level' | 'annual_growth' | 'relative_change';
  direction: 'higher' | 'lower';
  unit: string | null;
  targets: Record<string, number>;
  comparator: string | null;
}

/**
 * A goal's baseline (the year before the plan, or none) and its actual for each year: a level on
 * its way from the baseline to the goal, a growth rate around the target rate, a relative change
 * from a baseline near the table's figure for the same metric (万元GDP综合能耗: table indicator 20).
 */
function historyOf(rng: Rng, goal: GoalRow, years: readonly number[], startYear: number, tableLevel: number | null) {
  const [dueYear, goalValue] = Object.entries(goal.targets).map(([y, v]) => [Number(y), v] as const).at(-1)!;
  const baselineYear = startYear - 1;
  if (goal.kind === 'annual_growth') {
    return { baseline: null, values: years.map((year) => ({ year, value: Math.round((goal.targets[String(year)] ?? goalValue) * 10 + rng.int(-15, 10)) / 10 })) };
  }
  const attainment = 0.8 + rng.next() * 0.3;
  if (goal.kind === 'relative_change') {
    const base = round((tableLevel ?? 1) * 1.04, null);
    const change = ((goal.comparator === 'decrease_by' ? -1 : 1) * goalValue) / 100;
    const at = (year: number) => round(base * (1 + change * attainment * ((year - baselineYear) / (dueYear - baselineYear))), null);
    return { baseline: { year: baselineYear, value: base }, values: years.map((year) => ({ year, value: at(year) })) };
  }
  const base = round(goal.direction === 'higher' ? goalValue * 0.75 : goalValue * 1.25, goal.unit);
  const at = (year: number) => round(base + (goalValue - base) * attainment * ((year - baselineYear) / (dueYear - baselineYear)), goal.unit);
  return { baseline: { year: baselineYear, value: base }, values: years.map((year) => ({ year, value: at(year) })) };
}

/**
 * The demo's overall goals outside the annual table (issue 6) get a past too: a providing unit, a
 * baseline where the target needs one, and a yearly actual for each plan year through `lastYear`,
 * entered and reviewed like the table's (the last year's partly awaiting review). A stream of its
 * own, so the table's values (and the benchmarks' counties, which write only those) stay as they were.
 */
export async function writeGoalIndicatorValues(store: Store, options: { seed: string | number; stream: string | number; lastYear: number }, target: HistoryTarget): Promise<number> {
  const rng = createRng(options.seed, options.stream, 'goal-indicators');
  const { repos } = store;
  const [plan, table, goals, accounts, units] = await Promise.all([
    repos.plans.findPlan(target.planId),
    repos.plans.listIndicators(target.planId, { origin: 'table' }),
    repos.plans.listIndicators(target.planId, { origin: 'goal' }),
    repos.users.list({ regionId: target.regionId }),
    repos.org.listUnits(target.regionId),
  ]);
  const officeId = accounts.find((a) => a.login === target.officeLogin)!.id;
  const departments = new Set(units.filter((u) => u.kind === 'department').map((u) => u.id));
  const providers = accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id !== null && departments.has(a.unit_id));
  const tableLevel = new Map(table.map((t) => [metricKey(t.name), Object.values(t.targets)[0] ?? null]));
  const years = Array.from({ length: Math.max(0, options.lastYear - plan!.start_year + 1) }, (_, i) => plan!.start_year + i);
  let written = 0;
  for (const goal of goals) {
    const provider = rng.pick(providers);
    const history = historyOf(rng, goal, years, plan!.start_year, tableLevel.get(goal.metric_key ?? '') ?? null);
    await repos.indicators.updateSettings(goal.id, { baselineYear: history.baseline?.year ?? null, baselineValue: history.baseline?.value ?? null, providerUnitId: provider.unit_id, tracking: 'yearly', tolerance: null });
    for (const { year, value } of history.values) {
      const enteredAt = new Date(`${year + 1}-02-${String(rng.int(1, 25)).padStart(2, '0')}T10:00:00+08:00`);
      const row = await repos.indicators.upsertValue({ planId: target.planId, indicatorId: goal.id, period: String(year), year, value, source: '统计部门年报', note: '', enteredBy: provider.id, now: enteredAt });
      written += 1;
      if (year < years.at(-1)! || rng.chance(0.7)) {
        await repos.indicators.review(row.id, { status: 'accepted', reason: null, by: officeId, now: daysLater(rng, enteredAt, 1, 10) });
      }
    }
  }
  return written;
}
