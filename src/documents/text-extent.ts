import { chineseDate } from '../domain/documents/chinese-text';
import type { DocumentBlock, DocumentModel } from '../domain/documents/document-model';
import { titleLines } from '../domain/documents/title-lines';
import { CELL_MARGIN, columnWidths, type TableBlock } from './docx-table';
import { CHARS_PER_LINE, EXACT_LINE, LINE_PITCH, LINES_PER_PAGE, MARK_TOP, RULE, SIZE_PT, TEXT_HEIGHT, TEXT_WIDTH } from './gbt9704-layout';
import { markSize, RULE_SPACE } from './official-masthead';

/**
 * How far the text of an official document runs, as bounds rather than a layout: Word, WPS and
 * LibreOffice break lines and pages a little differently (LibreOffice snaps on-grid paragraphs to
 * the line grid, widow control moves lines, Latin letters and digits have their own widths), so
 * `low` counts every piece as small as any of them sets it and `high` as large. Whatever the
 * reader's program, the text ends between the two: the writer uses that to put the 版记 on the
 * text's last page only when both bounds agree that page is even and has room for it.
 */
export type Bound = 'low' | 'high';

/** Where the text ends: its last page (1-based) and how much of that page's text block it fills, in twips. */
export interface TextEnd {
  page: number;
  used: number;
}

type Piece =
  /** Never split: the 版头. */
  | { kind: 'block'; height: number }
  /** A paragraph: lines of one pitch, split between lines; on the grid or off it. */
  | { kind: 'lines'; count: number; pitch: number; grid: boolean }
  /** A table: its caption kept with the header and the first row, the header repeated on each page, rows never split. */
  | { kind: 'table'; caption: number; header: number; rows: number[] };

const CJK_PUNCTUATION = /[，。、；：？！“”‘’（）《》〔〕【】—…·]/u;

/**
 * The width of a text in characters of its size. Chinese characters are full width (`low`: CJK
 * punctuation compressed to half, as WPS may). ASCII: digits 0.5 (`low`) to 0.65 (`high`: DejaVu
 * Serif, LibreOffice's stand-in for Times New Roman on Linux, draws them at 0.64), other ASCII
 * 0.25 to 1.
 */
export function textWidth(text: string, bound: Bound): number {
  let width = 0;
  for (const c of text) {
    if (c.charCodeAt(0) >= 0x2e80) width += bound === 'low' && CJK_PUNCTUATION.test(c) ? 0.5 : 1;
    else if (/\d/.test(c)) width += bound === 'low' ? 0.5 : 0.65;
    else width += bound === 'low' ? 0.25 : 1;
  }
  return width;
}

/**
 * Lines of `perLine` characters a text needs. `high` loses a character a line to 避头尾 when the
 * text has punctuation that may not start a line (the character before it moves down with it).
 */
function lineCount(text: string, perLine: number, bound: Bound, indent = 0): number {
  const loses = bound === 'high' && perLine > 4 && CJK_PUNCTUATION.test(text) ? 1 : 0;
  return Math.max(1, Math.ceil((indent + textWidth(text, bound)) / (perLine - loses)));
}

const gridLines = (count: number): Piece => ({ kind: 'lines', count, pitch: LINE_PITCH, grid: true });

/** A row's height: its tallest cell, each cell's text in 小四 across its column less the cell margins. */
function rowHeight(cells: readonly string[], widths: readonly number[], bound: Bound): number {
  const perLine = (width: number) => Math.max(1, Math.floor((width - 2 * CELL_MARGIN) / (SIZE_PT.table * 20)));
  const lines = Math.max(...widths.map((width, i) => lineCount(cells[i] ?? '', perLine(width), bound)));
  // Borders add a little to each row in Word.
  return lines * EXACT_LINE.cell + (bound === 'high' ? 20 : 0);
}

function tablePiece(block: TableBlock, bound: Bound): Piece {
  const widths = columnWidths(block);
  return { kind: 'table', caption: EXACT_LINE.caption, header: rowHeight(block.columns, widths, bound), rows: block.rows.map((row) => rowHeight(row, widths, bound)) };
}

function blockPiece(block: DocumentBlock, bound: Bound): Piece {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      // Two characters of first-line indent.
      return gridLines(lineCount(block.text, CHARS_PER_LINE, bound, 2));
    case 'table':
      return tablePiece(block, bound);
  }
}

/** The 版头 as the writer sets it: the mark 35 mm down, two lines, the number and its red rule, two lines. */
const mastheadHeight = (issuer: string) => MARK_TOP + markSize(issuer) * 20 + 3 * LINE_PITCH + RULE_SPACE * 20 + Math.ceil((RULE.red * 20) / 8) + 2 * LINE_PITCH;

/** 2号 characters a line of the title holds. */
const TITLE_CHARS = Math.floor(TEXT_WIDTH / 20 / SIZE_PT.title);

/** The text as the writer lays it out: 版头, title, 主送, body, 署名 and 成文日期. */
function pieces(model: DocumentModel, bound: Bound): Piece[] {
  const title = titleLines(model.title, TITLE_CHARS);
  return [
    { kind: 'block', height: mastheadHeight(model.issuer) },
    { kind: 'lines', count: title.reduce((n, line) => n + lineCount(line, TITLE_CHARS, bound), 0), pitch: EXACT_LINE.title, grid: false },
    gridLines(1),
    ...(model.recipients === '' ? [] : [gridLines(lineCount(model.recipients, CHARS_PER_LINE, bound))]),
    ...model.blocks.map((block) => blockPiece(block, bound)),
    gridLines(3),
  ];
}

/** Fills pages with the pieces; `high` keeps two lines of a paragraph on either side of a page break, as widow control does. */
function breakPages(list: readonly Piece[], bound: Bound): TextEnd {
  const capacity = bound === 'high' ? LINES_PER_PAGE * LINE_PITCH : TEXT_HEIGHT;
  let page = 1;
  let used = 0;
  const turn = () => {
    page += 1;
    used = 0;
  };
  for (const piece of list) {
    if (piece.kind === 'block') {
      if (used > 0 && used + piece.height > capacity) turn();
      used += piece.height;
    } else if (piece.kind === 'table') {
      if (used > 0 && used + piece.caption + piece.header + (piece.rows[0] ?? 0) > capacity) turn();
      used += piece.caption + piece.header;
      for (const row of piece.rows) {
        if (used + row > capacity) {
          turn();
          used = piece.header;
        }
        used += row;
      }
    } else {
      // LibreOffice starts an on-grid paragraph on the next grid line.
      if (piece.grid && bound === 'high') used = Math.ceil(used / LINE_PITCH) * LINE_PITCH;
      let left = piece.count;
      for (;;) {
        const room = Math.max(0, Math.floor((capacity - used) / piece.pitch));
        if (room >= left) {
          used += left * piece.pitch;
          break;
        }
        let here = room;
        if (bound === 'high') here = here < 2 || left < 4 ? 0 : Math.min(here, left - 2);
        used += here * piece.pitch;
        left -= here;
        turn();
      }
    }
  }
  return { page, used };
}

/** Where the text ends, by the bound's measure. */
export const textEnd = (model: DocumentModel, bound: Bound): TextEnd => breakPages(pieces(model, bound), bound);

/** The 版记's height at most: 抄送 wrapped under the first name, the 印发 line, the rules. */
export function colophonHeight(model: DocumentModel): number {
  const { copyTo, printedBy, printedOn } = model.colophon;
  const oneChar = SIZE_PT.colophon * 20;
  const printed = lineCount(`${printedBy}${chineseDate(printedOn)}印发`, Math.floor(TEXT_WIDTH / oneChar), 'high', 3);
  let copy = 0;
  if (copyTo.length > 0) {
    const width = textWidth(`抄送：${copyTo.join('，')}。`, 'high');
    const [first, next] = [Math.floor((TEXT_WIDTH - 2 * oneChar) / oneChar) - 1, Math.floor((TEXT_WIDTH - 5 * oneChar) / oneChar) - 1];
    copy = 1 + Math.ceil(Math.max(0, width - first) / next);
  }
  return (copy + printed) * EXACT_LINE.colophon + Math.ceil(((2 * RULE.thick + RULE.thin) * 20) / 8);
}

/**
 * Whether the 版记 can sit at the foot of the page the text ends on: when every reader's
 * program ends the text on the same even page (§7.4: 公文最后一面) and leaves a line of air
 * above the 版记. Otherwise the 版记 takes a page of its own, the next even one.
 */
export function colophonSharesLastPage(model: DocumentModel): boolean {
  const [low, high] = [textEnd(model, 'low'), textEnd(model, 'high')];
  return low.page === high.page && high.page % 2 === 0 && high.used + LINE_PITCH + colophonHeight(model) <= LINES_PER_PAGE * LINE_PITCH;
}
