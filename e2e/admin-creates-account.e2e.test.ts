import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD } from './server';

/**
 * Picks an option in an antd Select by the id of its input (web/README.md explains the scoping),
 * and checks that it took: under load a click can land while the popup is still opening, so
 * the pick is retried until the select shows the option.
 */
async function pick(page: Page, inputId: string, optionText: string, filter?: string) {
  const select = page.locator('.ant-select', { has: page.locator(`#${inputId}`) });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    if (filter) await page.keyboard.type(filter);
    const option = page.locator(`.ant-select-dropdown:has(#${inputId}_list) .ant-select-item-option`).filter({ hasText: optionText }).first();
    await option.waitFor({ state: 'visible' });
    await page.waitForTimeout(300); // let the popup finish opening
    await option.click();
    try {
      await expect.poll(() => select.innerText(), { timeout: 3_000 }).toContain(optionText);
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

describe('an administrator creates a unit and an account (issue 4)', () => {
  const app = useAppSession();
  let initialPassword = '';

  it('creates a unit', async () => {
    await app.page.goto(app.server.url + '/login');
    await signIn(app.page, 'admin', DEMO_PASSWORD);
    await app.page.getByTestId('app-layout').waitFor();
    await app.page.goto(app.server.url + '/admin/units');
    await app.page.getByTestId('units-page').waitFor();
    await app.page.getByTestId('unit-create').click();
    await app.page.locator('#unit-name').fill('数据局');
    await pick(app.page, 'unit-kind', '部门');
    await app.page.getByTestId('unit-save').click();
    await expect.poll(() => app.page.getByTestId('units-page').getByText('数据局', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('creates an account for it and shows the initial password once', async () => {
    onTestFailed(() => app.page.screenshot({ path: screenshotPath('issue4-failed-create-account') }).then(() => undefined));
    await app.page.goto(app.server.url + '/admin/accounts');
    await app.page.getByTestId('accounts-page').waitFor();
    await app.page.getByTestId('account-create').click();
    await app.page.locator('#account-login').fill('shujuju');
    await app.page.locator('#account-displayName').fill('数据局填报员');
    await pick(app.page, 'account-roles', '单位填报员');
    // Close the multi-select's dropdown by focusing another field: Escape would close the drawer.
    await app.page.locator('#account-displayName').click();
    await app.page.locator('.ant-select-dropdown:has(#account-roles_list)').waitFor({ state: 'hidden' });
    await pick(app.page, 'account-unit', '数据局', '数据');
    await app.page.locator('.ant-select-dropdown:has(#account-unit_list)').waitFor({ state: 'hidden' });
    const selected = (id: string) => app.page.locator('.ant-select', { has: app.page.locator(`#${id}`) }).innerText();
    expect(await selected('account-roles')).toContain('单位填报员');
    expect(await selected('account-unit')).toContain('数据局');
    await app.page.getByTestId('account-save').click();
    initialPassword = (await app.page.getByTestId('initial-password').innerText()).trim();
    expect(initialPassword).toMatch(/^\S{12}$/);
    await app.page.screenshot({ path: screenshotPath('issue4-01-initial-password') });
    await app.page.getByTestId('one-time-password-close').click();
    await app.page.getByTestId('account-menu').click();
    await app.page.getByTestId('sign-out').click();
    await app.page.getByTestId('login-page').waitFor();
  });

  it('makes the new account change its password at first sign-in', async () => {
    await signIn(app.page, 'shujuju', initialPassword);
    await app.page.getByTestId('password-page').waitFor();
    await app.page.locator('#currentPassword').fill(initialPassword);
    await app.page.locator('#newPassword').fill('Shuju#2025ok');
    await app.page.locator('#confirmPassword').fill('Shuju#2025ok');
    await app.page.getByTestId('password-submit').click();
    await app.page.getByTestId('home-page').waitFor();
    await app.page.screenshot({ path: screenshotPath('issue4-02-workspace') });
  });

  it("shows its own unit's workspace and nothing of other units", async () => {
    const text = await app.page.getByTestId('app-layout').innerText();
    expect(text).toContain('数据局');
    expect(text).not.toContain('单位管理');
    expect(text).not.toContain('科技和工信局');
    const status = await app.page.evaluate(async () => {
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
