import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUnit, buildUser } from '../../../../test/factories';
import { buildTestApp, createClock, signInAs } from '../../../../test/http';
import { ROLES, type Role } from '../../../domain/roles';

describeEachDatabase('account administration', (get) => {
  let app: FastifyInstance;
  let regionId: string;
  let unitId: string;
  let otherRegionUnitId: string;
  const cookies = {} as Record<Role, string>;
  let adminId: string;
  const clock = createClock();

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, { clock: clock.now, loginRateLimitPerMinute: 1000 });
    const region = await buildRegion(store);
    regionId = region.id;
    unitId = (await buildUnit(store, regionId)).id;
    otherRegionUnitId = (await buildUnit(store, (await buildRegion(store)).id)).id;
    for (const role of ROLES) {
      const unit = role === 'unit_reporter' || role === 'unit_head' ? unitId : null;
      const built = await buildUser(store, { region_id: regionId, unit_id: unit, roles: [role] });
      if (role === 'admin') adminId = built.user.id;
      cookies[role] = await signInAs(app, built.login, built.password);
    }
  });
  afterAll(() => app.close());

  const call = (role: Role, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({ method, url, headers: { cookie: cookies[role] }, ...(payload ? { payload } : {}) });
  const create = (body: object) => call('admin', 'POST', '/api/accounts', body);
  const newAccount = { displayName: '张三', roles: ['unit_reporter'] as Role[] };

  it.each(ROLES.filter((r) => r !== 'admin'))('denies %s the account list and account creation', async (role) => {
    expect((await call(role, 'GET', '/api/accounts')).statusCode).toBe(403);
    const created = await call(role, 'POST', '/api/accounts', { ...newAccount, login: `x_${role}`, unitId });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.code).toBe('forbidden');
  });

  it('lets the admin list the accounts of the county, without password hashes', async () => {
    const response = await call('admin', 'GET', '/api/accounts');
    expect(response.statusCode).toBe(200);
    expect(response.json().accounts.length).toBeGreaterThanOrEqual(ROLES.length);
    expect(response.body).not.toContain('scrypt');
  });

  it('creates an account whose initial password works once and must then be changed', async () => {
    const response = await create({ ...newAccount, login: 'zhangsan', unitId, phone: '13800000000' });
    expect(response.statusCode).toBe(201);
    const { account, initialPassword } = response.json();
    expect(account).toMatchObject({ login: 'zhangsan', roles: ['unit_reporter'], mustChangePassword: true, isActive: true });
    const cookie = await signInAs(app, 'zhangsan', initialPassword);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json().account.passwordChangeReason).toBe('initial');
    const audit = await get().database.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.create').where('object_id', '=', account.id).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ user_id: adminId, outcome: 'success' });
    expect(JSON.stringify(audit.details)).not.toContain(initialPassword);
  });

  it('refuses a login that is taken, in any letter case, with 409', async () => {
    await create({ ...newAccount, login: 'lisi', unitId });
    const again = await create({ ...newAccount, login: 'LiSi', unitId });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });

  it('refuses a unit role without a unit, and a unit of another county', async () => {
    const noUnit = await create({ ...newAccount, login: 'no_unit' });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.details.fields[0].field).toBe('unitId');
    const foreign = await create({ ...newAccount, login: 'foreign_unit', unitId: otherRegionUnitId });
    expect(foreign.statusCode).toBe(400);
  });

  it('records a role change with before and after values', async () => {
    const { account } = (await create({ ...newAccount, login: 'wangwu', unitId })).json();
    const response = await call('admin', 'PATCH', `/api/accounts/${account.id}`, { roles: ['unit_reporter', 'unit_head'] });
    expect(response.statusCode).toBe(200);
    expect(response.json().account.roles).toEqual(['unit_reporter', 'unit_head']);
    const audit = await get().database.db.selectFrom('audit_log').select('details').where('action', '=', 'account.roles_change').where('object_id', '=', account.id).executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ before: ['unit_reporter'], after: ['unit_reporter', 'unit_head'] });
  });

  it('disables an account: its sessions end and it can no longer sign in', async () => {
    const { account, initialPassword } = (await create({ ...newAccount, login: 'zhaoliu', unitId })).json();
    const cookie = await signInAs(app, 'zhaoliu', initialPassword);
    expect((await call('admin', 'PATCH', `/api/accounts/${account.id}`, { isActive: false })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const again = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'zhaoliu', password: initialPassword } });
    expect(again.json().error.code).toBe('account_disabled');
  });

  it('resets a password: the temporary one works and must be changed, the old one no longer does', async () => {
    const { account, initialPassword } = (await create({ ...newAccount, login: 'sunqi', unitId })).json();
    const reset = await call('admin', 'POST', `/api/accounts/${account.id}/reset-password`);
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).not.toBe(initialPassword);
    const old = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'sunqi', password: initialPassword } });
    expect(old.statusCode).toBe(401);
    const cookie = await signInAs(app, 'sunqi', temporaryPassword);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().account.mustChangePassword).toBe(true);
  });

  it('unlocks a locked account before its lock expires', async () => {
    const { account, initialPassword } = (await create({ ...newAccount, login: 'zhouba', unitId })).json();
    for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'zhouba', password: 'wrong' } });
    const locked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'zhouba', password: initialPassword } });
    expect(locked.statusCode).toBe(423);
    const unlocked = await call('admin', 'POST', `/api/accounts/${account.id}/unlock`);
    expect(unlocked.json().account.lockedUntil).toBeNull();
    const ok = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'zhouba', password: initialPassword } });
    expect(ok.statusCode).toBe(200);
    const actions = await get().database.db.selectFrom('audit_log').select('action').where('object_id', '=', account.id).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.lockout', 'account.unlock']));
  });

  it('keeps accounts of another county out of reach (404)', async () => {
    const foreign = await buildUser(get().store, { region_id: (await buildRegion(get().store)).id, roles: ['office'] });
    const response = await call('admin', 'PATCH', `/api/accounts/${foreign.user.id}`, { displayName: 'x' });
    expect(response.statusCode).toBe(404);
  });

  it('stops the admin from disabling their own account', async () => {
    const response = await call('admin', 'PATCH', `/api/accounts/${adminId}`, { isActive: false });
    expect(response.statusCode).toBe(409);
  });
});
