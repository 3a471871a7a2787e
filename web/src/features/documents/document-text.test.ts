import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import { copyToLine, copyToList, documentConflictKey, emptyBlocks, markPoints, officialDate, withBlockText, withoutBlock } from './document-text';
import type { DocumentModel } from './documents-types';

const model: DocumentModel = {
  kind: 'circular',
  number: null,
  title: '关于通报',
  recipients: '各单位：',
  blocks: [
    { type: 'heading', level: 1, text: '一、总体进展情况' },
    { type: 'paragraph', text: '正文' },
    { type: 'table', caption: '表1', columns: ['单位'], rows: [['金贵镇']] },
  ],
  issuer: '办公室',
  date: '2025-01-06',
  colophon: { copyTo: [], printedBy: '办公室', printedOn: '2025-01-06' },
};

describe('document text editing', () => {
  it('writes the date the official way, without leading zeros', () => {
    expect(officialDate('2025-01-06')).toBe('2025年1月6日');
  });

  it('sizes the 发文机关标志 as the .docx does: 一号 at most, smaller when the name is long', () => {
    expect(markPoints('贺兰县创新型县建设领导小组办公室')).toBe(26);
    expect(markPoints('贺兰县创新型县建设和高质量发展领导小组办公室')).toBe(19);
  });

  it('splits the 抄送 line on Chinese and Latin separators and joins it back with ，', () => {
    expect(copyToList('县委办公室，县政府办公室、 督查室,')).toEqual(['县委办公室', '县政府办公室', '督查室']);
    expect(copyToLine(['县委办公室', '县政府办公室'])).toBe('县委办公室，县政府办公室');
  });

  it('edits the text of headings and paragraphs but never turns a table into text', () => {
    expect(withBlockText(model, 1, '改写').blocks[1]).toEqual({ type: 'paragraph', text: '改写' });
    expect(withBlockText(model, 2, '改写').blocks[2]).toBe(model.blocks[2]);
  });

  it('finds the empty blocks the server would refuse, and removes a block', () => {
    expect(emptyBlocks(withBlockText(model, 1, '  '))).toEqual([1]);
    expect(withoutBlock(model, 0).blocks).toHaveLength(2);
  });
});

describe('documentConflictKey', () => {
  it('tells a stale draft from an issued document, and leaves other errors to the common messages', () => {
    expect(documentConflictKey(new ApiError(409, 'conflict', '', { reason: 'stale_version', currentVersion: 3 }))).toBe('documents.stale');
    expect(documentConflictKey(new ApiError(409, 'conflict', '', { reason: 'issued' }))).toBe('documents.alreadyIssued');
    expect(documentConflictKey(new ApiError(400, 'validation_failed', ''))).toBeNull();
  });
});
