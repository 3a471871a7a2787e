import type { Obligation } from './report-types';

export interface PeriodGroup {
  periodKey: string;
  planTitle: string;
  dueDate: string;
  items: Obligation[];
}

/** Obligations grouped by period (one per open quarter, usually one), in the server's order. */
export function groupByPeriod(obligations: readonly Obligation[]): PeriodGroup[] {
  const groups = new Map<string, PeriodGroup>();
  for (const obligation of obligations) {
    const key = `${obligation.planId}/${obligation.periodId}`;
    const group = groups.get(key) ?? { periodKey: obligation.periodKey, planTitle: obligation.planTitle, dueDate: obligation.dueDate, items: [] };
    group.items.push(obligation);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How many obligations still need the unit's work (not started, draft, returned). */
export function countToDo(obligations: readonly Pick<Obligation, 'status'>[]): number {
  return obligations.filter((o) => o.status === 'not_started' || o.status === 'draft' || o.status === 'returned').length;
}
