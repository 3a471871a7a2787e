import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeCircular } from '../domain/documents/compose-circular';
import { composeLeaderReport } from '../domain/documents/compose-leader-report';
import { composeMeetingPack } from '../domain/documents/compose-meeting-pack';
import type { DocumentBlock, DocumentModel } from '../domain/documents/document-model';
import { buildPeriodFacts } from '../domain/documents/testing/build-facts';
import { LINE_PITCH } from './gbt9704-layout';
import { colophonHeight, colophonSharesLastPage, textEnd, textWidth } from './text-extent';

const SETUP = { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' };
const facts = buildPeriodFacts();
const paragraph = (text: string): DocumentBlock => ({ type: 'paragraph', text });
const withBlocks = (model: DocumentModel, blocks: DocumentBlock[]): DocumentModel => ({ ...model, blocks });

describe('the extent of the text, as bounds that hold for Word, WPS and LibreOffice', () => {
  it('measures text in characters: Chinese full width, digits 0.5–0.65, other ASCII 0.25–1, punctuation possibly compressed', () => {
    // 2024年完成率95.5%， = 7 digits, '.' and '%', 4 Chinese characters, one comma.
    expect(textWidth('2024年完成率95.5%，', 'low')).toBe(7 * 0.5 + 2 * 0.25 + 4 + 0.5);
    expect(textWidth('2024年完成率95.5%，', 'high')).toBeCloseTo(7 * 0.65 + 2 + 4 + 1, 9);
  });

  it('ends the leadership report on page 2 by both measures, a grid line apart at most', () => {
    const report = composeLeaderReport(facts, SETUP);
    const [low, high] = [textEnd(report, 'low'), textEnd(report, 'high')];
    expect([low.page, high.page]).toEqual([2, 2]);
    expect(high.used - low.used).toBeLessThanOrEqual(LINE_PITCH);
    expect(colophonSharesLastPage(report)).toBe(true);
  });

  it('gives the 版记 a page of its own when the text ends on an odd page, or when the measures disagree on the page', () => {
    const pack = composeMeetingPack(facts, SETUP);
    expect(textEnd(pack, 'low').page).toBe(3);
    expect(colophonSharesLastPage(pack)).toBe(false);
    const circular = composeCircular(facts, SETUP);
    // Lengthened until the two measures straddle a page break.
    const straddling = Array.from({ length: 40 }, (_, n) => withBlocks(circular, [...circular.blocks, ...Array.from({ length: n }, () => paragraph('各单位要进一步提高认识，压实责任，确保各项任务按期完成。'))])).find(
      (m) => textEnd(m, 'low').page !== textEnd(m, 'high').page,
    )!;
    expect(textEnd(straddling, 'high').page % 2 === 0 || textEnd(straddling, 'low').page % 2 === 0).toBe(true);
    expect(colophonSharesLastPage(straddling)).toBe(false);
  });

  it('keeps a line of air above the 版记: a text that fills its even page leaves the 版记 a page of its own', () => {
    const report = composeLeaderReport(facts, SETUP);
    const fuller = Array.from({ length: 30 }, (_, n) => withBlocks(report, [...report.blocks, ...Array.from({ length: n }, () => paragraph('请各单位抓好落实。'))])).filter((m) => textEnd(m, 'low').page === 2 && textEnd(m, 'high').page === 2);
    const last = fuller.at(-1)!;
    expect(22 * LINE_PITCH - textEnd(last, 'high').used).toBeLessThan(LINE_PITCH + colophonHeight(last));
    expect(colophonSharesLastPage(last)).toBe(false);
    expect(colophonSharesLastPage(fuller[0]!)).toBe(true);
  });

  it('reckons the 版记 from its lines: 抄送 wrapped under the first name, the 印发 line, the rules', () => {
    const report = composeLeaderReport(facts, SETUP);
    const one = colophonHeight({ ...report, colophon: { ...report.colophon, copyTo: ['县委办公室'] } });
    const none = colophonHeight({ ...report, colophon: { ...report.colophon, copyTo: [] } });
    const long = colophonHeight({ ...report, colophon: { ...report.colophon, copyTo: Array.from({ length: 12 }, (_, i) => `县第${i + 1}督查组`) } });
    expect(one - none).toBe(560);
    expect(long - none).toBeGreaterThanOrEqual(3 * 560);
  });

  it('never puts the low bound past the high one, whatever the paragraphs and tables', () => {
    const base = composeCircular(facts, SETUP);
    const text = fc.string({ unit: fc.constantFrom('县', '局', '，', '。', '2', '%', 'a', '（', '）'), minLength: 1, maxLength: 300 });
    const block: fc.Arbitrary<DocumentBlock> = fc.oneof(
      text.map(paragraph),
      fc.array(fc.tuple(text, text, text), { maxLength: 30 }).map((rows): DocumentBlock => ({ type: 'table', caption: '表', columns: ['序号', '单位', '说明'], rows })),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 40 }), (blocks) => {
        const model = withBlocks(base, blocks);
        const [low, high] = [textEnd(model, 'low'), textEnd(model, 'high')];
        expect(low.page < high.page || (low.page === high.page && low.used <= high.used)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
