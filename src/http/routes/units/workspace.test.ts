import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import { buildTestApp, signInAs } from '../../../../test/http';
import { seedDemo } from '../../../services/demo/seed-demo';

describeEachDatabase("a unit's workspace", (get) => {
  let app: FastifyInstance;
  const password = 'Demo#Luoshi2025';
  let unitIds: Map<string, string>;

  beforeAll(async () => {
    const { store } = get();
    await seedDemo(store, { password, plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: new Date() });
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 });
    const units = await get().database.db.selectFrom('units').select(['id', 'name']).execute();
    unitIds = new Map(units.map((u) => [u.name, u.id]));
  });
  afterAll(() => app.close());

  const workspace = async (login: string, unitName: string) =>
    app.inject({ method: 'GET', url: `/api/units/${unitIds.get(unitName)}/workspace`, headers: { cookie: await signInAs(app, login, password) } });

  it('shows a unit reporter the tasks of its own unit, with its role in each', async () => {
    const response = await workspace('kjgx', '科技和工信局');
    expect(response.statusCode).toBe(200);
    const { unit, tasks } = response.json();
    expect(unit.name).toBe('科技和工信局');
    expect(tasks.filter((t: { role: string }) => t.role === 'lead').map((t: { number: number }) => t.number)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(tasks.some((t: { role: string }) => t.role === 'responsible')).toBe(true);
  });

  it("refuses a unit reporter another unit's workspace", async () => {
    expect((await workspace('fgj', '科技和工信局')).statusCode).toBe(403);
  });

  it('lets the office and leaders open any unit’s workspace', async () => {
    expect((await workspace('office', '发改局')).statusCode).toBe(200);
    expect((await workspace('leader', '发改局')).statusCode).toBe(200);
  });

  it('denies the admin and the auditor the business data of a workspace', async () => {
    expect((await workspace('admin', '发改局')).statusCode).toBe(403);
    expect((await workspace('auditor', '发改局')).statusCode).toBe(403);
  });
});
