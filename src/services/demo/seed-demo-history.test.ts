import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../test/fixtures/plans/read-plan-fixture';
import { getCockpit } from '../cockpit/get-cockpit';
import { actorOf } from '../authorize';
import { seedDemo } from './seed-demo';
import { seedDemoHistory } from './seed-demo-history';

describeEachDatabase('demo history', (get) => {
  const now = new Date('2026-11-26T02:00:00Z');

  it('gives the Helan plan 2023–2024: eight closed quarters of reports, late and missing units, reviewed actuals', async () => {
    const { store, database } = get();
    await seedDemo(store, { password: 'Demo#Luoshi2025', plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now });
    const history = await seedDemoHistory(store, { now });
    // 2023 and 2024 actuals for the 20 table indicators and the 19 overall goals outside the table.
    expect(history).toMatchObject({ periods: 8, indicatorValues: 78 });
    const periods = await database.db.selectFrom('reporting_periods').select(['key', 'status']).orderBy('key').execute();
    expect(periods.map((p) => p.key)).toEqual(['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4']);
    expect(periods.every((p) => p.status === 'closed')).toBe(true);
    const reports = await database.db.selectFrom('reports').select(['status', 'progress', 'first_submitted_at']).execute();
    expect(reports).toHaveLength(history!.reports);
    expect(history!.reports).toBeLessThan(history!.obligations);
    // Progress texts run to a realistic length of Chinese prose.
    const lengths = reports.map((r) => r.progress.length).sort((a, b) => a - b);
    expect(lengths[Math.floor(lengths.length / 2)]).toBeGreaterThan(80);
    expect(reports.some((r) => r.status === 'draft')).toBe(true);

    // The cockpit comes alive: some units late, some missing, indicators with a status.
    const leader = actorOf((await store.repos.users.findByLogin('leader'))!);
    const planId = (await database.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
    const cockpit = await getCockpit(store, leader, planId, { year: null, quarter: null, sectionId: null, unitKind: null }, now);
    expect(cockpit.period?.key).toBe('2024Q4');
    expect(cockpit.headline.reporting.reportingRate).toBeGreaterThan(0.6);
    expect(cockpit.headline.reporting.reportingRate).toBeLessThan(1);
    expect(cockpit.overdue.length).toBeGreaterThan(0);
    expect(cockpit.units.departments.some((u) => u.late > 0)).toBe(true);
    expect(cockpit.headline.indicators.byStatus.no_data).toBeLessThan(20);

    // The goals outside the table have a status too: growth rates judged against their target rate.
    const { listIndicators } = await import('../indicators/list-indicators');
    const goals = (await listIndicators(store, leader, planId, 2024)).filter((i) => i.origin === 'goal');
    expect(goals).toHaveLength(19);
    expect(goals.filter((g) => g.status === 'no_data')).toEqual([]);
    expect(goals.find((g) => g.name === '地区生产总值增速')?.explanation).toMatch(/^2024年增长\d+(\.\d)?%，.+年均增长7%左右的目标/);
  }, 120_000); // two years of a county written through the services: a heavy test by design

  it('is written once: a second start leaves the history as it is', async () => {
    const { store, database } = get();
    const count = async () => Number((await database.db.selectFrom('reports').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    expect(await seedDemoHistory(store, { now })).toBeNull();
    expect(await count()).toBe(before);
  });
});
