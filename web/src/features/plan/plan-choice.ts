import type { PlanSummary } from './plan-types';

/**
 * The plan a page shows: the one asked for (URL), else the first active plan, else the first.
 *
 * @example defaultPlanId([{ id: 'a', status: 'archived' }, { id: 'b', status: 'active' }], undefined) // 'b'
 */
export function defaultPlanId(plans: readonly Pick<PlanSummary, 'id' | 'status'>[], wanted: string | null | undefined): string | undefined {
  if (wanted && plans.some((plan) => plan.id === wanted)) return wanted;
  return (plans.find((plan) => plan.status === 'active') ?? plans[0])?.id;
}
