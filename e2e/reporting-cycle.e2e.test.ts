import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD, projectRoot } from './server';

/**
 * Issue 5's acceptance, in Chromium against a real server whose clock the test moves
 * (LUOSHI_TEST_CLOCK, docs/test-clock.md). Demo data: task 1 of the Helan plan is led by
 * 科技和工信局 (kjgx); 发改局 (fgj) and 人社局 (rsj) are among its responsible units.
 */
const START = '2024-03-01T10:00:00+08:00'; // Q1 2024 is due on 20 March, Beijing time
const FIVE_DAYS_LATE = '2024-03-25T10:00:00+08:00';
const HEAD_PASSWORD = 'Head#Luoshi2025x';
const REASON = '请补充入库项目数量和佐证材料';

// The smallest valid PNG (1×1).
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000201a5dd6cb20000000049454e44ae426082', 'hex');
// A real, minimal PDF (the server checks the type by content, not by name).
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const testResults = path.join(projectRoot, 'test-results');

describe('the quarterly reporting cycle, end to end (issue 5)', () => {
  const app = useAppSession({ width: 1366, height: 860 }, { testClock: START });
  const contexts: BrowserContext[] = [];
  let reportId = '';

  /** A page signed in as `login` in its own browser context (its own cookies). */
  const pageAs = async (login: string, password = DEMO_PASSWORD, viewport = { width: 1366, height: 860 }): Promise<Page> => {
    const context = await app.browser.newContext({ locale: 'zh-CN', viewport });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(app.server.url + '/login');
    await signIn(page, login, password);
    await page.getByTestId('app-layout').waitFor();
    return page;
  };

  /** Calls the API from a signed-in page (same origin, its session cookie). */
  const api = <T,>(page: Page, method: string, url: string, body?: unknown): Promise<T> =>
    page.evaluate(
      async ({ method, url, body }) => {
        const response = await fetch(url, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });
        if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
        return response.status === 204 ? null : response.json();
      },
      { method, url, body },
    ) as Promise<T>;

  const reportStatus = (page: Page) => page.getByTestId('report-header').locator('[data-status]').first();

  /** Opens task 1's report from the home page's 本季度任务 list. */
  const openTask1 = async (page: Page, kind: 'unit' | 'consolidated') => {
    await page.goto(app.server.url + '/');
    const row = page.getByTestId(`obligation-1-${kind}`);
    await row.getByRole('button').click();
    await page.getByTestId('report-page').waitFor();
    await page.getByTestId('report-header').waitFor();
  };

  /** Types the three parts of a report and waits until the autosave has stored them on the server. */
  const writeReport = async (page: Page, progress: string) => {
    const text = { progress, problems: '项目前期手续办理周期较长', nextSteps: '加快推进项目入库' };
    for (const [field, value] of Object.entries(text)) await page.locator(`#report-${field}`).fill(value);
    const id = new URL(page.url()).pathname.split('/').pop()!;
    const stored = async () => {
      const { report } = await api<{ report: typeof text }>(page, 'GET', `/api/reports/${id}`);
      return { progress: report.progress, problems: report.problems, nextSteps: report.nextSteps };
    };
    await expect.poll(stored, { timeout: 20_000 }).toEqual(text);
    await expect.poll(() => page.getByTestId('report-autosave').getAttribute('data-state'), { timeout: 20_000 }).toBe('saved');
  };

  const actOn = async (page: Page, button: string, expected: string) => {
    await page.getByTestId(button).click();
    await expect.poll(() => reportStatus(page).getAttribute('data-status'), { timeout: 20_000 }).toBe(expected);
  };

  it('prepares: the office opens 2024Q1 and the admin gives 发改局 a unit head', async () => {
    fs.mkdirSync(testResults, { recursive: true });
    const office = await pageAs('office');
    await office.goto(app.server.url + '/review');
    await office.getByTestId('period-open-2024Q1').click();
    await expect.poll(() => office.getByTestId('period-2024Q1').getAttribute('data-status'), { timeout: 20_000 }).toBe('open');

    const admin = await pageAs('admin');
    const units = await api<{ units: Array<{ id: string; name: string }> }>(admin, 'GET', '/api/units');
    const fgjId = units.units.find((unit) => unit.name === '发改局')!.id;
    const created = await api<{ initialPassword: string }>(admin, 'POST', '/api/accounts', {
      login: 'fgj_head',
      displayName: '发改局负责人',
      unitId: fgjId,
      roles: ['unit_head'],
    });
    // The first sign-in must change the one-time password.
    const head = await pageAs('fgj_head', created.initialPassword);
    await api(head, 'POST', '/api/auth/password', { currentPassword: created.initialPassword, newPassword: HEAD_PASSWORD });
  });

  it('a unit reporter writes the report, attaches a PDF and submits it; the unit head approves', async () => {
    const fgj = await pageAs('fgj');
    await openTask1(fgj, 'unit');
    reportId = new URL(fgj.url()).pathname.split('/').pop()!;
    // The countdown follows the server's clock (1 March), not the browser's.
    expect(await fgj.getByTestId('report-header').getByTestId('countdown').textContent()).toBe('还剩19天');
    await writeReport(fgj, '完成项目申报两项');

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-evidence-'));
    const upload = async (name: string, bytes: Buffer) => {
      fs.writeFileSync(path.join(folder, name), bytes);
      await fgj.getByTestId('report-evidence').locator('input[type=file]').setInputFiles(path.join(folder, name));
    };
    const attachments = fgj.getByTestId('report-evidence').locator('a[data-testid^="report-attachment-"]');
    await upload('项目申报材料.pdf', PDF);
    await expect.poll(() => attachments.count(), { timeout: 20_000 }).toBe(1);
    // A wrong file can be taken out again while the report is a draft.
    await upload('传错的照片.png', PNG);
    await expect.poll(() => attachments.count(), { timeout: 20_000 }).toBe(2);
    const wrong = attachments.filter({ hasText: '传错的照片.png' });
    const wrongId = (await wrong.getAttribute('data-testid'))!.replace('report-attachment-', '');
    await fgj.getByTestId(`report-attachment-remove-${wrongId}`).click();
    await fgj.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定/ }).click();
    await expect.poll(() => attachments.count(), { timeout: 20_000 }).toBe(1);
    expect(await attachments.textContent()).toContain('项目申报材料.pdf');

    await actOn(fgj, 'report-submit', 'awaiting_approval');
    await fgj.screenshot({ path: path.join(testResults, 'issue5-reporting-01-submitted.png'), fullPage: true });

    const head = await pageAs('fgj_head', HEAD_PASSWORD);
    await openTask1(head, 'unit');
    expect(new URL(head.url()).pathname).toBe(`/reports/${reportId}`);
    await actOn(head, 'report-approve', 'submitted');
  });

  it('the office returns it with a reason; the reporter sees the reason and resubmits; the office accepts and rates it', async () => {
    const office = await pageAs('office');
    await office.goto(app.server.url + '/review');
    await office.getByTestId(`review-open-${reportId}`).click();
    await office.getByTestId('report-page').waitFor();
    await office.getByTestId('report-return').click();
    await office.locator('#return-reason').fill(REASON);
    await office.getByTestId('return-confirm').click();
    await expect.poll(() => reportStatus(office).getAttribute('data-status'), { timeout: 20_000 }).toBe('returned');

    const fgj = await pageAs('fgj');
    await fgj.goto(app.server.url + '/');
    await expect.poll(() => fgj.getByTestId('obligation-return-reason').textContent(), { timeout: 20_000 }).toContain(REASON);
    // The bell has told the unit too; 全部标为已读 clears it.
    const bell = fgj.getByTestId('notifications-bell');
    await expect.poll(async () => Number(await bell.getAttribute('data-unread')), { timeout: 20_000 }).toBeGreaterThan(0);
    await bell.click();
    await fgj.getByTestId('notifications-read-all').click();
    await expect.poll(() => bell.getAttribute('data-unread'), { timeout: 20_000 }).toBe('0');
    await fgj.keyboard.press('Escape');
    await openTask1(fgj, 'unit');
    expect(await fgj.getByTestId('report-return-reason').textContent()).toContain(REASON);
    await writeReport(fgj, '完成项目申报两项，入库项目12个');
    await actOn(fgj, 'report-submit', 'awaiting_approval');

    const head = await pageAs('fgj_head', HEAD_PASSWORD);
    await head.goto(`${app.server.url}/reports/${reportId}`);
    await head.getByTestId('report-header').waitFor();
    await actOn(head, 'report-approve', 'submitted');

    await office.goto(`${app.server.url}/reports/${reportId}`);
    await office.getByTestId('report-header').waitFor();
    // Both submissions are kept; the office sees what changed since the one it returned.
    await office.getByTestId('report-diff').locator('[data-op="added"]').first().waitFor();
    await actOn(office, 'report-accept', 'accepted');

    // Right after accepting, the office rates the report's quality for the annual assessment.
    await office.getByRole('spinbutton', { name: '评分（0–100）' }).fill('88');
    await office.getByTestId('report-rating-note').fill('内容翔实，佐证齐全');
    await office.getByTestId('report-rating-save').click();
    await expect.poll(async () => {
      const { plans } = await api<{ plans: Array<{ id: string }> }>(office, 'GET', '/api/plans');
      const { reports } = await api<{ reports: Array<{ reportId: string; score: number | null; note: string }> }>(office, 'GET', `/api/plans/${plans[0]!.id}/assessment/ratings`);
      return reports.find((r) => r.reportId === reportId);
    }).toMatchObject({ score: 88, note: '内容翔实，佐证齐全' });
  });

  it('the lead unit reads its units’ reports, writes the consolidated report and sets the task status', async () => {
    const kjgx = await pageAs('kjgx');
    await openTask1(kjgx, 'consolidated');
    const fgjReport = kjgx.getByTestId('lead-unit-reports').locator('[data-testid^="lead-unit-report-"]').filter({ hasText: '发改局' });
    await fgjReport.waitFor();
    // 人社局 owes a report too and has not started it: the lead unit sees that.
    expect(await kjgx.getByTestId('lead-unit-silent').textContent()).toContain('人社局');
    await kjgx.locator('#report-taskStatus').getByText('按计划推进').click();
    await writeReport(kjgx, '各责任单位均按计划推进');
    await actOn(kjgx, 'report-submit', 'submitted');
    const consolidated = await api<{ report: { taskStatus: string } }>(kjgx, 'GET', `/api/reports/${new URL(kjgx.url()).pathname.split('/').pop()}`);
    expect(consolidated.report.taskStatus).toBe('on_track');
  });

  it('after the deadline, the timeliness view shows on time for 发改局 and late by exactly 5 days for 人社局', async () => {
    // Five days after the deadline; every open session has expired by then.
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect((await app.server.setClock(FIVE_DAYS_LATE)).toISOString()).toMatch(/^2024-03-25T02:00/);

    // The late unit writes on a phone.
    const rsj = await pageAs('rsj', DEMO_PASSWORD, { width: 390, height: 844 });
    await openTask1(rsj, 'unit');
    expect(await rsj.getByTestId('report-header').getByTestId('countdown').textContent()).toBe('已逾期5天');
    await writeReport(rsj, '人才政策宣传两场');
    expect(await rsj.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth)).toBe(0);
    await rsj.screenshot({ path: path.join(testResults, 'issue5-reporting-03-phone-late.png'), fullPage: true });
    await actOn(rsj, 'report-submit', 'submitted');

    const office = await pageAs('office');
    await office.goto(app.server.url + '/timeliness?period=2024Q1');
    await office.getByTestId('timeliness-rates').waitFor();
    const obligation = (unit: string, kind = 'unit') => office.getByTestId(`timeliness-obligation-${unit}-1-${kind}`);
    for (const unit of ['发改局', '人社局']) await office.getByTestId(`timeliness-unit-${unit}`).getByRole('button', { name: /展开/ }).click();
    await obligation('发改局').waitFor();
    expect(await obligation('发改局').getAttribute('data-timeliness')).toBe('on_time');
    expect(await obligation('发改局').textContent()).toContain('按时报送');
    expect(await obligation('人社局').getAttribute('data-timeliness')).toBe('late');
    expect(await obligation('人社局').textContent()).toContain('逾期5天报送');
    expect(await office.getByTestId('timeliness-unit-人社局').getAttribute('data-late')).toBe('1');
    await office.screenshot({ path: path.join(testResults, 'issue5-reporting-02-timeliness.png'), fullPage: true });
    await office.screenshot({ path: screenshotPath('issue5-reporting-timeliness') });
  });
});
