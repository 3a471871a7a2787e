import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../shared/api/client';

export type PeriodStatus = 'open' | 'closed' | 'not_opened';

export interface Period {
  key: string;
  /** null until the office opens it. */
  id: string | null;
  start: string;
  end: string;
  dueDate: string;
  status: PeriodStatus;
  /** The signed-in unit was granted an exception: it may still write in this closed period. */
  hasException: boolean;
}

export interface PeriodList {
  rule: { cadence: string; dueDay: number; dueMonth: string; graceDays: number; timeZone: string };
  periods: Period[];
}

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
