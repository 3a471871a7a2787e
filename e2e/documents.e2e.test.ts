import { describe, expect, it } from 'vitest';
import { signIn, useAppSession } from './app-session';
import { screenshotPath } from './browser';
import { DEMO_PASSWORD } from './server';

describe('the office generates, edits and issues the quarterly circular (issue 8)', () => {
  const app = useAppSession();

  it('generates the circular of a past quarter, naming the units that did not report', async () => {
    const { page } = app;
    await page.goto(app.server.url + '/login');
    await signIn(page, 'office', DEMO_PASSWORD);
    await page.getByTestId('app-layout').waitFor();
    // The plan runs to 2025: its last quarter is long past, so every report of it is missing.
    const opened = await page.evaluate(async () => {
      const { plans } = (await (await fetch('/api/plans')).json()) as { plans: Array<{ id: string }> };
      const response = await fetch(`/api/plans/${plans[0]!.id}/periods`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key: '2025Q4' }) });
      return response.status;
    });
    expect(opened).toBe(201);
    await page.goto(app.server.url + '/documents');
    await page.getByTestId('documents-page').waitFor();
    await page.getByTestId('documents-generate').click();
    const preview = page.getByTestId('document-preview');
    await preview.waitFor();
    await expect.poll(() => preview.textContent(), { timeout: 20_000 }).toContain('关于2025年第四季度');
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('逾期未报送的单位有：');
    for (const unit of ['金贵镇', '人社局', '科技和工信局']) expect(text).toContain(unit);
    expect(await page.getByTestId('document-preview-number').textContent()).toBe('（印发时编号）');
    await page.screenshot({ path: screenshotPath('issue8-01-circular-draft'), fullPage: false });
    // The 红头 as the .docx sets it: the issuer in red over the number, the red rule under the number.
    const mark = page.getByTestId('document-preview-mark');
    expect(await mark.textContent()).toBe('贺兰县创新型县建设领导小组办公室');
    // The e2e types have no DOM: the browser's getComputedStyle is reached through globalThis.
    expect(await mark.evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(e).color)).toBe('rgb(255, 0, 0)');
    const number = page.getByTestId('document-preview-number');
    expect(await number.evaluate((e) => (globalThis as unknown as { getComputedStyle(e: unknown): { borderBottomColor: string } }).getComputedStyle(e).borderBottomColor)).toBe('rgb(255, 0, 0)');
    const [markBox, numberBox] = [await mark.boundingBox(), await number.boundingBox()];
    expect(numberBox!.y).toBeGreaterThan(markBox!.y + markBox!.height);
    await mark.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('issue8-03-circular-masthead'), fullPage: false });
    expect(await page.getByTestId('document-preview-colophon').textContent()).toContain('印发');
  });

  it('saves an edit of the text and issues the document with a number', async () => {
    const { page } = app;
    await page.getByTestId('document-edit-tab').click();
    const first = page.getByTestId('document-block-0');
    await first.fill('经领导小组办公室审核，现将有关情况通报如下：');
    await page.getByTestId('document-save').click();
    await expect.poll(() => page.getByText('修改已保存').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('document-preview').textContent()).toContain('经领导小组办公室审核');
    // The office sets its own 机关代字 before issuing.
    await page.getByTestId('documents-settings-open').click();
    await page.getByTestId('documents-settings-prefix').fill('贺兰创新办');
    await page.getByTestId('documents-settings-save').click();
    await expect.poll(() => page.getByText('发文设置已保存').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.getByTestId('document-issue').click();
    await page.getByRole('button', { name: '编号印发' }).last().click();
    // Issuing writes and archives the .docx: give a loaded machine time.
    await expect.poll(() => page.getByTestId('document-status').textContent(), { timeout: 20_000 }).toBe('已印发');
    expect(await page.getByTestId('document-number').textContent()).toMatch(/^贺兰创新办〔\d{4}〕1号$/);
    expect(await page.getByTestId('document-preview-number').textContent()).toMatch(/〔\d{4}〕1号$/);
    await expect.poll(() => page.getByTestId('document-row-issued').count(), { timeout: 10_000 }).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByTestId('document-download').click();
    expect((await download).suggestedFilename()).toMatch(/^贺兰创新办〔\d{4}〕1号.*\.docx$/);
  });

  it("downloads the period's report compilation and timeliness table", async () => {
    const { page } = app;
    for (const [button, name] of [['documents-export-reports', '2025Q4进展情况汇编.xlsx'], ['documents-export-timeliness', '2025Q4报送及时情况表.xlsx']] as const) {
      const download = page.waitForEvent('download');
      await page.getByTestId(button).click();
      expect((await download).suggestedFilename()).toBe(name);
    }
  });

  it('reads well on a phone', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('document-preview').scrollIntoViewIfNeeded();
    const box = await page.getByTestId('document-preview').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('issue8-02-circular-phone') });
  });
});
