import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from './browser';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server';

describe('signing in and out in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints the demo accounts with their initial password at first start', () => {
    expect(server.output()).toMatch(new RegExp(`office\\s+${DEMO_PASSWORD.replace(/[#]/g, '\\$&')}\\s+office`));
  });

  it('shows the login page in Chinese', async () => {
    await page.goto(server.url + '/');
    await page.getByTestId('login-page').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => page.getByRole('button', { name: /登\s*录/ }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('01-login') });
  });

  it('signs in with the printed office account and reaches the app layout', async () => {
    await page.locator('#login').fill('office');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('app-layout').waitFor();
    const text = await page.getByTestId('app-layout').innerText();
    expect(text).toContain('领导小组办公室');
    expect(text).toContain('演示数据');
    await page.screenshot({ path: screenshotPath('02-layout') });
  });

  it('signs out and returns to the login page, and the session is gone on the server', async () => {
    await page.getByTestId('account-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-page').waitFor();
    const me = await page.request.get(server.url + '/api/auth/me');
    expect(me.status()).toBe(401);
  });

  it('refuses a wrong password with a message in Chinese', async () => {
    await page.locator('#login').fill('office');
    await page.locator('#password').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => page.getByText('用户名或密码错误').count()).toBeGreaterThan(0);
  });
});
