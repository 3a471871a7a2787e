import { describe, expect, it } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD } from './server';

describe('signing in and out in Chromium', () => {
  const app = useAppSession({ width: 1280, height: 800 });

  it('prints the demo accounts with their initial password at first start', () => {
    expect(app.server.output()).toMatch(new RegExp(`office\\s+${DEMO_PASSWORD.replace(/[#]/g, '\\$&')}\\s+office`));
  });

  it('shows the login page in Chinese', async () => {
    await app.page.goto(app.server.url + '/');
    await app.page.getByTestId('login-page').waitFor();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => app.page.getByRole('button', { name: /登\s*录/ }).count()).toBe(1);
    await app.page.screenshot({ path: screenshotPath('01-login') });
  });

  it('signs in with the printed office account and reaches the app layout', async () => {
    await signIn(app.page, 'office', DEMO_PASSWORD);
    await app.page.getByTestId('app-layout').waitFor();
    const text = await app.page.getByTestId('app-layout').innerText();
    expect(text).toContain('领导小组办公室');
    expect(text).toContain('演示数据');
    await app.page.screenshot({ path: screenshotPath('02-layout') });
  });

  it('signs out and returns to the login page, and the session is gone on the server', async () => {
    await app.page.getByTestId('account-menu').click();
    await app.page.getByTestId('sign-out').click();
    await app.page.getByTestId('login-page').waitFor();
    const me = await app.page.request.get(app.server.url + '/api/auth/me');
    expect(me.status()).toBe(401);
  });

  it('refuses a wrong password with a message in Chinese', async () => {
    await signIn(app.page, 'office', 'wrong-password');
    await expect.poll(() => app.page.getByText('用户名或密码错误').count()).toBeGreaterThan(0);
  });
});
