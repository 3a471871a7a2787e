import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { actorOf } from '../../src/services/authorize';
import { verifyPassword } from '../../src/services/auth/password-hash';
import { listMyObligations } from '../../src/services/reporting/list-my-obligations';
import { getUnitWorkspace } from '../../src/services/units/get-unit-workspace';
import { generateData } from './generate';

describeEachDatabase('synthetic data through the real services', (get) => {
  it('fills the database with counties, accounts, imported plans and three years of reports', async () => {
    const { store, database } = get();
    const asOf = new Date('2025-12-01T01:00:00Z');
    const data = await generateData(database, { counties: 2, seed: 'load', startYear: 2023, password: 'Bench#Luoshi2025', now: asOf, asOf });

    expect(data.totals.counties).toBe(2);
    const count = async (table: 'regions' | 'units' | 'users' | 'plans' | 'plan_tasks' | 'task_units' | 'reports' | 'report_versions' | 'indicator_values' | 'supervision_notices') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    expect(await count('regions')).toBe(2);
    expect(await count('plans')).toBe(2);
    expect(await count('units')).toBe(data.totals.units);
    expect(await count('users')).toBe(data.totals.accounts);
    expect(await count('plan_tasks')).toBe(data.totals.tasks);
    expect(await count('task_units')).toBe(data.totals.taskUnits);
    expect(await count('reports')).toBe(data.history.reports);
    expect(await count('report_versions')).toBe(data.history.versions);
    expect(await count('indicator_values')).toBe(data.history.indicatorValues);
    expect(data.history.indicatorValues).toBe(3 * data.totals.indicators);
    // Twelve quarters, the last one open; some obligations were never reported.
    expect(data.history.periods).toBe(24);
    expect(data.history.reports).toBeLessThan(data.history.obligations);
    // Five notices a county through the supervision services, two of them closed.
    expect(data.history.notices).toEqual({ notices: 5 * data.totals.counties, closed: 2 * data.totals.counties });
    expect(await count('supervision_notices')).toBe(data.history.notices.notices);
    const statuses = await database.db.selectFrom('supervision_notices').select('status').execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['closed', 'responded', 'signed', 'issued']));

    // The busiest reporter signs in with the shared password and sees its tasks and this quarter's obligations.
    const first = data.counties[0]!;
    const reporter = (await store.repos.users.findByLogin(first.busiestReporter.login))!;
    expect(reporter.must_change_password).toBe(false);
    expect(await verifyPassword('Bench#Luoshi2025', reporter.password_hash)).toBe(true);
    const workspace = await getUnitWorkspace(store, actorOf(reporter), first.busiestReporter.unitId);
    expect(workspace.tasks).toHaveLength(first.busiestReporter.tasks);
    const obligations = await listMyObligations(store, actorOf(reporter), asOf);
    expect(obligations.length).toBeGreaterThanOrEqual(first.busiestReporter.tasks);
    expect(new Set(obligations.map((o) => o.periodKey))).toEqual(new Set(['2025Q4']));
    // As of `asOf` the quarter's deadline is ahead: nothing is late yet.
    expect(obligations.every((o) => o.timeliness.status === 'not_due' || o.timeliness.status === 'on_time')).toBe(true);
    // Two counties through the real import services take ~15 s alone, much more on a loaded machine.
  }, 120_000);
});
