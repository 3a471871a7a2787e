import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { DAY_MINUTES, reportTaskLagging, useSeededApp } from '../supervision/seeded-app';

describeEachDatabase('quarterly work meetings: decisions followed to closure', (get) => {
  const seeded = useSeededApp(get, '2024-03-10T02:00:00Z');
  let meetingId: string;

  it('draws the agenda from the red and yellow items of the day (重点难点)', async () => {
    const office = await seeded.as('office');
    const periodId = (await office('POST', `/api/plans/${seeded.planId}/periods`, { key: '2024Q1' })).json().id;
    await reportTaskLagging(seeded, periodId);
    const body = { title: '2024年第一季度创新型县建设工作调度会', heldOn: '2024-03-12', attendees: ['县政府县长', '科技和工信局局长'] };
    expect((await (await seeded.as('kjgx'))('POST', `/api/plans/${seeded.planId}/meetings`, body)).statusCode).toBe(403);
    const created = await office('POST', `/api/plans/${seeded.planId}/meetings`, body);
    expect(created.statusCode).toBe(201);
    meetingId = created.json().id;
    expect(created.json().agenda[0]).toEqual({ kind: 'task', id: seeded.taskIds.get(1), label: expect.stringMatching(/^任务1：/), light: 'red', reasons: ['牵头单位2024Q1报告任务进度滞后'] });
  });

  it('records minutes; leaders read the meeting, units do not', async () => {
    const office = await seeded.as('office');
    const saved = await office('PUT', `/api/meetings/${meetingId}`, { title: '2024年第一季度创新型县建设工作调度会', heldOn: '2024-03-12', attendees: ['县政府县长'], minutes: '会议听取了各单位汇报，研究了任务1资金问题。' });
    expect(saved.json()).toMatchObject({ attendees: ['县政府县长'], minutes: expect.stringContaining('资金问题') });
    expect((await (await seeded.as('leader'))('GET', `/api/meetings/${meetingId}`)).statusCode).toBe(200);
    expect((await (await seeded.as('kjgx'))('GET', `/api/meetings/${meetingId}`)).statusCode).toBe(403);
  });

  it('makes a decision a notice to the owning unit, followed until it is closed', async () => {
    const office = await seeded.as('office');
    const unitId = seeded.units.get('科技和工信局');
    const decided = await office('POST', `/api/meetings/${meetingId}/decisions`, { text: '3月底前落实任务1配套资金', unitId, dueDate: '2024-03-29' });
    expect(decided.statusCode).toBe(201);
    const notice = decided.json().notice;
    expect(notice).toMatchObject({ subjectKind: 'decision', decisionId: decided.json().id, unitId, status: 'issued', dueDate: '2024-03-29', basis: '2024年第一季度创新型县建设工作调度会（2024-03-12）议定：3月底前落实任务1配套资金' });
    expect(notice.subjectLabel).toBe('会议决定：3月底前落实任务1配套资金');

    const kjgx = await seeded.as('kjgx');
    expect((await kjgx('GET', `/api/plans/${seeded.planId}/notices`)).json().notices.map((n: { id: string }) => n.id)).toContain(notice.id);
    seeded.clock.advanceMinutes(5 * DAY_MINUTES);
    const later = await seeded.as('office');
    await (await seeded.as('kjgx'))('POST', `/api/notices/${notice.id}/sign`, { version: 1 });
    await (await seeded.as('kjgx'))('POST', `/api/notices/${notice.id}/respond`, { version: 2, text: '配套资金300万元已拨付' });
    const following = (await later('GET', `/api/meetings/${meetingId}`)).json().decisions[0];
    expect(following.notice).toMatchObject({ status: 'responded', response: '配套资金300万元已拨付' });
    await later('POST', `/api/notices/${notice.id}/close`, { version: 3 });
    const closed = (await (await seeded.as('leader'))('GET', `/api/meetings/${meetingId}`)).json().decisions[0];
    expect(closed).toMatchObject({ text: '3月底前落实任务1配套资金', unitName: '科技和工信局', notice: { status: 'closed', closedAt: expect.any(String) } });
    const audited = await get().database.db.selectFrom('audit_log').select('action').where('object_id', '=', meetingId).orderBy('id').execute();
    expect(audited.map((a) => a.action)).toEqual(['meeting.create', 'meeting.update', 'meeting.decide']);
  });

  it('refuses a decision without an owning unit of the county, saving nothing', async () => {
    const office = await seeded.as('office');
    const bad = await office('POST', `/api/meetings/${meetingId}/decisions`, { text: '某事项', unitId: seeded.units.get('各乡镇(场)') ?? seeded.units.get('各乡镇（场）'), dueDate: '2024-04-30' });
    expect(bad.statusCode).toBe(400);
    expect((await office('GET', `/api/meetings/${meetingId}`)).json().decisions).toHaveLength(1);
  });
});
