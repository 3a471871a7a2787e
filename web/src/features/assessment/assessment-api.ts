import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiGet, apiPost, apiPut } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';

export type Component = 'timeliness' | 'quality' | 'progress' | 'indicators' | 'deduction' | 'bonus' | 'adjustment';
export const COMPONENTS: readonly Component[] = ['timeliness', 'quality', 'progress', 'indicators', 'deduction', 'bonus', 'adjustment'];

export interface Scheme {
  weights: { timeliness: number; quality: number; progress: number; indicators: number };
  overdueNoticePenalty: number;
  maxDeduction: number;
  earlyCompletionBonus: number;
  maxBonus: number;
}

export interface UnitScore {
  unitId: string;
  unitName: string;
  kind: string;
  rank: number;
  total: number;
  scale: number;
  components: Record<Component, number>;
  lines: Array<{ component: Component; record: { type: string; id: string; label: string }; basis: string; points: number }>;
}

export interface Assessment {
  planId: string;
  year: number;
  scheme: Scheme;
  departments: UnitScore[];
  townships: UnitScore[];
}

export interface RatedReport {
  reportId: string;
  periodKey: string;
  taskNumber: number;
  kind: 'unit' | 'consolidated';
  unitName: string;
  score: number | null;
  note: string;
}

const assessmentKey = (planId: string) => ['plans', planId, 'assessment'] as const;

/** GET /api/plans/:planId/assessment?year=: scores, breakdowns, rankings. */
export function useAssessment(planId: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: [...assessmentKey(planId ?? ''), year],
    queryFn: ({ signal }) => apiGet<Assessment>(`/api/plans/${encodeURIComponent(planId ?? '')}/assessment?year=${year}`, { signal }),
    enabled: planId !== undefined && year !== undefined,
  });
}

/** GET …/assessment/ratings (office): accepted reports with their quality rating. */
export function useRatings(planId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...assessmentKey(planId ?? ''), 'ratings'],
    queryFn: ({ signal }) => apiGet<{ reports: RatedReport[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/assessment/ratings`, { signal }).then((b) => b.reports),
    enabled: planId !== undefined && enabled,
  });
}

/** The office's writes: scheme, adjustment (with reason), rating; the scores are fetched again after. */
export function useAssessmentWrites(planId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: assessmentKey(planId) });
  return {
    scheme: useMutation({ mutationFn: (scheme: Scheme) => apiPut<Scheme>(`/api/plans/${encodeURIComponent(planId)}/assessment/scheme`, scheme), onSuccess: refresh }),
    adjust: useMutation({
      mutationFn: (input: { year: number; unitId: string; points: number; reason: string }) => apiPost<{ id: string }>(`/api/plans/${encodeURIComponent(planId)}/assessment/adjustments`, input),
      onSuccess: refresh,
    }),
    rate: useMutation({
      mutationFn: ({ reportId, score, note }: { reportId: string; score: number; note?: string }) => apiPut(`/api/reports/${encodeURIComponent(reportId)}/rating`, { score, note: note ?? '' }),
      onSuccess: refresh,
    }),
    exportCircular: useMutation({ mutationFn: (year: number) => apiDownload(`/api/plans/${encodeURIComponent(planId)}/assessment/circular?year=${year}`, `${year}年度考核结果通报.docx`), onSuccess: saveFile }),
    exportXlsx: useMutation({ mutationFn: (year: number) => apiDownload(`/api/plans/${encodeURIComponent(planId)}/assessment/export?year=${year}`, `${year}年度考核结果.xlsx`), onSuccess: saveFile }),
  };
}
