import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/databases';
import { buildUser } from '../../../../test/factories';
import { buildTestApp, createClock, signInAs } from '../../../../test/http';

describeEachDatabase('changing one\'s own password', (get) => {
  let app: FastifyInstance;
  const clock = createClock();
  beforeAll(async () => {
    app = await buildTestApp(get().store, { clock: clock.now, loginRateLimitPerMinute: 1000 });
  });
  afterAll(() => app.close());

  const change = (cookie: string, currentPassword: string, newPassword: string) =>
    app.inject({ method: 'POST', url: '/api/auth/password', headers: { cookie }, payload: { currentPassword, newPassword } });
  const me = (cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

  it('makes a new account change its initial password before anything else', async () => {
    const { login, password } = await buildUser(get().store, { must_change_password: true, roles: ['admin'] });
    const cookie = await signInAs(app, login, password);
    expect((await me(cookie)).json().account).toMatchObject({ mustChangePassword: true, passwordChangeReason: 'initial' });
    const blocked = await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('password_change_required');

    expect((await change(cookie, password, 'Fresh#Start2025')).statusCode).toBe(204);
    expect((await me(cookie)).json().account.mustChangePassword).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/accounts', headers: { cookie } })).statusCode).toBe(200);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password: 'Fresh#Start2025' } })).statusCode).toBe(200);
  });

  it('refuses a weak password, naming every rule it breaks', async () => {
    const { login, password } = await buildUser(get().store);
    const cookie = await signInAs(app, login, password);
    const response = await change(cookie, password, 'abc');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'password_rejected', details: { problems: ['too_short', 'too_few_classes'] } });
    const withLogin = await change(cookie, password, `X#${login}`);
    expect(withLogin.json().error.details.problems).toEqual(['contains_login']);
  });

  it('refuses the change without the right current password', async () => {
    const { login, password } = await buildUser(get().store);
    const cookie = await signInAs(app, login, password);
    const response = await change(cookie, 'not-it', 'Another#Pass2025');
    expect(response.json().error.details.problems).toEqual(['wrong_current_password']);
  });

  it('refuses any of the last 5 passwords, and accepts the 6th oldest again', async () => {
    const { login, password: first } = await buildUser(get().store);
    const cookie = await signInAs(app, login, first);
    const sequence = ['Second#Pw2025', 'Third#Pw2025', 'Fourth#Pw2025', 'Fifth#Pw2025'];
    let current = first;
    for (const next of sequence) {
      expect((await change(cookie, current, next)).statusCode).toBe(204);
      current = next;
    }
    // The last 5 are: first, second, third, fourth, fifth (current).
    for (const old of [first, ...sequence]) {
      const response = await change(cookie, current, old);
      expect(response.json().error?.details?.problems).toEqual(['reused']);
    }
    expect((await change(cookie, current, 'Sixth#Pw2025')).statusCode).toBe(204);
    expect((await change(cookie, 'Sixth#Pw2025', first)).statusCode).toBe(204);
  }, 120_000); // seven password changes, each hashed with scrypt at full strength

  it('asks for a new password once the current one is 90 days old', async () => {
    const { login, password } = await buildUser(get().store, { password_changed_at: clock.now() });
    const cookie = await signInAs(app, login, password);
    clock.advanceMinutes(90 * 24 * 60);
    const fresh = await signInAs(app, login, password);
    expect((await me(fresh)).json().account.passwordChangeReason).toBe('expired');
    void cookie;
  });

  it('ends the account\'s other sessions when the password changes', async () => {
    const { login, password } = await buildUser(get().store);
    const here = await signInAs(app, login, password);
    const elsewhere = await signInAs(app, login, password);
    expect((await change(here, password, 'Moved#On2025')).statusCode).toBe(204);
    expect((await me(here)).statusCode).toBe(200);
    expect((await me(elsewhere)).statusCode).toBe(401);
  });
});
