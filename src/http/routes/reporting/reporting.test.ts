import type { FastifyInstance } from 'fastify';
import { beforeAll, afterAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildUser } from '../../../../test/factories';
import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import { buildTestApp, createClock, signInAs } from '../../../../test/http';
import { multipartBody } from '../../../../test/multipart';
import { seedDemo } from '../../../services/demo/seed-demo';

// The smallest valid PNG (1×1), to attach as evidence.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5dd6cb20000000049454e44ae426082', 'hex');
const PASSWORD = 'Demo#Luoshi2025';

describeEachDatabase('the quarterly reporting cycle', (get) => {
  let app: FastifyInstance;
  const clock = createClock('2024-03-01T02:00:00Z');
  let planId: string;
  let periodId: string;
  let task1: string;
  const units = new Map<string, string>();

  beforeAll(async () => {
    const { store, database } = get();
    await seedDemo(store, { password: PASSWORD, plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: clock.now() });
    app = await buildTestApp(store, { clock: clock.now, loginRateLimitPerMinute: 10_000 });
    for (const u of await database.db.selectFrom('units').select(['id', 'name']).execute()) units.set(u.name, u.id);
    // 发改局 gets a head, so its reports need approval before they reach the office.
    await buildUser(store, { login: 'fgj_head', password: PASSWORD, region_id: (await database.db.selectFrom('regions').select('id').executeTakeFirstOrThrow()).id, unit_id: units.get('发改局')!, roles: ['unit_head'] });
    planId = (await database.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    task1 = (await database.db.selectFrom('plan_tasks').select('id').where('number', '=', 1).executeTakeFirstOrThrow()).id;
  });
  afterAll(() => app.close());

  /** Signs in afresh each time: the test clock jumps days, past the idle timeout. */
  const as = async (login: string) => {
    const cookie = await signInAs(app, login, PASSWORD);
    return (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  const content = (text: string) => ({ progress: text, problems: '无', nextSteps: '继续推进', taskStatus: null, targetProgress: [] });

  it('lets the office open the quarter, due on 20 March Beijing time', async () => {
    const office = await as('office');
    const opened = await office('POST', `/api/plans/${planId}/periods`, { key: '2024Q1' });
    expect(opened.statusCode).toBe(201);
    periodId = opened.json().id;
    const { periods, rule } = (await office('GET', `/api/plans/${planId}/periods`)).json();
    expect(rule).toMatchObject({ cadence: 'quarterly', dueDay: 20, dueMonth: 'last', timeZone: 'Asia/Shanghai' });
    expect(periods.find((p: { key: string }) => p.key === '2024Q1')).toMatchObject({ status: 'open', dueDate: '2024-03-20' });
    expect((await (await as('fgj'))('POST', `/api/plans/${planId}/periods`, { key: '2024Q2' })).statusCode).toBe(403);
  });

  it("lists a unit's obligations with the days left to the deadline", async () => {
    const { obligations } = (await (await as('fgj'))('GET', '/api/me/obligations')).json();
    const first = obligations.find((o: { taskId: string }) => o.taskId === task1);
    expect(first).toMatchObject({ periodKey: '2024Q1', kind: 'unit', status: 'not_started', daysLeft: 19, dueDate: '2024-03-20' });
    // The lead unit owes the consolidated report of task 1.
    const lead = (await (await as('kjgx'))('GET', '/api/me/obligations')).json().obligations;
    expect(lead.some((o: { taskId: string; kind: string }) => o.taskId === task1 && o.kind === 'consolidated')).toBe(true);
  });

  let reportId: string;

  it('saves drafts with optimistic locking: a stale save gets 409 with the current version', async () => {
    const fgj = await as('fgj');
    const report = (await fgj('POST', '/api/reports', { periodId, taskId: task1, kind: 'unit' })).json();
    reportId = report.id;
    expect(report).toMatchObject({ status: 'draft', version: 1 });
    // A report names what it is about, so a client need not join the plan and the units.
    expect(report).toMatchObject({ planId, taskNumber: 1, unitName: '发改局', dueDate: '2024-03-20', daysLeft: 19 });
    expect(report.taskTitle.length).toBeGreaterThan(0);
    const saved = await fgj('PUT', `/api/reports/${reportId}`, { version: 1, ...content('<p>完成项目申报</p><p>两项</p>') });
    expect(saved.json()).toMatchObject({ version: 2, progress: '完成项目申报\n两项' });
    const tooLong = await fgj('PUT', `/api/reports/${reportId}`, { version: 2, ...content('字'.repeat(20_001)) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.details.fields).toEqual([{ field: 'progress', message: 'at most 20000 characters' }]);
    const stale = await fgj('PUT', `/api/reports/${reportId}`, { version: 1, ...content('旧版本') });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ reason: 'stale_version', currentVersion: 2 });
  });

  it('accepts evidence by content and refuses a file that only pretends by its name', async () => {
    const fgj = await as('fgj');
    const good = multipartBody('file', '现场照片.png', PNG);
    const upload = await app.inject({ method: 'POST', url: `/api/reports/${reportId}/attachments`, headers: { cookie: (await signInAs(app, 'fgj', PASSWORD)), 'content-type': good.contentType }, payload: good.body });
    expect(upload.statusCode).toBe(201);
    expect(upload.json()).toMatchObject({ fileName: '现场照片.png', mediaType: 'image/png' });
    const fake = multipartBody('file', '报告.pdf', Buffer.from('just text, not a PDF'));
    const refused = await app.inject({ method: 'POST', url: `/api/reports/${reportId}/attachments`, headers: { cookie: (await signInAs(app, 'fgj', PASSWORD)), 'content-type': fake.contentType }, payload: fake.body });
    expect(refused.statusCode).toBe(400);
    const download = await fgj('GET', `/api/attachments/${upload.json().id}`);
    expect(download.rawPayload.equals(PNG)).toBe(true);
  });

  it('removes evidence from a draft, for its own unit only, and audits it', async () => {
    const body = multipartBody('file', '多余的照片.png', PNG);
    const extra = await app.inject({ method: 'POST', url: `/api/reports/${reportId}/attachments`, headers: { cookie: await signInAs(app, 'fgj', PASSWORD), 'content-type': body.contentType }, payload: body.body });
    const extraId = extra.json().id;
    expect((await (await as('rsj'))('DELETE', `/api/attachments/${extraId}`)).statusCode).toBe(403);
    expect((await (await as('fgj'))('DELETE', `/api/attachments/${extraId}`)).statusCode).toBe(204);
    const { attachments } = (await (await as('fgj'))('GET', `/api/reports/${reportId}`)).json();
    expect(attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['现场照片.png']);
    expect((await (await as('fgj'))('DELETE', `/api/attachments/${extraId}`)).statusCode).toBe(404);
    const audit = await get().database.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'report.detach').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ attachmentId: extraId, fileName: '多余的照片.png' });
  });

  it('goes to the unit head first, then to the office; the office returns it with a reason', async () => {
    clock.advanceMinutes(9 * 24 * 60); // 10 March
    const submitted = await (await as('fgj'))('POST', `/api/reports/${reportId}/submit`, { version: 2 });
    expect(submitted.json().status).toBe('awaiting_approval');
    expect((await (await as('fgj'))('POST', `/api/reports/${reportId}/approve`, { version: 3 })).statusCode).toBe(403);
    const approved = await (await as('fgj_head'))('POST', `/api/reports/${reportId}/approve`, { version: 3 });
    expect(approved.json()).toMatchObject({ status: 'submitted', timeliness: { status: 'on_time' } });

    const office = await as('office');
    expect((await office('GET', `/api/plans/${planId}/review-queue`)).json().reports.map((r: { id: string }) => r.id)).toContain(reportId);
    expect((await office('POST', `/api/reports/${reportId}/return`, { version: 4 })).statusCode).toBe(400);
    const returned = await office('POST', `/api/reports/${reportId}/return`, { version: 4, reason: '请补充项目进度数据' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnReason: '请补充项目进度数据' });
    const bell = (await (await as('fgj'))('GET', '/api/notifications')).json().notifications;
    expect(bell.find((n: { kind: string }) => n.kind === 'report.returned')).toMatchObject({ body: '请补充项目进度数据', link: `/reports/${reportId}` });
  });

  it('marks all of an account’s notifications read at once, and nobody else’s', async () => {
    const fgj = await as('fgj');
    const unread = (await fgj('GET', '/api/notifications')).json().notifications.filter((n: { readAt: string | null }) => n.readAt === null);
    expect(unread.length).toBeGreaterThanOrEqual(2);
    const headUnreadBefore = (await (await as('fgj_head'))('GET', '/api/notifications')).json().notifications.filter((n: { readAt: string | null }) => n.readAt === null).length;
    expect((await fgj('POST', '/api/notifications/read-all')).json()).toEqual({ marked: unread.length });
    expect((await fgj('GET', '/api/notifications')).json().notifications.every((n: { readAt: string | null }) => n.readAt !== null)).toBe(true);
    expect((await (await as('fgj_head'))('GET', '/api/notifications')).json().notifications.filter((n: { readAt: string | null }) => n.readAt === null)).toHaveLength(headUnreadBefore);
  });

  it('is resubmitted and accepted; every submitted version is kept for comparison', async () => {
    clock.advanceMinutes(2 * 24 * 60);
    const fgj = await as('fgj');
    await fgj('PUT', `/api/reports/${reportId}`, { version: 5, ...content('完成项目申报两项，入库项目12个') });
    await fgj('POST', `/api/reports/${reportId}/submit`, { version: 6 });
    await (await as('fgj_head'))('POST', `/api/reports/${reportId}/approve`, { version: 7 });
    const accepted = await (await as('office'))('POST', `/api/reports/${reportId}/accept`, { version: 8 });
    expect(accepted.json().status).toBe('accepted');
    const detail = (await fgj('GET', `/api/reports/${reportId}`)).json();
    expect(detail.versions.map((v: { number: number; content: { progress: string } }) => [v.number, v.content.progress])).toEqual([
      [1, '完成项目申报\n两项'],
      [2, '完成项目申报两项，入库项目12个'],
    ]);
    // The unit head's approval sent each version to the office: it names the head.
    expect(detail.versions.map((v: { submittedByName: string }) => v.submittedByName)).toEqual(['测试用户 fgj_head', '测试用户 fgj_head']);
    expect(detail.attachments).toHaveLength(1);
    expect((await fgj('PUT', `/api/reports/${reportId}`, { version: 9, ...content('改') })).statusCode).toBe(409);
    const attachmentId = detail.attachments[0].id;
    const refused = await fgj('DELETE', `/api/attachments/${attachmentId}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.reason).toBe('not_editable');
  });

  it("shows the lead unit every responsible unit's report, and no other unit", async () => {
    const view = (await (await as('kjgx'))('GET', `/api/periods/${periodId}/tasks/${task1}/reports`)).json();
    expect(view.reports.map((r: { id: string }) => r.id)).toContain(reportId);
    expect(view.reports.find((r: { id: string }) => r.id === reportId)).toMatchObject({ unitName: '发改局', taskNumber: 1 });
    // Units that owe a report and have not started it are listed too, with their timeliness.
    const notStarted = view.notStarted.map((u: { unitName: string; kind: string }) => `${u.unitName}/${u.kind}`);
    expect(notStarted).toContain('人社局/unit');
    expect(notStarted).toContain('科技和工信局/consolidated');
    expect(notStarted).not.toContain('发改局/unit');
    expect(view.notStarted.find((u: { unitName: string }) => u.unitName === '人社局').timeliness).toEqual({ status: 'not_due' });
    // A responsible unit sees only itself among them.
    const own = (await (await as('rsj'))('GET', `/api/periods/${periodId}/tasks/${task1}/reports`)).json();
    expect(own.reports).toEqual([]);
    expect(own.notStarted.map((u: { unitName: string }) => u.unitName)).toEqual(['人社局']);
    expect((await (await as('rsj'))('GET', `/api/reports/${reportId}`)).statusCode).toBe(403);
  });

  it('lets the lead unit consolidate, setting the task status', async () => {
    const kjgx = await as('kjgx');
    const report = (await kjgx('POST', '/api/reports', { periodId, taskId: task1, kind: 'consolidated' })).json();
    expect((await kjgx('POST', `/api/reports/${report.id}/submit`, { version: 1 })).statusCode).toBe(400);
    const saved = (await kjgx('PUT', `/api/reports/${report.id}`, { version: 1, ...content('各单位均按计划推进'), taskStatus: 'on_track' })).json();
    const submitted = await kjgx('POST', `/api/reports/${report.id}/submit`, { version: saved.version });
    expect(submitted.json()).toMatchObject({ status: 'submitted', taskStatus: 'on_track' });
  });

  it('counts on time, late by N days and missing, with the reporting and timely rates', async () => {
    clock.advanceMinutes(10 * 24 * 60); // 22 March, two days past the deadline
    const rsj = await as('rsj');
    const late = (await rsj('POST', '/api/reports', { periodId, taskId: task1, kind: 'unit' })).json();
    const saved = (await rsj('PUT', `/api/reports/${late.id}`, { version: 1, ...content('已完成') })).json();
    expect((await rsj('POST', `/api/reports/${late.id}/submit`, { version: saved.version })).json().timeliness).toEqual({ status: 'late', daysLate: 2 });

    const summary = (await (await as('leader'))('GET', `/api/periods/${periodId}/timeliness`)).json();
    const ofTask1 = summary.obligations.filter((o: { taskId: string }) => o.taskId === task1);
    const byUnit = (name: string, kind = 'unit') => ofTask1.find((o: { unitId: string; kind: string }) => o.unitId === units.get(name) && o.kind === kind).timeliness;
    expect(byUnit('发改局')).toEqual({ status: 'on_time' });
    expect(byUnit('科技和工信局', 'consolidated')).toEqual({ status: 'on_time' });
    expect(byUnit('人社局')).toEqual({ status: 'late', daysLate: 2 });
    expect(byUnit('卫健局')).toEqual({ status: 'missing', daysOverdue: 2 });
    expect(ofTask1[0]).toMatchObject({ taskNumber: 1 });
    const { expected, received, onTime } = summary.rates;
    expect(received).toBe(3);
    expect(onTime).toBe(2);
    expect(summary.rates.reportingRate).toBeCloseTo(3 / expected);
    expect((await (await as('fgj'))('GET', `/api/periods/${periodId}/timeliness`)).statusCode).toBe(403);
  });

  it('locks a closed period except for a unit granted an exception', async () => {
    const office = await as('office');
    expect((await office('POST', `/api/periods/${periodId}/close`)).statusCode).toBe(204);
    const wjj = await as('wjj');
    const closed = await wjj('POST', '/api/reports', { periodId, taskId: task1, kind: 'unit' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.details.reason).toBe('period_closed');
    const exceptionOf = async (login: string) =>
      (await (await as(login))('GET', `/api/plans/${planId}/periods`)).json().periods.find((p: { key: string }) => p.key === '2024Q1').hasException;
    expect(await exceptionOf('wjj')).toBe(false);
    await office('POST', `/api/periods/${periodId}/exceptions`, { unitId: units.get('卫健局'), reason: '系统故障补报' });
    expect((await wjj('POST', '/api/reports', { periodId, taskId: task1, kind: 'unit' })).statusCode).toBe(200);
    // The unit learns it holds the exception; others and the office do not.
    expect(await exceptionOf('wjj')).toBe(true);
    expect(await exceptionOf('fgj')).toBe(false);
    expect(await exceptionOf('office')).toBe(false);
  });

  it('refuses a report for a task the unit has nothing to do with', async () => {
    const other = (await get().database.db.selectFrom('plan_tasks').select('id').where('number', '=', 22).executeTakeFirstOrThrow()).id;
    await (await as('office'))('POST', `/api/plans/${planId}/periods`, { key: '2024Q2' });
    const period2 = (await get().database.db.selectFrom('reporting_periods').select('id').where('key', '=', '2024Q2').executeTakeFirstOrThrow()).id;
    expect((await (await as('wjj'))('POST', '/api/reports', { periodId: period2, taskId: other, kind: 'unit' })).statusCode).toBe(404);
  });
});
