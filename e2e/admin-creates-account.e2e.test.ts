import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshotPath } from './browser';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server';

/** Picks an option in an antd Select by the id of its input (web/README.md explains why so). */
async function pick(page: Page, inputId: string, optionText: string, filter?: string) {
  await page.locator('.ant-select', { has: page.locator(`#${inputId}`) }).click();
  if (filter) await page.keyboard.type(filter);
  await page.locator(`.ant-select-dropdown:has(#${inputId}_list) .ant-select-item-option`).filter({ hasText: optionText }).first().click();
}

async function signIn(page: Page, login: string, password: string) {
  await page.locator('#login').fill(login);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

describe('an administrator creates a unit and an account (issue 4)', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let initialPassword = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('creates a unit', async () => {
    await page.goto(server.url + '/login');
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByTestId('app-layout').waitFor();
    await page.goto(server.url + '/admin/units');
    await page.getByTestId('units-page').waitFor();
    await page.getByTestId('unit-create').click();
    await page.locator('#unit-name').fill('数据局');
    await pick(page, 'unit-kind', '部门');
    await page.getByTestId('unit-save').click();
    await expect.poll(() => page.getByTestId('units-page').getByText('数据局', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('creates an account for it and shows the initial password once', async () => {
    onTestFailed(() => page.screenshot({ path: screenshotPath('issue4-failed-create-account') }).then(() => undefined));
    await page.goto(server.url + '/admin/accounts');
    await page.getByTestId('accounts-page').waitFor();
    await page.getByTestId('account-create').click();
    await page.locator('#account-login').fill('shujuju');
    await page.locator('#account-displayName').fill('数据局填报员');
    await pick(page, 'account-roles', '单位填报员');
    // Close the multi-select's dropdown by focusing another field: Escape would close the drawer.
    await page.locator('#account-displayName').click();
    await page.locator('.ant-select-dropdown:has(#account-roles_list)').waitFor({ state: 'hidden' });
    await pick(page, 'account-unit', '数据局', '数据');
    await page.locator('.ant-select-dropdown:has(#account-unit_list)').waitFor({ state: 'hidden' });
    const selected = (id: string) => page.locator('.ant-select', { has: page.locator(`#${id}`) }).innerText();
    await expect.poll(() => selected('account-roles')).toContain('单位填报员');
    await expect.poll(() => selected('account-unit')).toContain('数据局');
    await page.getByTestId('account-save').click();
    initialPassword = (await page.getByTestId('initial-password').innerText()).trim();
    expect(initialPassword).toMatch(/^\S{12}$/);
    await page.screenshot({ path: screenshotPath('issue4-01-initial-password') });
    await page.getByTestId('one-time-password-close').click();
    await page.getByTestId('account-menu').click();
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-page').waitFor();
  });

  it('makes the new account change its password at first sign-in', async () => {
    await signIn(page, 'shujuju', initialPassword);
    await page.getByTestId('password-page').waitFor();
    await page.locator('#currentPassword').fill(initialPassword);
    await page.locator('#newPassword').fill('Shuju#2025ok');
    await page.locator('#confirmPassword').fill('Shuju#2025ok');
    await page.getByTestId('password-submit').click();
    await page.getByTestId('home-page').waitFor();
    await page.screenshot({ path: screenshotPath('issue4-02-workspace') });
  });

  it("shows its own unit's workspace and nothing of other units", async () => {
    const text = await page.getByTestId('app-layout').innerText();
    expect(text).toContain('数据局');
    expect(text).not.toContain('单位管理');
    expect(text).not.toContain('科技和工信局');
    const status = await page.evaluate(async () => {
      const me = (await (await fetch('/api/auth/me')).json()) as { account: { unit: { id: string } } };
      const { units } = (await (await fetch('/api/units')).json()) as { units: Array<{ id: string; name: string }> };
      const other = units.find((u) => u.name === '科技和工信局')!;
      return {
        own: (await fetch(`/api/units/${me.account.unit.id}/workspace`)).status,
        other: (await fetch(`/api/units/${other.id}/workspace`)).status,
        accounts: (await fetch('/api/accounts')).status,
      };
    });
    expect(status).toEqual({ own: 200, other: 403, accounts: 403 });
  });
});
