import { describe, expect, it } from 'vitest';
import { composeCircular } from '../domain/documents/compose-circular';
import { buildPeriodFacts } from '../domain/documents/testing/build-facts';
import { writeOfficialDocx } from './circular-docx';
import { markSize } from './official-masthead';
import { colophonSharesLastPage } from './text-extent';
import { openDocx } from './testing/docx-xml';

const facts = buildPeriodFacts();
const model = {
  ...composeCircular(facts, { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' }),
  number: '贺创新办〔2025〕3号',
};

describe('writeOfficialDocx (GB/T 9704-2012)', async () => {
  const docx = await openDocx(await writeOfficialDocx(model));
  const $ = docx.part('word/document.xml');
  const colophonTable = () => $('w\\:tbl').filter((_, t) => $(t).find('w\\:tblpPr').length > 0);
  const paragraph = (text: string) => {
    const found = docx.paragraphs.find((p) => p.text === text);
    if (!found) throw new Error(`no paragraph "${text}"`);
    return found;
  };

  it('lays out an A4 page with margins 37/28/26/35 mm and a grid of 22 lines × 28 characters', () => {
    expect($('w\\:pgSz').attr()).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect($('w\\:pgMar').attr()).toMatchObject({ 'w:top': '2098', 'w:left': '1587', 'w:right': '1474', 'w:bottom': '1984' });
    // 225 mm ÷ 22 lines = 579 twips; 156 mm ÷ 28 characters = 15.79 pt, 16 pt − 0.21 pt in 1/4096 pt.
    expect($('w\\:docGrid').attr()).toMatchObject({ 'w:type': 'lines', 'w:linePitch': '579' });
  });

  it('sets the title in 2号 方正小标宋简体, centred, broken between words into two balanced lines', () => {
    expect(paragraph(model.title)).toMatchObject({ faces: ['方正小标宋简体', '方正小标宋简体'], sizes: ['44', '44'], align: 'center' });
    const lines = $('w\\:p')
      .filter((_, p) => $(p).find('w\\:t').text() === model.title)
      .find('w\\:r')
      .toArray()
      .map((r) => `${$(r).find('w\\:br').length > 0 ? '⏎' : ''}${$(r).find('w\\:t').text()}`);
    expect(lines).toEqual(['关于2024年第四季度贺兰县', '⏎创新型县建设工作推进情况的通报']);
  });

  it('sets the body in 3号 仿宋_GB2312 with a two-character first-line indent, and each heading level in its face', () => {
    const body = docx.paragraphs.find((p) => p.text.startsWith('为推动'))!;
    expect(body).toMatchObject({ faces: ['仿宋_GB2312'], sizes: ['32'], firstLineChars: '200' });
    expect(paragraph('一、总体进展情况')).toMatchObject({ faces: ['黑体'], sizes: ['32'] });
    expect(paragraph('（一）加快提升创新发展综合能力')).toMatchObject({ faces: ['楷体_GB2312'], sizes: ['32'] });
    expect(docx.paragraphs.find((p) => p.text.startsWith('1.科技和工信局'))).toMatchObject({ faces: ['仿宋_GB2312'], sizes: ['32'] });
    // Body paragraphs keep the grid's exact line pitch.
    expect($('w\\:spacing[w\\:line="579"][w\\:lineRule="exact"]').length).toBeGreaterThan(10);
    // 28 characters a line: each 16 pt character condensed by 0.25 pt (−5 twips).
    const condensed = $('w\\:p:has(w\\:ind[w\\:firstLineChars="200"]) w\\:rPr > w\\:spacing').toArray().map((s) => $(s).attr('w:val'));
    expect(condensed.length).toBeGreaterThan(10);
    expect(new Set(condensed)).toEqual(new Set(['-5']));
  });

  it('stacks the 版头 and the title as §7.2–7.3 space them: mark, two lines, number and red rule, two lines, title', () => {
    expect(docx.paragraphs.slice(0, 9).map((p) => p.text)).toEqual(['贺兰县创新型县建设领导小组办公室', '', '', '贺创新办〔2025〕3号', '', '', model.title, '', '各乡镇（场），县直各部门：']);
  });

  it('sets the 发文机关标志 in red 小标宋, centred, its top edge 35 mm below the text block (§7.2.4), off the line grid', () => {
    const mark = $('w\\:body > w\\:p').first();
    expect(paragraph('贺兰县创新型县建设领导小组办公室')).toMatchObject({ faces: ['方正小标宋简体'], sizes: ['52'], align: 'center' });
    expect(mark.find('w\\:rPr > w\\:color').attr('w:val')).toBe('FF0000');
    // 35 mm = 1984 twips of space before, on an exact line as tall as the 26 pt characters.
    expect(mark.find('w\\:pPr > w\\:spacing').attr()).toMatchObject({ 'w:before': '1984', 'w:line': '520', 'w:lineRule': 'exact' });
    // Its style keeps it off the grid: LibreOffice would otherwise round the 35 mm up to whole lines.
    expect(mark.find('w\\:pPr > w\\:pStyle').attr('w:val')).toBe('OffGrid');
    const style = docx.part('word/styles.xml')('w\\:style[w\\:styleId="OffGrid"]');
    expect(style.find('w\\:pPr > w\\:snapToGrid').attr('w:val')).toBe('0');
    // A long name shrinks to fit one line of the text block (at most 一号).
    expect(markSize('贺兰县创新型县建设领导小组办公室')).toBe(26);
    expect(markSize('贺兰县创新型县建设和高质量发展领导小组办公室')).toBe(19);
  });

  it('sets the 发文字号 centred in 3号 仿宋 two lines under the mark, with the red rule 4 mm below it as wide as the text block (§7.2.5, §7.2.7)', () => {
    expect(paragraph('贺创新办〔2025〕3号')).toMatchObject({ faces: ['仿宋_GB2312'], sizes: ['32'], align: 'center' });
    const number = $('w\\:body > w\\:p').eq(3);
    // The rule is the number paragraph's bottom border: red, 1.5 pt, 7 pt below its line (4 mm below the glyphs).
    expect(number.find('w\\:pPr > w\\:pBdr > w\\:bottom').attr()).toMatchObject({ 'w:val': 'single', 'w:color': 'FF0000', 'w:sz': '12', 'w:space': '7' });
    // A paragraph border spans the paragraph: no indents, so the rule is as wide as the text block.
    expect(number.find('w\\:pPr > w\\:ind').length).toBe(0);
    for (const index of [1, 2, 3, 4, 5]) expect($('w\\:body > w\\:p').eq(index).find('w\\:pPr > w\\:pStyle').attr('w:val')).toBe('OffGrid');
  });

  it('shows a draft without its number as waiting for one', async () => {
    const draft = await openDocx(await writeOfficialDocx({ ...model, number: null }));
    expect(draft.paragraphs[3]).toMatchObject({ text: '（印发时编号）', align: 'center' });
  });

  it('writes the document number, the 主送 line and the date in Arabic numerals', () => {
    expect(paragraph('各乡镇（场），县直各部门：').firstLineChars).toBeUndefined();
    expect(paragraph('2025年1月6日').align).toBe('right');
  });

  it('sets the 版记 in 4号 仿宋 between rules as wide as the text block: 0.35 mm first and last, 0.25 mm between (§7.4.1)', () => {
    expect(paragraph('抄送：县委办公室，县政府办公室。')).toMatchObject({ faces: ['仿宋_GB2312'], sizes: ['28'] });
    expect(paragraph('贺兰县创新型县建设领导小组办公室\t2025年1月6日印发').sizes).toEqual(['28', '28']);
    const table = colophonTable();
    expect(table.find('w\\:tblW').attr()).toMatchObject({ 'w:type': 'dxa', 'w:w': '8845' });
    const rules = table
      .find('w\\:tc')
      .toArray()
      .map((tc) => ['top', 'bottom'].map((side) => $(tc).find(`w\\:tcBorders > w\\:${side}`).attr('w:sz')).join('/'));
    // sz in eighths of a point: 8 = 1 pt = 0.35 mm, 6 = 0.75 pt = 0.26 mm.
    expect(rules).toEqual(['8/6', '0/8']);
    // 抄送 wraps under the first name after the colon (§7.4.2); 印发 sits one character in.
    expect(table.find('w\\:ind').first().attr()).toMatchObject({ 'w:left': '1120', 'w:hanging': '840', 'w:right': '280' });
  });

  it('floats the 版记 at the bottom of the text block, its left edge on the text block\'s', () => {
    const table = colophonTable();
    // Bottom of the text block (vertAnchor margin, tblpYSpec bottom); its left edge counted from
    // the page edge, so LibreOffice keeps a table as wide as the text block floating.
    expect(table.find('w\\:tblPr > w\\:tblpPr').attr()).toEqual({ 'w:vertAnchor': 'margin', 'w:tblpYSpec': 'bottom', 'w:horzAnchor': 'page', 'w:tblpX': '1587' });
    expect(table.find('w\\:tblCellMar > w\\:left').attr('w:w')).toBe('0');
    // The paragraph after it anchors it; it is the last of the body.
    expect($('w\\:body > *').last().prev().prev().is('w\\:tbl')).toBe(true);
  });

  it('keeps the 版记 on the text\'s last page when that page is surely even with room, else gives it a section that starts on an even page', async () => {
    // This circular's text ends early on page 4 by every measure: one section, the 版记 after the signature.
    expect(colophonSharesLastPage(model)).toBe(true);
    expect($('w\\:sectPr').length).toBe(1);
    expect(docx.paragraphs.findIndex((p) => p.text.startsWith('抄送'))).toBeGreaterThan(docx.paragraphs.findIndex((p) => p.text === '2025年1月6日'));
    // Longer by twelve paragraphs, it ends on page 5: the 版记 gets a section of its own, from the next even page.
    const longer = { ...model, blocks: [...model.blocks, ...Array.from({ length: 12 }, () => ({ type: 'paragraph' as const, text: '各单位要进一步提高认识，压实责任，确保各项任务按期完成。' }))] };
    expect(colophonSharesLastPage(longer)).toBe(false);
    const $$ = (await openDocx(await writeOfficialDocx(longer))).part('word/document.xml');
    const sections = $$('w\\:sectPr');
    expect(sections.length).toBe(2);
    expect(sections.first().find('w\\:type').length).toBe(0);
    expect(sections.last().find('w\\:type').attr('w:val')).toBe('evenPage');
    expect(sections.last().find('w\\:pgMar').attr()).toEqual(sections.first().find('w\\:pgMar').attr());
    // It names no footers of its own: it keeps the text's page numbers.
    expect(sections.first().find('w\\:footerReference').length).toBe(2);
    expect(sections.last().find('w\\:footerReference').length).toBe(0);
    // The section break sits after the signature; the 版记's table is in the last section.
    expect($$('w\\:p:has(w\\:sectPr)').text()).toBe('2025年1月6日');
    expect($$('w\\:body > *').last().prev().prev().find('w\\:tblpPr').length).toBe(1);
  });

  it('names every late and missing unit of the period', () => {
    const named = facts.units.filter((u) => u.late > 0 || u.missing > 0).map((u) => u.name);
    expect(named).toEqual(['金贵镇', '人社局']);
    for (const unit of named) expect(docx.text).toContain(unit);
    expect(docx.text).toContain('逾期未报送的单位有：金贵镇（1份）');
  });

  it('puts tables in the body with a 黑体 header row repeated on each page', () => {
    expect($('w\\:tbl').length).toBe(4);
    expect($('w\\:tbl:not(:has(w\\:tblpPr))').length).toBe(3);
    expect($('w\\:tbl').first().find('w\\:tr').first().find('w\\:tblHeader').length).toBe(1);
  });

  it('numbers pages "— 1 —" in 4号 宋体 7 mm below the text block, right on odd pages and left on even ones, the 版记 page too', () => {
    expect(docx.part('word/settings.xml')('w\\:evenAndOddHeaders').length).toBe(1);
    const rels = docx.part('word/_rels/document.xml.rels');
    for (const section of $('w\\:sectPr').toArray()) {
      const refs = $(section).find('w\\:footerReference').toArray().map((r) => [$(r).attr('w:type'), $(r).attr('r:id')]);
      expect(refs.map(([type]) => type).sort()).toEqual(['default', 'even']);
      const footer = (type: string) => {
        const id = refs.find(([t]) => t === type)![1];
        return docx.part(`word/${rels(`Relationship[Id="${id}"]`).attr('Target')}`);
      };
      for (const [type, align] of [['default', 'right'], ['even', 'left']] as const) {
        const f = footer(type);
        expect(f('w\\:jc').attr('w:val')).toBe(align);
        expect(f('w\\:t').text().replace(/\s/g, '')).toBe('——');
        expect(f('w\\:instrText').text()).toContain('PAGE');
        expect(f('w\\:rFonts').toArray().every((r) => f(r).attr('w:eastAsia') === '宋体')).toBe(true);
        expect(f('w\\:sz').toArray().every((s) => f(s).attr('w:val') === '28')).toBe(true);
        // 7 mm (397 twips) above an exact 14 pt line: with the footer distance that fills the 35 mm margin.
        expect(f('w\\:spacing').attr()).toMatchObject({ 'w:before': '397', 'w:line': '280', 'w:lineRule': 'exact' });
      }
      expect(Number($(section).find('w\\:pgMar').attr('w:footer')) + 397 + 280).toBe(1984);
    }
  });
});
