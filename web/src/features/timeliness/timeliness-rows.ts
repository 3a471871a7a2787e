import type { ObligationTimeliness, UnitTimeliness } from './timeliness-types';

/**
 * A rate as a percentage with one decimal; a dash when nothing was due.
 *
 * @example formatRate(0.8567) // '85.7%'
 */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Departments (and the park, enterprises, other units) apart from townships: the two tables of a 通报. */
export function splitByKind<U extends Pick<UnitTimeliness, 'unitKind'>>(units: readonly U[]): { departments: U[]; townships: U[] } {
  return {
    departments: units.filter((unit) => unit.unitKind !== 'township'),
    townships: units.filter((unit) => unit.unitKind === 'township'),
  };
}

/** Each unit's longest delay among its late reports, in days. */
export function maxDaysLateByUnit(obligations: readonly Pick<ObligationTimeliness, 'unitId' | 'timeliness'>[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const { unitId, timeliness } of obligations) {
    if (timeliness.status === 'late') days.set(unitId, Math.max(days.get(unitId) ?? 0, timeliness.daysLate));
  }
  return days;
}

/** Units that need chasing first: most missing, then most late, then the lowest timely rate; ties by name. */
export function worstFirst<U extends Pick<UnitTimeliness, 'unitName' | 'missing' | 'late' | 'rates'>>(units: readonly U[]): U[] {
  return [...units].sort(
    (a, b) =>
      b.missing - a.missing ||
      b.late - a.late ||
      (a.rates.timelyRate ?? 1) - (b.rates.timelyRate ?? 1) ||
      a.unitName.localeCompare(b.unitName, 'zh-CN'),
  );
}

/** Each unit's obligations in task order (a unit report before the consolidated one), for the row a unit expands to. */
export function obligationsByUnit<O extends Pick<ObligationTimeliness, 'unitId' | 'taskNumber' | 'kind'>>(obligations: readonly O[]): Map<string, O[]> {
  const byUnit = new Map<string, O[]>();
  const ordered = [...obligations].sort((a, b) => a.taskNumber - b.taskNumber || (a.kind === b.kind ? 0 : a.kind === 'unit' ? -1 : 1));
  for (const obligation of ordered) byUnit.set(obligation.unitId, [...(byUnit.get(obligation.unitId) ?? []), obligation]);
  return byUnit;
}
