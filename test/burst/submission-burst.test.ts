import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LISTEN_BACKLOG } from '../../src/http/app';
import { actorOf } from '../../src/services/authorize';
import { openPeriod } from '../../src/services/reporting/periods';
import { describeEachDatabase } from '../databases';
import { buildRegion, buildUnit, buildUser } from '../factories';
import { buildTestApp, createClock, signInAs } from '../http';

const UNITS = 40;
const TASKS = 22;

/**
 * Issue 5's acceptance: 880 concurrent submissions (40 units × 22 tasks) through the HTTP API:
 * every one stored, none lost, no 5xx. The benchmark reports its p50 and p99; this test checks
 * correctness only.
 */
describeEachDatabase('a burst of 880 concurrent submissions', (get) => {
  let app: FastifyInstance;
  let base: string;
  const clock = createClock('2024-03-10T02:00:00Z');
  const drafts: Array<{ reportId: string; cookie: string }> = [];

  beforeAll(async () => {
    const { store } = get();
    const region = await buildRegion(store);
    const office = await buildUser(store, { region_id: region.id, roles: ['office'] });
    const plan = await store.repos.org.insertPlan({ regionId: region.id, code: 'burst', title: '压力测试方案', documentNumber: null, startYear: 2024, endYear: 2024, status: 'active' });
    const units: Awaited<ReturnType<typeof buildUnit>>[] = [];
    for (let i = 0; i < UNITS; i++) units.push(await buildUnit(store, region.id, { name: `单位${i + 1}` }));
    const tasks = await store.transaction(async (repos) => {
      const sectionId = await repos.plans.upsertSection(plan.id, { ordinal: 1, number: '一', title: '重点任务' });
      const ids = [];
      for (let n = 1; n <= TASKS; n++) {
        const taskId = await repos.plans.upsertTask(plan.id, { sectionId, number: n, title: `任务${n}`, text: '', unitClause: null, line: null }, clock.now());
        await repos.plans.replaceTaskUnits(plan.id, taskId, units.map((u) => ({ unitId: u.id, role: 'responsible' as const })));
        ids.push(taskId);
      }
      return ids;
    });
    const period = await openPeriod(store, actorOf(office.user), plan.id, '2024Q1', { now: clock.now(), ip: null, userAgent: null });
    app = await buildTestApp(store, { clock: clock.now, loginRateLimitPerMinute: 10_000 });
    await app.listen({ port: 0, host: '127.0.0.1', backlog: LISTEN_BACKLOG });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    for (const unit of units) {
      const reporter = await buildUser(store, { region_id: region.id, unit_id: unit.id, roles: ['unit_reporter'] });
      const cookie = await signInAs(app, reporter.login, reporter.password);
      for (const taskId of tasks) {
        const report = await store.repos.reporting.findOrCreateReport({ planId: plan.id, periodId: period.id, taskId, unitId: unit.id, kind: 'unit', now: clock.now(), userId: reporter.user.id });
        drafts.push({ reportId: report.id, cookie });
      }
    }
  }, 300_000);
  afterAll(() => app.close());

  it('stores every one, loses none, and answers no 5xx', async () => {
    expect(drafts).toHaveLength(UNITS * TASKS);
    const statuses = await Promise.all(
      drafts.map(({ reportId, cookie }) =>
        fetch(`${base}/api/reports/${reportId}/submit`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ version: 1 }),
        }).then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    const { db } = get().database;
    const submitted = await db.selectFrom('reports').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'submitted').executeTakeFirstOrThrow();
    const versions = await db.selectFrom('report_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(submitted.n).toBe(UNITS * TASKS);
    expect(versions.n).toBe(UNITS * TASKS);
  }, 300_000);
});
