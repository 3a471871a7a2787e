import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { DocumentBlock } from '../domain/documents/document-model';
import { widthInChars } from '../domain/documents/title-lines';
import { OFF_GRID_STYLE, run } from './docx-run';
import { EXACT_LINE, FONT, SIZE_PT, TEXT_WIDTH } from './gbt9704-layout';

export type TableBlock = Extract<DocumentBlock, { type: 'table' }>;

const CELL_LINE = { line: EXACT_LINE.cell, lineRule: LineRuleType.EXACT } as const;
/** Left and right cell margins: 0.19 cm. */
export const CELL_MARGIN = 108;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in proportion to their longest text (capped, so prose columns do not take all). */
export function columnWidths(block: TableBlock): number[] {
  const weights = block.columns.map((header, index) => {
    const longest = Math.max(widthInChars(header), ...block.rows.map((row) => widthInChars(row[index] ?? '')));
    return Math.min(Math.max(longest, 2), 18) + 1;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: [
      new Paragraph({
        style: OFF_GRID_STYLE,
        alignment: header || widthInChars(text) <= 6 ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: CELL_LINE,
        children: [run(text, header ? FONT.heading1 : FONT.body, SIZE_PT.table, { snapToGrid: false })],
      }),
    ],
  });
}

/**
 * A table in the body: its caption centred in 黑体, then the table across the text block in 小四
 * 仿宋 with a 黑体 header row repeated on every page, off the line grid (LibreOffice would give each
 * 18 pt line of a cell a whole 28.95 pt grid line). GB/T 9704 leaves tables to the drafter
 * (§10: 表格 follows the text block); these are the common county practice.
 */
export function docxTable(block: TableBlock): Array<Paragraph | Table> {
  const widths = columnWidths(block);
  return [
    new Paragraph({ style: OFF_GRID_STYLE, alignment: AlignmentType.CENTER, spacing: { line: EXACT_LINE.caption, lineRule: LineRuleType.EXACT }, keepNext: true, children: [run(block.caption, FONT.heading1, SIZE_PT.colophon, { snapToGrid: false })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      // Word's own default, written down so every reader insets the text alike.
      margins: { left: CELL_MARGIN, right: CELL_MARGIN },
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, widths[i]!, true)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: block.columns.map((_, i) => cell(row[i] ?? '', widths[i]!, false)) })),
      ],
    }),
  ];
}
