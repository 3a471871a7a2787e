import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from './browser';
import { DEMO_PASSWORD, startServer, type RunningServer } from './server';

describe("the office edits the plan's leading group (issue 4)", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the group read from the document and saves a new member', async () => {
    await page.goto(server.url + '/login');
    await page.locator('#login').fill('office');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('app-layout').waitFor();
    await page.goto(server.url + '/plan');
    await page.getByTestId('plan-page').waitFor();
    await page.getByRole('tab', { name: '领导小组' }).click();
    const form = page.getByTestId('leading-group');
    await form.waitFor();
    await page.getByRole('button', { name: /添加成员/ }).click();
    await form.getByPlaceholder('职务（如：县政府县长）').last().fill('县政府县长');
    await page.getByTestId('leading-group-save').click();
    await expect.poll(() => page.getByText('领导小组已保存').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('issue4-03-leading-group') });
    const saved = await page.evaluate(async () => {
      const { plans } = (await (await fetch('/api/plans')).json()) as { plans: Array<{ id: string }> };
      return (await (await fetch(`/api/plans/${plans[0]!.id}/leading-group`)).json()) as { name: string; members: Array<{ personTitle: string }> };
    });
    expect(saved.name).toContain('领导小组');
    expect(saved.members.map((m) => m.personTitle)).toContain('县政府县长');
  });
});
