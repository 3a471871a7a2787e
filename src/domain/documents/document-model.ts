/**
 * The model of an official document (公文) Luoshi writes: one structure that the .docx writer,
 * the browser preview and the office's editor all read, so what is previewed is what is issued.
 * The parts follow GB/T 9704-2012: 版头 (发文字号), 主体 (title, 主送, body, 落款, 成文日期)
 * and 版记 (抄送, 印发机关 and 印发日期).
 */
export type DocumentKind = 'circular' | 'leader_report' | 'meeting_pack';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['circular', 'leader_report', 'meeting_pack'];

/** 一、 (level 1, 黑体), （一） (level 2, 楷体), 1. (level 3, 仿宋): GB/T 9704 §7.3.3. */
export type HeadingLevel = 1 | 2 | 3;

export type DocumentBlock =
  | { type: 'heading'; level: HeadingLevel; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] };

export interface DocumentColophon {
  /** 抄送 recipients; none means no 抄送 line. */
  copyTo: string[];
  /** 印发机关. */
  printedBy: string;
  /** 印发日期, 'YYYY-MM-DD'. */
  printedOn: string;
}

export interface DocumentModel {
  kind: DocumentKind;
  /** 发文字号 (贺创新办〔2025〕3号); null until the document is issued. */
  number: string | null;
  title: string;
  /** 主送机关, written flush left and ending with a full-width colon. */
  recipients: string;
  blocks: DocumentBlock[];
  /** 发文机关署名. */
  issuer: string;
  /** 成文日期, 'YYYY-MM-DD'; written 2025年3月25日. */
  date: string;
  colophon: DocumentColophon;
}
