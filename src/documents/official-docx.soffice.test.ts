import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { composeCircular } from '../domain/documents/compose-circular';
import { composeLeaderReport } from '../domain/documents/compose-leader-report';
import { composeMeetingPack } from '../domain/documents/compose-meeting-pack';
import { buildPeriodFacts } from '../domain/documents/testing/build-facts';
import { launchBrowser } from '../../e2e/browser';
import { writeOfficialDocx } from './circular-docx';

const run = promisify(execFile);
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p)) ?? null;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = path.resolve(import.meta.dirname, '../../test-results');
const SETUP = { issuer: '贺兰县创新型县建设领导小组办公室', recipients: '各乡镇（场），县直各部门：', copyTo: ['县委办公室', '县政府办公室'], date: '2025-01-06' };

if (!SOFFICE) console.warn('SKIPPED the LibreOffice check: soffice is not installed (CI installs libreoffice-writer-nogui).');

/**
 * The generated documents open in LibreOffice: each converts to PDF without error, and page 1 of
 * the circular is kept as a PNG under test-results/ for a person to look at.
 */
describe.skipIf(!SOFFICE)('official documents in LibreOffice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-soffice-'));
  // Its own profile, so parallel runs (and other users of soffice) do not share a lock.
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  const soffice = (...args: string[]) => run(SOFFICE!, [profile, '--headless', ...args], { cwd: dir, timeout: 120_000 });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('converts the circular, the leadership report and the meeting pack to PDF, and keeps page 1 of the circular', async () => {
    const facts = buildPeriodFacts();
    const models = { circular: { ...composeCircular(facts, SETUP), number: '贺创新办〔2025〕3号' }, 'leader-report': composeLeaderReport(facts, SETUP), 'meeting-pack': composeMeetingPack(facts, SETUP) };
    for (const [name, model] of Object.entries(models)) fs.writeFileSync(path.join(dir, `${name}.docx`), await writeOfficialDocx(model));
    const names = Object.keys(models);
    await soffice('--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => `${n}.docx`));
    for (const name of names) {
      const pdf = fs.readFileSync(path.join(dir, `${name}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A multi-page document: the circular runs over several pages of 22 lines.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(name === 'circular' ? 2 : 0);
    }
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`No PNG of page 1: ${CHROMIUM} is missing.`);
      return;
    }
    const png = await firstPageAsPng(path.join(dir, 'circular.pdf'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'circular-page-1.png'), png);
  }, 240_000);
});

/**
 * Page 1 of a PDF as a PNG, through Chromium's PDF viewer (no pdftoppm here, and LibreOffice
 * Writer without Draw has no PNG export filter). The viewport has the A4 ratio.
 */
async function firstPageAsPng(pdf: string): Promise<Buffer> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`file://${pdf}#toolbar=0&navpanes=0&view=FitH`);
    // The viewer paints asynchronously inside its own frame; wait until it has drawn the page.
    await page.waitForTimeout(2000);
    return await page.screenshot();
  } finally {
    await browser.close();
  }
}
