import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiGet, apiPost, apiPut, apiUpload } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';
import type { Indicator, IndicatorImportSummary, IndicatorSettings, ValueInput } from './indicator-types';

const indicatorsKey = (planId: string, year: number) => ['indicators', planId, year] as const;

/** GET /api/plans/:planId/indicators?year=: every indicator with its computed status in `year`. */
export function useIndicators(planId: string | undefined, year: number) {
  return useQuery({
    queryKey: indicatorsKey(planId ?? '', year),
    queryFn: ({ signal }) => apiGet<{ indicators: Indicator[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/indicators?year=${year}`, { signal }).then((b) => b.indicators),
    enabled: planId !== undefined,
  });
}

/** Every write changes statuses: the indicator lists are fetched again. */
function useIndicatorMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: ['indicators'] }) });
}

export const useEnterValue = (indicatorId: string) =>
  useIndicatorMutation((input: ValueInput) => apiPost<{ id: string }>(`/api/indicators/${encodeURIComponent(indicatorId)}/values`, input));

export const useReviewValue = () =>
  useIndicatorMutation(({ valueId, accept, reason }: { valueId: string; accept: boolean; reason?: string }) =>
    apiPost<{ id: string; status: string }>(`/api/indicator-values/${encodeURIComponent(valueId)}/review`, { accept, ...(reason ? { reason } : {}) }),
  );

export const useSaveSettings = (indicatorId: string) =>
  useIndicatorMutation((settings: IndicatorSettings) => apiPut<undefined>(`/api/indicators/${encodeURIComponent(indicatorId)}/settings`, settings));

export const useChooseTarget = (indicatorId: string) =>
  useIndicatorMutation((choice: { year: number; governs: 'goal' | 'table' }) => apiPut<{ target: number | null }>(`/api/indicators/${encodeURIComponent(indicatorId)}/governing-target`, choice));

export const useUploadValueEvidence = () =>
  useIndicatorMutation(({ valueId, file }: { valueId: string; file: File }) => apiUpload<{ id: string; fileName: string }>(`/api/indicator-values/${encodeURIComponent(valueId)}/evidence`, file, file.name));

export const useImportIndicatorValues = (planId: string) =>
  useIndicatorMutation((file: File) => apiUpload<IndicatorImportSummary>(`/api/plans/${encodeURIComponent(planId)}/indicators/import`, file, file.name));

/** GET the indicator table with actuals and status (.xlsx), which is also the bulk-entry template. */
export function useDownloadIndicators(fallbackName: string) {
  return useMutation({
    mutationFn: ({ planId, year }: { planId: string; year: number | null }) =>
      apiDownload(`/api/plans/${encodeURIComponent(planId)}/indicators/xlsx${year !== null ? `?year=${year}` : ''}`, fallbackName),
    onSuccess: saveFile,
  });
}

export const evidenceUrl = (evidenceId: string) => `/api/indicator-evidence/${encodeURIComponent(evidenceId)}`;
