import type { Repositories } from '../../db/store';
import { planGoalEntries, type GoalEntryStep, type StoredGoalEntry } from '../../domain/indicators/goal-indicator-changes';
import type { PlanDocument } from '../../parser';

/**
 * Plan import, the overall goals' side of the indicator registry (issue 6): every goal the annual
 * table does not measure gets an entry (domain/indicators/goal-indicators.ts). This reads the
 * plan's rows and works out the writes (domain/indicators/goal-indicator-changes.ts) without
 * making any: the preview shows them (describe-import.ts), the confirm applies exactly those.
 * A new plan (`planId` null) has no rows: every entry is added.
 */
export async function planGoalIndicators(
  repos: Repositories,
  planId: string | null,
  document: PlanDocument,
  years: { startYear: number; endYear: number },
): Promise<GoalEntryStep[]> {
  const rows = planId ? await repos.plans.listIndicators(planId, { includeRetired: true }) : [];
  const stored = rows.filter((r) => r.origin === 'goal').map(
    (r): StoredGoalEntry => ({
      id: r.id,
      kind: r.kind,
      metricKey: r.metric_key!,
      number: r.number,
      isRetired: r.is_retired,
      name: r.name,
      unit: r.unit,
      comparator: r.comparator,
      qualifier: r.qualifier,
      direction: r.direction,
      targets: r.targets,
      text: r.goal_text,
      theme: r.theme,
    }),
  );
  return planGoalEntries({
    goals: document.goals,
    table: document.indicators.map((i) => ({ id: String(i.number), name: i.name, unit: i.unit, targets: i.targets })),
    years,
    stored,
    tableNumbers: [...document.indicators.map((i) => i.number), ...rows.filter((r) => r.origin === 'table').map((r) => r.number)],
  });
}

/**
 * Writes the planned steps: an entry found again is updated in place — its values, baseline and
 * provider stay — and one the document drops is retired, never deleted. Runs before the table's
 * indicators are written: a goal whose number a grown table now needs has moved out of the way
 * by then.
 */
export async function applyGoalIndicators(repos: Repositories, planId: string, steps: readonly GoalEntryStep[]): Promise<void> {
  for (const step of steps) {
    if (step.action === 'save') await repos.plans.saveGoalIndicator(planId, step.stored?.id ?? null, { ...step.entry, number: step.number, isRetired: false });
    else await repos.plans.retireGoalIndicator(step.stored.id, step.number);
  }
}
