import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUnit, buildUser, type BuiltUser } from '../../../../test/factories';
import { buildTestApp, createClock, sessionCookieOf, signInAs } from '../../../../test/http';

describeEachDatabase('auth routes', (get) => {
  let app: FastifyInstance;
  let clerk: BuiltUser;
  let unitName: string;
  const clock = createClock();

  beforeAll(async () => {
    const { store } = get();
    const region = await buildRegion(store);
    const unit = await buildUnit(store, region.id);
    unitName = unit.name;
    clerk = await buildUser(store, { region_id: region.id, unit_id: unit.id, roles: ['unit_reporter', 'unit_head'] });
    app = await buildTestApp(store, { clock: clock.now, loginRateLimitPerMinute: 1000 });
  });
  afterAll(() => app.close());

  const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: body, headers });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  const auditActions = async (userId: string) =>
    (await get().database.db.selectFrom('audit_log').select(['action', 'outcome']).where('user_id', '=', userId).orderBy('id').execute());

  it('signs in with the right password: an HttpOnly, SameSite=Lax session cookie and the account', async () => {
    const response = await login({ login: clerk.login, password: clerk.password });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'luoshi_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    // Max-Age (the absolute limit, 12 h), not an Expires instant a client's clock could misread.
    expect(cookie?.maxAge).toBe(12 * 3600);
    expect(cookie?.expires).toBeUndefined();
    expect(response.json().account).toMatchObject({
      login: clerk.login,
      roles: ['unit_reporter', 'unit_head'],
      unit: { name: unitName },
      isDemo: false,
    });
    expect(response.body).not.toContain('scrypt');
  });

  it('accepts the login in any letter case', async () => {
    const response = await login({ login: clerk.login.toUpperCase(), password: clerk.password });
    expect(response.statusCode).toBe(200);
  });

  it('gives a new session id at every sign-in', async () => {
    const first = sessionCookieOf(await login({ login: clerk.login, password: clerk.password }));
    const second = sessionCookieOf(await login({ login: clerk.login, password: clerk.password }));
    expect(first).not.toBe(second);
  });

  it('answers GET /api/auth/me with the account behind the cookie, and 401 without one', async () => {
    const cookie = await signInAs(app, clerk.login, clerk.password);
    expect((await me(cookie)).json().account.login).toBe(clerk.login);
    const anonymous = await app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthenticated');
    expect((await me('luoshi_session=forged')).statusCode).toBe(401);
  });

  it('ends the session on the server at sign-out, so the old cookie no longer works', async () => {
    const cookie = await signInAs(app, clerk.login, clerk.password);
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await me(cookie)).statusCode).toBe(401);
    expect(await auditActions(clerk.user.id)).toContainEqual({ action: 'auth.logout', outcome: 'success' });
  });

  it('refuses a wrong password and an unknown login alike with 401 invalid_credentials', async () => {
    const wrong = await login({ login: clerk.login, password: 'not-the-password' });
    const unknown = await login({ login: 'nobody_here', password: 'whatever1A' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    expect(unknown.json().error).toEqual(wrong.json().error);
    // A good sign-in resets the count, so this failure does not count toward the next test's lockout.
    await login({ login: clerk.login, password: clerk.password });
  });

  it('locks the account after 5 wrong passwords in a row: even the right one gets 423 until the lock expires', async () => {
    const { user, login: name, password } = await buildUser(get().store);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login({ login: name, password: 'wrong-password' })).statusCode).toBe(401);
    }
    const locked = await login({ login: name, password });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('account_locked');

    clock.advanceMinutes(16);
    expect((await login({ login: name, password })).statusCode).toBe(200);

    const actions = await auditActions(user.id);
    expect(actions.filter((a) => a.action === 'auth.login' && a.outcome === 'failure')).toHaveLength(6);
    expect(actions).toContainEqual({ action: 'auth.lockout', outcome: 'success' });
    expect(actions.at(-1)).toEqual({ action: 'auth.login', outcome: 'success' });
  });

  it('ends a session after 30 idle minutes', async () => {
    const cookie = await signInAs(app, clerk.login, clerk.password);
    clock.advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advanceMinutes(29);
    expect((await me(cookie)).statusCode).toBe(200);
    clock.advanceMinutes(31);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('refuses a state-changing request sent from another site (CSRF)', async () => {
    const crossSite = await login({ login: clerk.login, password: clerk.password }, { origin: 'https://evil.example' });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('csrf_failed');
    const fetchMeta = await login({ login: clerk.login, password: clerk.password }, { 'sec-fetch-site': 'cross-site' });
    expect(fetchMeta.statusCode).toBe(403);
    const sameOrigin = await login({ login: clerk.login, password: clerk.password }, { origin: 'http://localhost:80' });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('records sign-in with time, IP and user agent in the audit trail', async () => {
    await login({ login: clerk.login, password: clerk.password }, { 'user-agent': 'TestBrowser/1.0' });
    const row = await get()
      .database.db.selectFrom('audit_log')
      .selectAll()
      .where('user_id', '=', clerk.user.id)
      .where('action', '=', 'auth.login')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ outcome: 'success', login: clerk.login, ip: '127.0.0.1', user_agent: 'TestBrowser/1.0' });
    expect(row.occurred_at).toEqual(clock.now());
  });
});

describeEachDatabase('login rate limit', (get) => {
  it('limits sign-in attempts per IP with 429 rate_limited', async () => {
    const app = await buildTestApp(get().store, { loginRateLimitPerMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'a', password: 'b' } });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(response.json().error.code).toBe('rate_limited');
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    await app.close();
  });
});
