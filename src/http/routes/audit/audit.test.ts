import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildRegion, buildUser } from '../../../../test/factories';
import { buildTestApp, signInAs } from '../../../../test/http';
import { ROLES, type Role } from '../../../domain/roles';
import { purgeAuditLog } from '../../../services/audit/purge-audit';

describeEachDatabase('audit trail', (get) => {
  let app: FastifyInstance;
  const cookies = {} as Record<Role, string>;
  let officeLogin: string;
  let officeId: string;
  let unitId: string;

  beforeAll(async () => {
    const { store } = get();
    app = await buildTestApp(store, { loginRateLimitPerMinute: 1000 });
    const regionId = (await buildRegion(store)).id;
    unitId = (await store.repos.org.insertUnits(regionId, [{ name: '测试局', kind: 'department' }]))[0]!.id;
    for (const role of ROLES) {
      const built = await buildUser(store, { region_id: regionId, unit_id: role.startsWith('unit_') ? unitId : null, roles: [role] });
      if (role === 'office') {
        officeLogin = built.login;
        officeId = built.user.id;
      }
      cookies[role] = await signInAs(app, built.login, built.password);
    }
    await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: officeLogin, password: 'wrong' } });
  });
  afterAll(() => app.close());

  const get_ = (role: Role, url: string) => app.inject({ method: 'GET', url, headers: { cookie: cookies[role] } });

  it.each(ROLES.filter((r) => r !== 'auditor'))('denies %s the audit trail and its export', async (role) => {
    expect((await get_(role, '/api/audit')).statusCode).toBe(403);
    expect((await get_(role, '/api/audit/export')).statusCode).toBe(403);
  });

  it('lets the auditor search by account and outcome', async () => {
    const response = await get_('auditor', `/api/audit?login=${officeLogin}&outcome=failure`);
    expect(response.statusCode).toBe(200);
    const { records, total } = response.json();
    expect(total).toBe(1);
    expect(records[0]).toMatchObject({ action: 'auth.login', outcome: 'failure', login: officeLogin, ip: '127.0.0.1' });
  });

  it('names what a record points to and the unit of its account, as they are called now', async () => {
    const { store } = get();
    const at = new Date();
    await store.repos.audit.append({ action: 'label.account', outcome: 'success', at, object: { type: 'account', id: officeId } });
    await store.repos.audit.append({ action: 'label.unit', outcome: 'success', at, actor: { userId: null, login: 'someone', unitId, regionId: null }, object: { type: 'unit', id: unitId } });
    await store.repos.audit.append({ action: 'label.gone', outcome: 'success', at, object: { type: 'plan', id: '00000000-0000-4000-8000-000000000000' } });
    await store.repos.audit.append({ action: 'label.odd', outcome: 'success', at, object: { type: 'unit', id: 'not-a-uuid' } });
    const records = (await get_('auditor', '/api/audit?action=label.')).json().records as Array<{ action: string; objectLabel: string | null; unitName: string | null }>;
    const byAction = new Map(records.map((r) => [r.action, r]));
    const office = (await get_('office', '/api/auth/me')).json().account as { displayName: string };
    expect(byAction.get('label.account')).toMatchObject({ objectLabel: `${office.displayName}（${officeLogin}）`, unitName: null });
    expect(byAction.get('label.unit')).toMatchObject({ objectLabel: '测试局', unitName: '测试局' });
    expect(byAction.get('label.gone')?.objectLabel).toBeNull();
    expect(byAction.get('label.odd')?.objectLabel).toBeNull();
  });

  it('pages through results newest first', async () => {
    const page1 = (await get_('auditor', '/api/audit?action=auth.&pageSize=2&page=1')).json();
    const page2 = (await get_('auditor', '/api/audit?action=auth.&pageSize=2&page=2')).json();
    expect(page1.records).toHaveLength(2);
    expect(page1.records[0].id).toBeGreaterThan(page1.records[1].id);
    expect(page2.records[0].id).toBeLessThan(page1.records[1].id);
  });

  it('exports as .xlsx and audits the export', async () => {
    const response = await get_('auditor', '/api/audit/export?action=auth.login');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const audited = (await get_('auditor', '/api/audit?action=audit.export')).json();
    expect(audited.total).toBe(1);
  });

  it('purges only records older than 180 days, and records the purge', async () => {
    const { db } = get().database;
    await sql`insert into audit_log (occurred_at, action, outcome) values (now() - interval '200 days', 'old.event', 'success'), (now() - interval '100 days', 'recent.event', 'success')`.execute(db);
    const deleted = await purgeAuditLog(get().store, new Date());
    expect(deleted).toBe(1);
    const actions = (await db.selectFrom('audit_log').select('action').execute()).map((r) => r.action);
    expect(actions).toContain('recent.event');
    expect(actions).not.toContain('old.event');
    expect(actions).toContain('audit.purge');
  });

  it('refuses, in the database, a purge that would delete records younger than 180 days', async () => {
    const { db } = get().database;
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`select set_config('luoshi.audit_purge', 'on', true)`.execute(trx);
        await trx.deleteFrom('audit_log').where('action', '=', 'recent.event').execute();
      }),
    ).rejects.toThrow(/append-only/);
  });
});
