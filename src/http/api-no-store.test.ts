import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases';
import { buildRegion, buildUser } from '../../test/factories';
import { buildTestApp, signInAs } from '../../test/http';

describeEachDatabase('API answers kept by no cache', (get) => {
  let app: FastifyInstance;
  let cookie: string;

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, {}, (a) => {
      a.get('/api/test-cached', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'private, max-age=60').send({ ok: true }));
      a.get('/test-outside-api', { schema: { hide: true } }, () => ({ ok: true }));
    });
    const region = await buildRegion(store);
    const admin = await buildUser(store, { region_id: region.id, roles: ['admin'] });
    cookie = await signInAs(app, admin.login, admin.password);
  });
  afterAll(() => app?.close());

  it('says no-store on a signed-in JSON answer, on an error and on sign-in', async () => {
    const units = await app.inject({ method: 'GET', url: '/api/units', headers: { cookie } });
    expect(units.statusCode).toBe(200);
    expect(units.headers['cache-control']).toBe('no-store');
    const refused = await app.inject({ method: 'GET', url: '/api/units' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['cache-control']).toBe('no-store');
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it("keeps a route's own cache-control, and leaves routes outside /api alone", async () => {
    expect((await app.inject({ method: 'GET', url: '/api/test-cached' })).headers['cache-control']).toBe('private, max-age=60');
    expect((await app.inject({ method: 'GET', url: '/test-outside-api' })).headers['cache-control']).toBeUndefined();
  });
});
