import type { Repositories } from '../../db/store';
import { linkGoalsToIndicators, type GoalLink, type TableIndicator } from '../../domain/indicators/goal-links';

/** The plan's overall goals (targets without a task) linked to the given table indicators. */
export async function planGoalLinks(repos: Repositories, planId: string, indicators: readonly TableIndicator[]): Promise<GoalLink[]> {
  const goals = (await repos.plans.listTargets(planId)).filter((t) => t.task_id === null);
  return linkGoalsToIndicators(
    goals.map((g) => ({ id: g.id, metric: g.metric, kind: g.kind, cadence: g.cadence, year: g.year, value: g.value, unit: g.unit })),
    indicators,
  );
}
