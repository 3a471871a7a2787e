import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { seedDemo } from '../src/services/demo/seed-demo';
import type { TestDatabase } from './databases';
import { HELAN_FIXTURE, readPlanFixture } from './fixtures/plans/read-plan-fixture';
import { buildTestApp, createClock, signInAs } from './http';
import { multipartBody } from './multipart';

export const DEMO_PASSWORD = 'Demo#Luoshi2025';
export const DAY_MINUTES = 24 * 60;

/** A test's view of the seeded Helan demo: the app, its clock, and ids by name. */
export interface SeededApp {
  app: FastifyInstance;
  clock: ReturnType<typeof createClock>;
  planId: string;
  units: Map<string, string>;
  taskIds: Map<number, string>;
  /** A fresh session cookie for a demo account. */
  signIn(login: string): Promise<string>;
  /** Signs in afresh each time (the test clock jumps days, past the idle timeout). */
  as(login: string): Promise<(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => Promise<LightMyRequestResponse>>;
}

/**
 * The Helan demo seeded into the block's database, an app on a controllable clock, and the ids
 * the tests name (indicator, supervision, meeting and assessment tests). Read it inside tests.
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
  seeded.signIn = (login) => signInAs(seeded.app, login, DEMO_PASSWORD);
  seeded.as = async (login) => {
    const cookie = await seeded.signIn(login);
    return (method, url, payload) => seeded.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  return seeded;
}


/**
 * A demo account's client on the seeded app, signed in afresh: `call(method, url, payload)` and
 * `call.upload(url, fileName, bytes)` (a multipart file upload).
 */
export async function clientAs(seeded: SeededApp, login: string) {
  const cookie = await seeded.signIn(login);
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => seeded.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const upload = (url: string, fileName: string, bytes: Buffer) => {
    const body = multipartBody('file', fileName, bytes);
    return seeded.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': body.contentType }, payload: body.body });
  };
  return Object.assign(call, { upload });
}
