/**
 * The page and type of GB/T 9704-2012 (党政机关公文格式), in Word's units.
 * twips: 1/20 pt, 1440 per inch; half-points for font sizes.
 */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** §5.2.1: A4, 210 × 297 mm. */
export const PAGE = { width: mm(210), height: mm(297) };

/** §5.2.1: 天头 37 mm, 订口 28 mm; the text block is 156 × 225 mm, so right 26 mm and bottom 35 mm. */
export const MARGIN = { top: mm(37), left: mm(28), right: mm(26), bottom: mm(35) };

/**
 * §7.5: the page number's 一字线 sits 7 mm below the text block, on an exact 4号 line (14 pt).
 * The footer holds the 7 mm as space before the line, so it fills the whole bottom margin: the
 * footer distance plus its content is 35 mm in Word, and LibreOffice's page styles (which count
 * the footer inside the margin) get the same text block on every page, even-page sections included.
 */
export const PAGE_NUMBER = { gap: mm(7), line: 280 } as const;
export const FOOTER_DISTANCE = MARGIN.bottom - PAGE_NUMBER.gap - PAGE_NUMBER.line;

/** 字号 in points: 2号 22, 3号 16, 4号 14, 小四 12. */
export const SIZE_PT = { title: 22, body: 16, pageNumber: 14, colophon: 14, table: 12 } as const;
export const halfPoints = (pt: number) => pt * 2;

/**
 * §5.2.2: 22 lines of 28 characters. Line pitch = 225 mm ÷ 22 (a line grid and exact line
 * spacing, 28.95 pt). Character pitch = 156 mm ÷ 28 = 15.79 pt: body runs are condensed by
 * 0.25 pt (−5 twips), so 28 characters of 3号 take 8820 of the block's 8844 twips. Word
 * templates often use a character grid (linesAndChars, negative charSpace) instead, but
 * LibreOffice then sets each 16 pt character in two 15.79 pt cells (14 a line); condensed
 * spacing gives 28 in Word, WPS and LibreOffice alike.
 */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = Math.floor(mm(225) / LINES_PER_PAGE);
export const CHAR_CONDENSE = Math.floor(mm(156) / CHARS_PER_LINE) - SIZE_PT.body * 20;

/** One character of body text, for indents counted in characters. */
export const BODY_CHAR = SIZE_PT.body * 20;

/** §6.1 and §7.3.3: the type faces, named as Chinese Word installs them. */
export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  /** Latin letters and digits in the body. */
  latin: 'Times New Roman',
} as const;

/** §7.2.6 and §7.4.1: the red rule under the 版头, the rules of the 版记. */
export const RED = 'FF0000';

/** The text block's width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** §7.2.4: the 发文机关标志's top edge sits 35 mm below the text block's top edge. */
export const MARK_TOP = mm(35);

/** §7.2.7: the red rule runs 4 mm below the 发文字号, as wide as the text block. */
export const NUMBER_TO_RULE = mm(4);

/** A rule's thickness in eighths of a point, Word's unit for borders. */
const eighths = (millimetres: number) => Math.round((millimetres / 25.4) * 72 * 8);

/**
 * §7.4.1: the 版记's rules are as wide as the text block; the first and the last 0.35 mm thick,
 * those between 0.25 mm. The red rule of the 版头 is 1.5 pt, as county templates draw it.
 */
export const RULE = { thick: eighths(0.35), thin: eighths(0.25), red: 12 } as const;

/**
 * Exact line heights (twips) of what is set off the grid: the 2号 title (35 pt), table captions
 * and 版记 lines in 4号 (28 pt), table cells in 小四 (18 pt).
 */
export const EXACT_LINE = { title: 700, caption: 560, colophon: 560, cell: 360 } as const;

/** The text block's height: 225 mm; its 22 grid lines take 22 × 579 of it. */
export const TEXT_HEIGHT = mm(225);
