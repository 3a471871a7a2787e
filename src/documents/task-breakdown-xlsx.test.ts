import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { HELAN_FIXTURE, readPlanFixture } from '../../test/fixtures/plans/read-plan-fixture';
import { parsePlanText, type PlanDocument, type Target } from '../parser';
import { buildTarget } from '../parser/testing/build-target';
import { deadlineOf, formatTarget, writeTaskBreakdownXlsx } from './task-breakdown-xlsx';

function helanPlan(): PlanDocument {
  const result = parsePlanText(readPlanFixture(HELAN_FIXTURE).toString('utf8'));
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const target = (overrides: Partial<Target>): Target => buildTarget({ metric: '国家级高新技术企业', value: 40, ...overrides });

describe('writeTaskBreakdownXlsx', () => {
  const plan = helanPlan();

  it('writes the task breakdown, the indicators and the findings as three sheets', async () => {
    const workbook = await load(await writeTaskBreakdownXlsx(plan, { createdAt: new Date('2025-01-01T00:00:00Z') }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['任务分解表', '年度指标', '检查发现']);
    const tasks = workbook.getWorksheet('任务分解表');
    expect(tasks?.getRow(1).getCell(1).value).toBe('贺兰县创新型县建设实施方案任务分解表');
    expect(tasks?.getRow(2).values).toEqual([undefined, '序号', '重点任务', '具体任务', '主要内容', '牵头单位', '责任单位', '量化目标', '完成时限', '原文行号']);
    expect(tasks?.rowCount).toBe(2 + 22);
    const first = tasks?.getRow(3);
    expect([first?.getCell(1).value, first?.getCell(2).value, first?.getCell(3).value, first?.getCell(5).value, first?.getCell(8).value]).toEqual([
      1,
      '(一)加快提升创新发展综合能力',
      '实施创新力量厚植工程',
      '科技和工信局',
      '每年;2025年底前',
    ]);
    expect(first?.getCell(6).value).toBe('发改局、人社局、农业农村局、卫健局、贺兰工业园区管委会');
  });

  it('lays the sheets out for print and reading: frozen bold header, wrapped text, set widths', async () => {
    const workbook = await load(await writeTaskBreakdownXlsx(plan));
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.getRow(2).getCell(1).font?.bold).toBe(true);
      expect(sheet.getRow(3).getCell(3).alignment?.wrapText).toBe(true);
      expect(sheet.getColumn(3).width).toBeGreaterThan(8);
    }
  });

  it('lists each indicator with a column per year, and each finding in Chinese', async () => {
    const workbook = await load(await writeTaskBreakdownXlsx(plan));
    const indicators = workbook.getWorksheet('年度指标');
    expect(indicators?.getRow(2).values).toEqual([undefined, '序号', '指标名称', '单位', '2023年', '2024年', '2025年', '指标属性', '方向', '对应任务', '原文行号']);
    expect(indicators?.getRow(22).values).toEqual([undefined, 20, '万元GDP综合能耗', '吨标准煤/万元', 0.5, 0.48, 0.46, '约束性', '越低越好', '', 280]);
    const findings = workbook.getWorksheet('检查发现');
    expect(findings?.rowCount).toBe(2 + plan.findings.length);
    const messages = findings?.getColumn(3).values ?? [];
    expect(messages).toContain(plan.findings.find((f) => f.code === 'conflicting_targets')?.messageZh);
  });
});

describe('formatTarget', () => {
  it.each([
    ['国家级高新技术企业≥40家(2025年)', target({})],
    ['地区生产总值年均增长7%左右(2025年)', target({ comparator: 'increase_by', kind: 'annual_growth', qualifier: 'about', metric: '地区生产总值', value: 7, unit: '%' })],
    ['实施“揭榜挂帅”项目≥2-3个(每年,自2023年起)', target({ cadence: 'yearly', year: null, startYear: 2023, value: 2, maxValue: 3, unit: '个', metric: '实施“揭榜挂帅”项目' })],
    ['国家级高新技术企业40家', target({ comparator: '=', year: null, cadence: 'unspecified' })],
  ])('words a target as a clerk would: %s', (expected, value) => {
    expect(formatTarget(value)).toBe(expected);
  });

  it('falls back to the plan period for a task with no dated target', () => {
    const task = helanPlan().sections[6]?.tasks[2];
    expect(task && deadlineOf(task, 2025)).toBe('2025年底前');
    expect(task && deadlineOf(task, null)).toBe('持续推进');
  });
});
