import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
} from 'docx';
import { chineseDate } from '../domain/documents/chinese-text';
import type { DocumentModel } from '../domain/documents/document-model';
import { OFF_GRID, run } from './docx-run';
import { EXACT_LINE, FONT, MARGIN, RULE, SIZE_PT, TEXT_WIDTH } from './gbt9704-layout';

const ONE_CHAR = SIZE_PT.colophon * 20;
const LINE = { line: EXACT_LINE.colophon, lineRule: LineRuleType.EXACT } as const;
const NO_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const hairline = () => new Paragraph({ children: [], alignment: AlignmentType.LEFT, spacing: { line: 20, lineRule: LineRuleType.EXACT } });
const rule = (size: number) => ({ style: BorderStyle.SINGLE, size, color: '000000' });

/** One line of the 版记: a cell as wide as the text block, ruled above (when asked) and below. */
function line(paragraph: Paragraph, above: number | null, below: number): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      new TableCell({
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        margins: NO_MARGINS,
        borders: { top: above === null ? NONE : rule(above), bottom: rule(below), left: NONE, right: NONE },
        children: [paragraph],
      }),
    ],
  });
}

/**
 * 版记 (§7.4): 抄送 and 印发 lines in 4号 仿宋 between rules as wide as the text block, the first
 * and last 0.35 mm, the one between 0.25 mm; the last rule on the text block's bottom edge.
 *
 * It is a floating table anchored to the bottom of the text block (w:tblpPr vertAnchor="margin"
 * tblpYSpec="bottom"), so it sits at the foot of the page its anchor paragraph falls on, and the
 * text flows around it. Its left edge is placed from the page edge (horzAnchor="page",
 * tblpX = the left margin): LibreOffice keeps a floating table as wide as the text block inline
 * unless it is placed from the page, and it keeps cell borders where a frame's paragraph
 * borders were lost. 抄送 wraps under the first name after the colon (§7.4.2).
 */
export function colophon(model: DocumentModel): Array<Table | Paragraph> {
  const { copyTo, printedBy, printedOn } = model.colophon;
  const rows: TableRow[] = [];
  if (copyTo.length > 0) {
    const copy = new Paragraph({ children: [run(`抄送：${copyTo.join('，')}。`, FONT.body, SIZE_PT.colophon, OFF_GRID)], spacing: LINE, indent: { left: 4 * ONE_CHAR, hanging: 3 * ONE_CHAR, right: ONE_CHAR } });
    rows.push(line(copy, RULE.thick, RULE.thin));
  }
  const printed = new Paragraph({
    children: [run(printedBy, FONT.body, SIZE_PT.colophon, OFF_GRID), run(`\t${chineseDate(printedOn)}印发`, FONT.body, SIZE_PT.colophon, OFF_GRID)],
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - ONE_CHAR }],
    indent: { left: ONE_CHAR },
    spacing: LINE,
  });
  rows.push(line(printed, copyTo.length > 0 ? null : RULE.thick, RULE.thick));
  const table = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    layout: TableLayoutType.FIXED,
    margins: NO_MARGINS,
    borders: TableBorders.NONE,
    float: { horizontalAnchor: TableAnchorType.PAGE, absoluteHorizontalPosition: MARGIN.left, verticalAnchor: TableAnchorType.MARGIN, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM },
    rows,
  });
  // A point-high paragraph before it carries the section's page break (LibreOffice loses the
  // break when a section starts with a floating table); the one after anchors the table.
  return [hairline(), table, hairline()];
}
