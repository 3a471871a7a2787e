/** The document model the server generates (src/domain/documents/document-model.ts), as JSON: the server's own types. */
import type { DocumentBlock, DocumentKind, DocumentModel } from '@server/domain/documents/document-model';

export type { DocumentBlock, DocumentKind, DocumentModel };
/** The kinds in the order the UI offers them; the type check keeps them within the server's. */
export const DOCUMENT_KINDS = ['circular', 'leader_report', 'meeting_pack'] as const satisfies readonly DocumentKind[];

export type { DocumentDetail, DocumentSettings, DocumentSummary } from '@server/http/routes/documents/documents.schemas';
