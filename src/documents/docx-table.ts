import { AlignmentType, BorderStyle, LineRuleType, Paragraph, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import type { DocumentBlock } from '../domain/documents/document-model';
import { widthInChars } from '../domain/documents/title-lines';
import { run } from './docx-run';
import { FONT, MARGIN, PAGE, SIZE_PT } from './gbt9704-layout';

type TableBlock = Extract<DocumentBlock, { type: 'table' }>;

const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const CELL_LINE = { line: 360, lineRule: LineRuleType.EXACT } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** Column widths in proportion to their longest text (capped, so prose columns do not take all). */
function columnWidths(block: TableBlock): number[] {
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
        alignment: header || widthInChars(text) <= 6 ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: CELL_LINE,
        children: [run(text, header ? FONT.heading1 : FONT.body, SIZE_PT.table, { snapToGrid: false })],
      }),
    ],
  });
}

/**
 * A table in the body: its caption centred in 黑体, then the table across the text block in 小四
 * 仿宋 with a 黑体 header row repeated on every page. GB/T 9704 leaves tables to the drafter
 * (§10: 表格 follows the text block); these are the common county practice.
 */
export function docxTable(block: TableBlock): Array<Paragraph | Table> {
  const widths = columnWidths(block);
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 560, lineRule: LineRuleType.EXACT }, keepNext: true, children: [run(block.caption, FONT.heading1, SIZE_PT.colophon, { snapToGrid: false })] }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      rows: [
        new TableRow({ tableHeader: true, children: block.columns.map((c, i) => cell(c, widths[i]!, true)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: block.columns.map((_, i) => cell(row[i] ?? '', widths[i]!, false)) })),
      ],
    }),
  ];
}
