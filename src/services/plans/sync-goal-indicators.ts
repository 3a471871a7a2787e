import type { Repositories } from '../../db/store';
import { assignGoalNumbers, goalIndicatorsOf, goalKeyOf } from '../../domain/indicators/goal-indicators';
import type { PlanDocument } from '../../parser';

export interface GoalIndicatorChanges {
  added: string[];
  retired: string[];
  active: number;
}

/**
 * Plan import, the overall goals' side of the indicator registry (issue 6): every goal the annual
 * table does not measure gets an entry (domain/indicators/goal-indicators.ts). An entry is found
 * again by its metric key and kind, so a revised document updates it in place — its values,
 * baseline and provider stay — and one the document drops is retired, never deleted. Runs before
 * the table's indicators are written: a goal whose number a grown table now needs has moved
 * out of the way by then.
 */
export async function syncGoalIndicators(repos: Repositories, planId: string, document: PlanDocument, years: { startYear: number; endYear: number }): Promise<GoalIndicatorChanges> {
  const rows = await repos.plans.listIndicators(planId, { includeRetired: true });
  const existing = rows.filter((r) => r.origin === 'goal').map((r) => ({ row: r, key: goalKeyOf({ kind: r.kind, metricKey: r.metric_key! }) }));
  const wanted = goalIndicatorsOf(
    document.goals,
    document.indicators.map((i) => ({ id: String(i.number), name: i.name, unit: i.unit, targets: i.targets })),
    years,
  );
  const reserved = [...document.indicators.map((i) => i.number), ...rows.filter((r) => r.origin === 'table').map((r) => r.number)];
  const numbers = assignGoalNumbers({ reserved, existing: existing.map((e) => ({ key: e.key, number: e.row.number })), wanted: wanted.map(goalKeyOf) });
  const byKey = new Map(existing.map((e) => [e.key, e.row]));
  const changes: GoalIndicatorChanges = { added: [], retired: [], active: wanted.length };
  for (const goal of wanted) {
    const key = goalKeyOf(goal);
    const row = byKey.get(key);
    if (!row) changes.added.push(goal.name);
    await repos.plans.saveGoalIndicator(planId, row?.id ?? null, { ...goal, number: numbers.get(key)!, isRetired: false });
  }
  const kept = new Set(wanted.map(goalKeyOf));
  for (const { row, key } of existing) {
    if (kept.has(key)) continue;
    if (!row.is_retired) changes.retired.push(row.name);
    await repos.plans.retireGoalIndicator(row.id, numbers.get(key)!);
  }
  return changes;
}
