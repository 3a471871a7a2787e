import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../shared/api/client';
import type { TimelinessSummary } from './timeliness-types';

/** GET /api/periods/:id/timeliness: who reported on time, late, or not at all. */
export function useTimeliness(periodId: string | undefined) {
  return useQuery({
    queryKey: ['periods', periodId ?? '', 'timeliness'],
    queryFn: ({ signal }) => apiGet<TimelinessSummary>(`/api/periods/${encodeURIComponent(periodId ?? '')}/timeliness`, { signal }),
    enabled: periodId !== undefined,
  });
}
