import ExcelJS from 'exceljs';
import type { Timeliness } from '../domain/reporting/timeliness';
import { addBodyRow, addTableSheet, BODY_FONT, type SheetColumn } from './xlsx-sheet';

/** One obligation of a period as the exports show it: the task, the unit, and its report if any. */
export interface PeriodReportRow {
  taskNumber: number;
  section: string;
  taskTitle: string;
  unitName: string;
  kind: 'unit' | 'consolidated';
  /** 未报送 / 草稿 / 已报送 / 已采纳 … in Chinese. */
  statusZh: string;
  taskStatusZh: string;
  progress: string;
  problems: string;
  nextSteps: string;
  firstSubmittedAt: string;
  timeliness: Timeliness;
}

export interface UnitRatesRow {
  unitName: string;
  expected: number;
  received: number;
  onTime: number;
  late: number;
  missing: number;
  reportingRate: number | null;
  timelyRate: number | null;
}

export interface PeriodWorkbookInput {
  /** 2024年第四季度 */
  periodLabel: string;
  planTitle: string;
  createdAt: Date;
}

const KIND_ZH = { unit: '单位报告', consolidated: '牵头汇总' } as const;

export function timelinessZh(t: Timeliness): string {
  switch (t.status) {
    case 'on_time':
      return '按时';
    case 'late':
      return `迟报${t.daysLate}天`;
    case 'missing':
      return `逾期${t.daysOverdue}天未报`;
    case 'not_due':
      return '未到期';
  }
}

function workbookOf(input: PeriodWorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = input.createdAt;
  workbook.modified = input.createdAt;
  return workbook;
}

/** Colours a timeliness cell: red when missing, orange when late. */
function markTimeliness(cell: ExcelJS.Cell, t: Timeliness): void {
  if (t.status === 'missing') cell.font = { ...BODY_FONT, bold: true, color: { argb: 'FFC00000' } };
  if (t.status === 'late') cell.font = { ...BODY_FONT, color: { argb: 'FFB25900' } };
}

/**
 * 进展情况汇编: every report the period owes, task by task, with its three parts (进展情况,
 * 存在问题, 下步打算); those not received are listed too, so the gaps show.
 */
export async function writeReportCompilationXlsx(input: PeriodWorkbookInput, rows: readonly PeriodReportRow[]): Promise<Buffer> {
  const workbook = workbookOf(input);
  const columns: SheetColumn[] = [
    { header: '序号', width: 6 },
    { header: '重点任务', width: 20 },
    { header: '具体任务', width: 22 },
    { header: '报送单位', width: 16 },
    { header: '类型', width: 10 },
    { header: '报告状态', width: 10 },
    { header: '任务进度', width: 12 },
    { header: '进展情况', width: 50 },
    { header: '存在问题', width: 36 },
    { header: '下步打算', width: 36 },
    { header: '首次报送时间', width: 18 },
    { header: '及时性', width: 14 },
  ];
  const sheet = addTableSheet(workbook, '进展情况汇编', `${input.planTitle}${input.periodLabel}进展情况汇编`, columns);
  rows.forEach((r, index) => {
    const row = addBodyRow(sheet, [index + 1, r.section, `${r.taskNumber}. ${r.taskTitle}`, r.unitName, KIND_ZH[r.kind], r.statusZh, r.taskStatusZh, r.progress, r.problems, r.nextSteps, r.firstSubmittedAt, timelinessZh(r.timeliness)]);
    markTimeliness(row.getCell(12), r.timeliness);
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const rate = (r: number | null) => (r === null ? '' : `${Math.round(r * 1000) / 10}%`);

/** 报送及时情况表: each unit's expected, received, on-time, late and missing reports and rates; then every obligation. */
export async function writeTimelinessXlsx(input: PeriodWorkbookInput, units: readonly UnitRatesRow[], rows: readonly PeriodReportRow[]): Promise<Buffer> {
  const workbook = workbookOf(input);
  const unitColumns: SheetColumn[] = ['序号', '单位', '应报', '已报', '按时', '迟报', '未报', '报送率', '按时报送率'].map((header, i) => ({ header, width: i === 1 ? 30 : 10 }));
  const bySheet = addTableSheet(workbook, '按单位', `${input.planTitle}${input.periodLabel}进展报告报送情况`, unitColumns);
  units.forEach((u, index) => {
    const row = addBodyRow(bySheet, [index + 1, u.unitName, u.expected, u.received, u.onTime, u.late, u.missing, rate(u.reportingRate), rate(u.timelyRate)]);
    if (u.missing > 0) row.getCell(7).font = { ...BODY_FONT, bold: true, color: { argb: 'FFC00000' } };
  });
  const detailColumns: SheetColumn[] = [
    { header: '序号', width: 6 },
    { header: '任务', width: 30 },
    { header: '单位', width: 24 },
    { header: '类型', width: 10 },
    { header: '报告状态', width: 10 },
    { header: '首次报送时间', width: 18 },
    { header: '及时性', width: 14 },
  ];
  const detail = addTableSheet(workbook, '明细', `${input.planTitle}${input.periodLabel}报送明细`, detailColumns);
  rows.forEach((r, index) => {
    const row = addBodyRow(detail, [index + 1, `${r.taskNumber}. ${r.taskTitle}`, r.unitName, KIND_ZH[r.kind], r.statusZh, r.firstSubmittedAt, timelinessZh(r.timeliness)]);
    markTimeliness(row.getCell(7), r.timeliness);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
