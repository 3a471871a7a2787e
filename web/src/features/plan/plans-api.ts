import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';
import type { PlanSummary, PlanView } from './plan-types';

export const plansKey = ['plans'] as const;
export const planKey = (id: string) => ['plans', id] as const;

/** GET /api/plans: the county's plans (also prefetched, see features/cockpit/cockpit-prefetch.ts). */
export const plansQuery = queryOptions({
  queryKey: plansKey,
  queryFn: ({ signal }) => apiGet<{ plans: PlanSummary[] }>('/api/plans', { signal }).then((body) => body.plans),
});

export function usePlans() {
  return useQuery(plansQuery);
}

function fetchPlan(id: string, signal: AbortSignal) {
  return apiGet<PlanView>(`/api/plans/${encodeURIComponent(id)}`, { signal });
}

/** GET /api/plans/:id: the task breakdown, goals, indicators and findings. Plans change rarely. */
export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planKey(id ?? ''),
    queryFn: ({ signal }) => fetchPlan(id ?? '', signal),
    enabled: id !== undefined,
    staleTime: 5 * 60_000,
  });
}

/** GET /api/plans/:id/breakdown.xlsx, saved under the name the server gives it. */
export function useDownloadBreakdown(fallbackName: string) {
  return useMutation({
    mutationFn: (planId: string) => apiDownload(`/api/plans/${encodeURIComponent(planId)}/breakdown.xlsx`, fallbackName),
    onSuccess: saveFile,
  });
}
