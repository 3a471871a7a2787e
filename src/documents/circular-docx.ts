import { AlignmentType, Document, DocumentGridType, Footer, LineRuleType, Packer, PageNumber, Paragraph, SectionType, TextRun, type ISectionPropertiesOptions } from 'docx';
import { chineseDate } from '../domain/documents/chinese-text';
import type { DocumentBlock, DocumentModel } from '../domain/documents/document-model';
import { titleLines, widthInChars } from '../domain/documents/title-lines';
import { blankLine, EXACT, OFF_GRID, OFF_GRID_STYLE, offGridStyle, run } from './docx-run';
import { docxTable } from './docx-table';
import { colophon } from './official-colophon';
import { masthead } from './official-masthead';
import { colophonSharesLastPage } from './text-extent';
import { BODY_CHAR, CHAR_CONDENSE, EXACT_LINE, FONT, FOOTER_DISTANCE, halfPoints, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER, SIZE_PT, TEXT_WIDTH } from './gbt9704-layout';

const NORMAL_RUN = { size: halfPoints(SIZE_PT.body), font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.body } };

/** Body text: 3号 仿宋, first line indented two characters, exact line pitch of the grid. */
const bodyParagraph = (text: string, face: string = FONT.body) =>
  new Paragraph({ children: [run(text, face, SIZE_PT.body, { characterSpacing: CHAR_CONDENSE })], spacing: EXACT, indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED });

const HEADING_FACE = { 1: FONT.heading1, 2: FONT.heading2, 3: FONT.body } as const;

function blockParagraphs(block: DocumentBlock) {
  switch (block.type) {
    case 'heading':
      return [bodyParagraph(block.text, HEADING_FACE[block.level])];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return docxTable(block);
  }
}

/** How many 2号 characters a line of the 156 mm text block holds (442 pt ÷ 22 pt). */
const TITLE_CHARS_PER_LINE = Math.floor(TEXT_WIDTH / 20 / SIZE_PT.title);

/** 标题 2号 小标宋 centred (§7.3.1), broken between words when long, a blank line, then 主送 flush left (§7.3.2). */
function heading(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({
      children: titleLines(model.title, TITLE_CHARS_PER_LINE).map((line, i) => run(line, FONT.title, SIZE_PT.title, { ...OFF_GRID, ...(i > 0 ? { break: 1 } : {}) })),
      style: OFF_GRID_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: { line: EXACT_LINE.title, lineRule: LineRuleType.EXACT },
    }),
    blankLine(),
    ...(model.recipients === '' ? [] : [new Paragraph({ children: [run(model.recipients, FONT.body, SIZE_PT.body)], spacing: EXACT })]),
  ];
}

/**
 * 署名 and 成文日期 (§7.3.5.2, no seal): the date right-indented two characters, the issuer's
 * name centred over it when the name is longer, else right-indented two characters.
 */
function signature(model: DocumentModel): Paragraph[] {
  const date = chineseDate(model.date);
  const issuerIndent = 2 * BODY_CHAR;
  const dateIndent = issuerIndent + Math.max(0, Math.round(((widthInChars(model.issuer) - widthInChars(date)) / 2) * BODY_CHAR));
  const right = (text: string, indent: number) => new Paragraph({ children: [run(text, FONT.body, SIZE_PT.body)], alignment: AlignmentType.RIGHT, indent: { right: indent }, spacing: EXACT });
  return [blankLine(), right(model.issuer, issuerIndent), right(date, dateIndent)];
}

/** "— 1 —" in 4号 宋体 7 mm below the text block, one character in from the edge: right on odd pages, left on even ones (§7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const face = FONT.pageNumber;
  const pt = SIZE_PT.pageNumber;
  const indent = SIZE_PT.pageNumber * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        spacing: { before: PAGE_NUMBER.gap, line: PAGE_NUMBER.line, lineRule: LineRuleType.EXACT },
        children: [run('— ', face, pt, OFF_GRID), new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(pt), font: { ascii: face, hAnsi: face, eastAsia: face }, ...OFF_GRID }), run(' —', face, pt, OFF_GRID)],
      }),
    ],
  });
}

const PAGE_SETUP: ISectionPropertiesOptions = {
  page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, footer: FOOTER_DISTANCE, header: 851 } },
  grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
};

/** The page numbers; a later section names none and keeps them. */
const pageNumbers = () => ({ default: pageNumberFooter('odd'), even: pageNumberFooter('even') });

/**
 * Writes an official document in the GB/T 9704-2012 layout: A4, margins 37/28/26/35 mm, a grid
 * of 22 lines × 28 characters, the red 版头, 2号 小标宋 title, 3号 仿宋 body, headings in
 * 黑体 / 楷体 / 仿宋, page numbers on alternating sides, and the 版记 at the foot of the last,
 * even page. Pure: model in, bytes out.
 *
 * The 版记 belongs on the back of the last sheet (§7.4: 公文最后一面; §7.5: 版记页前有空白页的…).
 * When the text surely ends on an even page with room to spare (`colophonSharesLastPage`: bounds
 * of the text's extent that hold for Word, WPS and LibreOffice alike), the 版记 floats at that
 * page's foot. Otherwise it has a section of its own that starts on an even page (w:type
 * evenPage), whatever page the text ends on: Word and WPS print the blank page such a break may
 * need, and LibreOffice adds it too (its PDF export keeps it when blank pages are not skipped).
 */
export async function writeOfficialDocx(model: DocumentModel): Promise<Buffer> {
  const text = [...masthead(model), ...heading(model), ...model.blocks.flatMap(blockParagraphs), ...signature(model)];
  const shareLastPage = colophonSharesLastPage(model);
  const document = new Document({
    creator: 'Luoshi 落实',
    title: model.title,
    evenAndOddHeaderAndFooters: true,
    // The grid's character pitch is reckoned from the Normal style's size (LibreOffice reads it
    // there, Word from the defaults): both say 3号 仿宋.
    styles: {
      default: { document: { run: NORMAL_RUN } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: NORMAL_RUN }],
      importedStyles: [offGridStyle()],
    },
    sections: [
      { properties: PAGE_SETUP, footers: pageNumbers(), children: [...text, ...(shareLastPage ? colophon(model) : [])] },
      ...(shareLastPage ? [] : [{ properties: { ...PAGE_SETUP, type: SectionType.EVEN_PAGE }, children: colophon(model) }]),
    ],
  });
  return Packer.toBuffer(document);
}
