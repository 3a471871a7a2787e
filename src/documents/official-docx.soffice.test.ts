import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../e2e/browser';
import { createTestDatabase } from '../../test/databases';
import { composeCircular } from '../domain/documents/compose-circular';
import { composeLeaderReport } from '../domain/documents/compose-leader-report';
import { composeMeetingPack } from '../domain/documents/compose-meeting-pack';
import type { DocumentModel } from '../domain/documents/document-model';
import { buildPeriodFacts } from '../domain/documents/testing/build-facts';
import { actorOf } from '../services/authorize';
import { composeFromData } from '../services/documents/generate-document';
import { QUARTER, seedQuarter } from '../services/documents/testing/seed-quarter';
import { writeOfficialDocx } from './circular-docx';
import { colophonSharesLastPage, textEnd } from './text-extent';
import { horizontalRules, inkRows, isBlack, isRed, pageCount, pageWords, POPPLER, renderPage, savePagePng, type Word } from './testing/pdf-pages';

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p)) ?? null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve(import.meta.dirname, '../../test-results');
const SETUP = { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' };
/** PDF export that keeps the blank pages an even-page section break adds, as a printer prints them. */
const PDF_AS_PRINTED = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';

/** The text block (GB/T 9704-2012 §5.2.1), in mm from the page's top-left corner; a grid line is 225 mm ÷ 22. */
const BLOCK = { top: 37, bottom: 297 - 35, left: 28, right: 210 - 26 };
const LINE = 225 / 22;

if (!SOFFICE) console.warn('SKIPPED the LibreOffice check: soffice is not installed (CI installs libreoffice-writer-nogui).');
if (SOFFICE && !POPPLER) console.warn('SKIPPED the checks of the printed layout: poppler-utils (pdftoppm, pdftotext) is not installed.');

/**
 * The generated documents open in LibreOffice: each converts to PDF, and the PDF (read with
 * poppler: pages rendered to pixels, words with their boxes) has the red 版头 where GB/T 9704
 * puts it and the 版记 at the foot of the last, even page. Page 1 and the last page of the Helan
 * demo circular are kept as PNGs under test-results/ for a person to look at.
 */
describe.skipIf(!SOFFICE)('official documents in LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-soffice-'));
  // Its own profile, so parallel runs (and other users of soffice) do not share a lock.
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  const toPdf = async (models: Record<string, DocumentModel>) => {
    for (const [name, model] of Object.entries(models)) fs.writeFileSync(path.join(dir, `${name}.docx`), await writeOfficialDocx(model));
    await run(SOFFICE!, [profile, '--headless', '--convert-to', PDF_AS_PRINTED, '--outdir', dir, ...Object.keys(models).map((n) => `${n}.docx`)], { cwd: dir, timeout: 120_000 });
    return Object.fromEntries(Object.keys(models).map((name) => [name, path.join(dir, `${name}.pdf`)]));
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const facts = buildPeriodFacts();
  const kinds = { circular: { ...composeCircular(facts, SETUP), number: '贺创新办〔2025〕3号' }, 'leader-report': composeLeaderReport(facts, SETUP), 'meeting-pack': composeMeetingPack(facts, SETUP) };

  it('converts the circular, the leadership report and the meeting pack to PDF', async () => {
    const pdfs = await toPdf(kinds);
    for (const [name, pdf] of Object.entries(pdfs)) {
      const bytes = fs.readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      // The circular runs over several pages of 22 lines.
      expect((bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(name === 'circular' ? 2 : 1);
    }
  }, 240_000);

  describe.skipIf(!POPPLER)('as printed', () => {
    let helan = '';
    beforeAll(async () => {
      const { store, dispose } = await createTestDatabase('pglite');
      try {
        const { planId } = await seedQuarter(store);
        const office = actorOf((await store.repos.users.findByLogin('office'))!);
        const model = await composeFromData(store, office, planId, 'circular', QUARTER, new Date('2025-01-06T02:00:00Z'));
        helan = (await toPdf({ 'helan-circular': { ...model, number: '贺创新办〔2025〕3号' } }))['helan-circular']!;
      } finally {
        await dispose();
      }
      fs.mkdirSync(RESULTS, { recursive: true });
      await savePagePng(helan, 1, path.join(RESULTS, 'circular-page-1.png'));
      await savePagePng(helan, await pageCount(helan), path.join(RESULTS, 'circular-last-page.png'));
    }, 240_000);

    it('draws the red 版头 on page 1: the mark 35 mm below the text block, the number two lines under it, the red rule 4 mm below the number and as wide as the text block, the title two lines under the rule', async () => {
      const page = await renderPage(helan, 1);
      const redRules = horizontalRules(page, isRed);
      expect(redRules).toHaveLength(1);
      const rule = redRules[0]!;
      expect(rule.left).toBeCloseTo(BLOCK.left, 0);
      expect(rule.right).toBeCloseTo(BLOCK.right, 0);
      const mark = inkRows(page, isRed, 0, rule.top - 0.5)!;
      expect(Math.abs(mark.top - (BLOCK.top + 35))).toBeLessThan(1);
      const number = inkRows(page, isBlack, mark.bottom, rule.top)!;
      expect(Math.abs(rule.top - number.bottom - 4)).toBeLessThan(0.75);
      expect(number.top - mark.bottom).toBeGreaterThanOrEqual(2 * LINE);
      expect(number.top - mark.bottom).toBeLessThan(2.5 * LINE);
      const title = inkRows(page, isBlack, rule.bottom + 0.5, rule.bottom + 3 * LINE)!;
      expect(title.top - rule.bottom).toBeGreaterThanOrEqual(2 * LINE);
      expect(title.top - rule.bottom).toBeLessThan(2.5 * LINE);
      // Read top to bottom: the issuer, the number, the title.
      const text = (await pageWords(helan, 1)).map((w) => w.text).join('');
      expect(text.indexOf('贺兰县创新型县建设领导小组办公室')).toBe(0);
      expect(text.indexOf('贺创新办〔2025〕3')).toBeGreaterThan(0);
      expect(text.indexOf('关于')).toBeGreaterThan(text.indexOf('贺创新办〔2025〕3'));
    }, 60_000);

    it('ends on an even page holding only the 版记 at its foot: 抄送 and 印发 between three rules as wide as the text block, the last on its bottom edge', async () => {
      const pages = await pageCount(helan);
      expect(pages % 2).toBe(0);
      const page = await renderPage(helan, pages);
      const rules = horizontalRules(page, isBlack);
      expect(rules).toHaveLength(3);
      for (const rule of rules) {
        expect(rule.left).toBeCloseTo(BLOCK.left, 0);
        expect(rule.right).toBeCloseTo(BLOCK.right, 0);
      }
      expect(Math.abs(rules[2]!.bottom - BLOCK.bottom)).toBeLessThan(0.5);
      // 0.35 mm, 0.25 mm, 0.35 mm.
      expect(rules[0]!.thickness).toBeGreaterThan(rules[1]!.thickness);
      expect(rules[2]!.thickness).toBeGreaterThan(rules[1]!.thickness);
      const words = await pageWords(helan, pages);
      const between = (upper: number, lower: number) => words.filter((w) => w.yMin > rules[upper]!.top && w.yMax < rules[lower]!.bottom).map((w) => w.text).join('');
      expect(between(0, 1)).toMatch(/^抄送：县委、县人大、县政府、县政协主要领导，县委县政府督查室。$/);
      expect(between(1, 2)).toBe('贺兰县创新型县建设领导小组办公室2025年1月6日印发');
      // The 版记 page holds nothing else (the bounds put this long text's end on no sure page); the
      // text and its signature end on the page before, or two before with a blank page between.
      expect(words.filter((w) => w.yMax < rules[0]!.top)).toEqual([]);
      const texts = await bodyTexts(helan);
      const end = texts.findLastIndex((t) => t.endsWith('贺兰县创新型县建设领导小组办公室2025年1月6日'));
      expect(pages - 1 - end).toBe(end % 2 === 0 ? 1 : 2);
      expect(texts.slice(end + 1, pages - 1)).toEqual(end % 2 === 0 ? [] : ['']);
    }, 60_000);

    it('numbers every page "— n —" 7 mm below the text block, odd pages right and even pages left, one character in (a blank page may go without)', async () => {
      const pages = await pageCount(helan);
      const texts = await bodyTexts(helan);
      for (let n = 1; n <= pages; n += 1) {
        const footer = (await pageWords(helan, n)).filter((w) => w.yMin > BLOCK.bottom);
        // §7.5: the blank page before a 版记 page may go unnumbered (LibreOffice leaves it bare).
        if (texts[n - 1] === '' && footer.length === 0) continue;
        expect(footer.map((w) => w.text).join('')).toBe(`—${n}—`);
        expect(Math.abs(footer[0]!.yMin - (BLOCK.bottom + 7)) < 2).toBe(true);
        const oneChar = (14 * 25.4) / 72;
        if (n % 2 === 1) expect(Math.abs(edge(footer, 'right') - (BLOCK.right - oneChar))).toBeLessThan(1.5);
        else expect(Math.abs(edge(footer, 'left') - (BLOCK.left + oneChar))).toBeLessThan(1.5);
      }
    }, 120_000);

    it('puts the 版记 of every document at the foot of an even last page: on the text\'s last page when the bounds agree it is even with room, else on a page of its own', async () => {
      // The three kinds, each as composed and lengthened by 4 and 8 paragraphs: texts that end at many places.
      const models = Object.fromEntries(
        Object.entries(kinds).flatMap(([name, model]) => [0, 4, 8].map((extra) => [`${name}-${extra}`, { ...model, blocks: [...model.blocks, ...Array.from({ length: extra }, () => ({ type: 'paragraph' as const, text: '各单位要进一步提高认识，压实责任，2024年完成率达到95.5%，确保各项任务按期完成。' }))] }])),
      );
      const pdfs = await toPdf(models);
      const placements = new Set<string>();
      for (const [name, pdf] of Object.entries(pdfs)) {
        const model = models[name]!;
        const pages = await pageCount(pdf);
        expect(pages % 2, name).toBe(0);
        const rules = horizontalRules(await renderPage(pdf, pages, 100), isBlack);
        expect(Math.abs(rules.at(-1)!.bottom - BLOCK.bottom), name).toBeLessThan(0.5);
        const texts = await bodyTexts(pdf);
        const { copyTo, printedBy } = model.colophon;
        expect(texts[pages - 1]!.endsWith(`${copyTo.length > 0 ? `抄送：${copyTo.join('，')}。` : ''}${printedBy}2025年1月6日印发`), name).toBe(true);
        // Where LibreOffice ends the text lies within the bounds the writer reckoned with.
        const end = await signatureEnd(pdf);
        const [low, high] = [textEnd(model, 'low'), textEnd(model, 'high')];
        const position = (page: number, mm: number) => page * 1000 + mm;
        const twipsToMm = (twips: number) => (twips / 1440) * 25.4;
        expect(position(end.page, end.bottom), name).toBeGreaterThanOrEqual(position(low.page, twipsToMm(low.used) - 1));
        expect(position(end.page, end.bottom), name).toBeLessThanOrEqual(position(high.page, twipsToMm(high.used) + 1));
        if (colophonSharesLastPage(model)) {
          expect(end.page, name).toBe(pages);
          expect(end.bottom, name).toBeLessThan(rules[0]!.top);
          placements.add('with the text');
        } else {
          // A page of its own: the next page when the text ends on an odd one, else after a blank page.
          expect(pages - end.page, name).toBe(end.page % 2 === 1 ? 1 : 2);
          expect(texts.slice(end.page, pages - 1).every((t) => t === ''), name).toBe(true);
          expect(texts[pages - 1]!.startsWith(copyTo.length > 0 ? '抄送' : printedBy), name).toBe(true);
          placements.add(end.page % 2 === 1 ? 'next page' : 'after a blank page');
        }
      }
      // Every way of placing it is exercised.
      expect([...placements].sort()).toEqual(['after a blank page', 'next page', 'with the text']);
    }, 240_000);
  });

  it.skipIf(POPPLER || !fs.existsSync(CHROMIUM))('keeps page 1 of the circular as a PNG through Chromium when poppler is missing', async () => {
    const pdfs = await toPdf({ circular: kinds.circular });
    const png = await pageAsPng(pdfs.circular!, 1);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'circular-page-1.png'), png);
  }, 240_000);
});

/** Each page's text above the foot of the text block (no page number), words joined. */
async function bodyTexts(pdf: string): Promise<string[]> {
  const pages = await pageCount(pdf);
  return Promise.all(Array.from({ length: pages }, (_, i) => pageWords(pdf, i + 1).then((words) => words.filter((w) => w.yMin < BLOCK.bottom).map((w) => w.text).join(''))));
}

/** The page and the bottom (mm below the text block's top) of the 成文日期 line, where the text ends. */
async function signatureEnd(pdf: string): Promise<{ page: number; bottom: number }> {
  for (let page = await pageCount(pdf); page >= 1; page -= 1) {
    const lines = new Map<number, Word[]>();
    for (const word of await pageWords(pdf, page)) lines.set(Math.round(word.yMin * 2), [...(lines.get(Math.round(word.yMin * 2)) ?? []), word]);
    const date = [...lines.values()].find((line) => line.map((w) => w.text).join('') === '2025年1月6日');
    if (date) return { page, bottom: Math.max(...date.map((w) => w.yMax)) - BLOCK.top };
  }
  throw new Error(`no 成文日期 in ${pdf}`);
}

const edge = (words: Word[], side: 'left' | 'right') => (side === 'left' ? Math.min(...words.map((w) => w.xMin)) : Math.max(...words.map((w) => w.xMax)));

/** A page of a PDF as a PNG through Chromium's PDF viewer, where poppler is missing. The viewport has the A4 ratio. */
async function pageAsPng(pdf: string, page: number): Promise<Buffer> {
  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await tab.goto(`file://${pdf}#page=${page}&toolbar=0&navpanes=0&view=FitH`);
    // The viewer paints asynchronously inside its own frame; wait until it has drawn the page.
    await tab.waitForTimeout(2000);
    return await tab.screenshot();
  } finally {
    await browser.close();
  }
}
