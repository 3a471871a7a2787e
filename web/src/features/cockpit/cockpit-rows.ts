import type { Cockpit, Light } from './cockpit-types';

/**
 * How many indicators show each light.
 *
 * @example indicatorLights([{ light: 'green' }, { light: 'red' }]) // { green: 1, yellow: 0, red: 1, grey: 0 }
 */
export function indicatorLights(indicators: readonly Pick<Cockpit['indicators'][number], 'light'>[]): Record<Light, number> {
  const counts: Record<Light, number> = { green: 0, yellow: 0, red: 0, grey: 0 };
  for (const indicator of indicators) counts[indicator.light] += 1;
  return counts;
}

/** The years a filter offers: the plan's, from its start to its end. */
export function planYears(plan: Pick<Cockpit['plan'], 'startYear' | 'endYear'>): number[] {
  return Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
}

/** The quarters opened in a year, for the quarter filter. */
export function quartersOf(periods: Cockpit['periods'], year: number): number[] {
  return periods.filter((p) => p.year === year && p.quarter !== null).map((p) => p.quarter!);
}

/**
 * A value as the plan writes it: up to two decimals, no trailing zeros, with its unit.
 *
 * @example formatValue(1.25, '%') // '1.25%'
 */
export function formatValue(value: number, unit: string | null): string {
  const text = String(Math.round(value * 100) / 100);
  return unit ? `${text}${unit}` : text;
}

/** The latest actual of an indicator and the target of that year (or of the latest target year). */
export function latestAgainstTarget(indicator: Pick<Cockpit['indicators'][number], 'actuals' | 'targets'>) {
  const latest = indicator.actuals.at(-1) ?? null;
  const target = (latest && indicator.targets.find((t) => t.year === latest.year)) ?? indicator.targets[0] ?? null;
  return { latest, target };
}
