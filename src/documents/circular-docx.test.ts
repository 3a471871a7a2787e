import { describe, expect, it } from 'vitest';
import { composeCircular } from '../domain/documents/compose-circular';
import { buildPeriodFacts } from '../domain/documents/testing/build-facts';
import { writeOfficialDocx } from './circular-docx';
import { openDocx } from './testing/docx-xml';

const facts = buildPeriodFacts();
const model = {
  ...composeCircular(facts, { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' }),
  number: '贺创新办〔2025〕3号',
};

describe('writeOfficialDocx (GB/T 9704-2012)', async () => {
  const docx = await openDocx(await writeOfficialDocx(model));
  const $ = docx.part('word/document.xml');
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
    expect(paragraph('贺兰县创新型县建设领导小组办公室').faces).toEqual(['方正小标宋简体']);
    expect($('w\\:p').eq(3).find('w\\:pBdr > w\\:bottom').attr()).toMatchObject({ 'w:color': 'FF0000' });
  });

  it('writes the document number, the 主送 line, the date in Arabic numerals and the 版记', () => {
    expect(paragraph('贺创新办〔2025〕3号')).toMatchObject({ faces: ['仿宋_GB2312'], align: 'center' });
    expect(paragraph('各乡镇（场），县直各部门：').firstLineChars).toBeUndefined();
    expect(paragraph('2025年1月6日').align).toBe('right');
    expect(paragraph('\u3000抄送：县委办公室，县政府办公室。')).toMatchObject({ faces: ['仿宋_GB2312'], sizes: ['28'] });
    expect(paragraph('\u3000贺兰县创新型县建设领导小组办公室\t2025年1月6日印发').sizes).toEqual(['28', '28']);
    // Rules as wide as the text block: thick above 抄送 and below 印发, thin between.
    const rules = (text: string) =>
      $('w\\:p')
        .filter((_, p) => $(p).find('w\\:t').text() === text)
        .find('w\\:pBdr > *')
        .toArray()
        .map((b) => `${b.tagName}:${$(b).attr('w:sz')}`);
    expect(rules('\u3000抄送：县委办公室，县政府办公室。')).toEqual(['w:top:8', 'w:bottom:4']);
    expect(rules('\u3000贺兰县创新型县建设领导小组办公室\t2025年1月6日印发')).toEqual(['w:bottom:8']);
  });

  it('names every late and missing unit of the period', () => {
    const named = facts.units.filter((u) => u.late > 0 || u.missing > 0).map((u) => u.name);
    expect(named).toEqual(['金贵镇', '人社局']);
    for (const unit of named) expect(docx.text).toContain(unit);
    expect(docx.text).toContain('逾期未报送的单位有：金贵镇（1份）');
  });

  it('puts tables in the body with a 黑体 header row repeated on each page', () => {
    expect($('w\\:tbl').length).toBe(3);
    expect($('w\\:tbl').first().find('w\\:tr').first().find('w\\:tblHeader').length).toBe(1);
  });

  it('numbers pages "— 1 —" in 4号 宋体, right on odd pages and left on even ones', () => {
    expect(docx.part('word/settings.xml')('w\\:evenAndOddHeaders').length).toBe(1);
    const refs = $('w\\:footerReference').toArray().map((r) => [$(r).attr('w:type'), $(r).attr('r:id')]);
    expect(refs.map(([type]) => type).sort()).toEqual(['default', 'even']);
    const rels = docx.part('word/_rels/document.xml.rels');
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
    }
  });
});
