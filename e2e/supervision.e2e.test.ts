import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD } from './server';

// The smallest valid PNG (1×1): the unit's evidence.
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5dd6cb20000000049454e44ae426082', 'hex');
const LEAD_UNIT = '科技和工信局';

/** The API as one demo account, from Node (no Origin header: the CSRF guard lets scripted clients through). */
async function apiAs(baseUrl: string, login: string) {
  const signIn = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: DEMO_PASSWORD }) });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async <T>(method: string, path: string, body?: object): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
}

/** The light the supervisor's page shows for a unit (every item shown, green ones too). */
async function unitLightOnPage(page: Page, baseUrl: string, unit: string): Promise<string | null> {
  await page.goto(`${baseUrl}/supervision`);
  await page.getByTestId('supervision-page').waitFor();
  await page.getByTestId('supervision-show-all').click();
  await page.getByRole('tab', { name: /^单位/ }).click();
  const card = page.getByTestId(`lit-unit-${unit}`);
  await card.waitFor();
  return card.getAttribute('data-light');
}

describe('a notice from a red task, signed for, answered and closed (issue 9)', () => {
  const app = useAppSession();
  let noticeUrl = '';

  it('makes task 1 red through the API: its lead unit reports it lagging in a closed period', async () => {
    const office = await apiAs(app.server.url, 'office');
    const { plans } = await office<{ plans: Array<{ id: string }> }>('GET', '/api/plans');
    const planId = plans[0]!.id;
    const { periods } = await office<{ periods: Array<{ key: string }> }>('GET', `/api/plans/${planId}/periods`);
    const period = await office<{ id: string }>('POST', `/api/plans/${planId}/periods`, { key: periods.at(-1)!.key });
    const plan = await office<{ sections: Array<{ tasks: Array<{ id: string; number: number }> }> }>('GET', `/api/plans/${planId}`);
    const task1 = plan.sections.flatMap((s) => s.tasks).find((t) => t.number === 1)!.id;
    const lead = await apiAs(app.server.url, 'kjgx');
    const report = await lead<{ id: string }>('POST', '/api/reports', { periodId: period.id, taskId: task1, kind: 'consolidated' });
    const saved = await lead<{ version: number }>('PUT', `/api/reports/${report.id}`, { version: 1, progress: '资金未到位，进度滞后', problems: '资金缺口', nextSteps: '争取资金', taskStatus: 'lagging', targetProgress: [] });
    await lead('POST', `/api/reports/${report.id}/submit`, { version: saved.version });
    // A closed period is history: its missing reports no longer light the units.
    await office('POST', `/api/periods/${period.id}/close`);
  });

  it("lets the supervisor see the red task with its reason and issue a notice from it in one step", async () => {
    onTestFailed(() => app.page.screenshot({ path: screenshotPath('issue9-failed-issue') }).then(() => undefined));
    const { page } = app;
    await page.goto(app.server.url + '/login');
    await signIn(page, 'supervisor', DEMO_PASSWORD);
    await page.getByTestId('app-layout').waitFor();
    expect(await unitLightOnPage(page, app.server.url, LEAD_UNIT)).toBe('green');

    await page.getByRole('tab', { name: /^重点任务/ }).click();
    const task = page.getByTestId('lit-task-1');
    await expect.poll(() => task.getAttribute('data-light')).toBe('red');
    await expect.poll(() => task.innerText()).toContain('进度滞后');
    await page.getByTestId('lit-task-1-issue').click();
    const form = page.getByTestId('notice-form');
    await form.waitFor();
    await expect.poll(() => page.locator('.ant-select', { has: page.locator('#notice-unit') }).innerText()).toContain(LEAD_UNIT);
    expect(await page.locator('#notice-basis').inputValue()).toContain('进度滞后');
    await page.screenshot({ path: screenshotPath('issue9-01-issue-from-red-task') });
    await page.getByTestId('notice-issue-submit').click();
    await expect.poll(() => page.getByText(/督办单督办〔\d+〕1号已下发至/).count()).toBeGreaterThan(0);
    expect(await unitLightOnPage(page, app.server.url, LEAD_UNIT)).toBe('yellow');
  });

  it('lets the unit sign for it and respond with evidence, on a phone', async () => {
    const phone = await app.browser.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    onTestFailed(() => phone.screenshot({ path: screenshotPath('issue9-failed-unit') }).then(() => undefined));
    await phone.goto(app.server.url + '/login');
    await signIn(phone, 'kjgx', DEMO_PASSWORD);
    await phone.getByTestId('app-layout').waitFor();
    await phone.goto(app.server.url + '/notices');
    await phone.getByTestId('notices-page').waitFor();
    const link = phone.locator('[data-testid^="notice-link-"]').first();
    await link.click();
    await phone.getByTestId('notice-page').waitFor();
    noticeUrl = phone.url();
    await phone.getByTestId('notice-sign').click();
    await expect.poll(() => phone.getByTestId('notice-status').getAttribute('data-status')).toBe('signed');
    await phone.locator('.ant-upload input[type=file]').setInputFiles({ name: '资金到位凭证.png', mimeType: 'image/png', buffer: PNG });
    await expect.poll(() => phone.locator('[data-testid^="notice-attachment-"]').count()).toBe(1);
    await phone.locator('#notice-response').fill('已协调落实资金500万元，项目已复工');
    await phone.getByTestId('notice-respond').click();
    await expect.poll(() => phone.getByTestId('notice-status').getAttribute('data-status')).toBe('responded');
    await phone.screenshot({ path: screenshotPath('issue9-02-unit-responded-phone'), fullPage: true });
    await phone.close();
  });

  it("lets the supervisor close it, and the unit's light turns from yellow to green", async () => {
    onTestFailed(() => app.page.screenshot({ path: screenshotPath('issue9-failed-close') }).then(() => undefined));
    const { page } = app;
    expect(await unitLightOnPage(page, app.server.url, LEAD_UNIT)).toBe('yellow');
    await page.goto(noticeUrl);
    await page.getByTestId('notice-page').waitFor();
    await expect.poll(() => page.getByTestId('notice-response-text').innerText()).toContain('500万元');
    await page.getByTestId('notice-close').click();
    await expect.poll(() => page.getByTestId('notice-status').getAttribute('data-status')).toBe('closed');
    const history = page.getByTestId('notice-history');
    await expect.poll(() => history.locator('[data-action]').evaluateAll((items) => items.map((i) => i.getAttribute('data-action')))).toEqual(['issue', 'sign', 'respond', 'close']);
    await page.screenshot({ path: screenshotPath('issue9-03-closed-with-history'), fullPage: true });
    expect(await unitLightOnPage(page, app.server.url, LEAD_UNIT)).toBe('green');
  });
});
