import ExcelJS from 'exceljs';
import { addBodyRow, addTableSheet, cellText } from './xlsx-sheet';
import type { SheetProblem } from './units-xlsx';

/**
 * The indicator workbook (issue 6): one row per indicator and period a unit may enter, with the
 * indicator's name, unit, attribute and target, the current value and the computed status, so the
 * same file is the "indicator table with actuals and status" and the bulk-entry template. The
 * clerk fills 填报值 / 数据来源 / 备注 and uploads it back; rows left empty are skipped.
 */
export interface IndicatorSheetRow {
  number: number;
  name: string;
  unit: string | null;
  attribute: string;
  providerName: string;
  /** 2023 or 2023Q2. */
  period: string;
  target: number | null;
  currentValue: number | null;
  reviewState: string;
  status: string;
  explanation: string;
}

/** What a filled row says, read back. */
export interface IndicatorEntryRow {
  sheetRow: number;
  number: number;
  /** 指标名称 as the template wrote it: the service checks it still names the numbered indicator. */
  name: string;
  period: string;
  value: number;
  source: string;
  note: string;
}

const COLUMNS = [
  { header: '序号', width: 7 },
  { header: '指标名称', width: 36 },
  { header: '单位', width: 10 },
  { header: '属性', width: 9 },
  { header: '填报单位', width: 18 },
  { header: '报告期', width: 14 },
  { header: '目标值', width: 10 },
  { header: '当前值', width: 10 },
  { header: '审核状态', width: 10 },
  { header: '进展状态', width: 12 },
  { header: '状态说明', width: 40 },
  { header: '填报值', width: 12 },
  { header: '数据来源', width: 24 },
  { header: '备注', width: 24 },
];
const FILL_FROM = 12; // 填报值, 数据来源, 备注: the columns the clerk fills
const FILL_COLOUR: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF7D6' } };
export const INDICATOR_SHEET = '指标填报';
export const MAX_SOURCE_LENGTH = 500;
export const MAX_NOTE_LENGTH = 2000;

/** 2023 → 2023年, 2023Q2 → 2023年第2季度: how a clerk reads a period. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}年第${quarter[2]}季度` : `${period}年`;
}

/** Reads a period back as written by periodLabel, or typed as 2023 / 2023Q2 / 2023年2季度. */
export function parsePeriod(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  const match = /^(\d{4})(?:年)?(?:(?:Q|第)([1-4一二三四])(?:季度)?|([1-4一二三四])季度)?$/.exec(compact);
  if (!match) return null;
  const digit = match[2] ?? match[3];
  const quarter = digit ? ('1234一二三四'.indexOf(digit) % 4) + 1 : null;
  return quarter ? `${match[1]}Q${quarter}` : match[1]!;
}

export async function writeIndicatorsXlsx(title: string, rows: readonly IndicatorSheetRow[], createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = createdAt;
  const sheet = addTableSheet(workbook, INDICATOR_SHEET, title, COLUMNS);
  for (const row of rows) {
    const written = addBodyRow(sheet, [
      row.number,
      row.name,
      row.unit ?? '',
      row.attribute,
      row.providerName,
      periodLabel(row.period),
      row.target,
      row.currentValue,
      row.reviewState,
      row.status,
      row.explanation,
      null,
      null,
      null,
    ]);
    for (let column = FILL_FROM; column <= COLUMNS.length; column++) written.getCell(column).fill = FILL_COLOUR;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A filled-in number. Typing "1.2%" in Excel stores 0.012 in a percent-formatted cell, while the
 * indicator's unit (%) already says percent: such a cell, or text ending in %, reads as 1.2.
 */
function readNumber(cell: ExcelJS.Cell, text: string): number | null {
  const percent = text.endsWith('%') || (typeof cell.value === 'number' && (cell.numFmt ?? '').includes('%'));
  const digits = text.replace(/%$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(digits)) return null;
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  return percent && !text.endsWith('%') ? Math.round(value * 100 * 1e9) / 1e9 : value;
}

const letter = (column: number) => String.fromCharCode(64 + column);

/**
 * Reads a filled workbook. Each row with a 填报值 is checked for its own shape (a number, a
 * period, lengths); problems name the row and column as Excel shows them, in Chinese. Whether
 * the indicator and period exist and may be entered is the service's to check.
 */
export async function readIndicatorsXlsx(bytes: Uint8Array): Promise<{ rows: IndicatorEntryRow[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { rows: [], problems: [{ row: 0, column: '', message: '文件不是有效的 Excel (.xlsx) 工作簿' }] };
  }
  const sheet = workbook.getWorksheet(INDICATOR_SHEET) ?? workbook.worksheets[0];
  const headerRow = sheet ? [1, 2, 3].find((n) => cellText(sheet.getRow(n).getCell(1)) === COLUMNS[0]!.header) : undefined;
  if (!sheet || headerRow === undefined || cellText(sheet.getRow(headerRow).getCell(FILL_FROM)) !== COLUMNS[FILL_FROM - 1]!.header) {
    return { rows: [], problems: [{ row: 1, column: 'A', message: '找不到指标填报表的表头，请使用系统导出的模板' }] };
  }
  const rows: IndicatorEntryRow[] = [];
  const problems: SheetProblem[] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const text = (column: number) => cellText(row.getCell(column));
    const valueText = text(FILL_FROM).replace(/[,，\s]/g, '');
    if (valueText === '') continue;
    const before = problems.length;
    const problem = (column: number, message: string) => problems.push({ row: n, column: letter(column), message });
    const value = readNumber(row.getCell(FILL_FROM), valueText);
    if (value === null) problem(FILL_FROM, `填报值“${text(FILL_FROM)}”不是数字`);
    const number = Number(text(1));
    if (!Number.isInteger(number) || number <= 0) problem(1, `序号“${text(1)}”无效，请勿修改模板的序号列`);
    const period = parsePeriod(text(6));
    if (!period) problem(6, `报告期“${text(6)}”无效，应如“2023年”或“2023年第2季度”`);
    const source = text(FILL_FROM + 1);
    const note = text(FILL_FROM + 2);
    if (source.length > MAX_SOURCE_LENGTH) problem(FILL_FROM + 1, `数据来源不能超过${MAX_SOURCE_LENGTH}字`);
    if (note.length > MAX_NOTE_LENGTH) problem(FILL_FROM + 2, `备注不能超过${MAX_NOTE_LENGTH}字`);
    if (period && value !== null && problems.length === before) rows.push({ sheetRow: n, number, name: text(2), period, value, source, note });
  }
  return { rows, problems };
}
