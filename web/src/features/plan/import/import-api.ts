import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiPost, apiUpload } from '../../../shared/api/client';
import { detailItems, isString } from '../../../shared/api/error-details';
import { isApiError } from '../../../shared/api/api-error';
import type { Lang } from '../../../shared/i18n/translate';
import { plansKey } from '../plans-api';
import type { ImportPreview, UnitOverrides } from './import-types';

/** POST /api/plans/imports (multipart "file"), `?planId=` for a revision: the preview, nothing saved yet. */
export function useUploadPlan() {
  return useMutation({
    mutationFn: ({ file, planId }: { file: File; planId: string | undefined }) =>
      apiUpload<ImportPreview>(`/api/plans/imports${planId ? `?planId=${encodeURIComponent(planId)}` : ''}`, file, file.name),
  });
}

/** POST /api/plans/imports/:id/preview: the preview again, with the office's unit mappings. */
export function useRepreview() {
  return useMutation({
    mutationFn: ({ importId, unitOverrides }: { importId: string; unitOverrides: UnitOverrides }) =>
      apiPost<ImportPreview>(`/api/plans/imports/${encodeURIComponent(importId)}/preview`, { unitOverrides }),
  });
}

/** POST /api/plans/imports/:id/confirm: creates or updates the plan and its units. */
export function useConfirmImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ importId, unitOverrides }: { importId: string; unitOverrides: UnitOverrides }) =>
      apiPost<{ planId: string }>(`/api/plans/imports/${encodeURIComponent(importId)}/confirm`, { unitOverrides }),
    onSuccess: () => client.invalidateQueries({ queryKey: plansKey }),
  });
}

/** Why a file is not a plan: the server's Chinese sentence and what it looked for. */
export interface NotAPlan {
  message: string;
  lookedFor: string[];
}

/**
 * A 400 for a document with no plan structure carries its reason in Chinese in `message` (the one
 * place the UI shows the server's words: they describe the clerk's file) and what was looked for:
 * `details.lookedForZh` in Chinese, `details.lookedFor` in English.
 */
export function notAPlanOf(error: unknown, lang: Lang = 'zh-CN'): NotAPlan | undefined {
  if (!isApiError(error) || error.status !== 400) return undefined;
  const zh = detailItems(error, 'lookedForZh', isString);
  const lookedFor = lang === 'zh-CN' && zh.length > 0 ? zh : detailItems(error, 'lookedFor', isString);
  if (lookedFor.length === 0 && error.details['code'] !== 'no_plan_structure') return undefined;
  return { message: error.message, lookedFor };
}
