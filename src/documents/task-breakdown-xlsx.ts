import ExcelJS from 'exceljs';
import type { Finding, Indicator, PlanDocument, Target, Task } from '../parser';
import { addBodyRow, addTableSheet, BODY_FONT, type SheetColumn } from './xlsx-sheet';

export interface TaskBreakdownOptions {
  /** Stamped in the workbook's properties; a parameter so the bytes are reproducible in tests. */
  createdAt?: Date;
}

interface Column extends SheetColumn {
  center?: boolean;
}

const SEVERITY_ZH: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const SEVERITY_COLOR: Record<Finding['severity'], string> = { error: 'FFC00000', warning: 'FFB25900', info: 'FF404040' };

/**
 * The 任务分解表 a county office circulates: one row per task with its section, lead and
 * responsible units, quantified targets and deadline; a second sheet with the annual indicators
 * and a third with the checker's findings, in Chinese for the clerks who act on them.
 * Pure: returns the .xlsx bytes; the caller decides where they go.
 */
export async function writeTaskBreakdownXlsx(plan: PlanDocument, options: TaskBreakdownOptions = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = options.createdAt ?? new Date();
  workbook.modified = workbook.created;
  const title = plan.metadata.title ?? '实施方案';
  addTasksSheet(workbook, plan, title);
  addIndicatorsSheet(workbook, plan, title);
  addFindingsSheet(workbook, plan.findings, title);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The house-style sheet (xlsx-sheet.ts), with a filter on the header row. */
function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, columns: Column[]): ExcelJS.Worksheet {
  const sheet = addTableSheet(workbook, name, title, columns);
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  return sheet;
}

/** A house-style body row; number-like columns (序号, 年份, 行号) are centred. */
function addRow(sheet: ExcelJS.Worksheet, columns: Column[], values: (string | number | null)[]): ExcelJS.Row {
  const row = addBodyRow(sheet, values);
  columns.forEach((column, index) => {
    if (column.center) row.getCell(index + 1).alignment = { vertical: 'top', wrapText: true, horizontal: 'center' };
  });
  return row;
}

function addTasksSheet(workbook: ExcelJS.Workbook, plan: PlanDocument, title: string): void {
  const hasCooperating = plan.sections.some((s) => s.tasks.some((t) => t.cooperatingUnits.length > 0));
  const columns: Column[] = [
    { header: '序号', width: 6, center: true },
    { header: '重点任务', width: 22 },
    { header: '具体任务', width: 24 },
    { header: '主要内容', width: 56 },
    { header: '牵头单位', width: 16 },
    { header: '责任单位', width: 28 },
    ...(hasCooperating ? [{ header: '配合单位', width: 20 }] : []),
    { header: '量化目标', width: 36 },
    { header: '完成时限', width: 14, center: true },
    { header: '原文行号', width: 8, center: true },
  ];
  const sheet = addSheet(workbook, '任务分解表', `${title}任务分解表`, columns);
  for (const section of plan.sections) {
    const sectionTitle = section.number === null ? section.title : `(${section.number})${section.title}`;
    for (const task of section.tasks) {
      addRow(sheet, columns, [
        task.number,
        sectionTitle,
        task.title,
        task.text,
        task.leadUnits.join('、'),
        task.responsibleUnits.join('、'),
        ...(hasCooperating ? [task.cooperatingUnits.join('、')] : []),
        task.targets.map(formatTarget).join('\n'),
        deadlineOf(task, plan.metadata.period?.endYear ?? null),
        task.line,
      ]);
    }
  }
}

function addIndicatorsSheet(workbook: ExcelJS.Workbook, plan: PlanDocument, title: string): void {
  const years = [...new Set(plan.indicators.flatMap((i) => Object.keys(i.targets)))].sort();
  const columns: Column[] = [
    { header: '序号', width: 6, center: true },
    { header: '指标名称', width: 40 },
    { header: '单位', width: 14, center: true },
    ...years.map((year) => ({ header: `${year}年`, width: 10, center: true })),
    { header: '指标属性', width: 10, center: true },
    { header: '方向', width: 10, center: true },
    { header: '对应任务', width: 14, center: true },
    { header: '原文行号', width: 8, center: true },
  ];
  const sheet = addSheet(workbook, '年度指标', `${title}年度指标`, columns);
  for (const indicator of plan.indicators) {
    addRow(sheet, columns, [
      indicator.number,
      indicator.name,
      indicator.unit ?? '',
      ...years.map((year) => indicator.targets[year] ?? null),
      attributeZh(indicator.attribute),
      indicator.direction === 'lower' ? '越低越好' : '越高越好',
      indicator.ownerTasks.map((n) => `第${n}项`).join('、'),
      indicator.line,
    ]);
  }
}

function addFindingsSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[], title: string): void {
  const columns: Column[] = [
    { header: '序号', width: 6, center: true },
    { header: '级别', width: 8, center: true },
    { header: '问题说明', width: 70 },
    { header: '原文行号', width: 14, center: true },
    { header: '代码', width: 28 },
    { header: 'Message', width: 60 },
  ];
  const sheet = addSheet(workbook, '检查发现', `${title}检查发现`, columns);
  findings.forEach((finding, index) => {
    const row = addRow(sheet, columns, [index + 1, SEVERITY_ZH[finding.severity], finding.messageZh, finding.lines.join('、'), finding.code, finding.message]);
    row.getCell(2).font = { ...BODY_FONT, bold: true, color: { argb: SEVERITY_COLOR[finding.severity] } };
  });
}

const attributeZh = (attribute: Indicator['attribute']) => (attribute === 'binding' ? '约束性' : attribute === 'expected' ? '预期性' : '');

const SYMBOL: Record<Target['comparator'], string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '',
  approx: '约',
  increase_by: '增长',
  decrease_by: '下降',
};
const QUALIFIER_ZH: Record<NonNullable<Target['qualifier']>, string> = { at_least: '以上', more_than: '以上', about: '左右', at_most: '以内' };

/** A target in a clerk's words: 国家级高新技术企业≥40家(2025年), 地区生产总值年均增长7%左右. */
export function formatTarget(target: Target): string {
  const unit = target.unit ?? '';
  const amount = `${target.value}${target.maxValue === null ? '' : `-${target.maxValue}`}${unit}`;
  let text: string;
  if (target.comparator === 'increase_by' || target.comparator === 'decrease_by') {
    const annual = target.kind === 'annual_growth' ? '年均' : '';
    text = `${target.metric}${annual}${SYMBOL[target.comparator]}${amount}${target.qualifier === null ? '' : QUALIFIER_ZH[target.qualifier]}`;
  } else {
    text = `${target.metric}${SYMBOL[target.comparator]}${amount}`;
  }
  if (target.cadence === 'yearly') return `${text}(每年${target.startYear === null ? '' : `,自${target.startYear}年起`})`;
  return target.year === null ? text : `${text}(${target.year}年)`;
}

/** The deadline column: 每年 for yearly targets, the latest due year, else the plan's last year. */
export function deadlineOf(task: Task, planEndYear: number | null): string {
  const parts: string[] = [];
  if (task.targets.some((t) => t.cadence === 'yearly')) parts.push('每年');
  const years = task.targets.flatMap((t) => (t.cadence === 'deadline' && t.year !== null ? [t.year] : []));
  const last = years.length > 0 ? Math.max(...years) : planEndYear;
  if (last !== null) parts.push(`${last}年底前`);
  return parts.length > 0 ? parts.join(';') : '持续推进';
}
