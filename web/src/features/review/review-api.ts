import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../shared/api/client';
import type { Report } from '../reports/report-types';

/** GET /api/plans/:planId/review-queue: reports submitted and waiting for the office. */
export function useReviewQueue(planId: string | undefined) {
  return useQuery({
    queryKey: ['review-queue', planId ?? ''],
    queryFn: ({ signal }) => apiGet<{ reports: Report[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/review-queue`, { signal }).then((body) => body.reports),
    enabled: planId !== undefined,
  });
}
