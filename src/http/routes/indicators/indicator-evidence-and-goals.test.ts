import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { clientAs, useSeededApp } from '../../../../test/seeded-demo-app';
import { TINY_PNG } from '../../../../test/evidence-files';


interface IndicatorJson {
  id: string;
  number: number;
  status: string;
  targets: Record<string, number>;
  tableTargets: Record<string, number>;
  values: Array<{ id: string; period: string; evidence: Array<{ id: string; fileName: string }> }>;
  goalLinks: Array<{ year: number; goalValue: number; tableValue: number | null; conflict: boolean; governs: string; chosen: boolean; findingZh: string | null }>;
}

describeEachDatabase('indicator evidence and goal conflicts', (get) => {
  const seeded = useSeededApp(get, '2024-06-01T02:00:00Z');
  const { units } = seeded;

  const as = (login: string) => clientAs(seeded, login);
  const indicator = async (number: number): Promise<IndicatorJson> =>
    (await (await as('leader'))('GET', `/api/plans/${seeded.planId}/indicators?year=2025`)).json().indicators.find((i: IndicatorJson) => i.number === number);

  it('keeps evidence on a value, checked by content, downloadable by readers, until the value is accepted', async () => {
    const office = await as('office');
    const rd = await indicator(1);
    await office('PUT', `/api/indicators/${rd.id}/settings`, { baselineYear: 2022, baselineValue: 1.1, providerUnitId: units.get('科技和工信局'), tracking: 'yearly', tolerance: null });
    const kjgx = await as('kjgx');
    const value = (await kjgx('POST', `/api/indicators/${rd.id}/values`, { period: '2023', value: 1.25, source: '2023年统计公报', note: '' })).json();

    const refused = await kjgx.upload(`/api/indicator-values/${value.id}/evidence`, '公报.pdf', Buffer.from('text pretending to be a PDF'));
    expect(refused.statusCode).toBe(400);
    expect((await (await as('fgj')).upload(`/api/indicator-values/${value.id}/evidence`, '公报.png', TINY_PNG)).statusCode).toBe(403);
    const uploaded = await kjgx.upload(`/api/indicator-values/${value.id}/evidence`, '统计公报截图.png', TINY_PNG);
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ fileName: '统计公报截图.png', mediaType: 'image/png', size: TINY_PNG.length });

    const listed = (await indicator(1)).values.find((v) => v.period === '2023');
    expect(listed?.evidence).toEqual([expect.objectContaining({ fileName: '统计公报截图.png' })]);
    const download = await (await as('leader'))('GET', `/api/indicator-evidence/${uploaded.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(TINY_PNG)).toBe(true);
    expect((await (await as('auditor'))('GET', `/api/indicator-evidence/${uploaded.json().id}`)).statusCode).toBe(403);

    await office('POST', `/api/indicator-values/${value.id}/review`, { accept: true });
    const late = await kjgx.upload(`/api/indicator-values/${value.id}/evidence`, '补充.png', TINY_PNG);
    expect(late.statusCode).toBe(409);
  });

  it('links Helan’s goal of 180 科技型中小企业 to indicator 10 (230 in 2025) and shows the parser’s finding beside it', async () => {
    const smes = await indicator(10);
    expect(smes.goalLinks).toEqual([
      expect.objectContaining({ year: 2025, goalValue: 180, tableValue: 230, conflict: true, governs: 'table', chosen: false, findingZh: expect.stringContaining('180家') }),
    ]);
    expect(smes.targets['2025']).toBe(230);
    // 公民具备科学素质比例: the goal and the table agree (16 %), a link without a conflict.
    expect((await indicator(18)).goalLinks).toEqual([expect.objectContaining({ goalValue: 16, tableValue: 16, conflict: false, findingZh: null })]);
  });

  it('lets only the office choose the governing target; the choice is audited and the status uses it', async () => {
    const smes = await indicator(10);
    const office = await as('office');
    await office('PUT', `/api/indicators/${smes.id}/settings`, { baselineYear: 2022, baselineValue: 150, providerUnitId: null, tracking: 'yearly', tolerance: null });
    await office('POST', `/api/indicators/${smes.id}/values`, { period: '2025', value: 200, source: '统计公报', note: '' });
    // Against the table's 230, 200 is not there yet.
    expect((await indicator(10)).status).not.toBe('achieved');

    expect((await (await as('leader'))('PUT', `/api/indicators/${smes.id}/governing-target`, { year: 2025, governs: 'goal' })).statusCode).toBe(403);
    expect((await office('PUT', `/api/indicators/${smes.id}/governing-target`, { year: 2024, governs: 'goal' })).statusCode).toBe(400);
    const chosen = await office('PUT', `/api/indicators/${smes.id}/governing-target`, { year: 2025, governs: 'goal' });
    expect(chosen.json()).toEqual({ year: 2025, governs: 'goal', target: 180 });

    const after = await indicator(10);
    expect(after).toMatchObject({ status: 'achieved', targets: { '2025': 180 }, tableTargets: { '2025': 230 } });
    expect(after.goalLinks[0]).toMatchObject({ governs: 'goal', chosen: true });
    const audit = await get().database.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'indicator.target_choice').execute();
    expect(audit).toEqual([{ action: 'indicator.target_choice', details: expect.objectContaining({ year: 2025, before: null, after: 'goal', goalValue: 180, tableValue: 230 }) }]);
  });
});
