import { ImportedXmlComponent, LineRuleType, Paragraph, TextRun, type IRunOptions } from 'docx';
import { FONT, halfPoints, LINE_PITCH, SIZE_PT } from './gbt9704-layout';

/** A run in a named face: eastAsia carries the Chinese face so the reader's Word uses it. */
export function run(text: string, face: string, pt: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, size: halfPoints(pt), font: { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia: face, hint: 'eastAsia' }, ...extra });
}

/** Text that is not body text (title, 版头, 版记, page numbers) keeps its own pitch, off the character grid. */
export const OFF_GRID = { snapToGrid: false } as const;

/** The grid's exact line pitch (22 lines a page). */
export const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;

/** One empty line of the grid's pitch; `style` OffGrid keeps it where it falls, off the grid. */
export const blankLine = (style?: string) => new Paragraph({ children: [run('', FONT.body, SIZE_PT.body)], spacing: EXACT, ...(style ? { style } : {}) });

/**
 * A paragraph style whose lines keep their own spacing instead of snapping to the line grid
 * (w:snapToGrid off). Word already lets exact line spacing and space before stand; LibreOffice
 * rounds both up to whole grid lines unless the paragraph is off the grid, which put the
 * 发文机关标志 7 mm low. docx writes no paragraph-level snapToGrid, so the style carries it.
 */
export const OFF_GRID_STYLE = 'OffGrid';
export const offGridStyle = () =>
  ImportedXmlComponent.fromXmlString(
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID_STYLE}"><w:name w:val="Off grid"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>`,
  );
