import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost, apiUpload } from '../../shared/api/client';
import type { IssueNoticeInput, Lights, Notice, NoticeAction, NoticeAttachment, NoticeDetail } from './supervision-types';

const lightsKey = (planId: string) => ['plans', planId, 'supervision', 'lights'] as const;
const noticesKey = (planId: string) => ['plans', planId, 'notices'] as const;
const noticeKey = (id: string) => ['notices', id] as const;

/** GET /api/plans/:planId/supervision/lights: every task, indicator and unit with its light and reasons. */
export function useLights(planId: string | undefined) {
  return useQuery({
    queryKey: lightsKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<Lights>(`/api/plans/${encodeURIComponent(planId ?? '')}/supervision/lights`, { signal }),
    enabled: planId !== undefined,
  });
}

/** GET /api/plans/:planId/notices: every notice (county-wide roles) or the unit's own inbox. */
export function useNotices(planId: string | undefined) {
  return useQuery({
    queryKey: noticesKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<{ notices: Notice[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/notices`, { signal }).then((body) => body.notices),
    enabled: planId !== undefined,
  });
}

/** GET /api/notices/:id with its history and evidence. */
export function useNotice(id: string | undefined) {
  return useQuery({
    queryKey: noticeKey(id ?? ''),
    queryFn: ({ signal }) => apiGet<NoticeDetail>(`/api/notices/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
  });
}

/** Everything a notice's change may move: its page, the lists, the lights. */
function useRefreshSupervision() {
  const client = useQueryClient();
  return (notice: Notice) =>
    Promise.all([
      client.invalidateQueries({ queryKey: noticeKey(notice.id) }),
      client.invalidateQueries({ queryKey: noticesKey(notice.planId) }),
      client.invalidateQueries({ queryKey: lightsKey(notice.planId) }),
    ]);
}

/** POST /api/plans/:planId/notices: issue a notice (supervisor, office). */
export function useIssueNotice(planId: string) {
  const refresh = useRefreshSupervision();
  return useMutation({
    mutationFn: (input: IssueNoticeInput) => apiPost<Notice>(`/api/plans/${encodeURIComponent(planId)}/notices`, input),
    onSuccess: refresh,
  });
}

/** POST /api/notices/:id/{sign|respond|return|close}, with the version read (409 when stale). */
export function useNoticeAction() {
  const refresh = useRefreshSupervision();
  return useMutation({
    mutationFn: ({ id, action, version, text }: { id: string; action: NoticeAction; version: number; text?: string }) =>
      apiPost<Notice>(`/api/notices/${encodeURIComponent(id)}/${action}`, text === undefined ? { version } : { version, text }),
    onSuccess: refresh,
  });
}

/** POST /api/notices/:id/attachments (multipart "file"): evidence for the response. */
export function useUploadNoticeEvidence(noticeId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<NoticeAttachment>(`/api/notices/${encodeURIComponent(noticeId)}/attachments`, file, file.name),
    onSuccess: () => client.invalidateQueries({ queryKey: noticeKey(noticeId) }),
  });
}

export const noticeAttachmentUrl = (id: string) => `/api/notice-attachments/${encodeURIComponent(id)}`;
