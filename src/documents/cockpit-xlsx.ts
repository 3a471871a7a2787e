import ExcelJS from 'exceljs';
import { STATUS_LABELS_ZH } from '../domain/indicators/explain-status';
import type { IndicatorStatus } from '../domain/indicators/indicator-status';
import type { TaskState } from '../domain/cockpit/task-states';
import type { Light } from '../domain/cockpit/lights';
import type { Rates } from '../domain/reporting/timeliness';
import type { Cockpit } from '../services/cockpit/get-cockpit';
import { addBodyRow, addTableSheet } from './xlsx-sheet';

export const TASK_STATE_ZH: Record<TaskState, string> = { completed: '已完成', on_track: '正常推进', lagging: '滞后', not_started: '未启动', not_reported: '未报告' };
const LIGHT_ZH: Record<Light, string> = { green: '绿灯', yellow: '黄灯', red: '红灯', grey: '—' };

/** A rate as a percentage with one decimal (85.7%), or a dash when nothing was due. */
const percent = (rate: number | null) => (rate === null ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`);
const rateCells = (r: Rates) => [r.expected, r.received, r.onTime, percent(r.reportingRate), percent(r.timelyRate)];
const RATE_COLUMNS = [
  { header: '应报', width: 8 },
  { header: '已报', width: 8 },
  { header: '按时', width: 8 },
  { header: '报送率', width: 10 },
  { header: '及时率', width: 10 },
];

function addHeadline(workbook: ExcelJS.Workbook, cockpit: Cockpit, scope: string) {
  const sheet = addTableSheet(workbook, '概览', `${cockpit.plan.title} 领导驾驶舱（${scope}）`, [
    { header: '项目', width: 28 },
    { header: '数值', width: 20 },
  ]);
  const { headline } = cockpit;
  addBodyRow(sheet, ['指标总数', headline.indicators.total]);
  for (const [status, count] of Object.entries(headline.indicators.byStatus)) addBodyRow(sheet, [`指标：${STATUS_LABELS_ZH[status as IndicatorStatus]}`, count]);
  addBodyRow(sheet, ['任务总数', headline.tasks.total]);
  for (const [state, count] of Object.entries(headline.tasks.byState)) addBodyRow(sheet, [`任务：${TASK_STATE_ZH[state as TaskState]}`, count]);
  addBodyRow(sheet, ['本季度应报', headline.reporting.expected]);
  addBodyRow(sheet, ['本季度报送率', percent(headline.reporting.reportingRate)]);
  addBodyRow(sheet, ['本季度及时率', percent(headline.reporting.timelyRate)]);
  addBodyRow(sheet, ['未办结督办事项', headline.openSupervisionItems ?? '（督查督办未启用）']);
}

function addIndicators(workbook: ExcelJS.Workbook, cockpit: Cockpit) {
  const years = [...new Set(cockpit.indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort();
  const sheet = addTableSheet(workbook, '指标', `指标完成情况（${cockpit.year}年）`, [
    { header: '序号', width: 6 },
    { header: '指标', width: 36 },
    { header: '单位', width: 10 },
    { header: '状态', width: 14 },
    { header: '灯', width: 8 },
    ...years.flatMap((y) => [
      { header: `${y}年目标`, width: 12 },
      { header: `${y}年实际`, width: 12 },
    ]),
  ]);
  for (const i of cockpit.indicators) {
    const actual = (year: number) => i.actuals.find((a) => a.year === year)?.value ?? null;
    const target = (year: number) => i.targets.find((t) => t.year === year)?.value ?? null;
    addBodyRow(sheet, [i.number, i.name, i.unit, STATUS_LABELS_ZH[i.status], LIGHT_ZH[i.light], ...years.flatMap((y) => [target(y), actual(y)])]);
  }
}

function addTasks(workbook: ExcelJS.Workbook, cockpit: Cockpit) {
  const states = Object.keys(TASK_STATE_ZH) as TaskState[];
  const sheet = addTableSheet(workbook, '任务', '重点任务推进情况（按牵头单位汇总报告）', [{ header: '部分', width: 40 }, ...states.map((s) => ({ header: TASK_STATE_ZH[s], width: 10 }))]);
  for (const s of cockpit.tasksBySection) addBodyRow(sheet, [s.number ? `（${s.number}）${s.title}` : s.title, ...states.map((state) => s.counts[state])]);
}

function addUnits(workbook: ExcelJS.Workbook, name: string, title: string, units: Cockpit['units']['departments']) {
  const sheet = addTableSheet(workbook, name, title, [{ header: '名次', width: 6 }, { header: '单位', width: 28 }, ...RATE_COLUMNS, { header: '迟报', width: 8 }, { header: '未报', width: 8 }]);
  for (const u of units) addBodyRow(sheet, [u.rank, u.unitName, ...rateCells(u.rates), u.late, u.missing]);
}

/**
 * The cockpit's numbers as a workbook for a meeting or a 通报 draft: the same response the page
 * shows, one sheet per block, in the house style.
 */
export async function writeCockpitXlsx(cockpit: Cockpit, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = createdAt;
  const scope = cockpit.period ? cockpit.period.key : `${cockpit.year}年`;
  addHeadline(workbook, cockpit, scope);
  addIndicators(workbook, cockpit);
  addTasks(workbook, cockpit);
  addUnits(workbook, '部门排名', `部门报送排名（${cockpit.year}年截至${scope}）`, cockpit.units.departments);
  addUnits(workbook, '乡镇排名', `乡镇报送排名（${cockpit.year}年截至${scope}）`, cockpit.units.townships);
  const overdue = addTableSheet(workbook, '逾期未报', `逾期未报清单（${scope}）`, [
    { header: '任务', width: 8 },
    { header: '任务名称', width: 40 },
    { header: '单位', width: 24 },
    { header: '报告类型', width: 12 },
    { header: '截止日期', width: 12 },
    { header: '逾期天数', width: 10 },
  ]);
  for (const o of cockpit.overdue) addBodyRow(overdue, [o.taskNumber, o.taskTitle, o.unitName, o.kind === 'consolidated' ? '牵头汇总' : '单位报告', o.dueDate, o.daysOverdue]);
  const quarters = addTableSheet(workbook, '季度报送率', '报送率（逐季度）', [{ header: '季度', width: 10 }, ...RATE_COLUMNS]);
  for (const q of cockpit.ratesByQuarter) addBodyRow(quarters, [q.key, ...rateCells(q)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
