import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import { chineseDate } from '../domain/documents/chinese-text';
import type { DocumentBlock, DocumentModel } from '../domain/documents/document-model';
import { titleLines, widthInChars } from '../domain/documents/title-lines';
import { run } from './docx-run';
import { docxTable } from './docx-table';
import { BODY_CHAR, CHAR_CONDENSE, FONT, FOOTER_DISTANCE, halfPoints, LINE_PITCH, MARGIN, PAGE, RED, SIZE_PT } from './gbt9704-layout';


const NORMAL_RUN = { size: halfPoints(SIZE_PT.body), font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: FONT.body } };

/** Text that is not body text (title, 版头, 版记, page numbers) keeps its own pitch, off the character grid. */
const OFF_GRID = { snapToGrid: false } as const;

const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;

/** Body text: 3号 仿宋, first line indented two characters, exact line pitch of the grid. */
const bodyParagraph = (text: string, face: string = FONT.body) =>
  new Paragraph({ children: [run(text, face, SIZE_PT.body, { characterSpacing: CHAR_CONDENSE })], spacing: EXACT, indent: { firstLine: 2 * BODY_CHAR, firstLineChars: 200 }, alignment: AlignmentType.JUSTIFIED });

const blank = () => new Paragraph({ children: [run('', FONT.body, SIZE_PT.body)], spacing: EXACT });

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

/** §7.2.3: the issuer's mark is red 小标宋, as large as fits on one line of the text block (at most 一号, 26 pt). */
const mastheadSize = (issuer: string) => Math.min(26, Math.floor((PAGE.width - MARGIN.left - MARGIN.right) / 20 / Math.max(1, widthInChars(issuer)) - 1));

/** 版头 (§7.2): 发文机关标志 in red 小标宋; two lines below, the 发文字号 centred; the red rule; two lines to the title. */
function masthead(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({ children: [run(model.issuer, FONT.title, mastheadSize(model.issuer), { color: RED, ...OFF_GRID })], alignment: AlignmentType.CENTER, spacing: { line: 720, lineRule: LineRuleType.EXACT } }),
    blank(),
    blank(),
    new Paragraph({
      children: [run(model.number ?? '（发文字号待编号）', FONT.body, SIZE_PT.body)],
      alignment: AlignmentType.CENTER,
      spacing: EXACT,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 } },
    }),
    blank(),
    blank(),
  ];
}

/** How many 2号 characters a line of the 156 mm text block holds (442 pt ÷ 22 pt). */
const TITLE_CHARS_PER_LINE = Math.floor((PAGE.width - MARGIN.left - MARGIN.right) / 20 / SIZE_PT.title);

/** 标题 2号 小标宋 centred (§7.3.1), broken between words when long, a blank line, then 主送 flush left (§7.3.2). */
function heading(model: DocumentModel): Paragraph[] {
  return [
    new Paragraph({
      children: titleLines(model.title, TITLE_CHARS_PER_LINE).map((line, i) => run(line, FONT.title, SIZE_PT.title, { ...OFF_GRID, ...(i > 0 ? { break: 1 } : {}) })),
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
    }),
    blank(),
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
  return [blank(), right(model.issuer, issuerIndent), right(date, dateIndent)];
}

/**
 * 版记 (§7.4): 抄送 and 印发 lines in 4号 仿宋 between rules as wide as the text block (thick
 * first and last, thin between), their text one character in from each side (a full-width space).
 */
function colophon(model: DocumentModel): Paragraph[] {
  const { copyTo, printedBy, printedOn } = model.colophon;
  const oneChar = SIZE_PT.colophon * 20;
  const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
  const line = { line: 560, lineRule: LineRuleType.EXACT } as const;
  const paragraphs = [blank()];
  if (copyTo.length > 0) {
    paragraphs.push(new Paragraph({ children: [run(`\u3000抄送：${copyTo.join('，')}。`, FONT.body, SIZE_PT.colophon, OFF_GRID)], spacing: line, border: { top: rule(8), bottom: rule(4) } }));
  }
  paragraphs.push(
    new Paragraph({
      children: [run(`\u3000${printedBy}`, FONT.body, SIZE_PT.colophon, OFF_GRID), run(`\t${chineseDate(printedOn)}印发`, FONT.body, SIZE_PT.colophon, OFF_GRID)],
      tabStops: [{ type: TabStopType.RIGHT, position: PAGE.width - MARGIN.left - MARGIN.right - oneChar }],
      spacing: line,
      border: { ...(copyTo.length > 0 ? {} : { top: rule(8) }), bottom: rule(8) },
    }),
  );
  return paragraphs;
}

/** "— 1 —" in 4号 宋体, one character in from the edge: right on odd pages, left on even ones (§7.5). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const face = FONT.pageNumber;
  const pt = SIZE_PT.pageNumber;
  const indent = SIZE_PT.pageNumber * 20;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: indent } : { left: indent },
        children: [run('— ', face, pt, OFF_GRID), new TextRun({ children: [PageNumber.CURRENT], size: halfPoints(pt), font: { ascii: face, hAnsi: face, eastAsia: face }, ...OFF_GRID }), run(' —', face, pt, OFF_GRID)],
      }),
    ],
  });
}

/**
 * Writes an official document in the GB/T 9704-2012 layout: A4, margins 37/28/26/35 mm, a grid
 * of 22 lines × 28 characters, 2号 小标宋 title, 3号 仿宋 body, headings in 黑体 / 楷体 / 仿宋,
 * page numbers on alternating sides, and the 版记. Pure: model in, bytes out.
 */
export async function writeOfficialDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    creator: 'Luoshi 落实',
    title: model.title,
    evenAndOddHeaderAndFooters: true,
    // The grid's character pitch is reckoned from the Normal style's size (LibreOffice reads it
    // there, Word from the defaults): both say 3号 仿宋.
    styles: {
      default: { document: { run: NORMAL_RUN } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: NORMAL_RUN }],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, footer: FOOTER_DISTANCE, header: 851 } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: [...masthead(model), ...heading(model), ...model.blocks.flatMap(blockParagraphs), ...signature(model), ...colophon(model)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
