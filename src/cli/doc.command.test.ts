import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';
import { createStore } from '../db/store';
import { openDocx } from '../documents/testing/docx-xml';
import { seedQuarter } from '../services/documents/testing/seed-quarter';
import { main } from './luoshi';

function bufferIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } }, out, err };
}

describe('luoshi doc', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-doc-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-cli-out-'));
  const saved = { ...process.env };

  beforeAll(async () => {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await migrateToLatest(database.db);
    await seedQuarter(createStore(database));
    await database.close();
    process.env.LUOSHI_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
  }, 120_000);
  afterAll(() => {
    process.env = saved;
    for (const dir of [dataDir, outDir]) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the quarterly circular of the demo plan, naming the late and missing units', async () => {
    const out = path.join(outDir, 'circular.docx');
    const { io, err } = bufferIo();
    expect(await main(['doc', 'circular', '--period', '2024Q4', '--out', out], io)).toBe(0);
    expect(err.join('')).toBe(`wrote ${out}\n`);
    const docx = await openDocx(fs.readFileSync(out));
    expect(docx.text).toContain('关于2024年第四季度贺兰县创新型县建设工作推进情况的通报');
    expect(docx.text).toContain('人社局（迟报1份，最长4天）');
    expect(docx.text).toMatch(/逾期未报送的单位有：.*金贵镇（10份）/);
  });

  it('writes the task breakdown workbook', async () => {
    const out = path.join(outDir, 'breakdown.xlsx');
    expect(await main(['doc', 'breakdown', '--out', out], bufferIo().io)).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['任务分解表', '年度指标', '检查发现']);
  });

  it('says what is wrong: a period not opened (1), a missing option (2), an unknown plan (1)', async () => {
    const notOpened = bufferIo();
    expect(await main(['doc', 'circular', '--period', '2025Q1', '--out', path.join(outDir, 'x.docx')], notOpened.io)).toBe(1);
    expect(notOpened.err.join('')).toBe('luoshi doc circular: The period 2025Q1 has not been opened for reporting.\n');
    const missing = bufferIo();
    expect(await main(['doc', 'circular', '--out', 'x.docx'], missing.io)).toBe(2);
    expect(missing.err.join('')).toContain('--period is missing');
    const unknown = bufferIo();
    expect(await main(['doc', 'breakdown', '--out', 'x.xlsx', '--plan', 'nope'], unknown.io)).toBe(1);
    expect(unknown.err.join('')).toBe('luoshi doc breakdown: no plan with id nope\n');
  });
});
