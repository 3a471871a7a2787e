import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDelete, apiGet, apiPost, apiPut, apiUpload } from '../../shared/api/client';
import type { ReportAction } from './report-status';
import type { Attachment, Obligation, Report, ReportContent, ReportDetail, ReportKind, TaskReports } from './report-types';

export const obligationsKey = ['me', 'obligations'] as const;
export const reportKey = (id: string) => ['reports', id] as const;
export const taskReportsKey = (periodId: string, taskId: string) => ['periods', periodId, 'tasks', taskId, 'reports'] as const;

/** GET /api/me/obligations: what the account's unit owes in the open periods. */
export function useObligations(enabled = true) {
  return useQuery({
    queryKey: obligationsKey,
    queryFn: ({ signal }) => apiGet<{ obligations: Obligation[] }>('/api/me/obligations', { signal }).then((body) => body.obligations),
    enabled,
  });
}

/** POST /api/reports: the report the unit owes, created as an empty draft the first time. */
export function useOpenReport() {
  return useMutation({
    mutationFn: (input: { periodId: string; taskId: string; kind: ReportKind }) => apiPost<Report>('/api/reports', input),
  });
}

/**
 * GET /api/reports/:id with its versions and evidence. Not refetched on focus: the form holds the
 * user's text, and a stale save is settled by the conflict dialog, not by a silent refetch.
 */
export function useReport(id: string | undefined) {
  return useQuery({
    queryKey: reportKey(id ?? ''),
    queryFn: ({ signal }) => apiGet<ReportDetail>(`/api/reports/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
    refetchOnWindowFocus: false,
  });
}

/** PUT /api/reports/:id: save the draft if `version` is still the stored one (else 409 stale_version). */
export function saveReport(id: string, version: number, content: ReportContent): Promise<Report> {
  return apiPut<Report>(`/api/reports/${encodeURIComponent(id)}`, { version, ...content });
}

/** POST /api/reports/:id/{submit|approve|send-back|accept|return}; refreshes the report and the lists after. */
export function useReportAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, version, reason }: { id: string; action: ReportAction; version: number; reason?: string }) =>
      apiPost<Report>(`/api/reports/${encodeURIComponent(id)}/${action}`, reason === undefined ? { version } : { version, reason }),
    onSuccess: async (report) => {
      await Promise.all([
        client.invalidateQueries({ queryKey: reportKey(report.id) }),
        client.invalidateQueries({ queryKey: obligationsKey }),
        client.invalidateQueries({ queryKey: ['review-queue'] }),
        client.invalidateQueries({ queryKey: ['periods'] }),
      ]);
    },
  });
}

/** POST /api/reports/:id/attachments (multipart "file"). */
export function useUploadEvidence(reportId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiUpload<Attachment>(`/api/reports/${encodeURIComponent(reportId)}/attachments`, file, file.name),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKey(reportId) }),
  });
}

/** DELETE /api/attachments/:id: remove evidence from a report still being written. */
export function useRemoveEvidence(reportId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachmentId: string) => apiDelete(`/api/attachments/${encodeURIComponent(attachmentId)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: reportKey(reportId) }),
  });
}

/** GET /api/periods/:periodId/tasks/:taskId/reports: the lead unit sees every unit's report on its task. */
export function useTaskReports(periodId: string, taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: taskReportsKey(periodId, taskId),
    queryFn: ({ signal }) => apiGet<TaskReports>(`/api/periods/${encodeURIComponent(periodId)}/tasks/${encodeURIComponent(taskId)}/reports`, { signal }),
    enabled,
  });
}

/** The address of an evidence file (GET /api/attachments/:id): a plain link downloads it with the session cookie. */
export function attachmentUrl(id: string): string {
  return `/api/attachments/${encodeURIComponent(id)}`;
}
