import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { useSeededApp } from '../../../../test/seeded-demo-app';


describeEachDatabase('indicators', (get) => {
  let rd: { id: string };
  const seeded = useSeededApp(get, '2024-06-01T02:00:00Z');
  const { units } = seeded;

  const as = async (login: string) => {
    const cookie = await seeded.signIn(login);
    return (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => seeded.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };

  it('lists the 20 indicators of the annual table with no data yet, then the overall goals it does not measure', async () => {
    const { indicators } = (await (await as('leader'))('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json();
    expect(indicators.filter((i: { origin: string }) => i.origin === 'table').map((i: { number: number }) => i.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(indicators.slice(20).every((i: { origin: string }) => i.origin === 'goal')).toBe(true);
    rd = indicators.find((i: { number: number }) => i.number === 1);
    expect(rd).toMatchObject({ name: expect.stringContaining('研发投入强度'), targets: { '2023': 1.2, '2024': 1.32, '2025': 1.45 }, status: 'no_data', explanation: '尚未填报实际值。' });
  });

  it('lets the office set the baseline and the providing unit, and only that unit enter values', async () => {
    const office = await as('office');
    const settings = { baselineYear: 2022, baselineValue: 1.1, providerUnitId: units.get('科技和工信局'), tracking: 'yearly', tolerance: null };
    expect((await office('PUT', `/api/indicators/${rd.id}/settings`, settings)).statusCode).toBe(204);
    expect((await (await as('fgj'))('POST', `/api/indicators/${rd.id}/values`, { period: '2023', value: 1.25, source: '统计公报', note: '' })).statusCode).toBe(403);
    const entered = await (await as('kjgx'))('POST', `/api/indicators/${rd.id}/values`, { period: '2023', value: 1.25, source: '2023年统计公报', note: '' });
    expect(entered.json()).toMatchObject({ status: 'submitted', value: 1.25 });
  });

  it('computes the status from the values (provisional until the office accepts), with a forecast', async () => {
    const leader = await as('leader');
    let indicator = (await leader('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json().indicators.find((i: { id: string }) => i.id === rd.id);
    // 2023: 1.25 meets that year's target of 1.2.
    expect(indicator).toMatchObject({ status: 'achieved', provisional: true });
    // 2024: 1.28 against 1.32: 7.9 %/year from the 2022 baseline where 9.5 % was needed → R = 0.82.
    await (await as('kjgx'))('POST', `/api/indicators/${rd.id}/values`, { period: '2024', value: 1.28, source: '2024年统计公报', note: '' });
    indicator = (await leader('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json().indicators.find((i: { id: string }) => i.id === rd.id);
    expect(indicator).toMatchObject({ status: 'needs_acceleration', provisional: true });
    expect(indicator.explanation).toBe('2024年实际1.28%，增速仅为达标所需的82%，需加快推进。');
    expect(indicator.forecastText).toMatch(/^按当前进度，2025年预计1\.\d+%（目标1\.45%）$/);
    const office = await as('office');
    const valueId = indicator.values.find((v: { period: string }) => v.period === '2024').id;
    expect((await office('POST', `/api/indicator-values/${valueId}/review`, { accept: false })).statusCode).toBe(400);
    expect((await office('POST', `/api/indicator-values/${valueId}/review`, { accept: true })).json().status).toBe('accepted');
    indicator = (await leader('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json().indicators.find((i: { id: string }) => i.id === rd.id);
    expect(indicator.provisional).toBe(false);
  });

  it('marks a binding indicator that misses its year’s target', async () => {
    const office = await as('office');
    const { indicators } = (await office('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json();
    const binding = indicators.find((i: { attribute: string }) => i.attribute === 'binding');
    expect(binding).toBeDefined(); // Helan's table has 约束性 rows
    const [year, target] = Object.entries(binding.targets as Record<string, number>)[0]!;
    const miss = binding.direction === 'higher' ? target * 0.5 : target * 2;
    await office('PUT', `/api/indicators/${binding.id}/settings`, { baselineYear: Number(year) - 1, baselineValue: miss, providerUnitId: null, tracking: 'yearly', tolerance: null });
    await office('POST', `/api/indicators/${binding.id}/values`, { period: year, value: miss, source: '测试', note: '' });
    const after = (await office('GET', `/api/plans/${seeded.planId}/indicators?year=${year}`)).json().indicators.find((i: { id: string }) => i.id === binding.id);
    expect(after.status).toBe('binding_target_missed');
  });

  it('judges a quarterly cumulative indicator on its latest quarter, pro-rated to the year', async () => {
    const office = await as('office');
    const { indicators } = (await office('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json();
    const flow = indicators.find((i: { number: number }) => i.number === 2);
    const target2024 = flow.targets['2024'] as number;
    const baselineValue = flow.direction === 'higher' ? target2024 * 0.8 : target2024 * 1.25;
    const settings = { baselineYear: 2022, baselineValue, providerUnitId: null, tracking: 'quarterly_cumulative', tolerance: null };
    expect((await office('PUT', `/api/indicators/${flow.id}/settings`, settings)).statusCode).toBe(204);
    // Half the year's target by the end of Q2 is exactly the pace needed: pro-rated, it is the target.
    await office('POST', `/api/indicators/${flow.id}/values`, { period: '2024Q1', value: target2024 / 8, source: '季报', note: '' });
    await office('POST', `/api/indicators/${flow.id}/values`, { period: '2024Q2', value: target2024 / 2, source: '季报', note: '' });
    const after = (await office('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json().indicators.find((i: { id: string }) => i.id === flow.id);
    expect(after).toMatchObject({ judgedPeriod: '2024Q2', provisional: true });
    expect(after.status).toBe('on_track');
    expect(after.explanation).toContain('2024年前2季度累计');
    expect(after.ratio).toBeCloseTo(1, 6);
  });

  it('returns a value with a reason: it stops counting and the providing unit is told', async () => {
    const kjgx = await as('kjgx');
    const entered = (await kjgx('POST', `/api/indicators/${rd.id}/values`, { period: '2022', value: 9.9, source: '口径有误', note: '' })).json();
    const office = await as('office');
    expect((await office('POST', `/api/indicator-values/${entered.id}/review`, { accept: false, reason: '与统计公报不符，请核实' })).json().status).toBe('returned');
    const indicator = (await office('GET', `/api/plans/${seeded.planId}/indicators?year=2024`)).json().indicators.find((i: { id: string }) => i.id === rd.id);
    expect(indicator.values.find((v: { period: string }) => v.period === '2022')).toMatchObject({ status: 'returned', returnReason: '与统计公报不符，请核实' });
    const { notifications } = (await kjgx('GET', '/api/notifications')).json();
    expect(notifications[0]).toMatchObject({ title: expect.stringContaining('研发投入强度'), body: '2022年数值9.9被退回：与统计公报不符，请核实', link: `/indicators/${rd.id}` });
  });
});
