import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiDownload, apiGet } from '../../shared/api/client';
import { saveFile } from '../../shared/api/save-file';
import { auditQueryString, type AuditFilters, type PageRequest } from './audit-query';
import type { AuditPage } from './audit-types';

/** GET /api/audit: one page of the filtered trail, newest first, with the total count. */
export function useAuditRecords(filters: AuditFilters, page: PageRequest) {
  const query = auditQueryString(filters, page);
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => apiGet<AuditPage>(`/api/audit?${query}`, { signal }),
    // Keep the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
    // The trail grows all the time; an auditor expects what they search to be current.
    staleTime: 0,
  });
}

/** GET /api/audit/export with the same filters, saved as .xlsx. The export is itself audited. */
export function useExportAudit(fallbackName: string) {
  return useMutation({
    mutationFn: (filters: AuditFilters) => {
      const query = auditQueryString(filters);
      return apiDownload(`/api/audit/export${query ? `?${query}` : ''}`, fallbackName);
    },
    onSuccess: saveFile,
  });
}
