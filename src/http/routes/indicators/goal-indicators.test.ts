import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import { clientAs, useSeededApp } from '../../../../test/seeded-demo-app';

interface IndicatorJson {
  id: string;
  number: number;
  name: string;
  origin: 'table' | 'goal';
  kind: string;
  unit: string | null;
  targets: Record<string, number>;
  goal: { text: string; theme: string | null; targets: Record<string, number> } | null;
  status: string;
  explanation: string;
  forecastText: string | null;
  values: Array<{ id: string; period: string; value: number; status: string }>;
}

/** Helan revised: the table gains 林木绿化率 as indicator 21, one goal changes, one is dropped. */
function revisedHelan(): Buffer {
  const text = readPlanFixture(HELAN_FIXTURE).toString('utf8');
  const revised = text
    .replace('0.46\n\n约束性\n', '0.46\n\n约束性\n\n21\n\n林木绿化率(%)\n\n36\n\n37\n\n38\n\n预期性\n')
    .replace('有效发明专利累计授权量达到360件', '有效发明专利累计授权量达到400件')
    .replace(',可再生资源利用率提高到50%', '');
  expect(revised.length).toBeGreaterThan(text.length); // every replacement found its text
  return Buffer.from(revised);
}

describeEachDatabase('overall goals in the indicator registry', (get) => {
  const seeded = useSeededApp(get, '2025-01-15T02:00:00Z');
  const { units } = seeded;

  const as = (login: string) => clientAs(seeded, login);
  const list = async (year = 2024): Promise<IndicatorJson[]> => (await (await as('leader'))('GET', `/api/plans/${seeded.planId}/indicators?year=${year}`)).json().indicators;
  const byName = async (name: string) => (await list()).find((i) => i.name === name)!;

  it('gives each of Helan’s 19 goals outside the annual table an entry, numbered 21–39 after the table', async () => {
    const goals = (await list()).filter((i) => i.origin === 'goal');
    expect(goals.map((g) => g.number)).toEqual(Array.from({ length: 19 }, (_, i) => 21 + i));
    expect(goals[0]).toMatchObject({ number: 21, name: '国家高新技术企业', kind: 'level', unit: '家', targets: { '2025': 40 }, status: 'no_data' });
    expect(goals[0]!.goal).toMatchObject({ text: '力争培育国家高新技术企业40家以上', theme: '县域创新能力水平实现新跃升' });
    expect(goals.find((g) => g.name === '地区生产总值增速')).toMatchObject({ kind: 'annual_growth', unit: '%', targets: { '2023': 7, '2024': 7, '2025': 7 }, explanation: '尚未填报增速。' });
    // No annual-table target to choose against.
    expect((await (await as('office'))('PUT', `/api/indicators/${goals[0]!.id}/governing-target`, { year: 2025, governs: 'goal' })).statusCode).toBe(400);
    expect(goals.find((g) => g.kind === 'relative_change')).toMatchObject({
      name: '万元GDP综合能耗',
      unit: '吨标准煤/万元',
      targets: {},
      explanation: '目标为较基期下降15%，需先录入基期值（年份和数值）才能计算目标值和进度。',
    });
  });

  it('judges a growth goal’s yearly rate against its target rate, entered by the providing unit', async () => {
    const office = await as('office');
    const growth = await byName('规模以上工业增加值增速');
    const settings = { baselineYear: null, baselineValue: null, providerUnitId: units.get('科技和工信局'), tracking: 'yearly', tolerance: null };
    // A quarter's growth rate is the year-to-date rate: never a cumulative flow to pro-rate.
    const cumulative = await office('PUT', `/api/indicators/${growth.id}/settings`, { ...settings, tracking: 'quarterly_cumulative' });
    expect([cumulative.statusCode, cumulative.json().error.details.fields[0].field]).toEqual([400, 'tracking']);
    expect((await office('PUT', `/api/indicators/${growth.id}/settings`, settings)).statusCode).toBe(204);
    const kjgx = await as('kjgx');
    expect((await kjgx('POST', `/api/indicators/${growth.id}/values`, { period: '2023', value: 6.5, source: '2023年统计公报', note: '' })).statusCode).toBe(200);
    await kjgx('POST', `/api/indicators/${growth.id}/values`, { period: '2024', value: 5.2, source: '2024年统计公报', note: '' });
    expect(await byName('规模以上工业增加值增速')).toMatchObject({
      status: 'needs_acceleration',
      explanation: '2024年增长5.2%，低于年均增长6%以上的目标，需加快推进。',
      forecastText: '按当前进度，2023—2024年年均增长5.85%（目标年均增长6%以上）',
    });
  });

  it('works out a relative change’s target level once the office enters the baseline', async () => {
    const office = await as('office');
    const energy = (await list()).find((i) => i.kind === 'relative_change')!;
    await office('PUT', `/api/indicators/${energy.id}/settings`, { baselineYear: 2020, baselineValue: 0.6, providerUnitId: null, tracking: 'yearly', tolerance: null });
    await office('POST', `/api/indicators/${energy.id}/values`, { period: '2024', value: 0.5, source: '能源统计', note: '' });
    expect((await list()).find((i) => i.id === energy.id)).toMatchObject({
      targets: { '2025': 0.51 },
      status: 'achieved',
      explanation: '2024年实际0.5吨标准煤/万元，已达到2025年目标0.51吨标准煤/万元（较2020年下降15%）。',
    });
  });

  it('round-trips goal rows through the .xlsx template, and refuses a row whose name no longer matches its number', async () => {
    const office = await as('office');
    const exported = await office('GET', `/api/plans/${seeded.planId}/indicators/xlsx?year=2024`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('指标填报')!;
    const rowOf = (name: string) => [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === name)!;
    const revenue = rowOf('一般公共预算收入增速');
    expect([revenue.getCell(3).value, revenue.getCell(4).value, revenue.getCell(7).value]).toEqual(['%', '总体目标', 3]);
    revenue.getCell(12).value = 2.9;
    revenue.getCell(13).value = '2024年财政决算';
    rowOf('林木绿化率').getCell(12).value = 36.5;
    const imported = await office.upload(`/api/plans/${seeded.planId}/indicators/import`, '指标填报.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(imported.json()).toEqual({ entered: 2, unchanged: 0 });
    expect(await byName('一般公共预算收入增速')).toMatchObject({ status: 'needs_acceleration', explanation: '2024年增长2.9%，低于年均增长3%的目标，需加快推进。', values: [expect.objectContaining({ value: 2.9, status: 'submitted' })] });

    revenue.getCell(1).value = 22; // a stale template: 22 is another goal
    const refused = await office.upload(`/api/plans/${seeded.planId}/indicators/import`, '指标填报.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(refused.json().error.details.problems).toEqual([
      { row: revenue.number, column: 'B', message: '指标名称“一般公共预算收入增速”与序号22的指标“农业高新技术企业”不一致，请重新下载模板' },
    ]);
  });

  it('keeps goal entries across a revised document: updated in place, moved when the table grows, retired when dropped', async () => {
    const office = await as('office');
    const before = await list();
    const hightech = before.find((i) => i.name === '国家高新技术企业')!;
    await office('POST', `/api/indicators/${hightech.id}/values`, { period: '2024', value: 33, source: '科技厅认定名单', note: '' });
    const patents = before.find((i) => i.name === '有效发明专利累计授权量')!;
    const renewable = before.find((i) => i.name === '可再生资源利用率')!;
    await office('POST', `/api/indicators/${renewable.id}/values`, { period: '2024', value: 45, source: '能源统计', note: '' });

    const preview = (await office.upload(`/api/plans/imports?planId=${seeded.planId}`, 'revised.txt', revisedHelan())).json();
    expect((await office('POST', `/api/plans/imports/${preview.importId}/confirm`, {})).statusCode).toBe(200);

    const after = await list();
    // The table keeps its numbers and rows; it gained 21, which 国家高新技术企业 held: that goal moved after every number in use.
    expect(after.filter((i) => i.number <= 20).map((i) => i.id)).toEqual(before.filter((i) => i.number <= 20).map((i) => i.id));
    expect(after.find((i) => i.number === 21)).toMatchObject({ origin: 'table', name: '林木绿化率' });
    expect(after.find((i) => i.id === hightech.id)).toMatchObject({ number: 40, origin: 'goal', values: [expect.objectContaining({ period: '2024', value: 33 })] });
    expect(after.find((i) => i.id === patents.id)).toMatchObject({ number: patents.number, targets: { '2025': 400 } });
    // Dropped, and the goal 林木绿化率 is now the table's: retired, not deleted (the value stays, unlisted).
    expect(after.find((i) => i.id === renewable.id)).toBeUndefined();
    expect(after.filter((i) => i.origin === 'goal' && i.name === '林木绿化率')).toEqual([]);
    expect(after.filter((i) => i.origin === 'goal')).toHaveLength(17);
    const kept = await get().database.db.selectFrom('indicator_values').select(['value']).where('indicator_id', '=', renewable.id).execute();
    expect(kept).toEqual([{ value: 45 }]);

    // The original document again: the retired goals come back with their numbers and values.
    const original = (await office.upload(`/api/plans/imports?planId=${seeded.planId}`, HELAN_FIXTURE, readPlanFixture(HELAN_FIXTURE))).json();
    await office('POST', `/api/plans/imports/${original.importId}/confirm`, {});
    const restored = await list();
    expect(restored.find((i) => i.id === renewable.id)).toMatchObject({ number: renewable.number, values: [expect.objectContaining({ value: 45 })] });
    expect(restored.filter((i) => i.origin === 'table')).toHaveLength(20);
  });
});
