import type { DocumentKind, DocumentSummary } from './documents-types';

export const KIND_LABELS: Readonly<Record<DocumentKind, 'documents.kind.circular' | 'documents.kind.leader_report' | 'documents.kind.meeting_pack'>> = {
  circular: 'documents.kind.circular',
  leader_report: 'documents.kind.leader_report',
  meeting_pack: 'documents.kind.meeting_pack',
};

export const STATUS_LABELS = { draft: 'documents.status.draft', issued: 'documents.status.issued' } as const;
export const STATUS_COLORS: Readonly<Record<DocumentSummary['status'], string>> = { draft: 'gold', issued: 'green' };
