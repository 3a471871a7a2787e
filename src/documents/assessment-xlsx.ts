import ExcelJS from 'exceljs';
import type { Component } from '../domain/assessment/scoring';
import type { Assessment } from '../services/assessment/compute-assessment';
import { addBodyRow, addTableSheet } from './xlsx-sheet';

const COMPONENT_ZH: Record<Component, string> = {
  timeliness: '报送及时性',
  quality: '报告质量',
  progress: '任务进展',
  indicators: '指标完成',
  deduction: '督办超期扣分',
  bonus: '提前完成加分',
  adjustment: '办公室调整',
};
const COMPONENTS = Object.keys(COMPONENT_ZH) as Component[];

/**
 * The annual assessment for the office's 通报 and the archive: the rankings (departments, then
 * townships, each ranked apart) and every line of every unit's breakdown with its record.
 */
export async function writeAssessmentXlsx(assessment: Assessment, title: string, createdAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Luoshi 落实';
  workbook.created = createdAt;
  const ranking = addTableSheet(workbook, '考核排名', title, [
    { header: '类别', width: 10 },
    { header: '名次', width: 8 },
    { header: '单位', width: 24 },
    ...COMPONENTS.map((c) => ({ header: COMPONENT_ZH[c], width: 12 })),
    { header: '总分', width: 10 },
  ]);
  const groups = [['部门', assessment.departments], ['乡镇', assessment.townships]] as const;
  for (const [group, units] of groups) {
    for (const u of units) addBodyRow(ranking, [group, u.rank, u.unitName, ...COMPONENTS.map((c) => u.components[c]), u.total]);
  }
  const lines = addTableSheet(workbook, '得分明细', `${title}得分明细`, [
    { header: '单位', width: 24 },
    { header: '考核项', width: 14 },
    { header: '依据', width: 36 },
    { header: '计分说明', width: 16 },
    { header: '得分', width: 10 },
    { header: '记录类型', width: 12 },
    { header: '记录标识', width: 40 },
  ]);
  for (const [, units] of groups) {
    for (const u of units) {
      for (const line of u.lines) addBodyRow(lines, [u.unitName, COMPONENT_ZH[line.component], line.record.label, line.basis, line.points, line.record.type, line.record.id]);
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
