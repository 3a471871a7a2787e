import { useSearchParams } from 'react-router';
import { defaultPlanId } from '../plan/plan-choice';
import { usePlans } from '../plan/plans-api';

/** The plan's years, first to last. */
export const planYears = (plan: { startYear: number; endYear: number } | undefined) =>
  plan ? Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i) : [];

/**
 * The plan and year an indicator page shows, from the URL (?plan=&year=): by default the current
 * plan and this year, kept inside the plan's years.
 */
export function usePlanYear(now: Date = new Date()) {
  const [params, setParams] = useSearchParams();
  const plans = usePlans();
  const planId = plans.data ? defaultPlanId(plans.data, params.get('plan')) : undefined;
  const plan = plans.data?.find((p) => p.id === planId);
  const wanted = Number(params.get('year'));
  const fallback = plan ? Math.min(Math.max(now.getFullYear(), plan.startYear), plan.endYear) : now.getFullYear();
  const year = Number.isInteger(wanted) && wanted > 1990 ? wanted : fallback;
  const select = (next: { plan?: string; year?: number }) =>
    setParams({ ...(planId ? { plan: planId } : {}), year: String(year), ...(next.plan ? { plan: next.plan } : {}), ...(next.year ? { year: String(next.year) } : {}) }, { replace: true });
  return { plans, planId, plan, year, years: planYears(plan), select };
}
