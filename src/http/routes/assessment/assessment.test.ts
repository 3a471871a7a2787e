import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { DAY_MINUTES, useSeededApp } from '../supervision/seeded-app';

interface Line {
  component: string;
  record: { type: string; id: string };
  points: number;
}
interface UnitScore {
  unitId: string;
  unitName: string;
  kind: string;
  rank: number;
  total: number;
  scale: number;
  components: Record<string, number>;
  lines: Line[];
}

describeEachDatabase('the annual assessment from the year’s records', (get) => {
  const seeded = useSeededApp(get, '2024-03-01T02:00:00Z');
  let reportId: string;

  it('collects the records: a completed task, a rating, an overdue notice and an adjustment with its reason', async () => {
    const office = await seeded.as('office');
    const periodId = (await office('POST', `/api/plans/${seeded.planId}/periods`, { key: '2024Q1' })).json().id;
    const kjgx = await seeded.as('kjgx');
    const report = (await kjgx('POST', '/api/reports', { periodId, taskId: seeded.taskIds.get(1), kind: 'consolidated' })).json();
    reportId = report.id;
    const saved = (await kjgx('PUT', `/api/reports/${report.id}`, { version: 1, progress: '任务已全部完成', problems: '无', nextSteps: '巩固成果', taskStatus: 'completed', targetProgress: [] })).json();
    await kjgx('POST', `/api/reports/${report.id}/submit`, { version: saved.version });
    expect((await office('PUT', `/api/reports/${report.id}/rating`, { score: 80 })).json().error.details.reason).toBe('not_accepted');
    await office('POST', `/api/reports/${report.id}/accept`, { version: saved.version + 1 });
    expect((await (await seeded.as('supervisor'))('PUT', `/api/reports/${report.id}/rating`, { score: 80 })).statusCode).toBe(403);
    expect((await office('PUT', `/api/reports/${report.id}/rating`, { score: 80, note: '内容翔实' })).json()).toMatchObject({ score: 80 });
    expect((await office('GET', `/api/plans/${seeded.planId}/assessment/ratings`)).json().reports).toEqual([{ reportId: report.id, periodKey: '2024Q1', taskNumber: 1, kind: 'consolidated', unitName: '科技和工信局', score: 80, note: '内容翔实' }]);
    await (await seeded.as('supervisor'))('POST', `/api/plans/${seeded.planId}/notices`, { subjectKind: 'unit', subjectId: null, unitId: seeded.units.get('科技和工信局'), basis: '专项督查', requirement: '报送材料', urgency: 'normal', dueDate: '2024-03-05' });
    seeded.clock.advanceMinutes(24 * DAY_MINUTES); // 25 March: the quarter's reports and the notice are overdue

    const later = await seeded.as('office');
    const adjust = (body: object) => later('POST', `/api/plans/${seeded.planId}/assessment/adjustments`, { year: 2024, unitId: seeded.units.get('科技和工信局'), points: 2, ...body });
    expect((await adjust({ reason: '  ' })).json().error.details.fields).toEqual([{ field: 'reason', message: 'required' }]);
    expect((await (await seeded.as('leader'))('POST', `/api/plans/${seeded.planId}/assessment/adjustments`, { year: 2024, unitId: seeded.units.get('科技和工信局'), points: 2, reason: '无权' })).statusCode).toBe(403);
    expect((await adjust({ reason: '承担县委专项工作' })).statusCode).toBe(201);
  });

  it('scores a unit by the scheme, every line tracing to a row of the database', async () => {
    const result = (await (await seeded.as('leader'))('GET', `/api/plans/${seeded.planId}/assessment?year=2024`)).json();
    const kjgx: UnitScore = result.departments.find((u: UnitScore) => u.unitName === '科技和工信局');
    // No indicator is provided by it, so the other weights (80) scale to 100: × 1.25.
    expect(kjgx.scale).toBe(1.25);
    // One rating of 80: 20 × 1.25 × 0.8 = 20. Task 1 completed: progress is one record at full share.
    expect(kjgx.components).toMatchObject({ quality: 20, indicators: 0, deduction: -2, bonus: 1, adjustment: 2 });
    const progress = kjgx.lines.filter((l) => l.component === 'progress');
    expect(progress.find((l) => l.record.id === reportId)!.points).toBe(Math.round((37.5 / progress.length) * 100) / 100);
    expect(Math.round(kjgx.lines.reduce((sum, l) => sum + l.points, 0) * 100) / 100).toBe(kjgx.total);

    const db = get().database.db;
    /** The row a breakdown line names, owned by the unit where the row has an owner. */
    const recordRow = (type: string, id: string, unitId: string) => {
      switch (type) {
        case 'report':
          return db.selectFrom('reports').select('id').where('id', '=', id).executeTakeFirst();
        case 'rating':
          return db.selectFrom('report_ratings as r').innerJoin('reports as p', 'p.id', 'r.report_id').select('r.report_id').where('r.report_id', '=', id).where('p.unit_id', '=', unitId).executeTakeFirst();
        case 'obligation':
          return db.selectFrom('reporting_periods').select('id').where('id', '=', id.split(':')[0]!).executeTakeFirst();
        case 'notice':
          return db.selectFrom('supervision_notices').select('id').where('id', '=', id).where('unit_id', '=', unitId).executeTakeFirst();
        case 'adjustment':
          return db.selectFrom('assessment_adjustments').select('id').where('id', '=', id).where('unit_id', '=', unitId).executeTakeFirst();
        case 'indicator':
          return db.selectFrom('plan_indicators').select('id').where('id', '=', id).where('provider_unit_id', '=', unitId).executeTakeFirst();
        default:
          throw new Error(`unknown record type ${type}`);
      }
    };
    for (const unit of [...result.departments, ...result.townships] as UnitScore[]) {
      expect(Math.round(unit.lines.reduce((sum, l) => sum + l.points, 0) * 100) / 100, unit.unitName).toBe(unit.total);
      for (const line of unit.lines) {
        const { type, id } = line.record;
        const found = await recordRow(type, id, unit.unitId);
        expect(found, `${unit.unitName} ${type} ${id}`).toBeDefined();
      }
    }
    expect(result.townships.every((u: UnitScore) => u.kind === 'township')).toBe(true);
    expect(result.townships.length).toBeGreaterThan(0);
    expect(result.departments.some((u: UnitScore) => u.kind === 'township')).toBe(false);
    expect(result.departments.map((u: UnitScore) => u.rank)).toEqual([...result.departments.map((u: UnitScore) => u.rank)].sort((a, b) => a - b));
    expect((await (await seeded.as('kjgx'))('GET', `/api/plans/${seeded.planId}/assessment?year=2024`)).statusCode).toBe(403);
  });

  it('lets only the office change the scheme, whose weights must add up to 100', async () => {
    const office = await seeded.as('office');
    const scheme = (await office('GET', `/api/plans/${seeded.planId}/assessment/scheme`)).json();
    expect(scheme.weights).toEqual({ timeliness: 30, quality: 20, progress: 30, indicators: 20 });
    const bad = await office('PUT', `/api/plans/${seeded.planId}/assessment/scheme`, { ...scheme, weights: { ...scheme.weights, quality: 30 } });
    expect(bad.json().error.details.fields).toEqual([{ field: 'weights', message: 'the weights must add up to 100' }]);
    expect((await (await seeded.as('leader'))('PUT', `/api/plans/${seeded.planId}/assessment/scheme`, scheme)).statusCode).toBe(403);
    expect((await office('PUT', `/api/plans/${seeded.planId}/assessment/scheme`, { ...scheme, overdueNoticePenalty: 5 })).statusCode).toBe(200);
    const kjgx = (await office('GET', `/api/plans/${seeded.planId}/assessment?year=2024`)).json().departments.find((u: UnitScore) => u.unitName === '科技和工信局');
    expect(kjgx.components.deduction).toBe(-5);
    const audited = await get().database.db.selectFrom('audit_log').select('action').where('action', 'like', 'assessment.%').orderBy('id').execute();
    expect(audited.map((a) => a.action)).toEqual(['assessment.rate', 'assessment.adjust', 'assessment.scheme']);
  });

  it('exports the rankings and every line to .xlsx', async () => {
    const response = await (await seeded.as('office'))('GET', `/api/plans/${seeded.planId}/assessment/export?year=2024`);
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const ranking = workbook.getWorksheet('考核排名')!;
    const names = ranking.getColumn(3).values.map(String);
    expect(names).toContain('科技和工信局');
    expect(ranking.getCell(1, 1).value).toBe('2024年度实施方案落实情况考核结果');
    expect(workbook.getWorksheet('得分明细')!.rowCount).toBeGreaterThan(ranking.rowCount);
  });
});
