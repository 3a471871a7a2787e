import type { Store } from '../../../db/store';
import type { HistoryTarget } from './generate-history';
import { createRng } from './prng';
import { daysLater } from './report-outcome';

export interface IndicatorCounts {
  indicators: number;
  values: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Each indicator's baseline (the year before the plan), providing unit (a department) and a
 * yearly actual value for every plan year through `lastYear`, entered early the next year by the
 * providing unit's reporter and reviewed by the office; the last year's values partly await
 * review. Actuals land around the target: some indicators beat it, some fall short. Written
 * through the indicators repository (the services would add one audit entry per value, which
 * this leaves out).
 */
export async function writeIndicatorValues(
  store: Store,
  options: { seed: string | number; stream: string | number; lastYear?: number },
  target: HistoryTarget,
): Promise<IndicatorCounts> {
  const rng = createRng(options.seed, options.stream, 'indicators');
  const { repos } = store;
  const [indicators, accounts, units] = await Promise.all([
    repos.plans.listIndicators(target.planId, { origin: 'table' }),
    repos.users.list({ regionId: target.regionId }),
    repos.org.listUnits(target.regionId),
  ]);
  const officeId = accounts.find((a) => a.login === target.officeLogin)!.id;
  const departments = new Set(units.filter((u) => u.kind === 'department').map((u) => u.id));
  const providers = accounts.filter((a) => a.roles.includes('unit_reporter') && a.unit_id !== null && departments.has(a.unit_id));
  let values = 0;
  for (const indicator of indicators) {
    const provider = rng.pick(providers);
    const years = Object.keys(indicator.targets).map(Number).sort();
    const first = indicator.targets[String(years[0])]!;
    const sign = indicator.direction === 'higher' ? 1 : -1;
    await repos.indicators.updateSettings(indicator.id, {
      baselineYear: years[0]! - 1,
      baselineValue: round(first * (1 - sign * 0.08)),
      providerUnitId: provider.unit_id,
      tracking: 'yearly',
      tolerance: null,
    });
    const attainment = 0.85 + rng.next() * 0.25;
    const written = years.filter((year) => options.lastYear === undefined || year <= options.lastYear);
    for (const year of written) {
      const enteredAt = new Date(`${year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}T10:00:00+08:00`);
      const goal = indicator.targets[String(year)]!;
      const value = round(sign > 0 ? goal * attainment : goal / attainment);
      const row = await repos.indicators.upsertValue({ planId: target.planId, indicatorId: indicator.id, period: String(year), year, value, source: '统计部门年报', note: '', enteredBy: provider.id, now: enteredAt });
      values += 1;
      if (year < written[written.length - 1]! || rng.chance(0.7)) {
        await repos.indicators.review(row.id, { status: 'accepted', reason: null, by: officeId, now: daysLater(rng, enteredAt, 1, 10) });
      }
    }
  }
  return { indicators: indicators.length, values };
}
