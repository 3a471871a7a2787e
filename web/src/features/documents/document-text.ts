import { isApiError } from '../../shared/api/api-error';
import type { DocumentBlock, DocumentModel } from './documents-types';

/** 成文日期 as GB/T 9704 writes it: 2025-01-06 → 2025年1月6日. */
export function officialDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : iso;
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
