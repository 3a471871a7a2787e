import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiDownload, apiGet, apiPost, apiPut } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';
import type { DocumentDetail, DocumentKind, DocumentModel, DocumentSettings, DocumentSummary } from './documents-types';

const listKey = (planId: string) => ['documents', 'plan', planId] as const;
const detailKey = (id: string) => ['documents', id] as const;

/** GET /api/plans/:planId/documents: drafts and issued documents, newest first. */
export function useDocuments(planId: string | undefined) {
  return useQuery({
    queryKey: listKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<{ documents: DocumentSummary[] }>(`/api/plans/${encodeURIComponent(planId ?? '')}/documents`, { signal }).then((b) => b.documents),
    enabled: planId !== undefined,
  });
}

/** GET /api/documents/:id: one document with its model. */
export function useDocument(id: string | undefined) {
  return useQuery({
    queryKey: detailKey(id ?? ''),
    queryFn: ({ signal }) => apiGet<DocumentDetail>(`/api/documents/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
  });
}

/** After a change, the list and the document show the server's answer. */
function useStore() {
  const client = useQueryClient();
  return (document: DocumentDetail) => {
    client.setQueryData(detailKey(document.id), document);
    void client.invalidateQueries({ queryKey: listKey(document.planId) });
  };
}

/** POST /api/plans/:planId/documents: a draft for a period, composed from the data. */
export function useGenerateDocument(planId: string | undefined) {
  const store = useStore();
  return useMutation({
    mutationFn: (input: { kind: DocumentKind; periodKey: string }) => apiPost<DocumentDetail>(`/api/plans/${encodeURIComponent(planId ?? '')}/documents`, input),
    onSuccess: store,
  });
}

/** PUT /api/documents/:id: the office's edits of a draft (optimistic: names the version it read). */
export function useSaveDocument() {
  const store = useStore();
  return useMutation({
    mutationFn: (input: { id: string; version: number; model: DocumentModel }) => apiPut<DocumentDetail>(`/api/documents/${encodeURIComponent(input.id)}`, { version: input.version, model: input.model }),
    onSuccess: store,
  });
}

/** POST /api/documents/:id/issue: numbered and archived. */
export function useIssueDocument() {
  const store = useStore();
  return useMutation({
    mutationFn: (input: { id: string; version: number }) => apiPost<DocumentDetail>(`/api/documents/${encodeURIComponent(input.id)}/issue`, { version: input.version }),
    onSuccess: store,
  });
}

/** GET /api/documents/:id/docx, saved under the server's file name. */
export function useDownloadDocx() {
  return useMutation({
    mutationFn: (input: { id: string; fallbackName: string }) => apiDownload(`/api/documents/${encodeURIComponent(input.id)}/docx`, input.fallbackName),
    onSuccess: saveFile,
  });
}

/** GET /api/periods/:id/reports.xlsx or timeliness.xlsx. */
export function useDownloadPeriodXlsx() {
  return useMutation({
    mutationFn: (input: { periodId: string; which: 'reports' | 'timeliness'; fallbackName: string }) =>
      apiDownload(`/api/periods/${encodeURIComponent(input.periodId)}/${input.which}.xlsx`, input.fallbackName),
    onSuccess: saveFile,
  });
}

const settingsKey = (planId: string) => ['documents', 'settings', planId] as const;

/** GET /api/plans/:planId/document-settings: 机关代字, issuer and addressees (defaults until set). */
export function useDocumentSettings(planId: string | undefined) {
  return useQuery({
    queryKey: settingsKey(planId ?? ''),
    queryFn: ({ signal }) => apiGet<DocumentSettings>(`/api/plans/${encodeURIComponent(planId ?? '')}/document-settings`, { signal }),
    enabled: planId !== undefined,
  });
}

/** PUT /api/plans/:planId/document-settings (the office). */
export function useSaveDocumentSettings(planId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: DocumentSettings) => apiPut<DocumentSettings>(`/api/plans/${encodeURIComponent(planId)}/document-settings`, settings),
    onSuccess: (saved) => client.setQueryData(settingsKey(planId), saved),
  });
}
