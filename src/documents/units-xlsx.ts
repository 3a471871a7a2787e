import ExcelJS from 'exceljs';
import type { UnitKind } from '../domain/units/unit-rules';
import { addBodyRow, addTableSheet, cellText } from './xlsx-sheet';

/** One row of the unit registry as a clerk edits it in Excel (names, not ids). */
export interface UnitSheetRow {
  name: string;
  kind: UnitKind;
  aliases: string[];
  parentName: string | null;
  memberNames: string[];
  isActive: boolean;
  /** The Excel row it was read from (reading only). */
  sheetRow?: number;
}

export const KIND_LABELS: Record<UnitKind, string> = {
  department: '部门',
  township: '乡镇(街道)',
  park: '园区',
  enterprise: '企业',
  group: '单位组',
  external: '外部单位',
};

const COLUMNS = [
  { header: '单位名称', width: 28 },
  { header: '类型', width: 12 },
  { header: '别名(以、分隔)', width: 30 },
  { header: '上级单位', width: 20 },
  { header: '成员单位(单位组填写，以、分隔)', width: 40 },
  { header: '状态(启用/停用)', width: 14 },
];

const SHEET_NAME = '单位名录';
const LIST_SEPARATOR = /[、,，;；\n]+/;

/** The registry as an .xlsx the office can edit and import back. */
export async function writeUnitsXlsx(regionName: string, rows: readonly UnitSheetRow[], createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = createdAt;
  const sheet = addTableSheet(workbook, SHEET_NAME, `${regionName}单位名录`, COLUMNS);
  for (const row of rows) {
    addBodyRow(sheet, [
      row.name,
      KIND_LABELS[row.kind],
      row.aliases.join('、'),
      row.parentName ?? '',
      row.memberNames.join('、'),
      row.isActive ? '启用' : '停用',
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface SheetProblem {
  row: number;
  column: string;
  message: string;
}

const splitList = (text: string) => text.split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);
const KIND_BY_LABEL = new Map<string, UnitKind>(
  Object.entries(KIND_LABELS).flatMap(([kind, label]) => [
    [label, kind as UnitKind],
    [kind, kind as UnitKind],
    [label.replace(/\(.*\)/, ''), kind as UnitKind],
  ]),
);

/**
 * Reads an edited registry back. Every row is checked; problems name the row and column as
 * Excel shows them, so a clerk can find and fix each one.
 */
export async function readUnitsXlsx(bytes: Uint8Array): Promise<{ rows: UnitSheetRow[]; problems: SheetProblem[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { rows: [], problems: [{ row: 0, column: '', message: '文件不是有效的 Excel (.xlsx) 工作簿' }] };
  }
  const sheet = workbook.getWorksheet(SHEET_NAME) ?? workbook.worksheets[0];
  if (!sheet) return { rows: [], problems: [{ row: 0, column: '', message: '工作簿中没有工作表' }] };
  const headerRow = [1, 2, 3].find((n) => cellText(sheet.getRow(n).getCell(1)) === COLUMNS[0]!.header);
  if (headerRow === undefined) {
    return { rows: [], problems: [{ row: 1, column: 'A', message: `找不到表头“${COLUMNS[0]!.header}”，请使用导出的模板` }] };
  }
  const rows: UnitSheetRow[] = [];
  const problems: SheetProblem[] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    const [name, kindText, aliases, parent, members, status] = [1, 2, 3, 4, 5, 6].map((c) => cellText(row.getCell(c)));
    if (!name && !kindText && !aliases && !parent && !members) continue;
    if (!name) problems.push({ row: n, column: 'A', message: '单位名称不能为空' });
    const kind = KIND_BY_LABEL.get(kindText ?? '');
    if (!kind) problems.push({ row: n, column: 'B', message: `类型“${kindText}”无效，应为：${Object.values(KIND_LABELS).join('、')}` });
    if (status && status !== '启用' && status !== '停用') problems.push({ row: n, column: 'F', message: '状态应为“启用”或“停用”' });
    if (name && kind) {
      rows.push({
        name: name,
        kind,
        aliases: splitList(aliases ?? ''),
        parentName: parent || null,
        memberNames: splitList(members ?? ''),
        isActive: status !== '停用',
        sheetRow: n,
      });
    }
  }
  return { rows, problems };
}
