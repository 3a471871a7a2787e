import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { TestDatabase } from '../../../../test/databases';
import { HELAN_FIXTURE, readPlanFixture } from '../../../../test/fixtures/plans/read-plan-fixture';
import { buildTestApp, createClock, signInAs } from '../../../../test/http';
import { seedDemo } from '../../../services/demo/seed-demo';

export const DEMO_PASSWORD = 'Demo#Luoshi2025';
export const DAY_MINUTES = 24 * 60;

/** A test's view of the seeded Helan demo: the app, its clock, and ids by name. */
export interface SeededApp {
  app: FastifyInstance;
  clock: ReturnType<typeof createClock>;
  planId: string;
  units: Map<string, string>;
  taskIds: Map<number, string>;
  /** Signs in afresh each time (the test clock jumps days, past the idle timeout). */
  as(login: string): Promise<(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => Promise<LightMyRequestResponse>>;
}

/**
 * For the supervision, meeting and assessment tests: the Helan demo seeded into the block's
 * database, an app on a controllable clock, and the ids the tests name. Read it inside tests.
 */
export function useSeededApp(get: () => TestDatabase, start: string): SeededApp {
  const clock = createClock(start);
  const seeded = { clock, units: new Map(), taskIds: new Map() } as unknown as SeededApp;
  beforeAll(async () => {
    const { store, database } = get();
    await seedDemo(store, { password: DEMO_PASSWORD, plan: { fileName: HELAN_FIXTURE, bytes: readPlanFixture(HELAN_FIXTURE) }, now: clock.now() });
    seeded.app = await buildTestApp(store, { clock: clock.now, loginRateLimitPerMinute: 10_000 });
    for (const u of await database.db.selectFrom('units').select(['id', 'name']).execute()) seeded.units.set(u.name, u.id);
    for (const t of await database.db.selectFrom('plan_tasks').select(['id', 'number']).execute()) seeded.taskIds.set(t.number, t.id);
    seeded.planId = (await database.db.selectFrom('plans').select('id').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => seeded.app.close());
  seeded.as = async (login) => {
    const cookie = await signInAs(seeded.app, login, DEMO_PASSWORD);
    return (method, url, payload) => seeded.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  return seeded;
}

/** The lead unit (科技和工信局, login kjgx) reports task 1 lagging in a period: the task turns red. */
export async function reportTaskLagging(seeded: SeededApp, periodId: string): Promise<void> {
  const kjgx = await seeded.as('kjgx');
  const report = (await kjgx('POST', '/api/reports', { periodId, taskId: seeded.taskIds.get(1), kind: 'consolidated' })).json();
  const saved = (await kjgx('PUT', `/api/reports/${report.id}`, { version: 1, progress: '受资金影响进度滞后', problems: '资金未到位', nextSteps: '协调资金', taskStatus: 'lagging', targetProgress: [] })).json();
  const submitted = await kjgx('POST', `/api/reports/${report.id}/submit`, { version: saved.version });
  if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
}
