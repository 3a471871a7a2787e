import { isApiError } from '../../shared/api/api-error';
import type { DocumentBlock, DocumentModel } from './documents-types';

/** 成文日期 as GB/T 9704 writes it: 2025-01-06 → 2025年1月6日. */
export function officialDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
}

/**
 * The size in points of the 发文机关标志 (GB/T 9704-2012 §7.2.4), as the .docx writer sets it
 * (src/documents/official-masthead.ts markSize): as large as fits on one line of the 156 mm text
 * block, at most 一号 (26 pt). Digits and Latin letters count half.
 */
export function markPoints(issuer: string): number {
  const chars = [...issuer].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
  return Math.min(26, Math.floor(8845 / 20 / Math.max(1, chars) - 1));
}

/** 抄送 as one editable line, and back: 县委办公室，县政府办公室 ⇄ ['县委办公室', '县政府办公室']. */
export const copyToLine = (copyTo: readonly string[]) => copyTo.join('，');
export const copyToList = (line: string) =>
  line
    .split(/[，,、;；\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Replaces the text of block `index` (a heading or a paragraph); tables are not edited as text. */
export function withBlockText(model: DocumentModel, index: number, text: string): DocumentModel {
  const blocks = model.blocks.map((block, i): DocumentBlock => (i !== index || block.type === 'table' ? block : { ...block, text }));
  return { ...model, blocks };
}

/** Removes block `index` (an empty paragraph cannot be saved: the office removes it instead). */
export const withoutBlock = (model: DocumentModel, index: number): DocumentModel => ({ ...model, blocks: model.blocks.filter((_, i) => i !== index) });

/** The blocks the server would refuse: headings or paragraphs left empty. */
export const emptyBlocks = (model: DocumentModel): number[] => model.blocks.flatMap((b, i) => (b.type !== 'table' && b.text.trim() === '' ? [i] : []));

/** Why a save or an issue was refused, in the office's words: edited meanwhile, or already issued. */
export function documentConflictKey(error: unknown): 'documents.stale' | 'documents.alreadyIssued' | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  if (error.details.reason === 'issued') return 'documents.alreadyIssued';
  return error.details.reason === 'stale_version' ? 'documents.stale' : null;
}
