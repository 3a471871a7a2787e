import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUnit, buildUser, TEST_PASSWORD } from '../../../../test/factories';
import { buildTestApp, signInAs } from '../../../../test/http';
import type { HistoryReportRows } from '../../../db/demo-history.repository';
import type { ReportStatus, TaskStatus } from '../../../db/schema';
import type { Store } from '../../../db/store';
import { DEFAULT_REPORTING_RULE, periodByKey } from '../../../domain/reporting/periods';
import { cellText } from '../../../documents/xlsx-sheet';

/*
 * A hand-built county: two departments (甲局, 乙局), two townships (一镇, 二镇) in a group, two
 * sections, three tasks, three opened quarters and reports whose every outcome is chosen, so
 * each cockpit number below can be counted by hand:
 *   task 1 (section 一): lead 甲局; responsible 乙局 and 各乡镇 (一镇, 二镇)
 *   task 2 (section 一): lead 乙局; responsible 甲局
 *   task 3 (section 二): lead 甲局; responsible 一镇
 * Eight obligations a quarter: 1/甲局 consolidated, 1/乙局, 1/一镇, 1/二镇, 2/乙局 consolidated,
 * 2/甲局, 3/甲局 consolidated, 3/一镇.
 */
const NOW = '2024-07-01T02:00:00Z';
const ON_TIME = (key: string) => new Date(periodByKey(DEFAULT_REPORTING_RULE, key)!.lateAfter.getTime() - 5 * 86_400_000);

describeEachDatabase('the leadership cockpit', (get) => {
  let app: FastifyInstance;
  let planId: string;
  const units: Record<string, string> = {};
  const tasks: Record<number, string> = {};
  const sections: string[] = [];
  const periods: Record<string, string> = {};
  const logins: Record<string, string> = {};

  async function buildFixture(store: Store) {
    const { repos } = store;
    const region = await buildRegion(store);
    for (const [name, kind] of [['甲局', 'department'], ['乙局', 'department'], ['一镇', 'township'], ['二镇', 'township'], ['各乡镇', 'group']] as const) {
      units[name] = (await buildUnit(store, region.id, { name, kind })).id;
    }
    await repos.org.addGroupMembers(units['各乡镇']!, [units['一镇']!, units['二镇']!]);
    const plan = await repos.org.insertPlan({ regionId: region.id, code: 'test', title: '测试方案', documentNumber: null, startYear: 2023, endYear: 2025, status: 'active' });
    planId = plan.id;
    const now = new Date(NOW);
    sections.push(await repos.plans.upsertSection(planId, { ordinal: 1, number: '一', title: '创新主体' }));
    sections.push(await repos.plans.upsertSection(planId, { ordinal: 2, number: '二', title: '创新平台' }));
    const assign = { 1: [['甲局', 'lead'], ['乙局', 'responsible'], ['各乡镇', 'responsible']], 2: [['乙局', 'lead'], ['甲局', 'responsible']], 3: [['甲局', 'lead'], ['一镇', 'responsible']] } as const;
    for (const number of [1, 2, 3] as const) {
      tasks[number] = await repos.plans.upsertTask(planId, { sectionId: sections[number === 3 ? 1 : 0]!, number, title: `任务${number}`, text: '', unitClause: null, line: null }, now);
      await repos.plans.replaceTaskUnits(planId, tasks[number]!, assign[number].map(([unit, role]) => ({ unitId: units[unit]!, role })));
    }
    for (const key of ['2023Q4', '2024Q1', '2024Q2']) {
      const p = periodByKey(DEFAULT_REPORTING_RULE, key)!;
      periods[key] = (await repos.reporting.upsertOpenPeriod({ planId, key, year: p.year, start: p.start, end: p.end, dueDate: p.dueDate, lateAfter: p.lateAfter, now })).id;
    }
    const report = (key: string, task: number, unit: string, kind: 'unit' | 'consolidated', at: Date | null, taskStatus: TaskStatus | null = null): HistoryReportRows => {
      const status: ReportStatus = at ? 'accepted' : 'draft';
      return {
        report: { id: randomUUID(), plan_id: planId, period_id: periods[key]!, task_id: tasks[task]!, unit_id: units[unit]!, kind, status, task_status: taskStatus, first_submitted_at: at, submitted_at: at, created_at: now, updated_at: now },
        versions: [],
      };
    };
    const late = new Date('2024-03-25T03:00:00Z'); // 5 days after the 20 March deadline
    await repos.demoHistory.insertReports([
      // 2024Q1: 6 of 8 received, 4 on time; 1/二镇 never started, 2/甲局 only a draft.
      report('2024Q1', 1, '甲局', 'consolidated', ON_TIME('2024Q1'), 'on_track'),
      report('2024Q1', 1, '乙局', 'unit', ON_TIME('2024Q1')),
      report('2024Q1', 1, '一镇', 'unit', late),
      report('2024Q1', 2, '乙局', 'consolidated', ON_TIME('2024Q1'), 'lagging'),
      report('2024Q1', 2, '甲局', 'unit', null),
      report('2024Q1', 3, '甲局', 'consolidated', late, 'completed'),
      report('2024Q1', 3, '一镇', 'unit', ON_TIME('2024Q1')),
      // 2024Q2: 7 of 8, all on time; only 3/一镇 missing; only task 1's lead declares a status.
      report('2024Q2', 1, '甲局', 'consolidated', ON_TIME('2024Q2'), 'completed'),
      ...(['乙局', '一镇', '二镇'] as const).map((u) => report('2024Q2', 1, u, 'unit', ON_TIME('2024Q2'))),
      report('2024Q2', 2, '乙局', 'consolidated', ON_TIME('2024Q2')),
      report('2024Q2', 2, '甲局', 'unit', ON_TIME('2024Q2')),
      report('2024Q2', 3, '甲局', 'consolidated', ON_TIME('2024Q2')),
    ]);
    // Two indicators: one met in 2024 (green), one without values (grey).
    await repos.plans.upsertIndicator(planId, { number: 1, name: '高新技术企业数', unit: '家', comparator: 'gte', attribute: 'expected', direction: 'higher', targets: { 2024: 10, 2025: 12 }, line: null });
    await repos.plans.upsertIndicator(planId, { number: 2, name: '万人发明专利拥有量', unit: '件', comparator: 'gte', attribute: 'binding', direction: 'higher', targets: { 2024: 3, 2025: 4 }, line: null });
    const [first] = await repos.plans.listIndicators(planId);
    await repos.indicators.updateSettings(first!.id, { baselineYear: 2023, baselineValue: 8, providerUnitId: units['甲局']!, tracking: 'yearly', tolerance: null });
    const office = await buildUser(store, { region_id: region.id, unit_id: units['甲局']!, roles: ['office'] });
    const value = await repos.indicators.upsertValue({ planId, indicatorId: first!.id, period: '2024', year: 2024, value: 10.5, source: '统计公报', note: '', enteredBy: office.user.id, now });
    await repos.indicators.review(value.id, { status: 'accepted', reason: null, by: office.user.id, now });
    logins.office = office.login;
    // Two supervision notices to 二镇 on task 1: one still open, one closed (销号).
    const notice = (serial: number) =>
      repos.supervision.insertNotice({ plan_id: planId, year: 2024, serial, subject_kind: 'task', task_id: tasks[1]!, indicator_id: null, decision_id: null, unit_id: units['二镇']!, basis: '逾期未报', requirement: '限期报送', urgency: 'normal', due_date: '2024-07-10', issued_by: office.user.id, issued_at: now });
    await notice(1);
    const closed = await notice(2);
    await repos.supervision.updateIfVersion(closed.id, closed.version, { status: 'closed', closed_at: now });
    for (const role of ['leader', 'supervisor', 'unit_reporter'] as const) {
      logins[role] = (await buildUser(store, { region_id: region.id, unit_id: role === 'unit_reporter' ? units['乙局']! : null, roles: [role] })).login;
    }
    logins.otherOffice = (await buildUser(store, { region_id: (await buildRegion(store)).id, roles: ['office'] })).login;
  }

  beforeAll(async () => {
    await buildFixture(get().store);
    app = await buildTestApp(get().store, { clock: () => new Date(NOW), loginRateLimitPerMinute: 10_000 });
  });
  afterAll(() => app.close());

  const getAs = async (who: string, url: string) => app.inject({ method: 'GET', url, headers: { cookie: await signInAs(app, logins[who]!, TEST_PASSWORD) } });
  const cockpit = async (query = '') => {
    const response = await getAs('leader', `/api/plans/${planId}/cockpit${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it('shows the latest quarter begun by default, with its reporting and timely rates (DHIS2)', async () => {
    const c = await cockpit();
    expect(c.period).toMatchObject({ key: '2024Q2', quarter: 2, dueDate: '2024-06-20', status: 'open' });
    expect(c.headline.reporting).toEqual({ expected: 8, received: 7, onTime: 7, reportingRate: 7 / 8, timelyRate: 7 / 8 });
    // Supervision notices not yet closed (the closed one does not count).
    expect(c.headline.openSupervisionItems).toBe(1);
    expect(c.ratesByQuarter.map((q: { key: string; expected: number; received: number; onTime: number }) => [q.key, q.expected, q.received, q.onTime])).toEqual([
      ['2023Q4', 8, 0, 0],
      ['2024Q1', 8, 6, 4],
      ['2024Q2', 8, 7, 7],
    ]);
  });

  it("counts a quarter's figures by hand: rates, task states by section, the overdue list", async () => {
    const c = await cockpit('?year=2024&quarter=1');
    expect(c.headline.reporting).toEqual({ expected: 8, received: 6, onTime: 4, reportingRate: 0.75, timelyRate: 0.5 });
    expect(c.headline.tasks).toEqual({ total: 3, byState: { completed: 1, on_track: 1, lagging: 1, not_started: 0, not_reported: 0 } });
    expect(c.tasksBySection.map((s: { title: string; counts: Record<string, number> }) => [s.title, s.counts.on_track, s.counts.lagging, s.counts.completed])).toEqual([
      ['创新主体', 1, 1, 0],
      ['创新平台', 0, 0, 1],
    ]);
    // 20 March to 1 July: 103 days overdue; the draft is linked, the never-started report is not.
    expect(c.overdue).toEqual([
      expect.objectContaining({ taskNumber: 1, unitName: '二镇', kind: 'unit', daysOverdue: 103, reportId: null }),
      expect.objectContaining({ taskNumber: 2, unitName: '甲局', kind: 'unit', daysOverdue: 103, reportId: expect.any(String) }),
    ]);
    expect(c.tasks.map((t: { number: number; state: string }) => [t.number, t.state])).toEqual([
      [1, 'on_track'],
      [2, 'lagging'],
      [3, 'completed'],
    ]);
    const q2 = await cockpit('?year=2024&quarter=2');
    expect(q2.headline.tasks.byState).toEqual({ completed: 1, on_track: 0, lagging: 0, not_started: 0, not_reported: 2 });
  });

  it('ranks units by timely rate then reporting rate over the year to date, departments and townships apart', async () => {
    const q1 = await cockpit('?year=2024&quarter=1');
    const row = (u: { unitName: string; rank: number; rates: { expected: number; received: number; onTime: number } }) => [u.rank, u.unitName, u.rates.expected, u.rates.received, u.rates.onTime];
    expect(q1.units.departments.map(row)).toEqual([
      [1, '乙局', 2, 2, 2],
      [2, '甲局', 3, 2, 1],
    ]);
    expect(q1.units.townships.map(row)).toEqual([
      [1, '一镇', 2, 2, 1],
      [2, '二镇', 1, 0, 0],
    ]);
    // By Q2 the year counts both quarters (2023Q4 is last year's).
    const q2 = await cockpit('?year=2024&quarter=2');
    expect(q2.units.departments.find((u: { unitName: string }) => u.unitName === '甲局').rates).toMatchObject({ expected: 6, received: 5, onTime: 4 });
  });

  it('filters by section and by unit kind', async () => {
    const platform = await cockpit(`?year=2024&quarter=1&section=${sections[1]}`);
    expect(platform.headline.reporting).toMatchObject({ expected: 2, received: 2, onTime: 1 });
    expect(platform.headline.tasks.total).toBe(1);
    expect(platform.tasksBySection).toHaveLength(1);
    const townships = await cockpit('?year=2024&quarter=1&unitKind=township');
    expect(townships.headline.reporting).toMatchObject({ expected: 3, received: 2, onTime: 1 });
    expect(townships.units.departments).toEqual([]);
    expect(townships.overdue.map((o: { unitName: string }) => o.unitName)).toEqual(['二镇']);
  });

  it('shows each indicator with its light and its actuals against the target path', async () => {
    const c = await cockpit('?year=2024&quarter=2');
    expect(c.headline.indicators).toMatchObject({ total: 2, byStatus: { achieved: 1, no_data: 1, on_track: 0 } });
    expect(c.indicators[0]).toMatchObject({
      number: 1,
      status: 'achieved',
      light: 'green',
      baseline: { year: 2023, value: 8 },
      targets: [{ year: 2024, value: 10 }, { year: 2025, value: 12 }],
      actuals: [{ year: 2024, value: 10.5, provisional: false }],
    });
    expect(c.indicators[1]).toMatchObject({ status: 'no_data', light: 'grey', actuals: [] });
  });

  it('drills down to a task by unit across quarters, and to everything a unit owes', async () => {
    const task = (await getAs('office', `/api/plans/${planId}/cockpit/tasks/${tasks[1]}`)).json();
    expect(task.units.map((u: { unitName: string }) => u.unitName).sort()).toEqual(['一镇', '乙局', '二镇', '甲局']);
    expect(task.cells).toHaveLength(12);
    expect(task.cells.find((c: { periodKey: string; unitId: string }) => c.periodKey === '2024Q1' && c.unitId === units['一镇'])).toMatchObject({ status: 'accepted', timeliness: { status: 'late', daysLate: 5 } });
    const unit = (await getAs('supervisor', `/api/plans/${planId}/cockpit/units/${units['一镇']}`)).json();
    expect(unit.tasks.map((t: { number: number }) => t.number)).toEqual([1, 3]);
    expect(unit.cells.map((c: { periodKey: string; status: string }) => `${c.periodKey} ${c.status}`)).toEqual([
      '2024Q2 accepted',
      '2024Q2 not_started',
      '2024Q1 accepted',
      '2024Q1 accepted',
      '2023Q4 not_started',
      '2023Q4 not_started',
    ]);
    expect(unit.rates).toMatchObject({ expected: 6, received: 3, onTime: 2 });
    expect(unit.indicators).toEqual([]);
    // 甲局 provides indicator 1's values: its drill-down lists it with its latest value's state.
    const provider = (await getAs('leader', `/api/plans/${planId}/cockpit/units/${units['甲局']}`)).json();
    expect(provider.indicators).toEqual([
      expect.objectContaining({ number: 1, status: 'achieved', light: 'green', latest: { period: '2024', value: 10.5, status: 'accepted' } }),
    ]);
  });

  it('exports the same numbers to .xlsx, and audits the export', async () => {
    const response = await getAs('office', `/api/plans/${planId}/cockpit.xlsx?year=2024&quarter=1`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return Array.from({ length: sheet.rowCount - 2 }, (_, i) => sheet.getRow(i + 3)).map((r) => Array.from({ length: r.cellCount }, (_, j) => cellText(r.getCell(j + 1))));
    };
    expect(rows('概览')).toEqual(expect.arrayContaining([['本季度报送率', '75.0%'], ['本季度及时率', '50.0%'], ['未办结督办事项', '1']]));
    expect(rows('部门排名')).toEqual([['1', '乙局', '2', '2', '2', '100.0%', '100.0%', '0', '0'], ['2', '甲局', '3', '2', '1', '66.7%', '33.3%', '1', '1']]);
    expect(rows('逾期未报').map((r) => r[2])).toEqual(['二镇', '甲局']);
    const audit = await get().database.db.selectFrom('audit_log').select(['action', 'object_id']).where('action', '=', 'cockpit.export').execute();
    expect(audit).toEqual([{ action: 'cockpit.export', object_id: planId }]);
  });

  it('is for leaders, the office and the supervision office of the county only', async () => {
    for (const who of ['leader', 'office', 'supervisor']) expect((await getAs(who, `/api/plans/${planId}/cockpit`)).statusCode).toBe(200);
    expect((await getAs('unit_reporter', `/api/plans/${planId}/cockpit`)).statusCode).toBe(403);
    expect((await getAs('unit_reporter', `/api/plans/${planId}/cockpit/units/${units['乙局']}`)).statusCode).toBe(403);
    expect((await getAs('otherOffice', `/api/plans/${planId}/cockpit`)).statusCode).toBe(404);
  });

  it('answers bad filters with a clear 400', async () => {
    const quarter = await getAs('leader', `/api/plans/${planId}/cockpit?quarter=5`);
    expect(quarter.statusCode).toBe(400);
    const section = await getAs('leader', `/api/plans/${planId}/cockpit?section=${randomUUID()}`);
    expect(section.statusCode).toBe(400);
    expect(section.json().error.details.fields).toEqual([{ field: 'section', message: 'unknown section' }]);
  });
});
