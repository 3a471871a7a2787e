import type ExcelJS from 'exceljs';

/** House style for every table Luoshi writes to Excel: a title row, a frozen header, borders. */
export interface SheetColumn {
  header: string;
  width: number;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE4EE' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF9AA5B1' } };
export const CELL_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const BODY_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11 };

/** Adds a sheet with a merged title in row 1 and the column headers in row 2 (frozen). */
export function addTableSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: SheetColumn[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  sheet.mergeCells(1, 1, 1, columns.length);
  const titleCell = sheet.getCell(1, 1);
  titleCell.value = title;
  titleCell.font = { name: '黑体', size: 16, bold: true };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;
  const header = sheet.getRow(2);
  header.values = columns.map((c) => c.header);
  header.height = 24;
  header.eachCell((cell) => {
    cell.font = { name: '黑体', size: 11, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = CELL_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  return sheet;
}

/** Appends a body row in house style. */
export function addBodyRow(sheet: ExcelJS.Worksheet, values: Array<string | number | null>): ExcelJS.Row {
  const row = sheet.addRow(values);
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.font = BODY_FONT;
    cell.border = CELL_BORDER;
    cell.alignment = { vertical: 'top', wrapText: true };
  });
  return row;
}

/** A cell's text, whatever Excel stored (rich text, formulas, numbers, hyperlinks). */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
    if ('result' in value) return String(value.result ?? '').trim();
    if ('text' in value) return String(value.text).trim();
  }
  return String(value).trim();
}
