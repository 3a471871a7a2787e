/** The document model the server generates (src/domain/documents/document-model.ts), as JSON. */
export type DocumentKind = 'circular' | 'leader_report' | 'meeting_pack';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['circular', 'leader_report', 'meeting_pack'];

export type DocumentBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] };

export interface DocumentModel {
  kind: DocumentKind;
  number: string | null;
  title: string;
  recipients: string;
  blocks: DocumentBlock[];
  issuer: string;
  date: string;
  colophon: { copyTo: string[]; printedBy: string; printedOn: string };
}

export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  periodKey: string;
  status: 'draft' | 'issued';
  title: string;
  number: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  issuedAt: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  planId: string;
  sha256: string | null;
  model: DocumentModel;
}

/** How a plan's documents are numbered and addressed. */
export interface DocumentSettings {
  numberPrefix: string;
  issuer: string;
  recipients: string;
  copyTo: string[];
}
