import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { revisedHelanPlan } from '../test/fixtures/plans/read-plan-fixture';
import { DEMO_PASSWORD, projectRoot } from './server';


describe('the office previews what a revised plan does to the overall goals’ indicators', () => {
  const app = useAppSession();

  it('shows a new plan’s goal entries, numbered after the annual table', async () => {
    const { page, server } = app;
    await page.goto(server.url + '/login');
    await signIn(page, 'office', DEMO_PASSWORD);
    await page.getByTestId('app-layout').waitFor();
    await page.goto(`${server.url}/plan/import`);
    await page.getByTestId('plan-import-page').waitFor();
    await page.locator('input[type=file]').setInputFiles(path.join(projectRoot, 'demo/helan-innovation-county-plan-2024.txt'));
    const card = page.getByTestId('plan-import-new-goals');
    await card.waitFor();
    expect(await card.getByTestId('plan-import-goals-summary').textContent()).toBe('总体目标指标：新增 19 项');
    expect(await card.textContent()).toContain('第21项 国家高新技术企业、第22项 农业高新技术企业');
    expect(await card.getByText('未变化').count()).toBe(0); // a new plan only adds
  });

  it('shows a revision’s goal entries added, retired (values kept), renumbered, before confirming', async () => {
    const { page, server } = app;
    const planId = await page.evaluate(async () => ((await (await fetch('/api/plans')).json()) as { plans: Array<{ id: string }> }).plans[0]!.id);
    await page.goto(`${server.url}/plan/import?planId=${planId}`);
    await page.getByTestId('plan-import-page').waitFor();
    await page.locator('input[type=file]').setInputFiles({ name: 'revised.txt', mimeType: 'text/plain', buffer: revisedHelanPlan() });

    const goals = page.getByTestId('plan-import-goal-changes');
    await goals.waitFor();
    expect(await page.getByTestId('plan-import-goals-summary').textContent()).toBe('总体目标指标：新增 1 项，修改 1 项，停用 2 项，重新编号 1 项，未变化 15 项');
    const text = await goals.textContent();
    expect(text).toContain('第41项 科技特派员服务站');
    expect(text).toContain('第37项 林木绿化率、第39项 可再生资源利用率');
    expect(text).toContain('国家高新技术企业：第21项 → 第40项');
    expect(text).toContain('停用不是删除');
    await goals.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('plan-import-goal-changes') });

    await page.getByTestId('plan-import-confirm').click();
    await page.waitForURL(`**/plan/${planId}`);
    const entries = await page.evaluate(
      async (id) => ((await (await fetch(`/api/plans/${id}/indicators?year=2024`)).json()) as { indicators: Array<{ number: number; name: string; origin: string }> }).indicators,
      planId,
    );
    const goalEntries = entries.filter((i) => i.origin === 'goal');
    expect(goalEntries).toHaveLength(18);
    expect(goalEntries.find((i) => i.name === '科技特派员服务站')?.number).toBe(41);
    expect(goalEntries.find((i) => i.name === '国家高新技术企业')?.number).toBe(40);
  });
});
