import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeriodListResponse } from '@server/http/routes/reporting/reporting.schemas';
import { apiGet, apiPost } from '../../shared/api/client';

/** GET /api/plans/:planId/periods: the server's own response type (reporting.schemas.ts). */
export type PeriodList = PeriodListResponse;
/** `id` is null until the office opens it; `hasException`: the signed-in unit may still write in it while closed. */
export type Period = PeriodList['periods'][number];
export type PeriodStatus = Period['status'];

export const periodsKey = (planId: string) => ['periods', 'plan', planId] as const;

/** GET /api/plans/:planId/periods: the plan's reporting periods under its rule, and their state. */
export function usePeriods(planId: string | undefined) {
  return useQuery({
    queryKey: periodsKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<PeriodList>(`/api/plans/${encodeURIComponent(planId ?? '')}/periods`, { signal }),
    enabled: planId !== undefined,
  });
}

type PeriodChange =
  | { kind: 'open'; planId: string; key: string }
  | { kind: 'close'; periodId: string }
  | { kind: 'exception'; periodId: string; unitId: string; reason: string };

/** Open (or reopen) a period, close one, or let one unit keep reporting in a closed one. */
export function useChangePeriod() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: PeriodChange): Promise<void> => {
      if (change.kind === 'open') await apiPost(`/api/plans/${encodeURIComponent(change.planId)}/periods`, { key: change.key });
      else if (change.kind === 'close') await apiPost(`/api/periods/${encodeURIComponent(change.periodId)}/close`);
      else await apiPost(`/api/periods/${encodeURIComponent(change.periodId)}/exceptions`, { unitId: change.unitId, reason: change.reason });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['periods'] }),
  });
}
