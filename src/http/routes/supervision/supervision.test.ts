import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { signInAs } from '../../../../test/http';
import { multipartBody } from '../../../../test/multipart';
import { sendNoticeReminders } from '../../../services/supervision/send-notice-reminders';
import { DAY_MINUTES as DAY, DEMO_PASSWORD as PASSWORD, reportTaskLagging, useSeededApp } from './seeded-app';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5dd6cb20000000049454e44ae426082', 'hex');
const NO_CHANNELS = { mailer: null, robots: [] };

interface Lights {
  tasks: Array<{ id: string; light: string; reasons: Array<{ code: string; text: string }> }>;
  units: Array<{ id: string; name: string; light: string; reasons: Array<{ code: string; text: string }> }>;
}

describeEachDatabase('supervision notices: lights, lifecycle and escalation', (get) => {
  // 1 March 2024, 10:00 in Helan: the first quarter is due on 20 March.
  const seeded = useSeededApp(get, '2024-03-01T02:00:00Z');
  const { clock, units, as } = seeded;
  let planId: string;
  let task1: string;
  let app: typeof seeded.app;

  beforeAll(() => {
    ({ planId, app } = seeded);
    task1 = seeded.taskIds.get(1)!;
  });

  const lights = async (): Promise<Lights> => (await (await as('supervisor'))('GET', `/api/plans/${planId}/supervision/lights`)).json();
  const unitLight = (l: Lights, name: string) => l.units.find((u) => u.id === units.get(name))!;
  const taskLight = (l: Lights) => l.tasks.find((t) => t.id === task1)!;
  const notice = (overrides: object = {}) => ({ subjectKind: 'task', subjectId: task1, unitId: units.get('科技和工信局'), basis: '任务1牵头单位报告进度滞后', requirement: '制定赶进度措施并反馈', urgency: 'urgent', dueDate: '2024-03-25', ...overrides });

  it('turns a task red when its lead unit reports it lagging, and units yellow as the deadline nears', async () => {
    const office = await as('office');
    const periodId = (await office('POST', `/api/plans/${planId}/periods`, { key: '2024Q1' })).json().id;
    expect(taskLight(await lights()).light).toBe('green');
    clock.advanceMinutes(17 * DAY); // 18 March: two days left
    expect(unitLight(await lights(), '发改局')).toMatchObject({ light: 'yellow', reasons: [{ code: 'report_due_soon' }] });

    await reportTaskLagging(seeded, periodId);
    const task = taskLight(await lights());
    expect(task.light).toBe('red');
    expect(task.reasons[0]).toEqual({ light: 'red', code: 'task_lagging', text: '牵头单位2024Q1报告任务进度滞后' });
  });

  let noticeId: string;

  it('lets the supervisor and the office issue, and no one else; a clerk gets a clear refusal', async () => {
    expect((await (await as('fgj'))('POST', `/api/plans/${planId}/notices`, notice())).statusCode).toBe(403);
    expect((await (await as('leader'))('POST', `/api/plans/${planId}/notices`, notice())).statusCode).toBe(403);
    const supervisor = await as('supervisor');
    const blank = await supervisor('POST', `/api/plans/${planId}/notices`, notice({ basis: '  ' }));
    expect(blank.statusCode).toBe(400);
    const past = await supervisor('POST', `/api/plans/${planId}/notices`, notice({ dueDate: '2024-03-17' }));
    expect(past.json().error.details.fields).toEqual([{ field: 'dueDate', message: 'in the past' }]);
    const group = await supervisor('POST', `/api/plans/${planId}/notices`, notice({ unitId: units.get('各乡镇(场)') ?? units.get('各乡镇（场）') }));
    expect(group.statusCode).toBe(400);

    const issued = await supervisor('POST', `/api/plans/${planId}/notices`, notice());
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ number: '督办〔2024〕1号', status: 'issued', level: 'blue', daysLeft: 7, unitName: '科技和工信局', subjectLabel: expect.stringMatching(/^任务1：/) });
    noticeId = issued.json().id;
    const second = await (await as('office'))('POST', `/api/plans/${planId}/notices`, notice({ subjectKind: 'unit', subjectId: null, unitId: units.get('发改局'), dueDate: '2024-04-30' }));
    expect(second.json().number).toBe('督办〔2024〕2号');

    const bell = (await (await as('kjgx'))('GET', '/api/notifications')).json().notifications;
    expect(bell.find((n: { kind: string }) => n.kind === 'notice.issued')).toMatchObject({ title: '督办单督办〔2024〕1号', link: `/notices/${noticeId}` });
  });

  it('shows a notice to its unit and the county-wide roles only', async () => {
    expect((await (await as('leader'))('GET', `/api/notices/${noticeId}`)).statusCode).toBe(200);
    expect((await (await as('rsj'))('GET', `/api/notices/${noticeId}`)).statusCode).toBe(403);
    expect((await (await as('rsj'))('POST', `/api/notices/${noticeId}/sign`, { version: 1 })).statusCode).toBe(403);
    expect((await (await as('leader'))('POST', `/api/notices/${noticeId}/sign`, { version: 1 })).statusCode).toBe(403);
    const inbox = (await (await as('kjgx'))('GET', `/api/plans/${planId}/notices?unitId=${units.get('发改局')}`)).json().notices;
    expect(inbox.map((n: { number: string }) => n.number)).toEqual(['督办〔2024〕1号']);
  });

  it('escalates blue → yellow → red with the clock, reminding once a day', async () => {
    const { store } = get();
    clock.advanceMinutes(4 * DAY); // 22 March: three days left
    expect((await (await as('kjgx'))('GET', `/api/notices/${noticeId}`)).json().notice).toMatchObject({ level: 'yellow', daysLeft: 3 });
    expect(await sendNoticeReminders(store, NO_CHANNELS, clock.now())).toMatchObject({ claimed: 1 });
    expect(await sendNoticeReminders(store, NO_CHANNELS, clock.now())).toMatchObject({ claimed: 0 });
    clock.advanceMinutes(4 * DAY); // 26 March: one day overdue
    expect((await (await as('kjgx'))('GET', `/api/notices/${noticeId}`)).json().notice).toMatchObject({ level: 'red', daysLeft: -1 });
    expect(await sendNoticeReminders(store, NO_CHANNELS, clock.now())).toMatchObject({ claimed: 1 });
    const bell = (await (await as('kjgx'))('GET', '/api/notifications')).json().notifications.map((n: { kind: string; body: string }) => [n.kind, n.body]);
    expect(bell).toContainEqual(['reminder.notice_overdue', expect.stringContaining('已超过反馈时限1天')]);
    expect(bell.filter(([kind]: [string]) => kind === 'reminder.notice_due_soon')).toHaveLength(1);
    const unit = unitLight(await lights(), '科技和工信局');
    expect(unit.light).toBe('red');
    expect(unit.reasons.map((r) => r.code)).toContain('notice_overdue');
  });

  it('takes its thresholds from the plan; only the office and supervisor set them', async () => {
    expect((await (await as('kjgx'))('PUT', `/api/plans/${planId}/supervision/settings`, { yellowDaysBefore: 5, redDaysAfter: 3 })).statusCode).toBe(403);
    const office = await as('office');
    expect((await office('PUT', `/api/plans/${planId}/supervision/settings`, { yellowDaysBefore: 5, redDaysAfter: 3 })).json()).toEqual({ yellowDaysBefore: 5, redDaysAfter: 3 });
    expect((await office('GET', `/api/notices/${noticeId}`)).json().notice.level).toBe('yellow');
    await office('PUT', `/api/plans/${planId}/supervision/settings`, { yellowDaysBefore: 3, redDaysAfter: 0 });
    expect((await office('GET', `/api/notices/${noticeId}`)).json().notice.level).toBe('red');
  });

  it('is signed for, answered with evidence, returned, answered again and closed, keeping every step', async () => {
    const kjgx = await as('kjgx');
    expect((await kjgx('POST', `/api/notices/${noticeId}/respond`, { version: 1, text: '已处理' })).json().error.details.reason).toBe('invalid_transition');
    expect((await kjgx('POST', `/api/notices/${noticeId}/sign`, { version: 1 })).json()).toMatchObject({ status: 'signed', version: 2 });
    expect((await kjgx('POST', `/api/notices/${noticeId}/sign`, { version: 1 })).statusCode).toBe(409);
    const file = multipartBody('file', '整改材料.png', PNG);
    const upload = await app.inject({ method: 'POST', url: `/api/notices/${noticeId}/attachments`, headers: { cookie: await signInAs(app, 'kjgx', PASSWORD), 'content-type': file.contentType }, payload: file.body });
    expect(upload.statusCode).toBe(201);
    expect((await kjgx('POST', `/api/notices/${noticeId}/respond`, { version: 2, text: ' ' })).statusCode).toBe(400);
    expect((await kjgx('POST', `/api/notices/${noticeId}/respond`, { version: 2, text: '已协调资金500万元' })).json()).toMatchObject({ status: 'responded', level: null });
    expect((await kjgx('POST', `/api/notices/${noticeId}/close`, { version: 3 })).statusCode).toBe(403);

    const supervisor = await as('supervisor');
    expect((await supervisor('POST', `/api/notices/${noticeId}/return`, { version: 3 })).statusCode).toBe(400);
    expect((await supervisor('POST', `/api/notices/${noticeId}/return`, { version: 3, text: '请补充资金到位凭证' })).json().status).toBe('returned');
    expect((await kjgx('GET', '/api/notifications')).json().notifications).toContainEqual(expect.objectContaining({ kind: 'notice.return', body: '请补充资金到位凭证' }));
    await kjgx('POST', `/api/notices/${noticeId}/respond`, { version: 4, text: '已补充凭证' });
    expect(unitLight(await lights(), '科技和工信局').reasons.map((r) => r.code)).toContain('notice_open');
    expect((await supervisor('POST', `/api/notices/${noticeId}/close`, { version: 5 })).json()).toMatchObject({ status: 'closed', version: 6 });
    expect(unitLight(await lights(), '科技和工信局').reasons.map((r) => r.code)).not.toContain('notice_open');
    expect((await kjgx('POST', `/api/notices/${noticeId}/respond`, { version: 6, text: '再次' })).statusCode).toBe(409);

    const detail = (await (await as('leader'))('GET', `/api/notices/${noticeId}`)).json();
    expect(detail.history.map((h: { action: string; to: string }) => `${h.action}:${h.to}`)).toEqual(['issue:issued', 'sign:signed', 'respond:responded', 'return:returned', 'respond:responded', 'close:closed']);
    expect(detail.history[3]).toMatchObject({ note: '请补充资金到位凭证', by: '督查室' });
    expect(detail.attachments).toEqual([expect.objectContaining({ fileName: '整改材料.png', mediaType: 'image/png' })]);
    const download = await (await as('supervisor'))('GET', `/api/notice-attachments/${detail.attachments[0].id}`);
    expect(download.rawPayload.equals(PNG)).toBe(true);
    expect((await (await as('rsj'))('GET', `/api/notice-attachments/${detail.attachments[0].id}`)).statusCode).toBe(403);

    const audited = await get()
      .database.db.selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', noticeId)
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['supervision.issue', 'supervision.sign', 'supervision.attach', 'supervision.respond', 'supervision.return', 'supervision.respond', 'supervision.close']);
  });
});
