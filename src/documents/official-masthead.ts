import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from 'docx';
import type { DocumentModel } from '../domain/documents/document-model';
import { widthInChars } from '../domain/documents/title-lines';
import { blankLine, EXACT, OFF_GRID, OFF_GRID_STYLE, run } from './docx-run';
import { FONT, MARK_TOP, NUMBER_TO_RULE, RED, RULE, SIZE_PT, TEXT_WIDTH } from './gbt9704-layout';

/**
 * The border's distance (pt) below the number's line: 4 mm from the glyphs, less the 1.4 mm the
 * 3号 glyphs leave free at the foot of their exact 28.95 pt line (measured in LibreOffice's PDF).
 */
export const RULE_SPACE = Math.round((NUMBER_TO_RULE - (1.4 / 25.4) * 1440) / 20);

/** What a draft shows where the 发文字号 will be, as the app's preview does: the number comes when the office issues it. */
export const NUMBER_PLACEHOLDER = '（印发时编号）';

/**
 * §7.2.4: the mark is red 小标宋, as large as fits on one line of the text block, at most 一号
 * (26 pt); a county leading group's office uses its name alone, without 文件.
 */
export const markSize = (issuer: string) => Math.min(26, Math.floor(TEXT_WIDTH / 20 / Math.max(1, widthInChars(issuer)) - 1));

/**
 * 版头 (§7.2): the 发文机关标志 centred, its top edge 35 mm below the text block's top (§7.2.4);
 * two lines below it the 发文字号, centred in 3号 仿宋 (§7.2.5); 4 mm below the number the red
 * rule as wide as the text block (§7.2.7), drawn as the number's bottom border (a paragraph
 * border, not a shape: LibreOffice keeps it, as its PDF shows); then two lines to the title (§7.3.1).
 */
export function masthead(model: DocumentModel): Paragraph[] {
  const size = markSize(model.issuer);
  const markLine = size * 20;
  return [
    new Paragraph({
      children: [run(model.issuer, FONT.title, size, { color: RED, ...OFF_GRID })],
      style: OFF_GRID_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: { before: MARK_TOP, line: markLine, lineRule: LineRuleType.EXACT },
    }),
    blankLine(OFF_GRID_STYLE),
    blankLine(OFF_GRID_STYLE),
    new Paragraph({
      children: [run(model.number ?? NUMBER_PLACEHOLDER, FONT.body, SIZE_PT.body)],
      style: OFF_GRID_STYLE,
      alignment: AlignmentType.CENTER,
      spacing: EXACT,
      border: { bottom: { style: BorderStyle.SINGLE, size: RULE.red, color: RED, space: RULE_SPACE } },
    }),
    blankLine(OFF_GRID_STYLE),
    blankLine(OFF_GRID_STYLE),
  ];
}
